// Export speed and memory (issue 14 E5): 100,000 orders of 3 lines (300,000 rows) exported as CSV
// and as XLSX by a staff member, from a server running as its own process, whose peak resident
// memory (VmHWM) is read before and after: a streamed export keeps it flat whatever the size.
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { hashPassword } from '../server/modules/access/auth/password.js';
import { SERVER, dbUrl, startBenchServer, type Report } from './support.js';

const DB = 'comptoir_bench_exports';
const ORDERS = 100_000;
const LINES = 3;

/** Resident memory of a process, current and peak, in MB (Linux). */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

export async function exportsBench(report: Report): Promise<void> {
  const server = await startBenchServer(DB, { WORKERS: '1' });
  const { base, child } = server;
  const db = new pg.Client({ connectionString: dbUrl(DB) });
  db.on('error', () => {});
  try {
    await db.connect();
    const t0 = performance.now();
    await db.query(`insert into staff_user (id, email, name, role, password_hash) values (gen_random_uuid(), 'bench@comptoir.test', 'Bench', 'ADMIN', $1)`, [await hashPassword('bench1234')]);
    await db.query(`
      insert into customer (id, name, customer_number, document_language) select gen_random_uuid(), 'Client é ' || i, 'K' || lpad(i::text, 5, '0'), 'fr' from generate_series(1, 1000) i;
      insert into product (id, reference, name) select gen_random_uuid(), 'R' || lpad(i::text, 6, '0'), 'Produit ' || i from generate_series(1, 1000) i;
      with c as (select array_agg(id order by customer_number) a from customer)
      insert into customer_order (id, number, customer_id, idempotency_key, currency_code, subtotal, shipping_cost, total, placed_at, line_count)
        select gen_random_uuid(), 'C-' || lpad(i::text, 7, '0'), c.a[1 + i % 1000], 'bench-' || i, 'EUR', 30, 15, 45, now() - (i || ' minutes')::interval, ${LINES}
        from generate_series(1, ${ORDERS}) i, c;
      with p as (select array_agg(id order by reference) a, array_agg(reference order by reference) r from product)
      insert into order_line (id, order_id, product_id, position, reference, name, quantity, unit_price, line_total)
        select gen_random_uuid(), o.id, p.a[1 + (k * 7 + o.line_count) % 1000], k, p.r[1 + (k * 7 + o.line_count) % 1000], 'Produit « ' || k || ' »', 2, 5, 10
        from customer_order o, generate_series(0, ${LINES - 1}) k, p;
      analyze;
    `);
    console.log(`  (exports data set built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    const signIn = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { staffSignIn(input: { email: "bench@comptoir.test", password: "bench1234" }) { token } }` }),
    });
    const token = ((await signIn.json()) as any).data.staffSignIn.token as string;

    for (const format of ['csv', 'xlsx'] as const) {
      const before = memory(child.pid!);
      const started = performance.now();
      const res = await fetch(`${base}/api/exports/orders.${format}`, { headers: { authorization: `Bearer ${token}` } });
      let bytes = 0;
      let firstByteMs = 0;
      const chunks: Buffer[] = [];
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        if (!bytes) firstByteMs = performance.now() - started;
        bytes += chunk.length;
        if (format === 'csv') chunks.push(Buffer.from(chunk));
      }
      const seconds = (performance.now() - started) / 1000;
      const after = memory(child.pid!);
      // CSV: count the records (one header line; no cell here holds a line break).
      const rows = format === 'csv' ? Buffer.concat(chunks).toString('utf8').split('\r\n').filter(Boolean).length - 1 : null;
      report(
        `orders export ${format.toUpperCase()}, ${ORDERS.toLocaleString('en')} orders × ${LINES} lines (${(bytes / 1e6).toFixed(1)} MB${rows === null ? '' : `, ${rows.toLocaleString('en')} rows`}; first byte after ${firstByteMs.toFixed(0)} ms; server RSS ${before.rss.toFixed(0)} MB before, peak ${after.peak.toFixed(0)} MB (peak before ${before.peak.toFixed(0)} MB))`,
        `${seconds.toFixed(1)} s`,
        'streamed: every row, peak RSS under 2× the server at rest',
        res.status === 200 && (rows === null || rows === ORDERS * LINES) && after.peak < Math.max(before.peak, 2 * before.rss),
      );
    }
  } finally {
    await db.end().catch(() => {});
    await server.stop();
    const drop = new pg.Client({ connectionString: SERVER });
    await drop.connect();
    await drop.query(`drop database if exists ${DB} with (force)`);
    await drop.end();
  }
}
