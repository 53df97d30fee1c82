import { Arg, Args, ArgsType, Authorized, Ctx as Context, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Ctx } from '../../../common/context.js';
import { Connection, ConnectionArgs } from '../../../common/connection.js';
import { DecimalScalar, Money, decimal } from '../../../common/money.js';
import { Product, normalizeAmount } from '../../catalog/index.js';
import { Customer } from '../../customers/index.js';
import { Order } from '../entities/order.entity.js';
import { Quote, QuoteEvent, QuoteEventKind, QuoteLine, QuoteStatus } from '../entities/quote.entity.js';
import { QuoteAcceptInput, QuoteAcceptPayload, QuoteCommentInput, QuoteDeclineInput, QuotePayload, QuoteRequestInput, QuoteSendInput, QuoteUpdateInput } from '../dto/quote.dto.js';
import * as quotes from '../quote.service.js';

@ObjectType({ description: 'A page of quotes, newest first.' })
export class QuoteConnection extends Connection(Quote, 'Quote', 'Quotes, newest first.') {}

@ArgsType()
class QuotesArgs extends ConnectionArgs {
  @Field(() => QuoteStatus, { nullable: true, description: 'Only quotes in this status (EXPIRED: sent and past their expiry date).' })
  status?: QuoteStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only this customer\'s quotes (the supplier only; a customer always sees its own).' })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only quotes of customers whose name or customer number contains this text, case aside (the supplier only).' })
  customerSearch?: string | null;
}

const INPUT = { description: 'What to do; see the input type.' };
const payload = (r: { quote?: Quote | null; userErrors: QuotePayload['userErrors'] }) => Object.assign(new QuotePayload(), { quote: r.quote ?? null, userErrors: r.userErrors });

// Negotiated quotes (issue 19 B3, decision 60). Customers (shop users, or staff viewing the store as
// one) request, accept, decline and comment their own; the supplier (staff in the hub, or an ERP
// through a token with ORDERS_MANAGE) prices, sends and comments them.
@Resolver(() => Quote)
export class QuoteResolver {
  @Authorized('SHOP', 'STAFF', 'ORDERS_MANAGE')
  @Query(() => QuoteConnection, { description: 'For a customer: its quotes. For the supplier: every customer\'s. Newest first.' })
  quotes(@Args(() => QuotesArgs) args: QuotesArgs, @Context() ctx: Ctx): Promise<QuoteConnection> {
    return quotes.listQuotes(ctx, args) as unknown as Promise<QuoteConnection>;
  }

  @Authorized('SHOP', 'STAFF', 'ORDERS_MANAGE')
  @Query(() => Quote, { description: 'One quote the viewer may see; NOT_FOUND otherwise.' })
  quote(@Arg('id', () => ID, { description: 'The quote.' }) id: string, @Context() ctx: Ctx): Promise<Quote> {
    return quotes.getQuote(ctx, id);
  }

  @Authorized('SHOP', 'STAFF')
  @Mutation(() => QuotePayload, { description: 'Requests a quote on the viewer\'s cart, with a message; the cart\'s lines move into the quote (the cart is emptied) and the supplier is told.' })
  async quoteRequest(@Arg('input', () => QuoteRequestInput, INPUT) input: QuoteRequestInput, @Context() ctx: Ctx) {
    return payload(await quotes.requestQuote(ctx, input));
  }

  @Authorized('STAFF', 'ORDERS_MANAGE')
  @Mutation(() => QuotePayload, { description: 'The supplier changes a quote: quantities, unit prices or discounts, lines added or removed, expiry date, message (staff or ORDERS_MANAGE).' })
  async quoteUpdate(@Arg('input', () => QuoteUpdateInput, INPUT) input: QuoteUpdateInput, @Context() ctx: Ctx) {
    return payload(await quotes.updateQuote(ctx, input));
  }

  @Authorized('STAFF', 'ORDERS_MANAGE')
  @Mutation(() => QuotePayload, { description: 'The supplier sends its proposal; the customer is emailed and may accept it until its expiry date (staff or ORDERS_MANAGE).' })
  async quoteSend(@Arg('input', () => QuoteSendInput, INPUT) input: QuoteSendInput, @Context() ctx: Ctx) {
    return payload(await quotes.sendQuote(ctx, input));
  }

  @Authorized('SHOP', 'STAFF')
  @Mutation(() => QuoteAcceptPayload, { description: 'The customer accepts a sent, unexpired proposal: it becomes an order at the quote\'s prices (today\'s prices are not checked).' })
  async quoteAccept(@Arg('input', () => QuoteAcceptInput, INPUT) input: QuoteAcceptInput, @Context() ctx: Ctx) {
    const r = await quotes.acceptQuote(ctx, input);
    return Object.assign(new QuoteAcceptPayload(), { quote: r.quote ?? null, order: r.order ?? null, userErrors: r.userErrors });
  }

  @Authorized('SHOP', 'STAFF')
  @Mutation(() => QuotePayload, { description: 'The customer declines a proposal, or withdraws its request, with a reason if it wishes.' })
  async quoteDecline(@Arg('input', () => QuoteDeclineInput, INPUT) input: QuoteDeclineInput, @Context() ctx: Ctx) {
    return payload(await quotes.declineQuote(ctx, input));
  }

  @Authorized('SHOP', 'STAFF', 'ORDERS_MANAGE')
  @Mutation(() => QuotePayload, { description: 'Adds a comment to a quote\'s thread (the customer or the supplier); the other side is emailed.' })
  async quoteComment(@Arg('input', () => QuoteCommentInput, INPUT) input: QuoteCommentInput, @Context() ctx: Ctx) {
    return payload(await quotes.commentQuote(ctx, input));
  }

  @FieldResolver(() => QuoteStatus, { description: 'Where the quote stands; EXPIRED once a sent quote is past its expiry date.' })
  status(@Root() quote: Quote): QuoteStatus {
    return quotes.quoteStatus(quote);
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: 'The last day the customer may accept the proposal; null until the supplier sets it.' })
  expiresOn(@Root() quote: Quote): string | null {
    return quote.expiresOn ? String(quote.expiresOn).slice(0, 10) : null;
  }

  @FieldResolver(() => Customer, { description: 'The customer who requested the quote.' })
  customer(@Root() quote: Quote, @Context() ctx: Ctx): Promise<Customer> {
    return ctx.em.findOneOrFail(Customer, quote.customer.id);
  }

  @FieldResolver(() => [QuoteLine], { description: 'The lines, in order.' })
  lines(@Root() quote: Quote, @Context() ctx: Ctx): Promise<QuoteLine[]> {
    return quotes.quoteLines(ctx, quote);
  }

  @FieldResolver(() => Int, { description: 'How many lines the quote holds.' })
  async lineCount(@Root() quote: Quote, @Context() ctx: Ctx): Promise<number> {
    return (await quotes.quoteLines(ctx, quote)).length;
  }

  @FieldResolver(() => Money, { description: 'Sum of the lines at the proposed prices, before shipping and VAT (computed as for any order when accepted).' })
  async total(@Root() quote: Quote, @Context() ctx: Ctx): Promise<Money> {
    return Money.of(await quotes.quoteTotal(ctx, quote), quote.currencyCode);
  }

  @FieldResolver(() => [QuoteEvent], { description: 'The quote\'s history, oldest first: request, changes, sending, answer and comments.' })
  history(@Root() quote: Quote, @Context() ctx: Ctx): Promise<QuoteEvent[]> {
    return quotes.quoteEvents(ctx, quote);
  }

  @FieldResolver(() => [QuoteEvent], { description: 'The comment thread, oldest first: the request\'s message, the supplier\'s messages, comments and the reason for declining.' })
  async thread(@Root() quote: Quote, @Context() ctx: Ctx): Promise<QuoteEvent[]> {
    const kinds = [QuoteEventKind.COMMENTED, QuoteEventKind.REQUESTED, QuoteEventKind.SENT, QuoteEventKind.DECLINED];
    return (await quotes.quoteEvents(ctx, quote)).filter((e) => kinds.includes(e.kind) && e.message);
  }

  @FieldResolver(() => Order, { nullable: true, description: 'The order the quote became once accepted; null before.' })
  async order(@Root() quote: Quote, @Context() ctx: Ctx): Promise<Order | null> {
    return quote.order ? ctx.em.findOne(Order, quote.order.id) : null;
  }
}

@Resolver(() => QuoteLine)
export class QuoteLineResolver {
  @FieldResolver(() => Product, { nullable: true, description: 'The product; null when it was deleted since.' })
  product(@Root() line: QuoteLine, @Context() ctx: Ctx): Promise<Product | null> | null {
    return line.product ? ctx.em.findOne(Product, line.product.id) : null;
  }

  @FieldResolver(() => Money, { description: 'The unit price when the quote was requested (the customer\'s price then).' })
  listPrice(@Root() line: QuoteLine): Money {
    return Money.of(normalizeAmount(line.listPrice), line.quote.currencyCode);
  }

  @FieldResolver(() => Money, { description: 'The unit price proposed.' })
  unitPrice(@Root() line: QuoteLine): Money {
    return Money.of(normalizeAmount(line.unitPrice), line.quote.currencyCode);
  }

  @FieldResolver(() => Money, { description: 'Quantity × proposed unit price, rounded to cents.' })
  lineTotal(@Root() line: QuoteLine): Money {
    return Money.of(quotes.lineTotal(line), line.quote.currencyCode);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: 'The discount of the proposed price on the price when requested, in percent (2 decimals); null when there is none.' })
  discountPercent(@Root() line: QuoteLine): string | null {
    return quotes.discountOf(line.listPrice, line.unitPrice);
  }
}

@Resolver(() => QuoteEvent)
export class QuoteEventResolver {
  @FieldResolver(() => Money, { nullable: true, description: 'The quote\'s total at this step (lines before shipping and VAT).' })
  total(@Root() event: QuoteEvent): Money | null {
    return event.total ? Money.of(decimal.normalize(event.total), event.quote.currencyCode) : null;
  }
}
