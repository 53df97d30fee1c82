import { Index, Collection, Entity, ManyToOne, OneToMany, Property, Unique, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import { ShopUser, StaffUser } from '../../access/index.js';
import { Customer } from '../../customers/index.js';
import { Product } from '../../catalog/index.js';

/**
 * One cart per shop user and customer it orders for; it survives sign-out. Staff viewing the store
 * as a customer (V1) get their own cart for that customer, so they never touch the customer's.
 */
@Entity({ tableName: 'cart' })
@Unique({ properties: ['shopUser', 'customer'] })
@Unique({ properties: ['staffUser', 'customer'] })
@ObjectType({ implements: Node, description: 'The lines a shop user is about to order for one customer.' })
export class Cart extends BaseEntity {
  @ManyToOne(() => ShopUser, { deleteRule: 'cascade', nullable: true })
  shopUser?: Rel<ShopUser> | null;

  @ManyToOne(() => StaffUser, { deleteRule: 'cascade', nullable: true })
  staffUser?: Rel<StaffUser> | null;

  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @OneToMany({ entity: 'CartLine', mappedBy: 'cart' })
  lines = new Collection<CartLine>(this);
}

@Entity({ tableName: 'cart_line' })
@Unique({ properties: ['cart', 'product'] })
@Index({ name: 'cart_line_cart_id_index', properties: ['cart'] })
@ObjectType({ implements: Node, description: 'A product and a quantity in a cart.' })
export class CartLine extends BaseEntity {
  @ManyToOne(() => Cart, { deleteRule: 'cascade' })
  cart!: Rel<Cart>;

  @ManyToOne(() => Product, { deleteRule: 'cascade' })
  product!: Rel<Product>;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Quantity in sales units.' })
  quantity!: number;
}
