import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';

// Brands, seasons and tags are managed lists, not free text on each product.

@Entity({ tableName: 'brand' })
@ObjectType({ implements: Node, description: 'A brand products are sold under.' })
export class Brand extends BaseEntity {
  @Unique()
  @Property({ type: 'string', length: 120 })
  @Field(() => String, { description: 'Brand name, unique.' })
  name!: string;
}

@Entity({ tableName: 'season' })
@ObjectType({ implements: Node, description: 'A selling season or collection, e.g. "Summer 2026".' })
export class Season extends BaseEntity {
  @Unique()
  @Property({ type: 'string', length: 120 })
  @Field(() => String, { description: 'Season name, unique.' })
  name!: string;
}

@Entity({ tableName: 'tag' })
@ObjectType({ implements: Node, description: 'A free label grouping products, e.g. "organic".' })
export class Tag extends BaseEntity {
  @Unique()
  @Property({ type: 'string', length: 120 })
  @Field(() => String, { description: 'Tag name, unique.' })
  name!: string;
}

@Entity({ tableName: 'manufacturer' })
@ObjectType({ implements: Node, description: 'The maker of products (may differ from the brand).' })
export class Manufacturer extends BaseEntity {
  @Unique()
  @Property({ type: 'string', length: 120 })
  @Field(() => String, { description: 'Manufacturer name, unique.' })
  name!: string;
}
