import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import { CurrencyCode } from '../../../common/money.js';
import { ShopUser, StaffUser } from '../../access/index.js';
import { Customer, DeliverySite } from '../../customers/index.js';
import { Product, StorageLocation } from '../../catalog/index.js';

export enum OrderStatus {
  SUBMITTED = 'SUBMITTED',
  VALIDATED = 'VALIDATED',
  REJECTED = 'REJECTED',
  SHIPPED = 'SHIPPED',
  DELIVERED = 'DELIVERED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Where an order stands.',
  valuesConfig: {
    SUBMITTED: { description: 'Placed by the customer, awaiting validation by the supplier.' },
    VALIDATED: { description: 'Accepted by the supplier.' },
    REJECTED: { description: 'Refused by the supplier.' },
    SHIPPED: { description: 'Sent to the customer.' },
    DELIVERED: { description: 'Received by the customer.' },
    CANCELLED: { description: 'Cancelled.' },
  },
});

export enum OrderKind {
  ORDER = 'ORDER',
  QUOTE = 'QUOTE',
}
registerEnumType(OrderKind, {
  name: 'OrderKind',
  description: 'Whether the customer orders goods or asks for a quote first.',
  valuesConfig: {
    ORDER: { description: 'A firm order.' },
    QUOTE: { description: 'A request for a quote: the supplier answers with prices before anything ships.' },
  },
});

@Entity({ tableName: 'customer_order' })
@Unique({ properties: ['placedBy', 'idempotencyKey'] })
@Unique({ properties: ['placedByStaff', 'idempotencyKey'] })
@Index({ properties: ['customer', 'placedAt'] })
@Index({ properties: ['placedAt', 'id'] })
@Index({ properties: ['updatedAt', 'id'] })
@Index({ name: 'customer_order_dashboard_index', expression: 'create index "customer_order_dashboard_index" on "customer_order" ("placed_at") include ("total", "customer_id", "status")' })
@Index({ name: 'customer_order_unacknowledged_index', expression: 'create index "customer_order_unacknowledged_index" on "customer_order" ("placed_at", "id") where "acknowledged_at" is null' })
@ObjectType({ implements: Node, description: 'An order placed by a customer, with prices frozen when placed.' })
export class Order extends BaseEntity {
  @Unique()
  @Property({ type: 'string', length: 20 })
  @Field(() => String, { description: 'Human-readable order number, e.g. "C-000123".' })
  number!: string;

  @ManyToOne(() => Customer)
  customer!: Rel<Customer>;

  @ManyToOne(() => ShopUser, { nullable: true, deleteRule: 'set null' })
  placedBy?: Rel<ShopUser> | null;

  @ManyToOne(() => StorageLocation, { nullable: true, deleteRule: 'set null' })
  storageLocation?: Rel<StorageLocation> | null;

  @Property({ type: 'string', length: 100 })
  idempotencyKey!: string;

  @Enum({ items: () => OrderStatus, nativeEnumName: 'order_status' })
  @Field(() => OrderStatus, { description: 'Current status.' })
  status: OrderStatus & Opt = OrderStatus.SUBMITTED;

  @Property({ type: 'string', length: 3 })
  @Field(() => CurrencyCode, { description: 'Currency of every amount of the order.' })
  currencyCode!: CurrencyCode;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  subtotal!: string;

  @Property({ type: 'decimal', precision: 12, scale: 2 })
  shippingCost!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  total!: string;

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'The customer\'s purchase-order reference.' })
  purchaseOrderReference?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Notes from the customer.' })
  notes?: string | null;

  @Property({ type: 'datetime' })
  @Field(() => DateTimeISOResolver, { description: 'When the order was placed.' })
  placedAt: Date & Opt = new Date();

  @OneToMany({ entity: 'OrderLine', mappedBy: 'order' })
  lines = new Collection<OrderLine>(this);

  @Field(() => Int, { description: 'Number of lines.' })
  @Property({ type: 'integer' })
  lineCount!: number;

  // Checkout (product O2) and ordering on behalf (V1).

  @Enum({ items: () => OrderKind, nativeEnumName: 'order_kind', default: OrderKind.ORDER })
  @Field(() => OrderKind, { description: 'A firm order or a request for a quote.' })
  kind: OrderKind & Opt = OrderKind.ORDER;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  @Field(() => LocalDateResolver, { nullable: true, description: 'The order date the customer chose (by default the day it was placed).' })
  orderDate?: string | null;

  @Property({ type: 'string', columnType: 'date', nullable: true })
  @Field(() => LocalDateResolver, { nullable: true, description: 'The delivery date the customer asked for, if any.' })
  requestedDeliveryDate?: string | null;

  @ManyToOne(() => DeliverySite, { nullable: true, deleteRule: 'set null' })
  deliverySite?: Rel<DeliverySite> | null;

  /** Staff who placed the order on the customer's behalf while viewing the store as it (V1). */
  @ManyToOne(() => StaffUser, { nullable: true, deleteRule: 'set null' })
  placedByStaff?: Rel<StaffUser> | null;

  // Pulled into the supplier's ERP (issue 14, E3).

  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'The supplier\'s own number for this order (e.g. its ERP\'s sales-order number), written back with `orderAcknowledge`; null until then.' })
  externalReference?: string | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the order was first acknowledged (given an external reference); null while not acknowledged.' })
  acknowledgedAt?: Date | null;

  // VAT frozen when placed (issue 15, D1; decision 35). Orders placed while no rate existed, and
  // all older orders, have `taxComputed` false and keep their totals ("VAT not computed").

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'True when VAT was computed and frozen at placing; false for orders placed before VAT rates existed ("VAT not computed"): their totals are as they were.' })
  taxComputed: boolean & Opt = false;

  @Property({ type: 'boolean', nullable: true })
  @Field(() => Boolean, { nullable: true, description: 'Whether the line prices and shipping were entered with VAT when placed; null when VAT was not computed.' })
  pricesIncludeTax?: boolean | null;

  @Property({ type: 'string', length: 10, nullable: true })
  taxRounding?: string | null;

  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  totalExcludingTax?: string | null;

  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  taxTotal?: string | null;

  /** VAT per rate: [{ rateName, percentage, base, tax }] (TaxLine of server/common/tax.ts). */
  @Property({ type: 'json', nullable: true })
  taxLines?: Array<{ rateName: string; percentage: string; base: string; tax: string }> | null;

  @Property({ type: 'string', length: 60, nullable: true })
  @Field(() => String, { nullable: true, description: 'Name of the VAT rate of the shipping cost, frozen when placed.' })
  shippingTaxRateName?: string | null;

  @Property({ type: 'decimal', precision: 7, scale: 4, nullable: true })
  shippingTaxPercentage?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  taxExemption?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'The legal mention printed instead of VAT when the customer was exempt at placing (e.g. reverse charge); null otherwise.' })
  taxExemptionMention?: string | null;

  @Property({ type: 'string', length: 30, nullable: true })
  @Field(() => String, { nullable: true, description: 'The customer\'s VAT number when placed.' })
  customerVatNumber?: string | null;
}

/** A line of an order, with the product's reference, name and price copied when placed. */
@Entity({ tableName: 'order_line' })
@Index({ name: 'order_line_dashboard_index', expression: 'create index "order_line_dashboard_index" on "order_line" ("order_id") include ("product_id", "quantity", "line_total")' })
@Index({ name: 'order_line_order_id_index', properties: ['order', 'position'] })
@ObjectType({ implements: Node, description: 'A line of an order; reference, name and price are frozen when the order is placed.' })
export class OrderLine extends BaseEntity {
  @ManyToOne(() => Order, { deleteRule: 'cascade' })
  order!: Rel<Order>;

  @ManyToOne(() => Product, { nullable: true, deleteRule: 'set null' })
  product?: Rel<Product> | null;

  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'string', length: 64 })
  @Field(() => String, { description: 'Product reference when ordered.' })
  reference!: string;

  @Property({ type: 'string', length: 300 })
  @Field(() => String, { description: 'Product name when ordered.' })
  name!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Quantity ordered.' })
  quantity!: number;

  @Property({ type: 'decimal', precision: 12, scale: 4 })
  unitPrice!: string;

  @Property({ type: 'decimal', precision: 14, scale: 2 })
  lineTotal!: string;

  @Property({ type: 'string', length: 60, nullable: true })
  @Field(() => String, { nullable: true, description: 'Name of the line\'s VAT rate when placed, e.g. "TVA 20 %"; null when VAT was not computed.' })
  taxRateName?: string | null;

  @Property({ type: 'decimal', precision: 7, scale: 4, nullable: true })
  taxPercentage?: string | null;
}
