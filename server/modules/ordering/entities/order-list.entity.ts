import { Collection, Entity, Index, ManyToOne, OneToMany, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import { ShopUser, StaffUser } from '../../access/index.js';
import { Customer } from '../../customers/index.js';
import { Product } from '../../catalog/index.js';

/**
 * A named list of products and usual quantities (issue 19 B1, decision 51): a customer's own list,
 * shared by all its users, or — without a customer — a list staff publish to chosen customers,
 * which those customers read but cannot change (they copy it to change it).
 */
@Entity({ tableName: 'order_list' })
@Index({ name: 'order_list_customer_name_index', properties: ['customer', 'name', 'id'] })
@ObjectType({ implements: Node, description: 'A named list of products with usual quantities (a bar\'s "usual order"), ordered into the cart in one action.' })
export class OrderList extends BaseEntity {
  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'The list\'s name, e.g. "Friday delivery".' })
  name!: string;

  /** The customer whose users share the list; null for a list staff publish. */
  @ManyToOne(() => Customer, { deleteRule: 'cascade', nullable: true })
  customer?: Rel<Customer> | null;

  @ManyToOne(() => ShopUser, { deleteRule: 'set null', nullable: true })
  createdByShopUser?: Rel<ShopUser> | null;

  @ManyToOne(() => StaffUser, { deleteRule: 'set null', nullable: true })
  createdByStaff?: Rel<StaffUser> | null;

  @OneToMany({ entity: 'OrderListLine', mappedBy: 'orderList' })
  lines = new Collection<OrderListLine>(this);
}

@Entity({ tableName: 'order_list_line' })
@Unique({ properties: ['orderList', 'product'] })
@Index({ name: 'order_list_line_list_position_index', properties: ['orderList', 'position'] })
@ObjectType({ implements: Node, description: 'A product of an order list with its default quantity.' })
export class OrderListLine extends BaseEntity {
  @ManyToOne(() => OrderList, { deleteRule: 'cascade' })
  orderList!: Rel<OrderList>;

  @ManyToOne(() => Product, { deleteRule: 'cascade' })
  product!: Rel<Product>;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Default quantity in sales units, put in the cart when the list is ordered.' })
  quantity!: number;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Place of the line in the list, from 0.' })
  position!: number;

  /** Whether the viewer can order the product now (visible and priced); set when the lines are read. */
  available: Opt<boolean> = true;
}

/** A customer a staff list is published to. */
@Entity({ tableName: 'order_list_customer' })
@Index({ name: 'order_list_customer_customer_index', properties: ['customer'] })
export class OrderListCustomer {
  @ManyToOne(() => OrderList, { primary: true, deleteRule: 'cascade' })
  orderList!: Rel<OrderList>;

  @ManyToOne(() => Customer, { primary: true, deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();
}
