import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import type { Env } from './env.js';
import { isDatabaseUnavailable } from '../common/database-errors.js';

export interface Database {
  url: string;
  embedded: boolean;
  /** Pool size the ORM may use (the embedded server accepts a few connections more). */
  poolMax: number;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL the app talks to: DATABASE_URL, or an embedded PGlite behind a loopback socket
 * server that MikroORM and pg-boss reach through `pg` like any PostgreSQL.
 */
export async function openDatabase(env: Env, log: (msg: string) => void = () => {}, warn: (msg: string) => void = log): Promise<Database> {
  if (env.DATABASE_URL) {
    await waitForPostgres(env.DATABASE_URL, env.DATABASE_CONNECT_TIMEOUT * 1000, warn);
    return { url: env.DATABASE_URL, embedded: false, poolMax: env.DB_POOL_MAX, stop: async () => {} };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const dataDir = resolve(env.PGLITE_DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  log(`Embedded PostgreSQL (PGlite) in ${dataDir}`);
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  // The socket server drops connections beyond maxConnections: keep it far above the pools.
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 64 });
  await server.start();
  const port = (server as unknown as { port: number }).port;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    embedded: true,
    poolMax: 6,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/** Start-up gave up: PostgreSQL stayed unreachable for DATABASE_CONNECT_TIMEOUT. Its message is the whole story. */
export class DatabaseUnreachableError extends Error {}

/**
 * Waits until PostgreSQL answers (it may be starting with us, or failing over), retrying with
 * backoff; says so once. Errors that waiting cannot fix (bad password, no such database) are
 * thrown at once.
 */
export async function waitForPostgres(url: string, timeoutMs: number, warn: (msg: string) => void): Promise<void> {
  const { hostname, port } = new URL(url);
  const where = `${hostname || 'localhost'}:${port || 5432}`;
  const deadline = Date.now() + timeoutMs;
  let delay = 250;
  let told = false;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    client.on('error', () => {}); // reported by connect() below
    try {
      await client.connect();
      await client.query('select 1');
      if (told) warn(`PostgreSQL at ${where} is reachable; starting.`);
      return;
    } catch (e) {
      if (!isDatabaseUnavailable(e)) throw e;
      if (Date.now() + delay > deadline) {
        throw new DatabaseUnreachableError(`cannot reach PostgreSQL at ${where} after ${Math.round(timeoutMs / 1000)} s (${(e as Error).message}); giving up.`);
      }
      if (!told) warn(`cannot reach PostgreSQL at ${where}, retrying for up to ${Math.round(timeoutMs / 1000)} s…`);
      told = true;
    } finally {
      await client.end().catch(() => {});
    }
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 5_000);
  }
}
