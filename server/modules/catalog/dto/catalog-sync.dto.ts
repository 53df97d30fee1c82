import { ProductTranslationInput } from '../catalog-translations.js';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ATOMIC_OPTIONS, SyncPayload } from '../../../common/bulk-sync.js';

@InputType({ description: 'A product as the ERP knows it, keyed by reference. An omitted or null field leaves the stored value as it is (new products take the defaults).' })
export class ProductSyncItem {
  @Field(() => String, { description: 'The product\'s reference (the ERP\'s key); a new reference creates the product.' })
  reference!: string;

  @Field(() => String, { nullable: true, description: 'Name; required for a new product.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'EAN/GTIN barcode with a correct check digit, unique.' })
  barcode?: string | null;

  @Field(() => String, { nullable: true, description: 'Description.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Brand, by name (case aside); brands are a managed list.' })
  brand?: string | null;

  @Field(() => String, { nullable: true, description: 'Season, by name (case aside).' })
  season?: string | null;

  @Field(() => String, { nullable: true, description: 'Manufacturer, by name (case aside).' })
  manufacturer?: string | null;

  @Field(() => [String], { nullable: true, description: 'Tags, by name (case aside); replaces the product\'s tags when given and not empty.' })
  tags?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Sales unit, e.g. "piece" (default for new products).' })
  unit?: string | null;

  @Field(() => Int, { nullable: true, description: 'Units per pack, 1 or more (default 1).' })
  packSize?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minimum quantity of an order line, a multiple of the increment; omitted or null: unchanged, 0: none (decision 0049).' })
  minQuantity?: number | null;

  @Field(() => Int, { nullable: true, description: 'Maximum quantity of an order line; omitted or null: unchanged, 0: none.' })
  maxQuantity?: number | null;

  @Field(() => Int, { nullable: true, description: 'Order increment, a multiple of the pack size; omitted or null: unchanged, 0: the pack size.' })
  orderIncrement?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'false hides the product from the store; true (default) shows it.' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'VAT rate, by name (case aside, e.g. "TVA 5,5 %") or by a percentage exactly one rate has (e.g. "5.5"); absent leaves the product\'s rate as it is (a new product follows the default rate).' })
  taxRate?: string | null;

  @Field(() => [ProductTranslationInput], {
    nullable: true,
    description: 'Name and description per language (issue 16); empty values leave a language as it is; the catalog language\'s are `name` and `description`.',
  })
  translations?: ProductTranslationInput[] | null;
}

@InputType({ description: 'Products to create or change by reference.' })
export class ProductsUpsertInput {
  @Field(() => [ProductSyncItem], { description: 'At most 10,000 items, each reference once.' })
  items!: ProductSyncItem[];

  @Field(() => Boolean, ATOMIC_OPTIONS)
  atomic?: boolean | null;
}

@ObjectType({ description: 'Result of productsUpsert.' })
export class ProductsUpsertPayload extends SyncPayload {}

@InputType({ description: 'The price of a product (by reference) in a price level (by code).' })
export class ProductPriceSyncItem {
  @Field(() => String, { description: 'The product\'s reference.' })
  reference!: string;

  @Field(() => String, { description: 'The price level\'s code (case aside).' })
  priceLevelCode!: string;

  // A string rather than Decimal: an amount the ERP got wrong is then this item's INVALID_AMOUNT,
  // not a failure of the whole call's variables.
  @Field(() => String, {
    nullable: true,
    description: 'Unit price as a decimal string ("12.5", or "12,5"), 0 or more with at most 4 decimals; null removes the price (not orderable at that level).',
  })
  amount?: string | null;
}

@InputType({ description: 'Prices to set or remove.' })
export class ProductPricesUpsertInput {
  @Field(() => [ProductPriceSyncItem], { description: 'At most 10,000 items, each (reference, level) once.' })
  items!: ProductPriceSyncItem[];

  @Field(() => Boolean, ATOMIC_OPTIONS)
  atomic?: boolean | null;
}

@ObjectType({ description: 'Result of productPricesUpsert.' })
export class ProductPricesUpsertPayload extends SyncPayload {
  @Field(() => Int, { description: 'Prices removed (amount null where a price existed).' })
  removedCount!: number;
}

@InputType({ description: 'The stock of a product (by reference) at a storage location (by code).' })
export class StockLevelSyncItem {
  @Field(() => String, { description: 'The product\'s reference.' })
  reference!: string;

  @Field(() => String, { description: 'The storage location\'s code (case aside).' })
  locationCode!: string;

  @Field(() => Int, { description: 'Units on hand, 0 or more.' })
  quantity!: number;
}

@InputType({ description: 'Stock quantities to set.' })
export class StockLevelsUpsertInput {
  @Field(() => [StockLevelSyncItem], { description: 'At most 10,000 items, each (reference, location) once.' })
  items!: StockLevelSyncItem[];

  @Field(() => Boolean, ATOMIC_OPTIONS)
  atomic?: boolean | null;
}

@ObjectType({ description: 'Result of stockLevelsUpsert.' })
export class StockLevelsUpsertPayload extends SyncPayload {}
