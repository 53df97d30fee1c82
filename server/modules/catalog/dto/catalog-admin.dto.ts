import { ProductTranslationInput } from '../catalog-translations.js';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '../../../common/errors.js';
import { CurrencyCode, DecimalScalar, Money } from '../../../common/money.js';
import { Product } from '../entities/product.entity.js';
import { PriceLevel } from '../entities/price-level.entity.js';
import { StorageLocation } from '../entities/storage-location.entity.js';

@InputType({ description: 'A new product (staff).' })
export class ProductCreateInput {
  @Field(() => String, { description: 'The supplier\'s reference (SKU); unique, at most 64 characters.' })
  reference!: string;

  @Field(() => String, { description: 'Product name, at most 300 characters.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'EAN-8/UPC-A/EAN-13/GTIN-14 barcode with a valid check digit; unique when set.' })
  barcode?: string | null;

  @Field(() => String, { nullable: true, description: 'Longer description.' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'A brand from the managed list.' })
  brandId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A season from the managed list.' })
  seasonId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A manufacturer from the managed list.' })
  manufacturerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Its VAT rate; omitted or null: the default rate.' })
  taxRateId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Tags from the managed list.' })
  tagIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Sales unit, e.g. "piece", "kg"; defaults to "piece".' })
  unit?: string | null;

  @Field(() => Int, { nullable: true, description: 'Units per pack, at least 1; defaults to 1.' })
  packSize?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minimum quantity of an order line, a multiple of the increment; null: one increment (decision 0049).' })
  minQuantity?: number | null;

  @Field(() => Int, { nullable: true, description: 'Maximum quantity of an order line, at least the minimum; null: no limit of its own.' })
  maxQuantity?: number | null;

  @Field(() => Int, { nullable: true, description: 'Order increment, a multiple of the pack size; null: the pack size.' })
  orderIncrement?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'False hides the product from the store; defaults to true.' })
  active?: boolean | null;

  @Field(() => [ProductTranslationInput], {
    nullable: true,
    description: 'Name and description per language (issue 16): the languages listed change, the others stay; the catalog language\'s entry sets `name` and `description`.',
  })
  translations?: ProductTranslationInput[] | null;
}

@InputType({
  description:
    'Changes to a product (staff). Only the fields given change; null clears an optional field (barcode, description, brand, season, manufacturer). ' +
    'Set `active` to false to deactivate the product (hidden from the store, kept for orders) and back to true to reactivate it.',
})
export class ProductUpdateInput {
  @Field(() => ID, { description: 'The product to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New reference (SKU); unique.' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New barcode with a valid check digit; null removes it.' })
  barcode?: string | null;

  @Field(() => String, { nullable: true, description: 'New description; null removes it.' })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'New brand; null removes it.' })
  brandId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New season; null removes it.' })
  seasonId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New manufacturer; null removes it.' })
  manufacturerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'New VAT rate; null: the default rate.' })
  taxRateId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The complete new set of tags; an empty list removes them all.' })
  tagIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'New sales unit.' })
  unit?: string | null;

  @Field(() => Int, { nullable: true, description: 'New pack size, at least 1.' })
  packSize?: number | null;

  @Field(() => Int, { nullable: true, description: 'Minimum quantity of an order line, a multiple of the increment; null: one increment (decision 0049).' })
  minQuantity?: number | null;

  @Field(() => Int, { nullable: true, description: 'Maximum quantity of an order line, at least the minimum; null: no limit of its own.' })
  maxQuantity?: number | null;

  @Field(() => Int, { nullable: true, description: 'Order increment, a multiple of the pack size; null: the pack size.' })
  orderIncrement?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'False deactivates the product, true reactivates it.' })
  active?: boolean | null;

  @Field(() => [ProductTranslationInput], {
    nullable: true,
    description: 'Name and description per language (issue 16): the languages listed change, the others stay; the catalog language\'s entry sets `name` and `description`.',
  })
  translations?: ProductTranslationInput[] | null;
}

@ObjectType({ description: 'Result of creating or changing a product.' })
export class ProductPayload {
  @Field(() => Product, { nullable: true, description: 'The product as saved; on userErrors, as it was (null for a create).' })
  product?: Product | null;

  @Field(() => [UserError], { description: 'Why nothing was saved, if so; one per field at fault.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The price of a product in one price level (staff and integrators).' })
export class ProductLevelPrice {
  @Field(() => PriceLevel, { description: 'The price level.' })
  priceLevel!: PriceLevel;

  @Field(() => Money, { description: 'Unit price in the level\'s currency.' })
  amount!: Money;
}

@ObjectType({ description: 'Units of a product on hand at one storage location (staff and integrators).' })
export class ProductStock {
  @Field(() => StorageLocation, { description: 'The storage location.' })
  storageLocation!: StorageLocation;

  @Field(() => Int, { description: 'Units on hand; 0 when none were recorded.' })
  quantity!: number;
}

@InputType({ description: 'A new price level.' })
export class PriceLevelCreateInput {
  @Field(() => String, { description: 'Short unique code, e.g. "HORECA"; CSV imports name it in `price:<code>` columns.' })
  code!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => CurrencyCode, { nullable: true, description: 'Currency of its prices; defaults to EUR.' })
  currencyCode?: CurrencyCode | null;

  @Field(() => Boolean, { nullable: true, description: 'True makes it the default level (the previous default stops being one). The first level is always the default.' })
  isDefault?: boolean | null;
}

@InputType({ description: 'Changes to a price level; only the fields given change.' })
export class PriceLevelUpdateInput {
  @Field(() => ID, { description: 'The price level.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New unique code.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => CurrencyCode, { nullable: true, description: 'New currency (amounts are kept as they are).' })
  currencyCode?: CurrencyCode | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True makes it the default level and unsets the previous default; false on the default level is refused (DEFAULT_REQUIRED): make another one the default instead.',
  })
  isDefault?: boolean | null;
}

@ObjectType({ description: 'Result of creating or changing a price level.' })
export class PriceLevelPayload {
  @Field(() => PriceLevel, { nullable: true, description: 'The price level as saved.' })
  priceLevel?: PriceLevel | null;

  @Field(() => [UserError], { description: 'Why nothing was saved, if so.' })
  userErrors!: UserError[];
}

@InputType({ description: 'A new storage location.' })
export class StorageLocationCreateInput {
  @Field(() => String, { description: 'Short unique code, e.g. "NORTH"; CSV imports name it in `stock:<code>` columns.' })
  code!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Shipping cost charged by default for orders from it (at most 2 decimals); defaults to "0.00".' })
  defaultShippingCost?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True makes it the default location (the previous default stops being one). The first location is always the default.' })
  isDefault?: boolean | null;
}

@InputType({ description: 'Changes to a storage location; only the fields given change.' })
export class StorageLocationUpdateInput {
  @Field(() => ID, { description: 'The storage location.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New unique code.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'New default shipping cost (at most 2 decimals).' })
  defaultShippingCost?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True makes it the default location and unsets the previous default; false on the default location is refused (DEFAULT_REQUIRED).',
  })
  isDefault?: boolean | null;
}

@ObjectType({ description: 'Result of creating or changing a storage location.' })
export class StorageLocationPayload {
  @Field(() => StorageLocation, { nullable: true, description: 'The storage location as saved.' })
  storageLocation?: StorageLocation | null;

  @Field(() => [UserError], { description: 'Why nothing was saved, if so.' })
  userErrors!: UserError[];
}

@InputType({ description: 'The price of one product.' })
export class ProductPriceInput {
  @Field(() => ID, { description: 'The product.' })
  productId!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Unit price, 0 or more with at most 4 decimals; null removes the price, so the product is not orderable at this level.' })
  amount?: string | null;
}

@InputType({ description: 'Prices to set in one price level.' })
export class ProductPricesSetInput {
  @Field(() => ID, { description: 'The price level.' })
  priceLevelId!: string;

  @Field(() => [ProductPriceInput], { description: 'One entry per product (at most 5,000); products not listed keep their price.' })
  prices!: ProductPriceInput[];
}

@ObjectType({ description: 'Result of setting prices.' })
export class ProductPricesSetPayload {
  @Field(() => PriceLevel, { nullable: true, description: 'The price level.' })
  priceLevel?: PriceLevel | null;

  @Field(() => [Product], { description: 'The products whose price was set or removed; empty on userErrors.' })
  products!: Product[];

  @Field(() => [UserError], { description: 'Why nothing was saved, if so; the field path names the entry, e.g. ["input", "prices", "2", "amount"].' })
  userErrors!: UserError[];
}

@InputType({ description: 'The stock of one product.' })
export class StockLevelInput {
  @Field(() => ID, { description: 'The product.' })
  productId!: string;

  @Field(() => Int, { description: 'Units on hand, 0 or more.' })
  quantity!: number;
}

@InputType({ description: 'Stock quantities to set at one storage location.' })
export class StockLevelsSetInput {
  @Field(() => ID, { description: 'The storage location.' })
  storageLocationId!: string;

  @Field(() => [StockLevelInput], { description: 'One entry per product (at most 5,000); products not listed keep their stock.' })
  levels!: StockLevelInput[];
}

@ObjectType({ description: 'Result of setting stock quantities.' })
export class StockLevelsSetPayload {
  @Field(() => StorageLocation, { nullable: true, description: 'The storage location.' })
  storageLocation?: StorageLocation | null;

  @Field(() => [Product], { description: 'The products whose stock was set; empty on userErrors.' })
  products!: Product[];

  @Field(() => [UserError], { description: 'Why nothing was saved, if so; the field path names the entry, e.g. ["input", "levels", "0", "quantity"].' })
  userErrors!: UserError[];
}
