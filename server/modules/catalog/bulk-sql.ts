import type { EntityManager } from '@mikro-orm/postgresql';
import { bulkQuery } from '../../common/prepared.js';

export { bulkQuery };

/** Splits a list into slices of at most `size` items, for batched statements. */
export function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** How many rows an upsert inserted and how many it changed; rows already equal are not written. */
export interface UpsertCounts {
  created: number;
  updated: number;
}

/**
 * Counts what an `insert … on conflict do update … where <differs> returning (xmax = 0) as inserted`
 * did: rows already holding the value are left alone (no new row version, no trigger work), so
 * sending the same data again writes nothing.
 */
async function countedUpsert(em: EntityManager, sql: string, params: unknown[], into: UpsertCounts): Promise<void> {
  const [row] = await bulkQuery<{ created: number; updated: number }>(
    em,
    `with w as (${sql} returning (xmax = 0) as inserted)
     select count(*) filter (where inserted)::int as created, count(*) filter (where not inserted)::int as updated from w`,
    params,
  );
  into.created += row?.created ?? 0;
  into.updated += row?.updated ?? 0;
}

/** Upserts prices, one statement per 5,000; amounts are decimal strings. Equal prices are not rewritten. */
export async function upsertPrices(em: EntityManager, rows: Array<{ levelId: string; productId: string; amount: string }>): Promise<UpsertCounts> {
  const counts = { created: 0, updated: 0 };
  for (const batch of slices(rows, 5000)) {
    await countedUpsert(
      em,
      `insert into product_price (price_level_id, product_id, amount)
       select * from unnest(?::uuid[], ?::uuid[], ?::numeric[])
       on conflict (price_level_id, product_id) do update set amount = excluded.amount
       where product_price.amount is distinct from excluded.amount`,
      [batch.map((r) => r.levelId), batch.map((r) => r.productId), batch.map((r) => r.amount)],
      counts,
    );
  }
  return counts;
}

/** Removes the prices of products at one level: they are no longer orderable at that level. */
export async function deletePrices(em: EntityManager, levelId: string, productIds: string[]): Promise<void> {
  if (productIds.length) await bulkQuery(em, `delete from product_price where price_level_id = ? and product_id = any(?::uuid[])`, [levelId, productIds]);
}

/** Upserts stock quantities, one statement per 5,000. Equal quantities are not rewritten. */
export async function upsertStock(em: EntityManager, rows: Array<{ locationId: string; productId: string; quantity: number }>): Promise<UpsertCounts> {
  const counts = { created: 0, updated: 0 };
  for (const batch of slices(rows, 5000)) {
    await countedUpsert(
      em,
      `insert into stock_level (location_id, product_id, quantity)
       select * from unnest(?::uuid[], ?::uuid[], ?::int[])
       on conflict (location_id, product_id) do update set quantity = excluded.quantity
       where stock_level.quantity is distinct from excluded.quantity`,
      [batch.map((r) => r.locationId), batch.map((r) => r.productId), batch.map((r) => r.quantity)],
      counts,
    );
  }
  return counts;
}

/** Removes prices given as (level, product) pairs, set-based; returns how many existed. */
export async function deletePricePairs(em: EntityManager, rows: Array<{ levelId: string; productId: string }>): Promise<number> {
  let deleted = 0;
  for (const batch of slices(rows, 5000)) {
    const [row] = await bulkQuery<{ n: number }>(
      em,
      `with d as (delete from product_price p using unnest(?::uuid[], ?::uuid[]) as r(level_id, product_id)
                  where p.price_level_id = r.level_id and p.product_id = r.product_id returning 1)
       select count(*)::int as n from d`,
      [batch.map((r) => r.levelId), batch.map((r) => r.productId)],
    );
    deleted += row?.n ?? 0;
  }
  return deleted;
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
