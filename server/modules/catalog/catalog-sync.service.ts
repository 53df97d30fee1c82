import { LANGUAGES } from './catalog-translations.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../common/context.js';
import { byCode, itemError, tooManyItems, type SyncResult } from '../../common/bulk-sync.js';
import { UserErrorCode, type UserError } from '../../common/errors.js';
import { PriceLevel } from './entities/price-level.entity.js';
import { StorageLocation } from './entities/storage-location.entity.js';
import { bulkQuery, deletePricePairs, slices, upsertPrices, upsertStock } from './bulk-sql.js';
import { PRICE_DECIMALS, parseAmount } from './catalog-values.js';
import { IMPORT_FIELDS, type CsvLine, type ImportField } from './import/catalog-csv.js';
import { checkRows, type ResolvedLayout } from './import/catalog-import-check.js';
import { writeRows } from './import/catalog-import.writer.js';
import { publishRecordChange } from '../../common/record-change.js';

// The ERP's bulk sync (issue 14 E2, docs/decisions/0029): items keyed by the ERP's own keys
// (reference, price level and location codes), checked in memory against a few set-based lookups,
// written set-based in one transaction. Bad items are reported by index; the good ones are written
// unless the call is atomic. Items equal to what is stored are not written at all.

const nothing = (userErrors: UserError[]) => ({ createdCount: 0, updatedCount: 0, unchangedCount: 0, userErrors });

/** reference → product id, for the references given (one statement per 10,000). */
async function productIds(em: EntityManager, references: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const batch of slices([...new Set(references)], 10_000)) {
    // A join, not `reference = any(?)`: with thousands of values the planner picks the trigram
    // GIN index for `= any` and takes seconds; joined, it hashes or probes the unique btree.
    for (const p of await bulkQuery<{ id: string; reference: string }>(em, `select p.id, p.reference from unnest(?::text[]) as r(reference) join product p on p.reference = r.reference`, [batch])) {
      ids.set(p.reference, p.id);
    }
  }
  return ids;
}

/**
 * Resolves each item's product and target (price level or location) and reports unknown ones,
 * bad values and repeated keys; `value` checks the item's own value.
 */
async function resolvePairs<I extends { reference: string }, V>(
  ctx: Ctx,
  items: I[],
  target: { field: keyof I & string; code: UserErrorCode; find: (code: string) => { id: string } | undefined },
  value: (item: I, index: number, errors: UserError[]) => V,
): Promise<{ pairs: Array<{ productId: string; targetId: string; value: V }>; errors: UserError[] }> {
  const ids = await productIds(ctx.em, items.map((i) => i.reference.trim()));
  const errors: UserError[] = [];
  const pairs: Array<{ productId: string; targetId: string; value: V }> = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const before = errors.length;
    const reference = item.reference.trim();
    const productId = ids.get(reference);
    if (!productId) errors.push(itemError(ctx.t, i, 'reference', UserErrorCode.UNKNOWN_REFERENCE, { reference }));
    const code = String(item[target.field]);
    const found = target.find(code);
    if (!found) errors.push(itemError(ctx.t, i, target.field, target.code, { code }));
    const v = value(item, i, errors);
    if (errors.length > before) return;
    const key = `${productId}|${found!.id}`;
    if (seen.has(key)) return void errors.push(itemError(ctx.t, i, 'reference', UserErrorCode.DUPLICATE_ITEM));
    seen.add(key);
    pairs.push({ productId: productId!, targetId: found!.id, value: v });
  });
  return { pairs, errors };
}

/**
 * The audit row of an ERP sync call (issue 17, H4; decision 37): one summary row per call with its
 * counts, written once after the set-based statements (calls of 10,000 items stay one insert). A
 * call that changed nothing writes none.
 */
async function auditSync(ctx: Ctx, action: 'PRODUCTS_UPSERTED' | 'PRODUCT_PRICES_UPSERTED' | 'STOCK_LEVELS_UPSERTED', r: SyncResult & { removedCount?: number }): Promise<void> {
  if (!r.createdCount && !r.updatedCount && !r.removedCount) return;
  const counts: Record<string, string> = { created: String(r.createdCount), updated: String(r.updatedCount) };
  if (r.removedCount !== undefined) counts.removed = String(r.removedCount);
  counts.unchanged = String(r.unchangedCount);
  if (r.userErrors.length) counts.rejected = String(r.userErrors.length);
  await publishRecordChange(ctx, action, { type: 'Catalog', id: null, label: null }, null, counts);
}

/** The ERP sets or removes prices by reference and price-level code (productPricesUpsert). */
export async function upsertProductPrices(
  ctx: Ctx,
  input: { items: Array<{ reference: string; priceLevelCode: string; amount?: string | null }>; atomic?: boolean | null },
): Promise<SyncResult & { removedCount: number }> {
  const tooMany = tooManyItems(ctx.t, input.items.length);
  if (tooMany.length) return { ...nothing(tooMany), removedCount: 0 };
  const levels = byCode(await ctx.em.find(PriceLevel, {}));
  const { pairs, errors } = await resolvePairs(ctx, input.items, { field: 'priceLevelCode', code: UserErrorCode.UNKNOWN_PRICE_LEVEL, find: levels }, (item, i, errs) => {
    if (item.amount === null || item.amount === undefined) return null;
    const parsed = parseAmount(item.amount, PRICE_DECIMALS);
    if ('code' in parsed) errs.push(itemError(ctx.t, i, 'amount', parsed.code));
    return 'amount' in parsed ? parsed.amount : null;
  });
  if (errors.length && input.atomic) return { ...nothing(errors), removedCount: 0 };
  const upserts = pairs.filter((p) => p.value !== null).map((p) => ({ levelId: p.targetId, productId: p.productId, amount: p.value! }));
  const removals = pairs.filter((p) => p.value === null).map((p) => ({ levelId: p.targetId, productId: p.productId }));
  const { counts, removed } = await ctx.em.transactional(async (em: EntityManager) => ({ counts: await upsertPrices(em, upserts), removed: await deletePricePairs(em, removals) }));
  const result = {
    createdCount: counts.created,
    updatedCount: counts.updated,
    removedCount: removed,
    unchangedCount: pairs.length - counts.created - counts.updated - removed,
    userErrors: errors,
  };
  await auditSync(ctx, 'PRODUCT_PRICES_UPSERTED', result);
  return result;
}

/** The ERP sets stock quantities by reference and location code (stockLevelsUpsert). */
export async function upsertStockLevels(
  ctx: Ctx,
  input: { items: Array<{ reference: string; locationCode: string; quantity: number }>; atomic?: boolean | null },
): Promise<SyncResult> {
  const tooMany = tooManyItems(ctx.t, input.items.length);
  if (tooMany.length) return nothing(tooMany);
  const locations = byCode(await ctx.em.find(StorageLocation, {}));
  const { pairs, errors } = await resolvePairs(ctx, input.items, { field: 'locationCode', code: UserErrorCode.UNKNOWN_STORAGE_LOCATION, find: locations }, (item, i, errs) => {
    if (!Number.isInteger(item.quantity) || item.quantity < 0) errs.push(itemError(ctx.t, i, 'quantity', UserErrorCode.INVALID_VALUE));
    return item.quantity;
  });
  if (errors.length && input.atomic) return nothing(errors);
  const rows = pairs.map((p) => ({ locationId: p.targetId, productId: p.productId, quantity: p.value }));
  const counts = await ctx.em.transactional((em: EntityManager) => upsertStock(em, rows));
  const result = { createdCount: counts.created, updatedCount: counts.updated, unchangedCount: rows.length - counts.created - counts.updated, userErrors: errors };
  await auditSync(ctx, 'STOCK_LEVELS_UPSERTED', result);
  return result;
}

export interface ProductSyncData {
  reference: string;
  name?: string | null;
  barcode?: string | null;
  description?: string | null;
  brand?: string | null;
  season?: string | null;
  manufacturer?: string | null;
  tags?: string[] | null;
  unit?: string | null;
  packSize?: number | null;
  /** Quantity rules (decision 0049): omitted or null leaves it as it is, 0 clears it. */
  minQuantity?: number | null;
  maxQuantity?: number | null;
  orderIncrement?: number | null;
  active?: boolean | null;
  /** VAT rate by name (case aside) or percentage that one rate has, as the CSV's `tax_rate` (decision 0053). */
  taxRate?: string | null;
  /** Names and descriptions per language (issue 16); the languages not given stay as they are. */
  translations?: Array<{ language: string; name?: string | null; description?: string | null }> | null;
}

// The items go through the catalog import's own checks and writer, as lines of a file with every
// column: one set of rules (barcodes, managed-list names, lengths, change detection) for both.
// Then a `name:<language>` and a `description:<language>` cell per language.
const TRANSLATION_COLUMNS = LANGUAGES.flatMap((language) => (['name', 'description'] as const).map((field) => ({ language: language as string, field })));
const LAYOUT: ResolvedLayout = {
  fields: Object.fromEntries(IMPORT_FIELDS.map((f, i) => [f, i])) as Record<ImportField, number>,
  prices: [],
  stocks: [],
  translations: TRANSLATION_COLUMNS.map((t, i) => ({ ...t, index: IMPORT_FIELDS.length + i, column: `${t.field}:${t.language}` })),
  width: IMPORT_FIELDS.length + TRANSLATION_COLUMNS.length,
  levels: [],
  locations: [],
};
const cellOf = (item: ProductSyncData, field: ImportField): string => {
  const value = field === 'tags' ? item.tags?.join('|') : item[(FIELD_NAMES[field] ?? field) as keyof ProductSyncData];
  return value === null || value === undefined ? '' : String(value);
};
const FIELD_NAMES: Partial<Record<string, string>> = { pack_size: 'packSize', min_quantity: 'minQuantity', max_quantity: 'maxQuantity', order_increment: 'orderIncrement', tax_rate: 'taxRate' };

class RowsLost extends Error {
  constructor(readonly lost: Map<number, UserErrorCode>) {
    super('rows lost to concurrent changes');
  }
}

/** The ERP creates or changes products by reference (productsUpsert). */
export async function upsertProducts(ctx: Ctx, input: { items: ProductSyncData[]; atomic?: boolean | null }): Promise<SyncResult> {
  const tooMany = tooManyItems(ctx.t, input.items.length);
  if (tooMany.length) return nothing(tooMany);
  const translationCells = (item: ProductSyncData) =>
    TRANSLATION_COLUMNS.map(({ language, field }) => item.translations?.find((t) => t.language === language)?.[field] ?? '');
  const lines: CsvLine[] = input.items.map((item, i) => ({ position: i, line: i, cells: [...IMPORT_FIELDS.map((f) => cellOf(item, f)), ...translationCells(item)] }));
  const rows = await checkRows(ctx, LAYOUT, lines, { withinFile: true });
  const errors = rows.flatMap((r) =>
    r.problems.map((p) =>
      p.code === UserErrorCode.DUPLICATE_REFERENCE
        ? itemError(ctx.t, r.position, 'reference', UserErrorCode.DUPLICATE_ITEM)
        : itemError(ctx.t, r.position, p.column ? (FIELD_NAMES[p.column] ?? p.column) : null, p.code, { reference: r.reference }),
    ),
  );
  if (errors.length && input.atomic) return nothing(errors);
  let lost: Map<number, UserErrorCode>;
  try {
    lost = await ctx.em.transactional(async (em: EntityManager) => {
      const skipped = await writeRows(em, rows);
      if (skipped.size && input.atomic) throw new RowsLost(skipped);
      return skipped;
    });
  } catch (e) {
    if (!(e instanceof RowsLost)) throw e;
    return nothing([...e.lost].map(([position, code]) => itemError(ctx.t, position, 'barcode', code)));
  }
  for (const [position, code] of lost) errors.push(itemError(ctx.t, position, 'barcode', code));
  const count = (status: string) => rows.filter((r) => r.status === status && !lost.has(r.position)).length;
  const result = { createdCount: count('CREATE'), updatedCount: count('UPDATE'), unchangedCount: count('UNCHANGED'), userErrors: errors };
  await auditSync(ctx, 'PRODUCTS_UPSERTED', result);
  return result;
}
