import { Collection, Entity, Index, ManyToMany, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TaxRate } from './tax-rate.entity.js';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import { Brand, Manufacturer, Season, Tag } from './taxonomy.entity.js';

/** A product's texts in the languages other than the catalog language, by language code. */
export type ProductTranslations = Partial<Record<string, { name: string; description?: string | null }>>;

@Entity({ tableName: 'product' })
@Index({ properties: ['name', 'id'] })
@Index({ name: 'product_brand_id_index', properties: ['brand'] })
@Index({ name: 'product_season_id_index', properties: ['season'] })
@Index({ name: 'product_manufacturer_id_index', properties: ['manufacturer'] })
@ObjectType({ implements: Node, description: 'An article of the supplier\'s catalog.' })
export class Product extends BaseEntity {
  @Unique()
  @Property({ type: 'string', length: 64 })
  @Field(() => String, { description: 'The supplier\'s reference (SKU), unique.' })
  reference!: string;

  @Unique()
  @Property({ type: 'string', length: 14, nullable: true })
  @Field(() => String, { nullable: true, description: 'EAN-13/GTIN barcode, unique when set.' })
  barcode?: string | null;

  /** The name in the catalog language (store settings); GraphQL's `name(language:)` resolves the others. */
  @Property({ type: 'string', length: 300 })
  name!: string;

  /** The description in the catalog language; see `name`. */
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** Name and description in the other languages (issue 16, decision 0045): `{ nl: { name, description } }`. */
  @Property({ type: 'json' })
  translations: ProductTranslations & Opt = {};

  @ManyToOne(() => Brand, { nullable: true, deleteRule: 'set null' })
  brand?: Rel<Brand> | null;

  @ManyToOne(() => Season, { nullable: true, deleteRule: 'set null' })
  season?: Rel<Season> | null;

  @ManyToOne(() => Manufacturer, { nullable: true, deleteRule: 'set null' })
  manufacturer?: Rel<Manufacturer> | null;

  /** Its VAT rate; null: the default rate (issue 15, D1). */
  @ManyToOne(() => TaxRate, { nullable: true, deleteRule: 'set null' })
  taxRate?: Rel<TaxRate> | null;

  @ManyToMany(() => Tag, undefined, { pivotTable: 'product_tag', owner: true })
  tags = new Collection<Tag>(this);

  @Property({ type: 'string', length: 20 })
  @Field(() => String, { description: 'Sales unit, e.g. "piece", "kg", "bottle".' })
  unit: string & Opt = 'piece';

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Units per pack; quantities are ordered in multiples of it.' })
  packSize: number & Opt = 1;

  /** Smallest quantity one order line may hold; null: one increment (decision 0049). */
  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Smallest quantity an order line may hold, as set by the supplier; null: one increment. See `quantityRules` for what applies.' })
  minQuantity?: number | null;

  /** Largest quantity one order line may hold; null: no limit but the cart's. */
  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Largest quantity an order line may hold, as set by the supplier; null: no limit of its own.' })
  maxQuantity?: number | null;

  /** Step between quantities; null: the pack size. A multiple of the pack size (decision 0049). */
  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Step between orderable quantities, as set by the supplier (a multiple of the pack size); null: the pack size.' })
  orderIncrement?: number | null;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'Inactive products are never shown in the store.' })
  active: boolean & Opt = true;
}
