import { Entity, Index, ManyToOne, Property, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import { Customer } from './customer.entity.js';

@Entity({ tableName: 'delivery_site' })
@Index({ properties: ['customer', 'position'] })
@ObjectType({ implements: Node, description: 'An address a customer has goods delivered to.' })
export class DeliverySite extends BaseEntity {
  @ManyToOne(() => Customer, { deleteRule: 'cascade' })
  customer!: Rel<Customer>;

  @Property({ type: 'string', length: 120 })
  @Field(() => String, { description: 'Short name, e.g. "Main restaurant".' })
  name!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Street and number.' })
  street!: string;

  @Property({ type: 'string', length: 20 })
  @Field(() => String, { description: 'Postal code.' })
  postalCode!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String, { description: 'City.' })
  city!: string;

  @Property({ type: 'string', length: 2 })
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code, e.g. "BE".' })
  country!: string;

  @Property({ type: 'smallint' })
  @Field(() => Int, { description: 'Order among the customer\'s sites; 0 is the default site.' })
  position: number & Opt = 0;
}
