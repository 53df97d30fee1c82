import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import { CurrencyCode } from '../../../common/money.js';
import { ShopUser, StaffUser } from '../../access/index.js';
import { Customer } from '../../customers/index.js';
import { Product } from '../../catalog/index.js';
import { Order } from './order.entity.js';

/** Stored states of a quote; EXPIRED is derived (a SENT quote past its expiry date, decision 60). */
export enum QuoteStoredStatus {
  REQUESTED = 'REQUESTED',
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

export enum QuoteStatus {
  REQUESTED = 'REQUESTED',
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(QuoteStatus, {
  name: 'QuoteStatus',
  description: 'Where a negotiated quote stands.',
  valuesConfig: {
    REQUESTED: { description: 'Requested by the customer (or revised by the supplier): the supplier is preparing its proposal.' },
    SENT: { description: 'The supplier\'s proposal, which the customer may accept or decline until its expiry date.' },
    ACCEPTED: { description: 'Accepted by the customer: it became an order at the quote\'s prices.' },
    DECLINED: { description: 'Declined by the customer.' },
    EXPIRED: { description: 'Sent, but its expiry date has passed: it can no longer be accepted.' },
  },
});

export enum QuoteEventKind {
  REQUESTED = 'REQUESTED',
  UPDATED = 'UPDATED',
  SENT = 'SENT',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  COMMENTED = 'COMMENTED',
}
registerEnumType(QuoteEventKind, {
  name: 'QuoteEventKind',
  description: 'A step in a quote\'s history.',
  valuesConfig: {
    REQUESTED: { description: 'The customer requested the quote; the message is the buyer\'s.' },
    UPDATED: { description: 'The supplier changed lines, prices, expiry date or message.' },
    SENT: { description: 'The supplier sent its proposal; the message is the supplier\'s.' },
    ACCEPTED: { description: 'The customer accepted the proposal and it became an order.' },
    DECLINED: { description: 'The customer declined; the message is the reason given, if any.' },
    COMMENTED: { description: 'A comment of the thread, by the customer or the supplier.' },
  },
});

/**
 * A negotiated quote (issue 19 B3, decision 60): requested from a customer's cart, priced by the
 * supplier, accepted (it becomes an order at its prices) or declined by the customer.
 */
@Entity({ tableName: 'quote' })
@Index({ name: 'quote_customer_created_index', properties: ['customer', 'createdAt', 'id'] })
@Index({ name: 'quote_created_index', properties: ['createdAt', 'id'] })
@ObjectType({ implements: Node, description: 'A negotiated quote: lines a customer asked prices for, the supplier\'s proposal, and its answer.' })
export class Quote extends BaseEntity {
  @Unique({ name: 'quote_number_unique' })
  @Property({ type: 'string', length: 20 })
  @Field(() => String, { description: 'Human-readable quote number, e.g. "Q-000012".' })
  number!: string;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @ManyToOne(() => ShopUser, { nullable: true, deleteRule: 'set null' })
  requestedBy?: Rel<ShopUser> | null;

  @ManyToOne(() => StaffUser, { nullable: true, deleteRule: 'set null' })
  requestedByStaff?: Rel<StaffUser> | null;

  /** The stored state (column "status"); the API's `status` adds EXPIRED. */
  @Enum({ items: () => QuoteStoredStatus, nativeEnumName: 'quote_status', fieldName: 'status' })
  storedStatus: QuoteStoredStatus & Opt = QuoteStoredStatus.REQUESTED;

  @Property({ type: 'string', length: 3 })
  @Field(() => CurrencyCode, { description: 'Currency of every amount of the quote.' })
  currencyCode!: CurrencyCode;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the buyer wrote when requesting the quote.' })
  buyerMessage?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The supplier\'s message with its proposal.' })
  staffMessage?: string | null;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  expiresOn?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the proposal was last sent; null before.' })
  sentAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the customer accepted or declined it; null before.' })
  answeredAt?: Date | null;

  @ManyToOne(() => Order, { nullable: true, deleteRule: 'set null' })
  order?: Rel<Order> | null;

  @OneToMany({ entity: 'QuoteLine', mappedBy: 'quote' })
  lines = new Collection<QuoteLine>(this);
}

/** A line of a quote: the product (reference and name copied), quantity, price at the request and price proposed. */
@Entity({ tableName: 'quote_line' })
@Index({ name: 'quote_line_quote_position_index', properties: ['quote', 'position'] })
@ObjectType({ implements: Node, description: 'A line of a quote, with the price when requested and the price proposed.' })
export class QuoteLine extends BaseEntity {
  @ManyToOne(() => Quote, { deleteRule: 'cascade' })
  quote!: Rel<Quote>;

  @ManyToOne(() => Product, { nullable: true, deleteRule: 'set null' })
  product?: Rel<Product> | null;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Place of the line in the quote, from 0.' })
  position!: number;

  @Property({ type: 'string', length: 64 })
  @Field(() => String, { description: 'Product reference.' })
  reference!: string;

  @Property({ type: 'string', length: 300 })
  @Field(() => String, { description: 'Product name.' })
  name!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Quantity in sales units.' })
  quantity!: number;

  @Property({ type: 'decimal', precision: 12, scale: 4 })
  listPrice!: string;

  @Property({ type: 'decimal', precision: 12, scale: 4 })
  unitPrice!: string;
}

/** A step of a quote's history; comments are its thread. */
@Entity({ tableName: 'quote_event' })
@Index({ name: 'quote_event_quote_created_index', properties: ['quote', 'createdAt', 'id'] })
@ObjectType({ implements: Node, description: 'A step in a quote\'s history: its request, changes, sending, answer, and the comments of its thread.' })
export class QuoteEvent extends BaseEntity {
  @ManyToOne(() => Quote, { deleteRule: 'cascade' })
  quote!: Rel<Quote>;

  @Enum({ items: () => QuoteEventKind, nativeEnumName: 'quote_event_kind' })
  @Field(() => QuoteEventKind, { description: 'What happened.' })
  kind!: QuoteEventKind;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Who did it: the buyer\'s or staff member\'s name, or the integrator token\'s.' })
  authorName?: string | null;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'True when the supplier (staff or its integration) did it; false for the customer.' })
  fromStaff: boolean & Opt = false;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'The comment, the message sent, or the reason for declining.' })
  message?: string | null;

  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  total?: string | null;
}
