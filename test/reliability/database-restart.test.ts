import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createPgCluster, type PgCluster } from '../support/pg-cluster.js';
import { startAppChild, type AppChild } from '../support/app-child.js';
import { eventually } from '../support/fixtures.js';
import { orderingFixtures, placeOrders, LINES_PER_ORDER, type Answer } from './load.js';

// Issue 12 F1: `pg_ctl restart -m fast` under load (orders placed, their emails sent by jobs)
// must not kill the process; requests during the outage get a clean 503 with Retry-After and a
// code, never a 500 or the driver's text; good answers again within 5 s of the database being
// back; no partial order; jobs and the session-change listener reconnect by themselves.
// The real server process on a PostgreSQL of the test's own.

const PORTS = [55432, 55433, 55434];
const BUYERS = 6;

let cluster: PgCluster | undefined;
let app: AppChild | undefined;
afterAll(() => {
  app?.kill();
  cluster?.destroy();
});

async function query<T = any>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

describe('a database restart under load', () => {
  it('keeps the process up, answers 503 meanwhile, recovers within 5 s and loses nothing', async () => {
    cluster = createPgCluster(PORTS);
    app = await startAppChild({ DATABASE_URL: cluster.url, DB_POOL_MAX: '6' });
    await app.ready();
    const { tokens, lines } = await orderingFixtures(cluster.url, app.asTestServer(), BUYERS);

    const answers: Answer[] = [];
    let stop = false;
    const load = placeOrders(app.url, tokens, lines, () => stop, answers);
    await new Promise((r) => setTimeout(r, 3_000));
    const restartAt = performance.now();
    await cluster.restart();
    const backAt = performance.now();
    const backWall = Date.now();
    await new Promise((r) => setTimeout(r, 8_000));
    stop = true;
    await load;

    const during = answers.filter((a) => a.end >= restartAt && a.start <= backAt + 5_000);
    const summary = `${answers.length} answers, ${answers.filter((a) => !a.ok).length} not ok; restart took ${Math.round(backAt - restartAt)} ms; around it: ${JSON.stringify(during.filter((a) => !a.ok).slice(0, 3))}`;
    expect(app.alive(), `${summary}\n${app.output()}`).toBe(true);
    expect(answers.filter((a) => a.ok && a.start < restartAt).length, summary).toBeGreaterThan(0);

    // Failures are 503s with a code, a translated message and Retry-After; nothing else.
    for (const a of answers.filter((x) => !x.ok)) {
      expect({ status: a.status, code: a.code, retryAfter: a.retryAfter, error: a.error }, summary).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE', retryAfter: '5', error: undefined });
      expect(a.message).toMatch(/unavailable/i);
      expect(a.message).not.toMatch(/terminat|ECONN|connection|\bat .+:\d+/i);
    }

    // The restart was felt (queries in flight were terminated): the 503 path was exercised.
    expect(answers.filter((a) => a.status === 503).length, summary).toBeGreaterThan(0);

    // Good answers again within 5 s of the database being back: everything started after that succeeded.
    const after = answers.filter((a) => a.start >= backAt + 5_000);
    expect(after.length, summary).toBeGreaterThan(BUYERS);
    expect(after.filter((a) => !a.ok), summary).toEqual([]);

    // No partial order; every order answered as placed is stored.
    const orders = await query<{ key: string; lines: number; line_count: number }>(
      cluster.url,
      `select o.idempotency_key as key, o.line_count, (select count(*)::int from order_line l where l.order_id = o.id) as lines from customer_order o`,
    );
    expect(orders.filter((o) => o.lines !== LINES_PER_ORDER || o.line_count !== LINES_PER_ORDER)).toEqual([]);
    const stored = new Set(orders.map((o) => o.key));
    expect(answers.filter((a) => a.op === 'place' && a.ok && !stored.has(a.key!))).toEqual([]);

    // Jobs reconnected: emails are processed again after the restart (one job at a time: the
    // backlog of the load drains slowly, so any email processed since proves it).
    await eventually(async () => (await query(cluster!.url, `select 1 from outbox_email where processed_at > $1`, [new Date(backWall + 1_000)])).length > 0, 30_000);

    // The session-change listener is listening again.
    await eventually(async () => (await query(cluster!.url, `select 1 from pg_stat_activity where application_name = 'comptoir-viewer-listener'`)).length === 1, 10_000);

    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(app.alive()).toBe(true);
  }, 120_000);
});
