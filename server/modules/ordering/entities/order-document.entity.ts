import { Entity, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import { ShopUser, StaffUser } from '../../access/index.js';
import { Customer } from '../../customers/index.js';
import { Order } from './order.entity.js';

/**
 * A file attached to an order at checkout (product O2). Uploaded first for a customer (no order
 * yet), attached when the order is placed; the bytes live in PostgreSQL like product images.
 */
@Entity({ tableName: 'order_document' })
@Index({ properties: ['order'] })
@Index({ properties: ['customer', 'createdAt'] })
@ObjectType({ implements: Node, description: 'A document attached to an order (e.g. a signed purchase order), downloadable by the customer\'s users and staff.' })
export class OrderDocument extends BaseEntity {
  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @ManyToOne(() => Order, { nullable: true, deleteRule: 'cascade' })
  order?: Rel<Order> | null;

  @ManyToOne(() => ShopUser, { nullable: true, deleteRule: 'set null' })
  uploadedBy?: Rel<ShopUser> | null;

  @ManyToOne(() => StaffUser, { nullable: true, deleteRule: 'set null' })
  uploadedByStaff?: Rel<StaffUser> | null;

  @Property({ type: 'string', length: 255 })
  @Field(() => String, { description: 'File name as uploaded.' })
  fileName!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'MIME type, checked against the file\'s first bytes.' })
  contentType!: string;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Size in bytes.' })
  size!: number;

  @Property({ type: 'blob', lazy: true })
  data!: Buffer & Opt;
}
