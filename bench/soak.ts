// Soak (issue 12 F6): 32 clients for BENCH_SOAK_MINUTES (default 10) against one server process
// with jobs on, as in production: store browsing, search, cart edits, orders, hub lists. Prints,
// per minute, requests, errors, p99 and the server's RSS, heap and database connections; budget:
// 0 errors, and RSS after the first two minutes grows by less than 10 %.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { SERVER, dbUrl, freePort, percentile, type Report, waitForServer } from './support.js';
import { hashPassword } from '../server/modules/access/auth/password.js';
import { toGlobalId } from '../server/common/global-id.js';

const DB = 'comptoir_bench_soak';
const CLIENTS = 32;
const HUB_CLIENTS = 6; // of the 32: staff browsing the hub's lists; the others are customers' users
const METRICS_TOKEN = 'soak-metrics-token-0123456789';

const PAGE = `query($after: String) { products(first: 24, after: $after) { pageInfo { endCursor } edges { node { id name reference packSize price { amount currencyCode } stock brand { name } } } } }`;
const SEARCH = `query($q: String) { products(first: 24, query: $q) { edges { node { id name reference price { amount } stock } } } }`;
const CART = `{ cart { id lines { id quantity product { packSize } } subtotal { amount } } }`;
const ADD = `mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code message } } }`;
const UPDATE = `mutation($i: CartLinesUpdateInput!) { cartLinesUpdate(input: $i) { userErrors { code message } } }`;
const PLACE = `mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number } userErrors { code message } } }`;
const HUB = [
  `{ orders(first: 25) { edges { node { id number status total { amount } } } } }`,
  `query($q: String) { customers(first: 25, query: $q) { totalCount edges { node { id name customerNumber } } } }`,
  `query($q: String) { products(first: 25, query: $q) { totalCount edges { node { id name reference } } } }`,
  `{ outboxEmails(first: 25) { edges { node { id } } } }`,
  `{ hubNotifications { registrationRequestCount } }`,
];
const WORDS = ['espresso', 'water', 'juice', 'wine', 'lager', 'oil', 'napkins', 'salt', 'tea', 'cola', 'organic', 'premium', 'mini', 'gold'];

async function buildData(db: pg.Client): Promise<void> {
  await db.query(`
    insert into brand (id, name) select gen_random_uuid(), 'Brand ' || lpad(i::text, 2, '0') from generate_series(1, 50) i;
    insert into price_level (id, code, name, is_default) values (gen_random_uuid(), 'L1', 'Level 1', true), (gen_random_uuid(), 'L2', 'Level 2', false), (gen_random_uuid(), 'L3', 'Level 3', false);
    insert into storage_location (id, code, name, is_default, default_shipping_cost) values (gen_random_uuid(), 'W1', 'Warehouse 1', true, 15), (gen_random_uuid(), 'W2', 'Warehouse 2', false, 20);
    with b as (select array_agg(id order by name) a from brand),
      n as (select array['Espresso','Sparkling water','Orange juice','Red wine','Craft lager','Olive oil','Paper napkins','Sea salt','Green tea','Cola'] w1, array['classic','premium','organic','light','mini','gold','fresh'] w2)
    insert into product (id, reference, barcode, name, brand_id, unit, pack_size, active)
    select gen_random_uuid(), 'S' || lpad(i::text, 6, '0'), '541' || lpad(i::text, 10, '0'), n.w1[1 + i % 10] || ' ' || n.w2[1 + (i / 10) % 7] || ' ' || i, b.a[1 + i % 50], 'piece', 1 + i % 6, true
    from generate_series(1, 20000) i, b, n;
    insert into product_price (price_level_id, product_id, amount) select l.id, p.id, round((1 + random() * 80)::numeric, 2) from product p, price_level l;
    insert into stock_level (location_id, product_id, quantity) select w.id, p.id, 100000 from product p, storage_location w;
    insert into customer (id, name, customer_number, document_language, price_level_id)
      select gen_random_uuid(), 'Customer ' || lpad(i::text, 4, '0'), 'S' || i, 'en', (select id from price_level where code = 'L' || (1 + i % 3)) from generate_series(1, 500) i;
    insert into contact (id, customer_id, email, position) select gen_random_uuid(), id, 'buyer-' || lower(customer_number) || '@soak.test', 0 from customer;
    insert into delivery_site (id, customer_id, name, street, postal_code, city, country, position)
      select gen_random_uuid(), id, 'Main', '1 Main St', '1000', 'Brussels', 'BE', 0 from customer;
  `);
  await db.query('vacuum analyze');
  const hash = await hashPassword('soak1234');
  await db.query(`insert into shop_user (id, email, language, password_hash, must_change_password) select gen_random_uuid(), 'buyer-s' || i || '@soak.test', 'en', $1, false from generate_series(1, ${CLIENTS}) i`, [hash]);
  await db.query(`insert into store_access (id, customer_id, shop_user_id, email, status)
    select gen_random_uuid(), c.id, u.id, u.email, 'ACTIVE' from customer c join shop_user u on u.email = 'buyer-' || lower(c.customer_number) || '@soak.test'`);
  await db.query(`insert into staff_user (id, email, name, role, password_hash) values (gen_random_uuid(), 'soak@supplier.test', 'Soak', 'ADMIN', $1)`, [hash]);
}

/** The server process's resident set, in MB (Linux). */
function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/(\d+)/)?.[1] ?? 0) / 1024;
}

export async function soakBench(report: Report): Promise<void> {
  const minutes = Number(process.env.BENCH_SOAK_MINUTES ?? 10);
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`drop database if exists ${DB} with (force)`);
  await admin.query(`create database ${DB}`);

  const port = await freePort();
  // Production settings, jobs on (order emails are sent into the outbox), request logs at info
  // level written (to /dev/null) as they would be in production.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    // The heap limit compose.yaml gives each replica (BENCH_SOAK_NODE_OPTIONS to try others).
    env: { ...process.env, NODE_OPTIONS: process.env.BENCH_SOAK_NODE_OPTIONS ?? '--max-old-space-size=384', DATABASE_URL: dbUrl(DB), PORT: String(port), HOST: '127.0.0.1', WEB: 'false', JOBS: 'true', SEED_DEMO: 'false', NODE_ENV: 'production', LOG_LEVEL: 'info', WORKERS: '1', METRICS_TOKEN },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const gql = async (query: string, variables: object = {}, token?: string): Promise<any> => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as any;
    if (res.status !== 200 || body.errors?.length) throw new Error(`${res.status} ${JSON.stringify(body.errors ?? body).slice(0, 200)}`);
    return body.data;
  };
  const db = new pg.Client({ connectionString: dbUrl(DB) });
  db.on('error', () => {});
  try {
    await waitForServer(base);
    await db.connect();
    const t0 = performance.now();
    await buildData(db);
    console.log(`  (soak data set built in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${minutes} min, ${CLIENTS} clients)`);
    const products = (await db.query(`select id, pack_size from product order by reference limit 5000`)).rows.map((p) => ({ id: toGlobalId('Product', p.id), pack: p.pack_size as number }));
    const staffToken = (await gql(`mutation { staffSignIn(input: { email: "soak@supplier.test", password: "soak1234" }) { token } }`)).staffSignIn.token as string;
    const tokens = await Promise.all(
      Array.from({ length: CLIENTS - HUB_CLIENTS }, async (_, i) => (await gql(`mutation($i: SignInInput!) { shopUserSignIn(input: $i) { token } }`, { i: { email: `buyer-s${i + 1}@soak.test`, password: 'soak1234' } })).shopUserSignIn.token as string),
    );

    type Minute = { latencies: number[]; errors: number; orders: number };
    const perMinute: Minute[] = Array.from({ length: minutes }, () => ({ latencies: [], errors: 0, orders: 0 }));
    const firstErrors: string[] = [];
    const started = performance.now();
    const end = started + minutes * 60_000;
    const minuteNow = () => Math.min(minutes - 1, Math.floor((performance.now() - started) / 60_000));
    const timed = async <T>(fn: () => Promise<T>): Promise<T | null> => {
      const m = perMinute[minuteNow()];
      const t = performance.now();
      try {
        const value = await fn();
        m.latencies.push(performance.now() - t);
        return value;
      } catch (e) {
        m.errors += 1;
        if (firstErrors.length < 5) firstErrors.push((e as Error).message);
        return null;
      }
    };

    const shopper = async (token: string, n: number) => {
      for (let round = 0; performance.now() < end; round++) {
        const page = await timed(() => gql(PAGE, {}, token));
        await timed(() => gql(PAGE, { after: page?.products.pageInfo.endCursor ?? null }, token));
        await timed(() => gql(SEARCH, { q: WORDS[(n + round) % WORDS.length] }, token));
        const picked = products[(n * 97 + round * 13) % products.length];
        await timed(async () => {
          const r = await gql(ADD, { i: { lines: [{ productId: picked.id, quantity: picked.pack }] } }, token);
          if (r.cartLinesAdd.userErrors.length) throw new Error(JSON.stringify(r.cartLinesAdd.userErrors));
        });
        if (round % 3 === 2) {
          const cart = await timed(() => gql(CART, {}, token));
          const line = cart?.cart.lines[0];
          if (line) {
            await timed(async () => {
              const r = await gql(UPDATE, { i: { lines: [{ lineId: line.id, quantity: line.product.packSize * 2 }] } }, token);
              if (r.cartLinesUpdate.userErrors.length) throw new Error(JSON.stringify(r.cartLinesUpdate.userErrors));
            });
          }
        }
        if (round % 6 === 5) {
          await timed(async () => {
            const r = await gql(PLACE, { i: { idempotencyKey: randomUUID() } }, token);
            if (r.orderPlace.userErrors.length || !r.orderPlace.order) throw new Error(JSON.stringify(r.orderPlace.userErrors));
            perMinute[minuteNow()].orders += 1;
          });
        }
      }
    };
    const hubUser = async (n: number) => {
      for (let round = 0; performance.now() < end; round++) {
        await timed(() => gql(HUB[(n + round) % HUB.length], { q: round % 2 ? WORDS[round % WORDS.length] : null }, staffToken));
      }
    };

    // Every 10 s: the server's RSS and heap, its pools, and the database's connections.
    const samples: Array<{ minute: number; rss: number; heap: number; live: number; conns: number }> = [];
    const sample = async () => {
      const metrics = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
      const heap = Number(metrics.match(/^nodejs_heap_size_used_bytes (\S+)/m)?.[1] ?? 0) / 1048576;
      const live = Number(metrics.match(/^comptoir_heap_live_bytes (\S+)/m)?.[1] ?? 0) / 1048576;
      const conns = (await db.query(`select count(*)::int as n from pg_stat_activity where datname = $1`, [DB])).rows[0].n - 1;
      samples.push({ minute: (performance.now() - started) / 60_000, rss: rssMb(child.pid!), heap, live, conns });
    };
    const sampler = setInterval(() => void sample().catch(() => {}), 10_000);
    await Promise.all([...tokens.map((t, i) => shopper(t, i)), ...Array.from({ length: HUB_CLIENTS }, (_, i) => hubUser(i))]);
    clearInterval(sampler);
    await sample();

    console.log('  minute  requests  errors  orders  p99 ms   RSS MB  heap MB  live MB  db conns (max)');
    let errors = 0;
    const endOf = (m: number) => samples.filter((s) => s.minute <= m + 1).at(-1);
    for (const [m, data] of perMinute.entries()) {
      errors += data.errors;
      const sorted = data.latencies.sort((a, b) => a - b);
      const at = endOf(m);
      const conns = Math.max(0, ...samples.filter((s) => s.minute > m && s.minute <= m + 1).map((s) => s.conns));
      console.log(`  ${String(m + 1).padStart(6)}  ${String(sorted.length + data.errors).padStart(8)}  ${String(data.errors).padStart(6)}  ${String(data.orders).padStart(6)}  ${percentile(sorted, 99)?.toFixed(0).padStart(6)}  ${at?.rss.toFixed(0).padStart(7)}  ${at?.heap.toFixed(0).padStart(7)}  ${at?.live.toFixed(0).padStart(7)}  ${String(conns).padStart(8)}`);
    }
    if (firstErrors.length) console.log(`  first errors:\n    ${firstErrors.join('\n    ')}`);
    const total = perMinute.reduce((n, m) => n + m.latencies.length + m.errors, 0);
    report(`soak, ${CLIENTS} clients, ${minutes} min (${total} requests, ${perMinute.reduce((n, m) => n + m.orders, 0)} orders)`, `${errors} errors`, '0 errors', errors === 0);
    const after2 = endOf(Math.min(1, minutes - 1))!;
    const last = samples.at(-1)!;
    const growth = ((last.rss - after2.rss) / after2.rss) * 100;
    report(`soak RSS from the end of minute 2 to the end (${after2.rss.toFixed(0)} → ${last.rss.toFixed(0)} MB; heap ${after2.heap.toFixed(0)} → ${last.heap.toFixed(0)} MB, live after the last full GC ${after2.live.toFixed(0)} → ${last.live.toFixed(0)} MB; at most ${Math.max(...samples.map((s) => s.conns))} database connections)`, `${growth >= 0 ? '+' : ''}${growth.toFixed(1)} %`, '< 10 %', growth < 10);
    const liveGrowth = after2.live ? ((last.live - after2.live) / after2.live) * 100 : NaN;
    report('soak live heap (in use after a full GC) from the end of minute 2 to the end', `${after2.live.toFixed(0)} → ${last.live.toFixed(0)} MB, ${liveGrowth >= 0 ? '+' : ''}${liveGrowth.toFixed(1)} %`, '< 10 %', liveGrowth < 10);
  } catch (e) {
    report('soak bench', `did not complete: ${e instanceof Error ? e.message : String(e)}`, 'completes', false);
  } finally {
    await db.end().catch(() => {});
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
    await admin.query(`drop database if exists ${DB} with (force)`);
    await admin.end();
  }
}
