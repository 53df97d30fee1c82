import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { ConnectionArgs } from '../../../common/connection.js';
import { UserError } from '../../../common/errors.js';
import { Cart } from '../entities/cart.entity.js';
import { LocalDateResolver } from 'graphql-scalars';
import { Order, OrderKind, OrderStatus } from '../entities/order.entity.js';

@InputType({ description: 'A product and a quantity to add to the cart.' })
export class CartLineAddInput {
  @Field(() => ID, { description: 'The product.' })
  productId!: string;

  @Field(() => Int, { description: 'Quantity to add; added to the line when the product is already in the cart.' })
  quantity!: number;
}

@InputType({ description: 'Lines to add to the viewer\'s cart.' })
export class CartLinesAddInput {
  @Field(() => [CartLineAddInput], { description: 'The lines to add.' })
  lines!: CartLineAddInput[];

  @Field(() => String, {
    nullable: true,
    description:
      'Makes the addition safe to send again (a queue replayed after a lost connection): a key already used for this cart in the last 30 days changes nothing and answers with the cart as it is. At most 100 characters.',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: 'A new quantity for a cart line.' })
export class CartLineUpdateInput {
  @Field(() => ID, { description: 'The cart line.' })
  lineId!: string;

  @Field(() => Int, { description: 'New quantity; 0 removes the line.' })
  quantity!: number;
}

@InputType({ description: 'New quantities for lines of the viewer\'s cart.' })
export class CartLinesUpdateInput {
  @Field(() => [CartLineUpdateInput], { description: 'The lines to change.' })
  lines!: CartLineUpdateInput[];
}

@ObjectType({ description: 'Result of changing the cart.' })
export class CartPayload {
  @Field(() => Cart, { nullable: true, description: 'The cart after the change.' })
  cart?: Cart | null;

  @Field(() => [UserError], { description: 'Lines that could not be applied, and why; the other lines were applied.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Place the viewer\'s cart as an order.' })
export class OrderPlaceInput {
  @Field(() => String, {
    description: 'A key the client generates once per placement attempt (e.g. a UUID); a repeat with the same key returns the first order instead of placing another.',
  })
  idempotencyKey!: string;

  @Field(() => String, { nullable: true, description: 'The customer\'s purchase-order reference.' })
  purchaseOrderReference?: string | null;

  @Field(() => String, { nullable: true, description: 'Notes for the supplier.' })
  notes?: string | null;

  @Field(() => OrderKind, { nullable: true, description: 'A firm order (the default) or a request for a quote.' })
  kind?: OrderKind | null;

  @Field(() => ID, { nullable: true, description: 'One of the customer\'s delivery sites (`Cart.deliverySites`); by default its first one.' })
  deliverySiteId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Order date, today or later; by default today.' })
  orderDate?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Delivery date the customer asks for: not in the past, not before the order date.' })
  requestedDeliveryDate?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Documents uploaded with `POST /api/order-documents` to attach (at most 10).' })
  documentIds?: string[] | null;
}

@ObjectType({ description: 'Result of placing an order.' })
export class OrderPlacePayload {
  @Field(() => Order, { nullable: true, description: 'The order placed (or the one placed earlier with the same idempotency key).' })
  order?: Order | null;

  @Field(() => [UserError], { description: 'Why the order was not placed, if it was not.' })
  userErrors!: UserError[];
}

@ArgsType()
export class OrdersArgs extends ConnectionArgs {
  @Field(() => OrderStatus, { nullable: true, description: 'Only orders in this status.' })
  status?: OrderStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only orders of this customer (staff and integrators; ignored for a shop user, who sees its own).' })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only orders of customers whose name or customer number contains this text (staff and integrators).' })
  customerSearch?: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Only orders placed at or after this instant.' })
  placedFrom?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Only orders placed before this instant.' })
  placedBefore?: Date | null;

  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description:
      'Delta sync: only orders changed (placed, moved, repriced, acknowledged) at or after this instant, sorted oldest change first by (updatedAt, id) instead of newest first. An order changed while paging comes again on a later page, never skipped. Start the next sync a minute before the last `updatedAt` seen and skip what you already have (see docs/integration.md).',
  })
  updatedSince?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only orders with an external reference (`orderAcknowledge`); false: only those still without one.' })
  acknowledged?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only orders whose number, external reference or purchase-order reference contains this text.' })
  search?: string | null;
}
