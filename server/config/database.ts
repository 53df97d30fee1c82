import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Env } from './env.js';

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
export async function openDatabase(env: Env, log: (msg: string) => void = () => {}): Promise<Database> {
  if (env.DATABASE_URL) {
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
