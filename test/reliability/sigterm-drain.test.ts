import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/db.js';
import { startAppChild, type AppChild } from '../support/app-child.js';
import { orderingFixtures, placeOrders, type Answer } from './load.js';

// Issue 12 F5: SIGTERM under load. /healthz turns 503 at once, the port stops accepting, every
// request already sent is answered (none cut by a reset), orders answered as placed are stored
// and none is stored unanswered, and the process exits 0.

const BUYERS = 8;

let app: AppChild | undefined;
let drop: (() => Promise<void>) | undefined;
afterAll(async () => {
  app?.kill();
  await drop?.();
});

describe('SIGTERM under load', () => {
  it('drains: health 503 at once, no request cut, no order lost or stored unanswered, exit 0', async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    app = await startAppChild({ DATABASE_URL: db.url, DB_POOL_MAX: '6' });
    await app.ready();
    const { tokens, lines } = await orderingFixtures(db.url, app.asTestServer(), BUYERS);

    const answers: Answer[] = [];
    const health: Array<{ at: number; status: number | string }> = [];
    let stop = false;
    const load = placeOrders(app.url, tokens, lines, () => stop, answers);
    // A load balancer's probe on its own keep-alive connection.
    const probe = (async () => {
      while (!stop) {
        const at = performance.now();
        const status = await fetch(`${app!.url}/healthz`).then((r) => r.status, (e) => (e as { cause?: { code?: string } }).cause?.code ?? String(e));
        health.push({ at, status });
        if (status === 'ECONNREFUSED') return;
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    await new Promise((r) => setTimeout(r, 3_000));
    const termAt = performance.now();
    app.child.kill('SIGTERM');
    const code = await app.exited;
    stop = true;
    await Promise.all([load, probe]);

    const summary = `${answers.length} answers; not ok: ${JSON.stringify(answers.filter((a) => !a.ok).slice(0, 5))}\n${app.output().slice(-3000)}`;
    expect(code, summary).toBe(0);
    expect(answers.filter((a) => a.ok && a.start < termAt).length, summary).toBeGreaterThan(BUYERS);
    // Every request either got its answer or was refused before it started (port closed): none cut.
    const cut = answers.filter((a) => a.status === 0 && a.error !== 'ECONNREFUSED');
    expect(cut, summary).toEqual([]);
    expect(answers.filter((a) => a.status !== 0 && !a.ok), summary).toEqual([]);
    // Health said 503 (not 200) from SIGTERM on, until the port closed.
    const afterTerm = health.filter((h) => h.at > termAt + 50);
    expect(afterTerm.filter((h) => h.status === 200), JSON.stringify(health.slice(-5))).toEqual([]);
    // A probe on a connection that stays open meanwhile reads 503; if its connection was busy when
    // the signal came (closed once answered), its next try finds the port closed: both say "out".
    const afterSignal = health.filter((h) => h.at > termAt);
    expect(afterSignal.length > 0 && afterSignal.every((h) => h.status === 503 || h.status === 'ECONNREFUSED' || h.at <= termAt + 50), JSON.stringify(health.slice(-5))).toBe(true);
    expect(afterSignal.at(-1)?.status, JSON.stringify(health.slice(-5))).toBe('ECONNREFUSED');

    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const stored = new Set((await client.query(`select idempotency_key from customer_order`)).rows.map((r) => r.idempotency_key as string));
      const answered = new Set(answers.filter((a) => a.op === 'place' && a.ok).map((a) => a.key!));
      expect([...answered].filter((k) => !stored.has(k))).toEqual([]);
      expect([...stored].filter((k) => !answered.has(k))).toEqual([]);
    } finally {
      await client.end();
    }
  }, 120_000);
});
