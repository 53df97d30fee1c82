import { Entity, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';

/** A name in the languages other than the catalog language, by language code. */
export type NameTranslations = Partial<Record<string, string>>;

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
  /** In the catalog language; GraphQL's `name(language:)` resolves the others. */
  name!: string;

  /** Its name in the languages other than the catalog language (issue 16): `{ nl: \"…\" }`. */
  @Property({ type: 'json' })
  translations: NameTranslations & Opt = {};
}

@Entity({ tableName: 'tag' })
@ObjectType({ implements: Node, description: 'A free label grouping products, e.g. "organic".' })
export class Tag extends BaseEntity {
  @Unique()
  @Property({ type: 'string', length: 120 })
  /** In the catalog language; GraphQL's `name(language:)` resolves the others. */
  name!: string;

  /** Its name in the languages other than the catalog language (issue 16): `{ nl: \"…\" }`. */
  @Property({ type: 'json' })
  translations: NameTranslations & Opt = {};
}

@Entity({ tableName: 'manufacturer' })
@ObjectType({ implements: Node, description: 'The maker of products (may differ from the brand).' })
export class Manufacturer extends BaseEntity {
  @Unique()
  @Property({ type: 'string', length: 120 })
  @Field(() => String, { description: 'Manufacturer name, unique.' })
  name!: string;
}
