import { createHash } from 'node:crypto';
import pg from 'pg';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';

// The statements every request runs (the session, a catalog page) as server-side prepared
// statements: PostgreSQL plans them once per connection instead of at every request, which is
// most of their cost (docs/decisions/0017). Values travel as parameters (arrays as PostgreSQL
// arrays, `= any(?)`), never formatted into the text, so one text serves every viewer.

/**
 * The connections prepared statements run on, per ORM (its driver connection, shared by every
 * fork): a pool of their own whose sessions use generic plans (plan_cache_mode), so a statement
 * is planned once per connection, never per execution — left to choose, PostgreSQL kept planning
 * the catalog page anew at each request. The ORM's own pool keeps the default: its one-off bulk
 * statements need plans made for their values. Without one (the embedded PGlite, whose
 * connections share a single session; scripts), statements run unnamed on the ORM's connections.
 */
const pools = new WeakMap<object, pg.Pool>();

/** How the ORM connects (server, credentials, type parsing), for connections of our own. */
export function connectionOptions(orm: MikroORM): pg.PoolConfig {
  return (orm.em.getConnection() as unknown as { getConnectionOptions(): pg.PoolConfig }).getConnectionOptions();
}

/** Opens the prepared statements' pool for an ORM (same server, same type parsing as the ORM's). */
export function openPreparedPool(orm: MikroORM, max: number): { pool: pg.Pool; close(): Promise<void> } {
  const options = connectionOptions(orm);
  const pool = new pg.Pool({
    ...options,
    max,
    options: '-c plan_cache_mode=force_generic_plan -c max_parallel_workers_per_gather=0',
  });
  pool.on('error', () => {}); // an idle connection that dies is replaced at the next query
  pools.set(orm.em.getConnection(), pool);
  return { pool, close: () => pool.end() };
}

const texts = new Map<string, { text: string; name: string }>();

/** `?` placeholders (outside quoted literals) as `$1…$n`, and a name for the statement. */
function compile(sql: string): { text: string; name: string } {
  let cached = texts.get(sql);
  if (!cached) {
    let n = 0;
    const text = sql.replace(/'(?:[^']|'')*'|\?/g, (m) => (m === '?' ? `$${++n}` : m));
    cached = { text, name: `c_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}` };
    texts.set(sql, cached);
  }
  return cached;
}

/**
 * Runs `sql` (with `?` placeholders, one value each) as a prepared statement — on the entity
 * manager's transaction when it is in one (unnamed there) — and returns the rows as the driver
 * parsed them (timestamps as strings, numerics as strings, json as objects).
 */
export async function preparedQuery<T = Record<string, unknown>>(em: EntityManager, sql: string, values: unknown[]): Promise<T[]> {
  const pool = em.getTransactionContext() ? undefined : pools.get(em.getConnection());
  if (!pool) return bulkQuery<T>(em, sql, values);
  const { text, name } = compile(sql);
  return (await pool.query({ name, text, values })).rows as T[];
}

/**
 * Runs SQL with real bind parameters (unnamed: planned for its values) on the entity manager's
 * transaction, if it has one, else on its pool. `em.execute` inlines values into the SQL text;
 * set-based writes instead pass whole columns as one array parameter each (`unnest(?::text[], …)`),
 * which keeps statements small and exact.
 */
export async function bulkQuery<T = Record<string, unknown>>(em: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const knex = em.getTransactionContext() ?? em.getKnex();
  const result = await knex.raw(sql, params as never);
  return (result?.rows ?? []) as T[];
}
