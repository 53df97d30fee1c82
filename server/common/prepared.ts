import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';

// The statements every request runs (the session, a catalog page) as server-side prepared
// statements: PostgreSQL plans them once per connection instead of at every request, which is
// most of their cost (docs/decisions/0017). Values travel as parameters (arrays as PostgreSQL
// arrays, `= any(?)`), never formatted into the text, so one text serves every viewer.

interface PgConnection {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}
interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
}

let named = true;

/**
 * Whether statements are prepared under a name. Off for the embedded PGlite, whose connections all
 * share one session (a name prepared by one connection would clash in the next).
 */
export function usePreparedStatements(on: boolean): void {
  named = on;
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
 * Runs `sql` (with `?` placeholders, one value each) as a prepared statement on the entity
 * manager's connection — its transaction's, when it is in one — and returns the rows as the
 * driver parsed them (timestamps as strings, numerics as strings, json as objects).
 */
export async function preparedQuery<T = Record<string, unknown>>(em: EntityManager, sql: string, values: unknown[]): Promise<T[]> {
  const { text, name } = compile(sql);
  const knex = (em.getTransactionContext() ?? em.getConnection().getKnex()) as unknown as { client: KnexClient };
  const connection = await knex.client.acquireConnection();
  try {
    const result = await connection.query(named ? { name, text, values } : { text, values });
    return result.rows as T[];
  } finally {
    await knex.client.releaseConnection(connection);
  }
}
