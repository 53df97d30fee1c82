import type { EntityManager } from '@mikro-orm/postgresql';
import { UserErrorCode } from '../../../common/errors.js';
import { bulkQuery, replaceTags, slices, upsertPrices, upsertStock } from '../bulk-sql.js';
import type { CheckedRow } from './catalog-import-check.js';

const WRITE_BATCH = 5000;

/** The product columns of rows, one array per column, in the order of PRODUCT_COLUMNS. */
function columns(rows: CheckedRow[]): unknown[] {
  return [
    rows.map((r) => r.productId),
    rows.map((r) => r.data.reference),
    rows.map((r) => r.data.barcode),
    rows.map((r) => r.data.name),
    rows.map((r) => r.data.description),
    rows.map((r) => r.data.brandId),
    rows.map((r) => r.data.seasonId),
    rows.map((r) => r.data.manufacturerId),
    rows.map((r) => r.data.unit),
    rows.map((r) => r.data.packSize),
    rows.map((r) => r.data.minQuantity),
    rows.map((r) => r.data.maxQuantity),
    rows.map((r) => r.data.orderIncrement),
    rows.map((r) => r.data.active),
    rows.map((r) => r.data.taxRateId),
    rows.map((r) => (r.data.mergedTranslations ? JSON.stringify(r.data.mergedTranslations) : null)),
  ];
}
const UNNEST = `unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::int[], ?::int[], ?::int[], ?::int[], ?::boolean[], ?::uuid[], ?::jsonb[])
  as r(id, reference, barcode, name, description, brand_id, season_id, manufacturer_id, unit, pack_size, min_quantity, max_quantity, order_increment, active, tax_rate_id, translations)`;

/** Updates products by reference; a null in the file's data leaves the column as it is. */
async function updateProducts(em: EntityManager, rows: CheckedRow[]): Promise<void> {
  for (const batch of slices(rows, WRITE_BATCH)) {
    await bulkQuery(
      em,
      `update product p set
         barcode = coalesce(r.barcode, p.barcode), name = coalesce(r.name, p.name), description = coalesce(r.description, p.description),
         brand_id = coalesce(r.brand_id, p.brand_id), season_id = coalesce(r.season_id, p.season_id),
         manufacturer_id = coalesce(r.manufacturer_id, p.manufacturer_id), unit = coalesce(r.unit, p.unit),
         pack_size = coalesce(r.pack_size, p.pack_size),
         -- quantity rules (decision 0049): null keeps, 0 clears
         min_quantity = case when r.min_quantity is null then p.min_quantity else nullif(r.min_quantity, 0) end,
         max_quantity = case when r.max_quantity is null then p.max_quantity else nullif(r.max_quantity, 0) end,
         order_increment = case when r.order_increment is null then p.order_increment else nullif(r.order_increment, 0) end,
         active = coalesce(r.active, p.active), tax_rate_id = coalesce(r.tax_rate_id, p.tax_rate_id),
         translations = coalesce(r.translations, p.translations), updated_at = now()
       from ${UNNEST}
       where p.reference = r.reference`,
      columns(batch),
    );
  }
}

/** Inserts new products; returns the ids actually inserted (a concurrent change may have won). */
async function insertProducts(em: EntityManager, rows: CheckedRow[]): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (const batch of slices(rows, WRITE_BATCH)) {
    const done = await bulkQuery<{ id: string }>(
      em,
      `insert into product (id, created_at, updated_at, reference, barcode, name, description, brand_id, season_id, manufacturer_id, unit, pack_size, min_quantity, max_quantity, order_increment, active, tax_rate_id, translations)
       select r.id, now(), now(), r.reference, r.barcode, r.name, r.description, r.brand_id, r.season_id, r.manufacturer_id,
              coalesce(r.unit, 'piece'), coalesce(r.pack_size, 1), nullif(r.min_quantity, 0), nullif(r.max_quantity, 0), nullif(r.order_increment, 0), coalesce(r.active, true), r.tax_rate_id, coalesce(r.translations, '{}')
       from ${UNNEST}
       on conflict do nothing
       returning id`,
      columns(batch),
    );
    for (const { id } of done) inserted.add(id);
  }
  return inserted;
}

/**
 * Writes checked rows with set-based statements: products (update, then insert), tags, prices and
 * stock, a few statements per 5,000 rows. Unchanged rows are not written. Returns the rows it had
 * to skip because the catalog changed since they were checked (another product took the barcode).
 */
export async function writeRows(em: EntityManager, rows: CheckedRow[]): Promise<Map<number, UserErrorCode>> {
  const skipped = new Map<number, UserErrorCode>();
  const updates = rows.filter((r) => r.status === 'UPDATE');
  let creates = rows.filter((r) => r.status === 'CREATE');
  await updateProducts(em, updates.filter((r) => r.changes.product));
  const inserted = await insertProducts(em, creates);
  const lost = creates.filter((r) => !inserted.has(r.productId));
  if (lost.length) {
    // Created by someone else meanwhile: update those instead; the rest lost a unique barcode.
    const found = await bulkQuery<{ id: string; reference: string }>(em, `select id, reference from product where reference = any(?::text[])`, [lost.map((r) => r.reference)]);
    const byReference = new Map(found.map((p) => [p.reference, p.id]));
    const nowExisting: CheckedRow[] = [];
    for (const row of lost) {
      const id = byReference.get(row.reference);
      if (id) nowExisting.push({ ...row, productId: id, status: 'UPDATE', changes: { product: true, tags: true, prices: row.data.prices.map(() => true), stocks: row.data.stocks.map(() => true) } });
      else skipped.set(row.position, UserErrorCode.BARCODE_TAKEN);
    }
    await updateProducts(em, nowExisting);
    creates = creates.filter((r) => inserted.has(r.productId));
    updates.push(...nowExisting);
  }
  const written = [...creates, ...updates];
  await replaceTags(
    em,
    written.filter((r) => r.data.tagIds !== null && (r.status === 'CREATE' || r.changes.tags)).map((r) => ({ productId: r.productId, tagIds: r.data.tagIds! })),
  );
  await upsertPrices(
    em,
    written.flatMap((r) => r.data.prices.filter((_, i) => r.status === 'CREATE' || r.changes.prices[i]).map((p) => ({ levelId: p.levelId, productId: r.productId, amount: p.amount }))),
  );
  await upsertStock(
    em,
    written.flatMap((r) => r.data.stocks.filter((_, i) => r.status === 'CREATE' || r.changes.stocks[i]).map((s) => ({ locationId: s.locationId, productId: r.productId, quantity: s.quantity }))),
  );
  return skipped;
}
