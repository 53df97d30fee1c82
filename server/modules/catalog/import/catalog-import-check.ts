import { randomUUID } from 'node:crypto';
import { quantityRulesProblem } from '../quantity-rules.js';
import type { Ctx } from '../../../common/context.js';
import { UserErrorCode } from '../../../common/errors.js';
import { PriceLevel } from '../entities/price-level.entity.js';
import { StorageLocation } from '../entities/storage-location.entity.js';
import { Brand, Manufacturer, Season, Tag } from '../entities/taxonomy.entity.js';
import { TaxRate } from '../entities/tax-rate.entity.js';
import { normalizePercentage } from '../../../common/tax.js';
import type { ProductTranslations } from '../entities/product.entity.js';
import { catalogLanguage } from '../catalog-translations.js';
import { bulkQuery, slices } from '../bulk-sql.js';
import { NAME_MAX, PRICE_DECIMALS, REFERENCE_MAX, UNIT_MAX, isValidBarcode, parseAmount, parseFlag, parseWholeNumber, storedAmount } from '../catalog-values.js';
import type { CsvLine, FileProblem, HeaderLayout, ImportField } from './catalog-csv.js';

/** The header with its price levels and storage locations found in the catalog. */
export interface ResolvedLayout extends HeaderLayout {
  levels: PriceLevel[];
  locations: StorageLocation[];
}

/** Finds the price levels and locations the header names (by code, case aside). */
export async function resolveLayout(ctx: Ctx, layout: HeaderLayout): Promise<{ layout: ResolvedLayout } | { problems: FileProblem[] }> {
  const problems: FileProblem[] = [];
  const find = <T extends { code: string }>(items: T[], code: string): T | undefined =>
    items.find((i) => i.code === code) ?? items.find((i) => i.code.toLowerCase() === code.toLowerCase());
  const allLevels = layout.prices.length ? await ctx.em.find(PriceLevel, {}) : [];
  const allLocations = layout.stocks.length ? await ctx.em.find(StorageLocation, {}) : [];
  const levels = layout.prices.map((p) => {
    const level = find(allLevels, p.code);
    if (!level) problems.push({ code: UserErrorCode.UNKNOWN_PRICE_LEVEL, vars: { code: p.code } });
    return level!;
  });
  const locations = layout.stocks.map((s) => {
    const location = find(allLocations, s.code);
    if (!location) problems.push({ code: UserErrorCode.UNKNOWN_STORAGE_LOCATION, vars: { code: s.code } });
    return location!;
  });
  return problems.length ? { problems } : { layout: { ...layout, levels, locations } };
}

/** A product line as it will be written; null means "not in the file, or empty: leave as is". */
export interface RowData {
  reference: string;
  barcode: string | null;
  name: string | null;
  description: string | null;
  brandId: string | null;
  seasonId: string | null;
  manufacturerId: string | null;
  tagIds: string[] | null;
  unit: string | null;
  packSize: number | null;
  /** Quantity rules (decision 0049): null leaves it as it is, 0 clears it. */
  minQuantity: number | null;
  maxQuantity: number | null;
  orderIncrement: number | null;
  active: boolean | null;
  /** The product's own VAT rate (by the file's name or percentage); null: leave as is. */
  taxRateId: string | null;
  prices: Array<{ levelId: string; amount: string }>;
  stocks: Array<{ locationId: string; quantity: number }>;
  /** The file's names and descriptions in languages other than the catalog language; empty cells left out. */
  translations: Record<string, { name?: string; description?: string }>;
  /** The product's translations once written (the catalog's merged with the file's); null: unchanged. */
  mergedTranslations: ProductTranslations | null;
}

export interface RowProblem {
  code: UserErrorCode;
  /** The header name of the column at fault; null for the whole line. */
  column: string | null;
  value: string | null;
}

export type RowStatus = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'INVALID';

export interface CheckedRow {
  position: number;
  line: number;
  reference: string;
  problems: RowProblem[];
  status: RowStatus;
  /** The existing product's id, or the id the new one will get. */
  productId: string;
  data: RowData;
  /** For updates: what differs from the catalog (creates write everything given). */
  changes: { product: boolean; tags: boolean; prices: boolean[]; stocks: boolean[] };
}

interface ExistingProduct {
  id: string;
  reference: string;
  barcode: string | null;
  name: string;
  description: string | null;
  brand_id: string | null;
  season_id: string | null;
  manufacturer_id: string | null;
  unit: string;
  pack_size: number;
  min_quantity: number | null;
  max_quantity: number | null;
  order_increment: number | null;
  active: boolean;
  tax_rate_id: string | null;
  translations: ProductTranslations;
}

const LOOKUP_BATCH = 10_000;

/** lower-case name → id of a managed list, loaded only when the file has that column. */
async function names(ctx: Ctx, entity: typeof Brand | typeof Season | typeof Tag | typeof Manufacturer, wanted: boolean): Promise<Map<string, string>> {
  if (!wanted) return new Map();
  const rows = await ctx.em.find(entity as typeof Brand, {}, { fields: ['id', 'name'] });
  return new Map(rows.map((r) => [r.name.toLowerCase(), r.id]));
}

const PERCENTAGE_CELL = /^(\d{1,2}(?:[.,]\d{1,4})?)\s*%?$/;

/**
 * A `tax_rate` cell (decision 0053): a rate's name, case aside (what the export writes), else a
 * percentage (`20`, `5,5`, `5.5 %`) that exactly one rate has.
 */
export function taxRateOfCell(rates: Array<{ id: string; name: string; percentage: string }>, value: string): { id: string } | { code: UserErrorCode } {
  const lower = value.toLowerCase();
  const named = rates.find((r) => r.name.toLowerCase() === lower);
  if (named) return { id: named.id };
  const m = PERCENTAGE_CELL.exec(value);
  if (!m) return { code: UserErrorCode.UNKNOWN_TAX_RATE };
  const wanted = normalizePercentage(m[1].replace(',', '.'));
  const found = rates.filter((r) => normalizePercentage(r.percentage) === wanted);
  if (found.length > 1) return { code: UserErrorCode.AMBIGUOUS_TAX_RATE };
  return found.length ? { id: found[0].id } : { code: UserErrorCode.UNKNOWN_TAX_RATE };
}

/**
 * Checks lines of a catalog CSV in memory with a handful of set-based lookups (managed lists,
 * existing products by reference, barcode owners, current tags, prices and stock), and says for
 * each whether it creates, updates, changes nothing or is invalid, and why.
 * `withinFile` also checks duplicates between the lines given (the whole file at preview and start).
 */
export async function checkRows(ctx: Ctx, layout: ResolvedLayout, lines: CsvLine[], options: { withinFile: boolean }): Promise<CheckedRow[]> {
  const f = layout.fields;
  // One after the other: in a task they share the transaction's connection.
  const brands = await names(ctx, Brand, f.brand !== undefined);
  const seasons = await names(ctx, Season, f.season !== undefined);
  const manufacturers = await names(ctx, Manufacturer, f.manufacturer !== undefined);
  const tags = await names(ctx, Tag, f.tags !== undefined);
  const taxRates = f.tax_rate !== undefined ? await ctx.em.find(TaxRate, {}, { fields: ['id', 'name', 'percentage'] }) : [];
  const columnName = (field: ImportField) => field;
  const catalog = layout.translations.length ? await catalogLanguage(ctx) : null;

  const rows: CheckedRow[] = lines.map(({ position, line, cells }) => {
    const problems: RowProblem[] = [];
    const cell = (field: ImportField): string | null => {
      const i = f[field];
      const v = i === undefined ? '' : (cells[i] ?? '').trim();
      return v === '' ? null : v;
    };
    const bad = (code: UserErrorCode, column: string | null, value: string | null) => problems.push({ code, column, value });
    const listRef = (field: 'brand' | 'season' | 'manufacturer', map: Map<string, string>, code: UserErrorCode) => {
      const v = cell(field);
      if (v === null) return null;
      const id = map.get(v.toLowerCase());
      if (!id) bad(code, columnName(field), v);
      return id ?? null;
    };

    const reference = cell('reference') ?? '';
    if (!reference) bad(UserErrorCode.REQUIRED, 'reference', null);
    else if (reference.length > REFERENCE_MAX) bad(UserErrorCode.INVALID_VALUE, 'reference', reference);
    const barcode = cell('barcode');
    if (barcode !== null && !isValidBarcode(barcode)) bad(UserErrorCode.INVALID_BARCODE, 'barcode', barcode);
    const name = cell('name');
    if (name !== null && name.length > NAME_MAX) bad(UserErrorCode.INVALID_VALUE, 'name', name);
    const brandId = listRef('brand', brands, UserErrorCode.UNKNOWN_BRAND);
    const seasonId = listRef('season', seasons, UserErrorCode.UNKNOWN_SEASON);
    const manufacturerId = listRef('manufacturer', manufacturers, UserErrorCode.UNKNOWN_MANUFACTURER);
    let tagIds: string[] | null = null;
    const tagCell = cell('tags');
    if (tagCell !== null) {
      tagIds = [];
      for (const tagName of tagCell.split('|').map((t) => t.trim()).filter(Boolean)) {
        const id = tags.get(tagName.toLowerCase());
        if (!id) bad(UserErrorCode.UNKNOWN_TAG, 'tags', tagName);
        else if (!tagIds.includes(id)) tagIds.push(id);
      }
    }
    const unit = cell('unit');
    if (unit !== null && unit.length > UNIT_MAX) bad(UserErrorCode.INVALID_VALUE, 'unit', unit);
    let packSize: number | null = null;
    const packCell = cell('pack_size');
    if (packCell !== null) {
      const parsed = parseWholeNumber(packCell, 1);
      if ('code' in parsed) bad(parsed.code, 'pack_size', packCell);
      else packSize = parsed.value;
    }
    // Quantity rules: empty leaves the product's as it is, 0 clears it (decision 0049).
    const rule = (field: 'min_quantity' | 'max_quantity' | 'order_increment'): number | null => {
      const v = cell(field);
      if (v === null) return null;
      const parsed = parseWholeNumber(v, 0);
      if ('code' in parsed) bad(parsed.code, field, v);
      return 'code' in parsed ? null : parsed.value;
    };
    const minQuantity = rule('min_quantity');
    const maxQuantity = rule('max_quantity');
    const orderIncrement = rule('order_increment');
    let active: boolean | null = null;
    const activeCell = cell('active');
    if (activeCell !== null) {
      active = parseFlag(activeCell);
      if (active === null) bad(UserErrorCode.INVALID_VALUE, 'active', activeCell);
    }
    let taxRateId: string | null = null;
    const rateCell = cell('tax_rate');
    if (rateCell !== null) {
      const found = taxRateOfCell(taxRates, rateCell);
      if ('code' in found) bad(found.code, 'tax_rate', rateCell);
      else taxRateId = found.id;
    }
    const prices: RowData['prices'] = [];
    layout.prices.forEach((p, i) => {
      const v = (cells[p.index] ?? '').trim();
      if (!v) return;
      const parsed = parseAmount(v, PRICE_DECIMALS);
      if ('code' in parsed) bad(parsed.code, p.column, v);
      else prices.push({ levelId: layout.levels[i].id, amount: parsed.amount });
    });
    const stocks: RowData['stocks'] = [];
    layout.stocks.forEach((s, i) => {
      const v = (cells[s.index] ?? '').trim();
      if (!v) return;
      const parsed = parseWholeNumber(v, 0);
      if ('code' in parsed) bad(parsed.code, s.column, v);
      else stocks.push({ locationId: layout.locations[i].id, quantity: parsed.value });
    });
    if (cells.slice(layout.width).some((c) => c.trim())) bad(UserErrorCode.EXTRA_CELLS, null, null);

    // Names and descriptions per language (issue 16); the catalog language's are `name` and `description`.
    let description = cell('description');
    let ownName = name;
    const translations: RowData['translations'] = {};
    for (const t of layout.translations) {
      const v = (cells[t.index] ?? '').trim();
      if (!v) continue;
      if (t.field === 'name' && v.length > NAME_MAX) bad(UserErrorCode.INVALID_VALUE, t.column, v);
      else if (t.language === catalog) {
        if (t.field === 'name') ownName ??= v;
        else description ??= v;
      } else (translations[t.language] ??= {})[t.field] = v;
    }
    const data: RowData = {
      reference, barcode, name: ownName, description, brandId, seasonId, manufacturerId, tagIds, unit, packSize, minQuantity, maxQuantity, orderIncrement, active, taxRateId, prices, stocks, translations, mergedTranslations: null,
    };
    return { position, line, reference, problems, status: 'INVALID', productId: '', data, changes: { product: false, tags: false, prices: [], stocks: [] } };
  });

  if (options.withinFile) {
    const references = new Set<string>();
    const barcodes = new Map<string, string>();
    for (const row of rows) {
      if (row.reference) {
        if (references.has(row.reference)) row.problems.unshift({ code: UserErrorCode.DUPLICATE_REFERENCE, column: 'reference', value: row.reference });
        references.add(row.reference);
      }
      const barcode = row.data.barcode;
      if (barcode && isValidBarcode(barcode)) {
        const owner = barcodes.get(barcode);
        if (owner !== undefined && owner !== row.reference) row.problems.push({ code: UserErrorCode.BARCODE_TAKEN, column: 'barcode', value: barcode });
        else barcodes.set(barcode, row.reference);
      }
    }
  }

  // The catalog as it is: products by reference, and who owns the barcodes of the file.
  const existing = new Map<string, ExistingProduct>();
  for (const refs of slices([...new Set(rows.map((r) => r.reference).filter(Boolean))], LOOKUP_BATCH)) {
    const found = await bulkQuery<ExistingProduct>(
      ctx.em,
      // Joined rather than `reference = any(?)`, which the planner answers from the trigram index (slow).
      `select p.id, p.reference, p.barcode, p.name, p.description, p.brand_id, p.season_id, p.manufacturer_id, p.unit, p.pack_size, p.min_quantity, p.max_quantity, p.order_increment, p.active, p.tax_rate_id, p.translations
       from unnest(?::text[]) as r(reference) join product p on p.reference = r.reference`,
      [refs],
    );
    for (const p of found) existing.set(p.reference, p);
  }
  const owners = new Map<string, string>();
  for (const codes of slices([...new Set(rows.map((r) => r.data.barcode).filter((b): b is string => Boolean(b)))], LOOKUP_BATCH)) {
    const found = await bulkQuery<{ reference: string; barcode: string }>(ctx.em, `select reference, barcode from product where barcode = any(?::text[])`, [codes]);
    for (const p of found) owners.set(p.barcode, p.reference);
  }
  for (const row of rows) {
    const owner = row.data.barcode ? owners.get(row.data.barcode) : undefined;
    if (owner !== undefined && owner !== row.reference && !row.problems.some((p) => p.code === UserErrorCode.BARCODE_TAKEN)) {
      row.problems.push({ code: UserErrorCode.BARCODE_TAKEN, column: 'barcode', value: row.data.barcode });
    }
    const product = existing.get(row.reference);
    if (!product && row.reference && row.data.name === null) row.problems.push({ code: UserErrorCode.NAME_REQUIRED, column: 'name', value: null });
    // The file's languages merged into the product's; a description needs a name in its language.
    if (Object.keys(row.data.translations).length) {
      const merged: ProductTranslations = { ...(product?.translations ?? {}) };
      for (const [language, t] of Object.entries(row.data.translations)) {
        const next = { ...merged[language], ...t };
        if (!next.name) row.problems.push({ code: UserErrorCode.NAME_REQUIRED, column: `name:${language}`, value: null });
        merged[language] = next as { name: string; description?: string };
      }
      row.data.mergedTranslations = merged;
    }
    // The rules as they will be (the file's over the product's) must fit together.
    const d = row.data;
    const kept = (given: number | null, current: number | null | undefined) => (given === null ? (current ?? null) : given === 0 ? null : given);
    const problem = quantityRulesProblem({
      packSize: d.packSize ?? product?.pack_size ?? 1,
      minQuantity: kept(d.minQuantity, product?.min_quantity),
      maxQuantity: kept(d.maxQuantity, product?.max_quantity),
      orderIncrement: kept(d.orderIncrement, product?.order_increment),
    });
    if (problem) {
      const column = ({ minQuantity: 'min_quantity', maxQuantity: 'max_quantity', orderIncrement: 'order_increment' } as const)[problem];
      row.problems.push({ code: UserErrorCode.QUANTITY_RULES_INCONSISTENT, column, value: null });
    }
    row.productId = product?.id ?? randomUUID();
    row.status = row.problems.length ? 'INVALID' : product ? 'UPDATE' : 'CREATE';
  }

  await detectChanges(ctx, layout, rows.filter((r) => r.status === 'UPDATE'), existing);
  return rows;
}

/** Marks updates that would change nothing as UNCHANGED, and records what the others change. */
async function detectChanges(ctx: Ctx, layout: ResolvedLayout, rows: CheckedRow[], existing: Map<string, ExistingProduct>): Promise<void> {
  const currentTags = new Map<string, string[]>();
  const currentPrices = new Map<string, string>();
  const currentStock = new Map<string, number>();
  for (const batch of slices(rows, LOOKUP_BATCH)) {
    const ids = batch.map((r) => r.productId);
    if (layout.fields.tags !== undefined) {
      for (const t of await bulkQuery<{ product_id: string; tag_id: string }>(ctx.em, `select product_id, tag_id from product_tag where product_id = any(?::uuid[])`, [ids])) {
        currentTags.set(t.product_id, [...(currentTags.get(t.product_id) ?? []), t.tag_id]);
      }
    }
    if (layout.levels.length) {
      const found = await bulkQuery<{ product_id: string; price_level_id: string; amount: string }>(
        ctx.em,
        `select product_id, price_level_id, amount::text as amount from product_price where product_id = any(?::uuid[]) and price_level_id = any(?::uuid[])`,
        [ids, layout.levels.map((l) => l.id)],
      );
      for (const p of found) currentPrices.set(`${p.product_id}|${p.price_level_id}`, storedAmount(p.amount, PRICE_DECIMALS));
    }
    if (layout.locations.length) {
      const found = await bulkQuery<{ product_id: string; location_id: string; quantity: number }>(
        ctx.em,
        `select product_id, location_id, quantity from stock_level where product_id = any(?::uuid[]) and location_id = any(?::uuid[])`,
        [ids, layout.locations.map((l) => l.id)],
      );
      for (const s of found) currentStock.set(`${s.product_id}|${s.location_id}`, s.quantity);
    }
  }
  for (const row of rows) {
    const p = existing.get(row.reference)!;
    const d = row.data;
    const differs = <T>(given: T | null, current: T | null) => given !== null && given !== current;
    const product =
      differs(d.barcode, p.barcode) ||
      differs(d.name, p.name) ||
      differs(d.description, p.description) ||
      differs(d.brandId, p.brand_id) ||
      differs(d.seasonId, p.season_id) ||
      differs(d.manufacturerId, p.manufacturer_id) ||
      differs(d.unit, p.unit) ||
      differs(d.packSize, p.pack_size) ||
      differs(d.minQuantity, p.min_quantity ?? 0) ||
      differs(d.maxQuantity, p.max_quantity ?? 0) ||
      differs(d.orderIncrement, p.order_increment ?? 0) ||
      differs(d.active, p.active) ||
      differs(d.taxRateId, p.tax_rate_id) ||
      (d.mergedTranslations !== null && JSON.stringify(d.mergedTranslations) !== JSON.stringify(p.translations));
    const tags = d.tagIds !== null && [...d.tagIds].sort().join() !== [...(currentTags.get(p.id) ?? [])].sort().join();
    const prices = d.prices.map((x) => currentPrices.get(`${p.id}|${x.levelId}`) !== x.amount);
    const stocks = d.stocks.map((x) => currentStock.get(`${p.id}|${x.locationId}`) !== x.quantity);
    row.changes = { product, tags, prices, stocks };
    if (!product && !tags && !prices.includes(true) && !stocks.includes(true)) row.status = 'UNCHANGED';
  }
}
