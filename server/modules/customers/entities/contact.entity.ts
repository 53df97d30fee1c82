import { Entity, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import { Customer } from './customer.entity.js';

@Entity({ tableName: 'contact' })
@Index({ properties: ['email'] })
@Index({ name: 'contact_customer_id_index', properties: ['customer', 'position'] })
@ObjectType({ implements: Node, description: 'A person at a customer, with an email and a phone.' })
export class Contact extends BaseEntity {
  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @Property({ type: 'string', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Full name.' })
  name?: string | null;

  @Property({ type: 'string', length: 254, nullable: true })
  @Field(() => String, { nullable: true, description: 'Email (lowercase); store access is granted per email.' })
  email?: string | null;

  @Property({ type: 'string', length: 50, nullable: true })
  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phone?: string | null;

  /** 0 is the primary contact, whose email bulk grants use. */
  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'Order among the customer\'s contacts; 0 is the primary contact.' })
  position: number & Opt = 0;
}
