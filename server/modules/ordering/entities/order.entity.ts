import { Collection, Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import { CurrencyCode } from '../../../common/money.js';
import { ShopUser } from '../../access/entities/shop-user.entity.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { Product } from '../../catalog/entities/product.entity.js';
import { StorageLocation } from '../../catalog/entities/storage-location.entity.js';

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

@Entity({ tableName: 'customer_order' })
@Unique({ properties: ['placedBy', 'idempotencyKey'] })
@Index({ properties: ['customer', 'placedAt'] })
@Index({ properties: ['placedAt', 'id'] })
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
}

/** A line of an order, with the product's reference, name and price copied when placed. */
@Entity({ tableName: 'order_line' })
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
}
