import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { UserError } from '../../../common/errors.js';
import { DecimalScalar } from '../../../common/money.js';
import { Quote } from '../entities/quote.entity.js';
import { Order } from '../entities/order.entity.js';

@InputType({ description: 'A request for a quote on the viewer\'s cart; the cart is emptied into the quote.' })
export class QuoteRequestInput {
  @Field(() => String, { nullable: true, description: 'A message to the supplier (at most 5,000 characters), e.g. the volumes planned.' })
  message?: string | null;
}

@InputType({ description: 'A change to one line of a quote, or a new line.' })
export class QuoteLineChangeInput {
  @Field(() => ID, { nullable: true, description: 'The line to change; leave out with `productId` to add a line.' })
  lineId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A product to add as a new line (its price for the customer\'s level is the starting price).' })
  productId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The new quantity; 0 removes the line.' })
  quantity?: number | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'The unit price proposed (0 or more, at most 4 decimals).' })
  unitPrice?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'A discount in percent (0 to 100, at most 2 decimals) on the line\'s price when requested; ignored when `unitPrice` is given.' })
  discountPercent?: string | null;
}

@InputType({ description: 'The supplier\'s changes to a quote; a quote already sent goes back to REQUESTED until sent again.' })
export class QuoteUpdateInput {
  @Field(() => ID, { description: 'The quote.' })
  quoteId!: string;

  @Field(() => [QuoteLineChangeInput], { nullable: true, description: 'Lines to change, add or remove.' })
  lines?: QuoteLineChangeInput[] | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'An overall discount in percent (0 to 100) applied to every line\'s price when requested, before the line changes.' })
  discountPercent?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The last day the customer may accept the quote; not in the past.' })
  expiresOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The supplier\'s message to the customer; empty clears it.' })
  message?: string | null;
}

@InputType({ description: 'Sends the supplier\'s proposal to the customer, who is emailed.' })
export class QuoteSendInput {
  @Field(() => ID, { description: 'The quote.' })
  quoteId!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The last day the customer may accept it; required unless already set, not in the past.' })
  expiresOn?: string | null;

  @Field(() => String, { nullable: true, description: 'A message to the customer, replacing the quote\'s.' })
  message?: string | null;
}

@InputType({ description: 'The customer accepts a proposal: it becomes an order at the quote\'s prices.' })
export class QuoteAcceptInput {
  @Field(() => ID, { description: 'The quote.' })
  quoteId!: string;

  @Field(() => String, { nullable: true, description: 'The customer\'s purchase-order reference for the order.' })
  purchaseOrderReference?: string | null;

  @Field(() => ID, { nullable: true, description: 'Where to deliver; the customer\'s first delivery site when left out.' })
  deliverySiteId?: string | null;
}

@InputType({ description: 'The customer declines a proposal, or withdraws its request.' })
export class QuoteDeclineInput {
  @Field(() => ID, { description: 'The quote.' })
  quoteId!: string;

  @Field(() => String, { nullable: true, description: 'Why, for the supplier (at most 5,000 characters).' })
  reason?: string | null;
}

@InputType({ description: 'A comment on a quote\'s thread.' })
export class QuoteCommentInput {
  @Field(() => ID, { description: 'The quote.' })
  quoteId!: string;

  @Field(() => String, { description: 'The comment (1 to 5,000 characters).' })
  message!: string;
}

@ObjectType({ description: 'Result of an action on a quote.' })
export class QuotePayload {
  @Field(() => Quote, { nullable: true, description: 'The quote as it is now; null when none was created.' })
  quote?: Quote | null;

  @Field(() => [UserError], { description: 'Why the input, or part of it, was refused; nothing was written then.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of accepting a quote.' })
export class QuoteAcceptPayload extends QuotePayload {
  @Field(() => Order, { nullable: true, description: 'The order the quote became; null when refused.' })
  order?: Order | null;
}
