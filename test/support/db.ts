import pg from 'pg';
import { randomBytes } from 'node:crypto';

/** The PostgreSQL server tests use (real, never mocked). */
export const TEST_PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

// Each test run has its own id (set by the global setup, inherited by workers), so two runs on one
// machine never drop each other's databases. Names carry the run's start time for stale clean-up.
export function runId(): string {
  const id = process.env.COMPTOIR_TEST_RUN;
  if (!id) throw new Error('COMPTOIR_TEST_RUN is not set: run the tests through vitest (global setup)');
  return id;
}
export const templateName = () => `comptoir_tpl_${runId()}`;
export const testDbPrefix = () => `comptoir_t_${runId()}_`;

export function databaseUrl(name: string): string {
  const url = new URL(TEST_PG_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh database cloned from the migrated template: each test file gets its own. */
export async function createTestDatabase(): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `${testDbPrefix()}${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`create database "${name}" template "${templateName()}"`));
  return {
    name,
    url: databaseUrl(name),
    drop: () => admin((c) => c.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
}
