import type { EntityManager } from '@mikro-orm/postgresql';
import { bulkQuery } from '../../common/prepared.js';

export { bulkQuery };

/** Splits a list into slices of at most `size` items, for batched statements. */
export function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Upserts prices, one statement for the lot; amounts are decimal strings. */
export async function upsertPrices(em: EntityManager, rows: Array<{ levelId: string; productId: string; amount: string }>): Promise<void> {
  for (const batch of slices(rows, 5000)) {
    await bulkQuery(
      em,
      `insert into product_price (price_level_id, product_id, amount)
       select * from unnest(?::uuid[], ?::uuid[], ?::numeric[])
       on conflict (price_level_id, product_id) do update set amount = excluded.amount`,
      [batch.map((r) => r.levelId), batch.map((r) => r.productId), batch.map((r) => r.amount)],
    );
  }
}

/** Removes the prices of products at one level: they are no longer orderable at that level. */
export async function deletePrices(em: EntityManager, levelId: string, productIds: string[]): Promise<void> {
  if (productIds.length) await bulkQuery(em, `delete from product_price where price_level_id = ? and product_id = any(?::uuid[])`, [levelId, productIds]);
}

/** Upserts stock quantities, one statement for the lot. */
export async function upsertStock(em: EntityManager, rows: Array<{ locationId: string; productId: string; quantity: number }>): Promise<void> {
  for (const batch of slices(rows, 5000)) {
    await bulkQuery(
      em,
      `insert into stock_level (location_id, product_id, quantity)
       select * from unnest(?::uuid[], ?::uuid[], ?::int[])
       on conflict (location_id, product_id) do update set quantity = excluded.quantity`,
      [batch.map((r) => r.locationId), batch.map((r) => r.productId), batch.map((r) => r.quantity)],
    );
  }
}

/** Replaces the tags of products with the given ones (a pivot insert from unnest). */
export async function replaceTags(em: EntityManager, rows: Array<{ productId: string; tagIds: string[] }>): Promise<void> {
  if (!rows.length) return;
  await bulkQuery(em, `delete from product_tag where product_id = any(?::uuid[])`, [rows.map((r) => r.productId)]);
  const pairs = rows.flatMap((r) => r.tagIds.map((tagId) => [r.productId, tagId] as const));
  for (const batch of slices(pairs, 10000)) {
    await bulkQuery(em, `insert into product_tag (product_id, tag_id) select * from unnest(?::uuid[], ?::uuid[]) on conflict do nothing`, [
      batch.map((p) => p[0]),
      batch.map((p) => p[1]),
    ]);
  }
}
