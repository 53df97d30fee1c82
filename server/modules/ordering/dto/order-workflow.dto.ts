import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { UserError } from '../../../common/errors.js';
import { Cart } from '../entities/cart.entity.js';
import { Order, OrderStatus } from '../entities/order.entity.js';
import { OrderEventKind } from '../entities/order-event.entity.js';

export enum OrderActorKind {
  STAFF = 'STAFF',
  SHOP_USER = 'SHOP_USER',
  INTEGRATOR = 'INTEGRATOR',
}
registerEnumType(OrderActorKind, {
  name: 'OrderActorKind',
  description: 'Who made a change on an order.',
  valuesConfig: {
    STAFF: { description: 'A staff member of the supplier (through the hub).' },
    SHOP_USER: { description: 'A user of the customer (through the store).' },
    INTEGRATOR: { description: 'An integration using an API token.' },
  },
});

@ObjectType({ description: 'One entry of an order\'s timeline: what happened, when, and who did it.' })
export class OrderTimelineEntry {
  @Field(() => OrderEventKind, { description: 'What happened.' })
  kind!: OrderEventKind;

  @Field(() => DateTimeISOResolver, { description: 'When it happened.' })
  at!: Date;

  @Field(() => OrderStatus, { nullable: true, description: 'Status before the change; null for the placement and for shipping cost changes.' })
  fromStatus?: OrderStatus | null;

  @Field(() => OrderStatus, { nullable: true, description: 'Status after the change; null for shipping cost changes.' })
  toStatus?: OrderStatus | null;

  @Field(() => String, { nullable: true, description: 'Why, as typed by staff (always given for a rejection).' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'For ACKNOWLEDGED: the external reference recorded.' })
  externalReference?: string | null;

  @Field(() => String, { nullable: true, description: 'For ACKNOWLEDGED: the external reference it replaced; null for the first acknowledgement.' })
  previousExternalReference?: string | null;

  @Field(() => OrderActorKind, { nullable: true, description: 'Who made the change, by kind; null when no longer known.' })
  actorKind?: OrderActorKind | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Name of who made the change: the staff member\'s name (shown to staff only; customers see null), the shop user\'s email, or for an API token its name (staff and integrators) or "the supplier\'s system" in the viewer\'s language (customers).',
  })
  actorName?: string | null;

  /** Internal: resolved into actorName. */
  staffId?: string | null;
  shopUserId?: string | null;
  apiTokenId?: string | null;
  currencyCode!: string;
  previousShippingCostAmount?: string | null;
  shippingCostAmount?: string | null;
}

@InputType({ description: 'An order to move to another status (validate, ship, deliver or cancel).' })
export class OrderStatusChangeInput {
  @Field(() => ID, { description: 'The order.' })
  orderId!: string;

  @Field(() => String, { nullable: true, description: 'Why, shown to the customer on the order and in the email (optional; at most 2000 characters).' })
  reason?: string | null;
}

@InputType({ description: 'The supplier\'s own reference for an order, e.g. the sales-order number its ERP gave it.' })
export class OrderAcknowledgeInput {
  @Field(() => ID, { description: 'The order.' })
  orderId!: string;

  @Field(() => String, { description: 'The reference (1–100 characters, trimmed); shown to staff and to the customer, and searchable.' })
  externalReference!: string;
}

@InputType({ description: 'An order to reject, with the reason the customer is told.' })
export class OrderRejectInput {
  @Field(() => ID, { description: 'The order.' })
  orderId!: string;

  @Field(() => String, { description: 'Why the order is refused (required; at most 2000 characters).' })
  reason!: string;
}

@InputType({ description: 'A new shipping cost for an order that is not shipped or closed yet.' })
export class OrderShippingCostUpdateInput {
  @Field(() => ID, { description: 'The order.' })
  orderId!: string;

  @Field(() => String, { description: 'The new shipping cost in the order\'s currency, e.g. "12.50" (0 or more, at most 2 decimals; a comma is accepted).' })
  shippingCost!: string;
}

@ObjectType({ description: 'Result of changing an order (status or shipping cost).' })
export class OrderChangePayload {
  @Field(() => Order, { nullable: true, description: 'The order after the change (or as it stands when the change was refused); null when the input was invalid.' })
  order?: Order | null;

  @Field(() => [UserError], { description: 'Why nothing was changed, if so.' })
  userErrors!: UserError[];
}

@InputType({ description: 'A past order whose lines to add to the viewer\'s cart again.' })
export class OrderReorderInput {
  @Field(() => ID, { description: 'The order.' })
  orderId!: string;
}

@ObjectType({ description: 'Result of ordering again: the lines still available are in the cart; the others are reported.' })
export class OrderReorderPayload {
  @Field(() => Cart, { nullable: true, description: 'The cart after adding the lines.' })
  cart?: Cart | null;

  @Field(() => Int, { description: 'How many of the order\'s lines were added to the cart.' })
  addedLineCount!: number;

  @Field(() => [UserError], { description: 'One LINE_UNAVAILABLE per line no longer available, visible or orderable, naming its reference and name.' })
  userErrors!: UserError[];
}
