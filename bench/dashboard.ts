// The hub dashboard (issue 17, H5; decision 39): `hubDashboard` over 100,000 orders × 3 lines
// spread over a year, beside 10,000 customers and 100,000 products, as a staff member asks it
// (one client, one request at a time), with the heaviest statement alone in PostgreSQL as the floor.
import { spawn } from 'node:child_process';
import pg from 'pg';
import { hashPassword } from '../server/modules/access/auth/password.js';
import { SERVER, dbUrl, freePort, percentile, type Report, waitForServer } from './support.js';

const DB = 'comptoir_bench_dashboard';
const ORDERS = 100_000;
const RUNS = 40;

export async function dashboardBench(report: Report): Promise<void> {
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`drop database if exists ${DB} with (force)`);
  await admin.query(`create database ${DB}`);
  await admin.end();

  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, DATABASE_URL: dbUrl(DB), PORT: String(port), HOST: '127.0.0.1', WEB: 'false', JOBS: 'false', SEED_DEMO: 'false', NODE_ENV: 'production', LOG_LEVEL: 'error', API_RATE_LIMIT: '0', WORKERS: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const db = new pg.Client({ connectionString: dbUrl(DB) });
  db.on('error', () => {});
  try {
    await waitForServer(base);
    await db.connect();
    const t0 = performance.now();
    await db.query(`insert into staff_user (id, email, name, role, password_hash) values (gen_random_uuid(), 'bench@comptoir.test', 'Bench', 'ADMIN', $1)`, [await hashPassword('bench1234')]);
    await db.query(`
      insert into customer (id, name, customer_number, document_language) select gen_random_uuid(), 'Client ' || i, 'K' || lpad(i::text, 5, '0'), 'fr' from generate_series(1, 10000) i;
      insert into product (id, reference, name) select gen_random_uuid(), 'R' || lpad(i::text, 6, '0'), 'Produit ' || i from generate_series(1, 100000) i;
      with c as (select array_agg(id order by customer_number) a from customer)
      insert into customer_order (id, number, customer_id, idempotency_key, currency_code, subtotal, shipping_cost, total, placed_at, line_count, status)
        select gen_random_uuid(), 'C-' || lpad(i::text, 7, '0'), c.a[1 + (i * 7919) % 10000], 'bench-' || i, 'EUR', 30 + i % 50, 15, 45 + i % 50,
               now() - ((i * 365.0 * 1440 / ${ORDERS}) || ' minutes')::interval, 3,
               (array['SUBMITTED','VALIDATED','SHIPPED','DELIVERED','DELIVERED','DELIVERED','CANCELLED','REJECTED'])[1 + i % 8]::order_status
        from generate_series(1, ${ORDERS}) i, c;
      with p as (select array_agg(id order by reference) a from product)
      insert into order_line (id, order_id, product_id, position, reference, name, quantity, unit_price, line_total)
        select gen_random_uuid(), o.id, p.a[1 + (abs(hashtext(o.number) % 2000) + k * 7) % 2000 * 50], k, 'R', 'Produit', 1 + k, 5, 5 * (1 + k)
        from customer_order o, generate_series(0, 2) k, p;
    `);
    console.log(`  (dashboard data set built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    // What the hourly job does where jobs run: sum every day that is over (here: a year at once).
    const r0 = performance.now();
    await db.query('select dashboard_roll_up()');
    report(`dashboard roll-up of a year of days (${ORDERS.toLocaleString('en')} orders, once; then one day an hour)`, `${((performance.now() - r0) / 1000).toFixed(2)} s`, 'reported', null);
    await db.query('vacuum analyze');
    await db.query('checkpoint');
    const signIn = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { staffSignIn(input: { email: "bench@comptoir.test", password: "bench1234" }) { token } }` }),
    });
    const token = ((await signIn.json()) as any).data.staffSignIn.token as string;
    const query = `query($days: Int!) { hubDashboard(days: $days) { today { orderCount value { amount } } yesterday { orderCount } week { orderCount } previousWeek { orderCount }
      submittedOrderCount pendingApprovalCount registrationRequestCount failedEmailCount series { day orderCount value { amount } }
      topCustomers { name orderCount value { amount } } topProducts { reference quantity value { amount } } } }`;

    for (const days of [30, 90]) {
      const times: number[] = [];
      let ok = true;
      for (let i = 0; i < RUNS + 5; i++) {
        const started = performance.now();
        const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables: { days } }) });
        const body = (await res.json()) as any;
        if (i >= 5) times.push(performance.now() - started); // 5 warm-up requests
        ok &&= !body.errors && body.data.hubDashboard.series.length === days && body.data.hubDashboard.topProducts.length === 10;
      }
      times.sort((a, b) => a - b);
      report(
        `hubDashboard(days: ${days}) over ${ORDERS.toLocaleString('en')} orders × 3 lines (one client, ${RUNS} requests)`,
        `p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms`,
        'p50 < 50 ms',
        ok && percentile(times, 50) < 50,
      );
      // The floor: the heaviest statement (top products) alone, in PostgreSQL.
      const plan = await db.query(
        `explain (analyze, format json) select l.product_id, sum(l.quantity), sum(l.line_total) from customer_order o join order_line l on l.order_id = o.id
          where o.placed_at >= now() - make_interval(days => $1) and o.placed_at < now() and o.status not in ('CANCELLED', 'REJECTED')
          group by l.product_id order by sum(l.line_total) desc, l.product_id limit 10`,
        [days],
      );
      report(`  the same period's top products joined from the order lines (before the summary)`, `${(plan.rows[0]['QUERY PLAN'][0]['Execution Time'] as number).toFixed(1)} ms in PostgreSQL`, 'reported', null);
      const summary = await db.query(
        `explain (analyze, format json) select product_id, sum(quantity), sum(value) from order_day_product
          where day >= (now() at time zone 'UTC')::date - ($1::int - 1) group by product_id order by sum(value) desc limit 10`,
        [days],
      );
      report(`  the same from the per-day summary alone (the floor of the new statement)`, `${(summary.rows[0]['QUERY PLAN'][0]['Execution Time'] as number).toFixed(1)} ms in PostgreSQL`, 'reported', null);
      const t1 = performance.now();
      for (let i = 0; i < 20; i++) await db.query('select 1');
      report(`  a round trip to PostgreSQL (select 1, the SQL floor)`, `${((performance.now() - t1) / 20).toFixed(2)} ms`, 'reported', null);
    }
  } finally {
    await db.end().catch(() => {});
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    const drop = new pg.Client({ connectionString: SERVER });
    await drop.connect();
    await drop.query(`drop database if exists ${DB} with (force)`);
    await drop.end();
  }
}
