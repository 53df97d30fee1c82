import { afterAll, describe, expect, it } from 'vitest';
import { createPgCluster, type PgCluster } from '../support/pg-cluster.js';
import { startAppChild, type AppChild } from '../support/app-child.js';

// Issue 12 F2: started while PostgreSQL is down, the server says so in one clear line, retries,
// and starts when the database comes up; past DATABASE_CONNECT_TIMEOUT it exits 1 with that
// line, never a stack trace.

const PORTS = [55435, 55436, 55437];

let cluster: PgCluster | undefined;
const apps: AppChild[] = [];
afterAll(() => {
  for (const app of apps) app.kill();
  cluster?.destroy();
});

const until = async (check: () => boolean, ms: number, what: string, output: () => string) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`${what} not seen in time:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe('starting while the database is down', () => {
  it('waits for PostgreSQL, saying so once, then starts when it comes up', async () => {
    cluster = createPgCluster(PORTS);
    cluster.stop();
    const app = await startAppChild({ DATABASE_URL: cluster.url, DATABASE_CONNECT_TIMEOUT: '60', LOG_LEVEL: 'warn' });
    apps.push(app);
    await until(() => app.output().includes(`cannot reach PostgreSQL at 127.0.0.1:${cluster!.port}, retrying`), 30_000, 'the waiting line', app.output);
    await new Promise((r) => setTimeout(r, 2_000));
    expect(app.alive(), app.output()).toBe(true);
    expect(app.output().match(/cannot reach PostgreSQL/g)).toHaveLength(1);
    expect(app.output()).not.toMatch(/\n\s+at /);

    cluster.start();
    await app.ready(60_000);
    const ready = await fetch(`${app.url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'ok', migrations: 'ok' });
    const r = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ viewer { kind } }' }) });
    expect((await r.json()).data.viewer.kind).toBe('ANONYMOUS');

    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
  }, 120_000);

  it('gives up after DATABASE_CONNECT_TIMEOUT with one clear line and exit code 1', async () => {
    cluster!.stop();
    const app = await startAppChild({ DATABASE_URL: cluster!.url, DATABASE_CONNECT_TIMEOUT: '3', LOG_LEVEL: 'warn' });
    apps.push(app);
    const started = Date.now();
    expect(await app.exited).toBe(1);
    expect(Date.now() - started).toBeGreaterThan(2_500);
    expect(app.output()).toContain(`cannot reach PostgreSQL at 127.0.0.1:${cluster!.port} after 3 s`);
    expect(app.output()).not.toMatch(/\n\s+at /);
  }, 60_000);
});
