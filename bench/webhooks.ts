// Webhooks (issue 14 E4, decision 34): 1,000 orders placed through the API by 16 shop users at once,
// each pushed as `order.placed` to a local receiver that verifies every signature. Measured: the
// time from the event (its payload `timestamp`, taken inside the placing transaction, so a little
// before its commit) to its receipt, p50 and p99; lost and duplicated webhook-ids must both be 0.
// The server runs as its own process with its job runner (the sender); the floor printed beside is
// a bare `select 1` round trip measured at the same time, to tell the machine's load from the code.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import { hashPassword } from '../server/modules/access/auth/password.js';
import { SERVER, dbUrl, percentile, startBenchServer, type Report } from './support.js';

const DB = 'comptoir_bench_webhooks';
const ORDERS = Number(process.env.BENCH_WEBHOOKS_ORDERS ?? 1000);
const CLIENTS = 16;

export async function webhooksBench(report: Report): Promise<void> {
  let secret = '';
  const receipts = new Map<string, number>(); // webhook-id → receipt time (epoch ms), first receipt
  const latencies: number[] = [];
  let duplicates = 0;
  let forged = 0;
  const receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const at = Date.now();
      const headers = { 'webhook-id': String(req.headers['webhook-id']), 'webhook-timestamp': String(req.headers['webhook-timestamp']), 'webhook-signature': String(req.headers['webhook-signature']) };
      try {
        const event = new Webhook(secret).verify(body, headers) as { id: string; type: string; timestamp: string };
        if (event.type === 'order.placed') {
          if (receipts.has(event.id)) duplicates++;
          else {
            receipts.set(event.id, at);
            latencies.push(at - Date.parse(event.timestamp));
          }
        }
        res.writeHead(204).end();
      } catch {
        forged++;
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;

  const server = await startBenchServer(DB, { JOBS: 'true', WORKERS: '1', DB_POOL_MAX: '20' });
  const db = new pg.Client({ connectionString: dbUrl(DB) });
  db.on('error', () => {});
  try {
    await db.connect();
    await db.query(`
      insert into price_level (id, code, name, is_default) values (gen_random_uuid(), 'L1', 'Level 1', true);
      insert into storage_location (id, code, name, is_default, default_shipping_cost) values (gen_random_uuid(), 'W1', 'Warehouse 1', true, 15);
      insert into product (id, reference, name, unit, pack_size, active) select gen_random_uuid(), 'R' || lpad(i::text, 4, '0'), 'Product ' || i, 'piece', 1, true from generate_series(1, 50) i;
      insert into product_price (price_level_id, product_id, amount) select l.id, p.id, 9.90 from product p, price_level l;
      insert into stock_level (location_id, product_id, quantity) select w.id, p.id, 1000000 from product p, storage_location w;
      insert into customer (id, name, customer_number, document_language, price_level_id)
        select gen_random_uuid(), 'Customer ' || i, 'K' || i, 'en', (select id from price_level) from generate_series(1, ${CLIENTS}) i;
    `);
    const hash = await hashPassword('bench1234');
    await db.query(`insert into staff_user (id, email, name, role, password_hash) values (gen_random_uuid(), 'admin@bench.test', 'Admin', 'ADMIN', $1)`, [hash]);
    await db.query(`insert into shop_user (id, email, language, password_hash, must_change_password) select gen_random_uuid(), 'buyer-k' || i || '@bench.test', 'en', $1, false from generate_series(1, ${CLIENTS}) i`, [hash]);
    await db.query(`insert into store_access (id, customer_id, shop_user_id, email, status)
      select gen_random_uuid(), c.id, u.id, u.email, 'ACTIVE' from customer c join shop_user u on u.email = 'buyer-' || lower(c.customer_number) || '@bench.test'`);

    const admin = (await server.gql(`mutation($i: SignInInput!) { staffSignIn(input: $i) { token } }`, { i: { email: 'admin@bench.test', password: 'bench1234' } })).data.staffSignIn.token as string;
    const created = await server.gql(`mutation($i: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $i) { secret userErrors { code message } } }`, { i: { url, events: ['ORDER_PLACED'] } }, admin);
    secret = created.data.webhookEndpointCreate.secret;
    if (!secret) throw new Error(`endpoint not created: ${JSON.stringify(created)}`);
    const product = (await server.gql(`{ products(first: 1) { edges { node { id } } } }`, {}, admin)).data.products.edges[0].node.id as string;

    // The floor: a bare round trip to PostgreSQL, sampled while the orders are placed.
    const floor: number[] = [];
    let placing = true;
    const sampler = (async () => {
      while (placing) {
        const t = performance.now();
        await db.query('select 1');
        floor.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();

    let next = 0;
    let placed = 0;
    let errors = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, i) => {
        const token = (await server.gql(`mutation($i: SignInInput!) { shopUserSignIn(input: $i) { token } }`, { i: { email: `buyer-k${i + 1}@bench.test`, password: 'bench1234' } })).data.shopUserSignIn.token as string;
        while (next < ORDERS) {
          const n = next++;
          await server.gql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: product, quantity: 1 }] } }, token);
          const r = await server.gql(`mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id } userErrors { code message } } }`, { i: { idempotencyKey: `bench-${n}` } }, token);
          if (r.data?.orderPlace?.order?.id && !r.data.orderPlace.userErrors.length) placed++;
          else errors++;
        }
      }),
    );
    const placeSeconds = (performance.now() - started) / 1000;
    // Every event received, then a few seconds more for any duplicate to show up.
    const deadline = Date.now() + 90_000;
    while (receipts.size < placed && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const allInSeconds = (performance.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 3000));
    placing = false;
    await sampler;
    const rows = (await db.query(`select status, count(*)::int as n from webhook_delivery group by status`)).rows as Array<{ status: string; n: number }>;
    const lost = placed - receipts.size;
    latencies.sort((a, b) => a - b);
    floor.sort((a, b) => a - b);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    const f50 = percentile(floor, 50);
    const f99 = percentile(floor, 99);
    console.log(
      `  (${placed} orders placed in ${placeSeconds.toFixed(1)} s by ${CLIENTS} clients, ${errors} refused; all received ${allInSeconds.toFixed(1)} s after the first; deliveries ${rows.map((r) => `${r.status} ${r.n}`).join(', ')}; ` +
        `forged ${forged}; SQL floor select 1: p50 ${f50.toFixed(1)} ms, p99 ${f99.toFixed(1)} ms; p99/floor p99 = ${(p99 / f99).toFixed(0)}×)`,
    );
    report(`webhooks: ${ORDERS} orders placed → ${receipts.size} order.placed deliveries, commit to receipt p50`, `${p50} ms`, 'reported', null);
    report(`webhooks: commit to receipt p99 (SQL floor p99 ${f99.toFixed(1)} ms)`, `${p99} ms`, 'reported', null);
    const ok = placed === ORDERS && lost === 0 && duplicates === 0 && forged === 0;
    report('webhooks: lost / duplicated webhook-ids (every signature verified)', `${lost} / ${duplicates}`, '0 / 0', ok);
    console.log(`  webhooks: ${ok ? 'PASS' : 'FAIL'}`);
  } finally {
    await db.end().catch(() => {});
    await server.stop();
    await new Promise<void>((r) => receiver.close(() => r()));
    const drop = new pg.Client({ connectionString: SERVER });
    await drop.connect();
    await drop.query(`drop database if exists ${DB} with (force)`);
    await drop.end();
  }
}
