import DataLoader from 'dataloader';
import { quantityRulesProblem } from './quantity-rules.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../common/context.js';
import { loader } from '../../common/context.js';
import { UserErrorCode, apiError, userError, type UserError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { publishRecordChange, snapshot, type Snapshot } from '../../common/record-change.js';
import { CurrencyCode, Money } from '../../common/money.js';
import { Product } from './entities/product.entity.js';
import { PriceLevel } from './entities/price-level.entity.js';
import { TaxRate } from './entities/tax-rate.entity.js';
import { StorageLocation } from './entities/storage-location.entity.js';
import { Brand, Manufacturer, Season, Tag } from './entities/taxonomy.entity.js';
import { bulkQuery, deletePrices, upsertPrices, upsertStock } from './bulk-sql.js';
import { normalizeAmount } from './catalog.service.js';
import { findTaxRate } from './tax-rate.service.js';
import { applyProductTranslations, catalogLanguage, type ProductTranslationInput } from './catalog-translations.js';
import {
  CODE_MAX,
  LIST_NAME_MAX,
  NAME_MAX,
  PRICE_DECIMALS,
  REFERENCE_MAX,
  SHIPPING_DECIMALS,
  UNIT_MAX,
  escapeLike,
  isValidBarcode,
  parseAmount,
} from './catalog-values.js';

type Result<K extends string, T> = { [key in K]?: T | null } & { userErrors: UserError[] };

/** A product by global id for staff, whatever its visibility or activity; NOT_FOUND otherwise. */
export async function getProductForStaff(ctx: Ctx, globalId: string): Promise<Product> {
  const id = idOf('Product', globalId);
  const product = id ? await ctx.em.findOne(Product, { id }) : null;
  if (!product) throw apiError(ctx.t, 'NOT_FOUND');
  return product;
}

export interface ProductData {
  reference?: string | null;
  name?: string | null;
  barcode?: string | null;
  description?: string | null;
  brandId?: string | null;
  seasonId?: string | null;
  manufacturerId?: string | null;
  taxRateId?: string | null;
  tagIds?: string[] | null;
  unit?: string | null;
  packSize?: number | null;
  /** Quantity rules (decision 0049); null clears one. */
  minQuantity?: number | null;
  maxQuantity?: number | null;
  orderIncrement?: number | null;
  active?: boolean | null;
  /** Names and descriptions per language (issue 16); the languages not listed stay as they are. */
  translations?: ProductTranslationInput[] | null;
}

/** One managed-list reference of the input: null clears it, an unknown id is a userError. */
async function listItem<T extends Brand | Season | Manufacturer>(
  ctx: Ctx,
  entity: { new (): T; name: string },
  globalId: string | null,
  field: string,
  code: UserErrorCode,
  errors: UserError[],
): Promise<T | null> {
  if (!globalId) return null;
  const id = idOf(entity.name, globalId);
  const item = id ? await ctx.em.findOne(entity as never, { id }) : null;
  if (!item) errors.push(userError(ctx.t, code, ['input', field]));
  return item as T | null;
}

/**
 * Checks and normalises product data; every problem is a userError on its field. Absent fields
 * stay as they are on updates; on creates they take their defaults.
 */
async function validateProduct(ctx: Ctx, input: ProductData, existing: Product | null) {
  const errors: UserError[] = [];
  const out: Partial<Pick<Product, 'reference' | 'name' | 'barcode' | 'description' | 'unit' | 'packSize' | 'minQuantity' | 'maxQuantity' | 'orderIncrement' | 'active' | 'brand' | 'season' | 'manufacturer' | 'taxRate' | 'translations'>> = {};
  const given = (k: keyof ProductData) => input[k] !== undefined;
  const others = existing ? { id: { $ne: existing.id } } : {};

  if (!existing || given('reference')) {
    const reference = (input.reference ?? '').trim();
    if (!reference) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'reference']));
    else if (reference.length > REFERENCE_MAX) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'reference'], { max: REFERENCE_MAX }));
    else if (reference !== existing?.reference && (await ctx.em.count(Product, { reference, ...others }))) {
      errors.push(userError(ctx.t, UserErrorCode.TAKEN, ['input', 'reference']));
    }
    out.reference = reference;
  }
  // Names and descriptions per language; the catalog language's entry is the name and description
  // themselves (unless given apart).
  const t = input.translations ? applyProductTranslations(ctx, existing?.translations ?? {}, input.translations, await catalogLanguage(ctx), ['input', 'translations']) : null;
  if (t) {
    errors.push(...t.errors);
    out.translations = t.translations;
    if (t.description !== undefined && !given('description')) out.description = t.description;
  }
  if (!existing || given('name') || t?.name !== undefined) {
    const name = (input.name ?? t?.name ?? '').trim();
    if (!name) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'name']));
    else if (name.length > NAME_MAX) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'name'], { max: NAME_MAX }));
    out.name = name;
  }
  if (given('barcode')) {
    const barcode = input.barcode?.trim() || null;
    if (barcode && !isValidBarcode(barcode)) errors.push(userError(ctx.t, UserErrorCode.INVALID_BARCODE, ['input', 'barcode']));
    else if (barcode && barcode !== existing?.barcode && (await ctx.em.count(Product, { barcode, ...others }))) {
      errors.push(userError(ctx.t, UserErrorCode.TAKEN, ['input', 'barcode']));
    }
    out.barcode = barcode;
  }
  if (given('description')) out.description = input.description?.trim() || null;
  if (given('unit') || !existing) {
    const unit = input.unit?.trim() || (existing ? '' : 'piece');
    if (!unit) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'unit']));
    else if (unit.length > UNIT_MAX) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'unit'], { max: UNIT_MAX }));
    out.unit = unit;
  }
  if (given('packSize') || !existing) {
    const packSize = input.packSize ?? (existing ? null : 1);
    if (packSize === null) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'packSize']));
    else if (!Number.isInteger(packSize) || packSize < 1) errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'packSize']));
    else out.packSize = packSize;
  }
  for (const k of ['minQuantity', 'maxQuantity', 'orderIncrement'] as const) if (given(k)) out[k] = input[k] ?? null;
  if (out.packSize !== undefined || given('minQuantity') || given('maxQuantity') || given('orderIncrement')) {
    // Checked together with what is kept (decision 0049).
    const rules = {
      packSize: out.packSize ?? existing?.packSize ?? 1,
      minQuantity: out.minQuantity !== undefined ? out.minQuantity : existing?.minQuantity,
      maxQuantity: out.maxQuantity !== undefined ? out.maxQuantity : existing?.maxQuantity,
      orderIncrement: out.orderIncrement !== undefined ? out.orderIncrement : existing?.orderIncrement,
    };
    const problem = quantityRulesProblem(rules);
    if (problem) errors.push(userError(ctx.t, UserErrorCode.QUANTITY_RULES_INCONSISTENT, ['input', given(problem) ? problem : 'packSize']));
  }
  if (given('active') || !existing) {
    if (input.active === null && existing) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'active']));
    else out.active = input.active ?? true;
  }
  if (given('brandId')) out.brand = await listItem(ctx, Brand, input.brandId ?? null, 'brandId', UserErrorCode.UNKNOWN_BRAND, errors);
  if (given('seasonId')) out.season = await listItem(ctx, Season, input.seasonId ?? null, 'seasonId', UserErrorCode.UNKNOWN_SEASON, errors);
  if (given('manufacturerId')) {
    out.manufacturer = await listItem(ctx, Manufacturer, input.manufacturerId ?? null, 'manufacturerId', UserErrorCode.UNKNOWN_MANUFACTURER, errors);
  }
  if (given('taxRateId')) {
    // null: taxed at the default rate (issue 15, D1).
    out.taxRate = input.taxRateId ? await findTaxRate(ctx.em, { id: input.taxRateId }) : null;
    if (input.taxRateId && !out.taxRate) errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'taxRateId']));
  }
  let tags: Tag[] | null = null;
  if (input.tagIds) {
    const ids = input.tagIds.map((g) => idOf('Tag', g));
    const found = await ctx.em.find(Tag, { id: { $in: ids.filter((id): id is string => Boolean(id)) } });
    const byId = new Map(found.map((t) => [t.id, t]));
    tags = [];
    ids.forEach((id, i) => {
      const tag = id ? byId.get(id) : undefined;
      if (!tag) errors.push(userError(ctx.t, UserErrorCode.UNKNOWN_TAG, ['input', 'tagIds', String(i)]));
      else if (!tags!.includes(tag)) tags!.push(tag);
    });
  }
  return { errors, out, tags };
}

/** A product's key fields for the audit trail (issue 17, H4); the tax rate by name. */
async function productSnapshot(ctx: Ctx, product: Product): Promise<Snapshot> {
  const rate = product.taxRate ? await ctx.em.findOne(TaxRate, { id: product.taxRate.id }) : null;
  return { ...snapshot(product, ['reference', 'name', 'active', 'barcode', 'packSize', 'minQuantity', 'maxQuantity', 'orderIncrement', 'unit']), taxRate: rate?.name ?? null };
}

/**
 * The given products' values in one price level or storage location, by product reference, for the
 * audit trail: one select for the whole call (decision 37, one row per call with one change per product).
 */
async function valuesByReference(ctx: Ctx, sql: string, ownerId: string, productIds: string[]): Promise<Snapshot> {
  const rows = await bulkQuery<{ reference: string; value: string | null }>(ctx.em, sql, [ownerId, productIds]);
  return Object.fromEntries(rows.map((r) => [r.reference, r.value]));
}

const PRICES_SQL = `select p.reference, pp.amount::text as value from product p
  left join product_price pp on pp.product_id = p.id and pp.price_level_id = ? where p.id = any(?::uuid[]) order by p.reference`;
const STOCK_SQL = `select p.reference, s.quantity::text as value from product p
  left join stock_level s on s.product_id = p.id and s.location_id = ? where p.id = any(?::uuid[]) order by p.reference`;

/** Staff add a product to the catalog (product C1); nothing is written on userErrors. */
export async function createProduct(ctx: Ctx, input: ProductData): Promise<Result<'product', Product>> {
  const { errors, out, tags } = await validateProduct(ctx, input, null);
  if (errors.length) return { userErrors: errors };
  const product = ctx.em.create(Product, out as Product);
  if (tags) product.tags.set(tags);
  await ctx.em.flush();
  await publishRecordChange(ctx, 'PRODUCT_CREATED', { type: 'Product', id: product.id, label: product.reference }, null, await productSnapshot(ctx, product));
  return { product, userErrors: [] };
}

/** Staff change a product; only the fields given change (`active: false` deactivates it). */
export async function updateProduct(ctx: Ctx, input: ProductData & { id: string }): Promise<Result<'product', Product>> {
  const product = await getProductForStaff(ctx, input.id);
  const { errors, out, tags } = await validateProduct(ctx, input, product);
  if (errors.length) return { product, userErrors: errors };
  const before = await productSnapshot(ctx, product);
  ctx.em.assign(product, out);
  if (tags) {
    await product.tags.init();
    product.tags.set(tags);
  }
  await ctx.em.flush();
  await publishRecordChange(ctx, 'PRODUCT_UPDATED', { type: 'Product', id: product.id, label: product.reference }, before, await productSnapshot(ctx, product));
  return { product, userErrors: [] };
}

// ---- Price levels and storage locations: code + name + exactly one default. ----

type Defaultable = typeof PriceLevel | typeof StorageLocation;

async function validateCoded(
  ctx: Ctx,
  entity: Defaultable,
  input: { code?: string | null; name?: string | null; isDefault?: boolean | null },
  existing: PriceLevel | StorageLocation | null,
): Promise<{ errors: UserError[]; out: { code?: string; name?: string } }> {
  const errors: UserError[] = [];
  const out: { code?: string; name?: string } = {};
  if (!existing || input.code !== undefined) {
    const code = (input.code ?? '').trim();
    if (!code) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'code']));
    else if (code.length > CODE_MAX) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'code'], { max: CODE_MAX }));
    else if (/[\s:]/.test(code)) errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'code']));
    // CSV headers name codes case-insensitively, so codes differ by more than case.
    else if ((await ctx.em.count(entity as typeof PriceLevel, { code: { $ilike: escapeLike(code) }, ...(existing ? { id: { $ne: existing.id } } : {}) })) > 0) {
      errors.push(userError(ctx.t, UserErrorCode.TAKEN, ['input', 'code']));
    }
    out.code = code;
  }
  if (!existing || input.name !== undefined) {
    const name = (input.name ?? '').trim();
    if (!name) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'name']));
    else if (name.length > LIST_NAME_MAX) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'name'], { max: LIST_NAME_MAX }));
    out.name = name;
  }
  if (existing?.isDefault && input.isDefault === false) errors.push(userError(ctx.t, UserErrorCode.DEFAULT_REQUIRED, ['input', 'isDefault']));
  return { errors, out };
}

/**
 * Saves a price level or location in one transaction; when it becomes the default, the previous
 * default stops being one first, so there is always exactly one.
 */
async function saveDefaultable<T extends PriceLevel | StorageLocation>(ctx: Ctx, entity: Defaultable, item: T, makeDefault: boolean): Promise<void> {
  await ctx.em.transactional(async (em: EntityManager) => {
    const none = !makeDefault && (await em.count(entity as typeof PriceLevel, { isDefault: true, id: { $ne: item.id } })) === 0;
    if (makeDefault || none) {
      await em.nativeUpdate(entity as typeof PriceLevel, { isDefault: true, id: { $ne: item.id } }, { isDefault: false });
      item.isDefault = true;
    }
    em.persist(item);
  });
}

/** The key fields the audit trail records for price levels and storage locations (issue 17, H4). */
const PRICE_LEVEL_FIELDS = ['code', 'name', 'currencyCode', 'isDefault'] as const;
const LOCATION_FIELDS = ['code', 'name', 'defaultShippingCost', 'isDefault'] as const;

export async function createPriceLevel(
  ctx: Ctx,
  input: { code: string; name: string; currencyCode?: CurrencyCode | null; isDefault?: boolean | null },
): Promise<Result<'priceLevel', PriceLevel>> {
  const { errors, out } = await validateCoded(ctx, PriceLevel, input, null);
  if (errors.length) return { userErrors: errors };
  const level = ctx.em.create(PriceLevel, { code: out.code!, name: out.name!, currencyCode: input.currencyCode ?? CurrencyCode.EUR }, { persist: false });
  await saveDefaultable(ctx, PriceLevel, level, input.isDefault === true);
  await publishRecordChange(ctx, 'PRICE_LEVEL_CREATED', { type: 'PriceLevel', id: level.id, label: level.code }, null, snapshot(level, PRICE_LEVEL_FIELDS));
  return { priceLevel: level, userErrors: [] };
}

async function getPriceLevel(ctx: Ctx, globalId: string): Promise<PriceLevel> {
  const id = idOf('PriceLevel', globalId);
  const level = id ? await ctx.em.findOne(PriceLevel, { id }) : null;
  if (!level) throw apiError(ctx.t, 'NOT_FOUND');
  return level;
}

export async function updatePriceLevel(
  ctx: Ctx,
  input: { id: string; code?: string | null; name?: string | null; currencyCode?: CurrencyCode | null; isDefault?: boolean | null },
): Promise<Result<'priceLevel', PriceLevel>> {
  const level = await getPriceLevel(ctx, input.id);
  const { errors, out } = await validateCoded(ctx, PriceLevel, input, level);
  if (errors.length) return { priceLevel: level, userErrors: errors };
  const before = snapshot(level, PRICE_LEVEL_FIELDS);
  ctx.em.assign(level, { ...out, ...(input.currencyCode ? { currencyCode: input.currencyCode } : {}) });
  await saveDefaultable(ctx, PriceLevel, level, input.isDefault === true);
  await publishRecordChange(ctx, 'PRICE_LEVEL_UPDATED', { type: 'PriceLevel', id: level.id, label: level.code }, before, snapshot(level, PRICE_LEVEL_FIELDS));
  return { priceLevel: level, userErrors: [] };
}

function shippingCost(ctx: Ctx, raw: string | null | undefined, errors: UserError[]): string | undefined {
  if (raw === undefined) return undefined;
  if (raw === null) {
    errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'defaultShippingCost']));
    return undefined;
  }
  const parsed = parseAmount(raw, SHIPPING_DECIMALS);
  if ('code' in parsed) {
    errors.push(userError(ctx.t, parsed.code, ['input', 'defaultShippingCost']));
    return undefined;
  }
  return parsed.amount;
}

export async function createStorageLocation(
  ctx: Ctx,
  input: { code: string; name: string; defaultShippingCost?: string | null; isDefault?: boolean | null },
): Promise<Result<'storageLocation', StorageLocation>> {
  const { errors, out } = await validateCoded(ctx, StorageLocation, input, null);
  const cost = shippingCost(ctx, input.defaultShippingCost ?? undefined, errors);
  if (errors.length) return { userErrors: errors };
  const location = ctx.em.create(StorageLocation, { code: out.code!, name: out.name!, defaultShippingCost: cost ?? '0.00' }, { persist: false });
  await saveDefaultable(ctx, StorageLocation, location, input.isDefault === true);
  await publishRecordChange(ctx, 'STORAGE_LOCATION_CREATED', { type: 'StorageLocation', id: location.id, label: location.code }, null, snapshot(location, LOCATION_FIELDS));
  return { storageLocation: location, userErrors: [] };
}

async function getStorageLocation(ctx: Ctx, globalId: string): Promise<StorageLocation> {
  const id = idOf('StorageLocation', globalId);
  const location = id ? await ctx.em.findOne(StorageLocation, { id }) : null;
  if (!location) throw apiError(ctx.t, 'NOT_FOUND');
  return location;
}

export async function updateStorageLocation(
  ctx: Ctx,
  input: { id: string; code?: string | null; name?: string | null; defaultShippingCost?: string | null; isDefault?: boolean | null },
): Promise<Result<'storageLocation', StorageLocation>> {
  const location = await getStorageLocation(ctx, input.id);
  const { errors, out } = await validateCoded(ctx, StorageLocation, input, location);
  const cost = shippingCost(ctx, input.defaultShippingCost, errors);
  if (errors.length) return { storageLocation: location, userErrors: errors };
  const before = snapshot(location, LOCATION_FIELDS);
  ctx.em.assign(location, { ...out, ...(cost !== undefined ? { defaultShippingCost: cost } : {}) });
  await saveDefaultable(ctx, StorageLocation, location, input.isDefault === true);
  await publishRecordChange(ctx, 'STORAGE_LOCATION_UPDATED', { type: 'StorageLocation', id: location.id, label: location.code }, before, snapshot(location, LOCATION_FIELDS));
  return { storageLocation: location, userErrors: [] };
}

// ---- Prices and stock, set-based. ----

export const MAX_ENTRIES = 5000;

/** Resolves the products of a list of entries; unknown or repeated ones are userErrors. */
async function entryProducts(ctx: Ctx, productIds: string[], listField: string, errors: UserError[]): Promise<Array<string | null>> {
  if (productIds.length > MAX_ENTRIES) {
    errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', listField]));
    return [];
  }
  const ids = productIds.map((g) => idOf('Product', g));
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const existing = new Set(
    (await bulkQuery<{ id: string }>(ctx.em, `select id from product where id = any(?::uuid[])`, [wanted])).map((r) => r.id),
  );
  const seen = new Set<string>();
  return ids.map((id, i) => {
    if (!id || !existing.has(id)) {
      errors.push(userError(ctx.t, UserErrorCode.PRODUCT_NOT_FOUND, ['input', listField, String(i), 'productId']));
      return null;
    }
    if (seen.has(id)) {
      errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', listField, String(i), 'productId']));
      return null;
    }
    seen.add(id);
    return id;
  });
}

/**
 * Staff set (or, with a null amount, remove) the prices of many products in one price level
 * (product C3): all or nothing, with set-based statements whatever the number of entries.
 */
export async function setProductPrices(
  ctx: Ctx,
  input: { priceLevelId: string; prices: Array<{ productId: string; amount?: string | null }> },
): Promise<{ priceLevel: PriceLevel; products: Product[]; userErrors: UserError[] }> {
  const level = await getPriceLevel(ctx, input.priceLevelId);
  const errors: UserError[] = [];
  const ids = await entryProducts(ctx, input.prices.map((p) => p.productId), 'prices', errors);
  const upserts: Array<{ levelId: string; productId: string; amount: string }> = [];
  const removals: string[] = [];
  input.prices.forEach((p, i) => {
    const productId = ids[i];
    if (p.amount === null || p.amount === undefined) {
      if (productId) removals.push(productId);
      return;
    }
    const parsed = parseAmount(p.amount, PRICE_DECIMALS);
    if ('code' in parsed) errors.push(userError(ctx.t, parsed.code, ['input', 'prices', String(i), 'amount']));
    else if (productId) upserts.push({ levelId: level.id, productId, amount: parsed.amount });
  });
  if (errors.length) return { priceLevel: level, products: [], userErrors: errors };
  const touched = ids.filter((id): id is string => Boolean(id));
  const before = await valuesByReference(ctx, PRICES_SQL, level.id, touched);
  await ctx.em.transactional(async (em: EntityManager) => {
    await upsertPrices(em, upserts);
    await deletePrices(em, level.id, removals);
  });
  const after = await valuesByReference(ctx, PRICES_SQL, level.id, touched);
  await publishRecordChange(ctx, 'PRODUCT_PRICES_SET', { type: 'PriceLevel', id: level.id, label: level.code }, before, after);
  const products = await ctx.em.find(Product, { id: { $in: ids as string[] } });
  return { priceLevel: level, products, userErrors: [] };
}

/** Staff set the stock of many products at one storage location (product C4), set-based. */
export async function setStockLevels(
  ctx: Ctx,
  input: { storageLocationId: string; levels: Array<{ productId: string; quantity: number }> },
): Promise<{ storageLocation: StorageLocation; products: Product[]; userErrors: UserError[] }> {
  const location = await getStorageLocation(ctx, input.storageLocationId);
  const errors: UserError[] = [];
  const ids = await entryProducts(ctx, input.levels.map((l) => l.productId), 'levels', errors);
  const rows: Array<{ locationId: string; productId: string; quantity: number }> = [];
  input.levels.forEach((l, i) => {
    if (!Number.isInteger(l.quantity) || l.quantity < 0) errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'levels', String(i), 'quantity']));
    else if (ids[i]) rows.push({ locationId: location.id, productId: ids[i]!, quantity: l.quantity });
  });
  if (errors.length) return { storageLocation: location, products: [], userErrors: errors };
  const touched = rows.map((r) => r.productId);
  const before = await valuesByReference(ctx, STOCK_SQL, location.id, touched);
  await ctx.em.transactional((em: EntityManager) => upsertStock(em, rows));
  const after = await valuesByReference(ctx, STOCK_SQL, location.id, touched);
  await publishRecordChange(ctx, 'STOCK_LEVELS_SET', { type: 'StorageLocation', id: location.id, label: location.code }, before, after);
  const products = await ctx.em.find(Product, { id: { $in: ids as string[] } });
  return { storageLocation: location, products, userErrors: [] };
}

// ---- Staff fields of Product, batched per request. ----

/** Every price of products, one entry per level that has one, by level name. */
export function levelPricesLoader(ctx: Ctx) {
  return loader(ctx, 'catalogAdmin.levelPrices', () =>
    new DataLoader<string, Array<{ priceLevel: PriceLevel; amount: Money }>>(async (productIds) => {
      const levels = await ctx.em.find(PriceLevel, {}, { orderBy: { name: 'asc' } });
      const rows = await bulkQuery<{ product_id: string; price_level_id: string; amount: string }>(
        ctx.em,
        `select product_id, price_level_id, amount::text as amount from product_price where product_id = any(?::uuid[])`,
        [[...productIds]],
      );
      const byProduct = new Map<string, Map<string, string>>();
      for (const r of rows) {
        if (!byProduct.has(r.product_id)) byProduct.set(r.product_id, new Map());
        byProduct.get(r.product_id)!.set(r.price_level_id, r.amount);
      }
      return productIds.map((pid) => {
        const prices = byProduct.get(pid);
        return levels
          .filter((l) => prices?.has(l.id))
          .map((l) => ({ priceLevel: l, amount: Money.of(normalizeAmount(prices!.get(l.id)!), l.currencyCode) }));
      });
    }),
  );
}

/** Stock of products at every storage location (0 where none was recorded), by location name. */
export function stockLevelsLoader(ctx: Ctx) {
  return loader(ctx, 'catalogAdmin.stockLevels', () =>
    new DataLoader<string, Array<{ storageLocation: StorageLocation; quantity: number }>>(async (productIds) => {
      const locations = await ctx.em.find(StorageLocation, {}, { orderBy: { name: 'asc' } });
      const rows = await bulkQuery<{ product_id: string; location_id: string; quantity: number }>(
        ctx.em,
        `select product_id, location_id, quantity from stock_level where product_id = any(?::uuid[])`,
        [[...productIds]],
      );
      const byKey = new Map(rows.map((r) => [`${r.product_id}|${r.location_id}`, r.quantity]));
      return productIds.map((pid) => locations.map((l) => ({ storageLocation: l, quantity: byKey.get(`${pid}|${l.id}`) ?? 0 })));
    }),
  );
}
