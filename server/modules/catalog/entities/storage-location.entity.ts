import { Entity, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';

@Entity({ tableName: 'storage_location' })
@ObjectType({ implements: Node, description: 'A warehouse with its own stock and default shipping cost.' })
export class StorageLocation extends BaseEntity {
  @Unique()
  @Property({ type: 'string', length: 40 })
  @Field(() => String, { description: 'Short unique code.' })
  code!: string;

  @Property({ type: 'string', length: 120 })
  @Field(() => String, { description: 'Display name.' })
  name!: string;

  /** Decimal string in the default price level's currency. */
  @Property({ type: 'decimal', precision: 12, scale: 2 })
  defaultShippingCost: string & Opt = '0.00';

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'True for the location used for customers without one.' })
  isDefault: boolean & Opt = false;
}
