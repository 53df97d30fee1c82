// Ordering speed (issue 5): placing 20-line orders at 16 concurrent clients, each a shop user of
// its own customer with its own cart, and importing 5,000 barcode lines into a cart. The data set
// is the catalog issue's: 100,000 products, 10,000 customers, 3 price levels, 3 storage locations.
// The server runs as its own process (as in production); load comes from this one.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { hashPassword } from '../server/modules/access/auth/password.js';
import { SERVER, dbUrl, percentile, startBenchServer, type Report } from './support.js';

const DB = 'comptoir_bench_orders';
const CLIENTS = 16;
const LINES = 20;
const SECONDS = 20;


const PLACE = `mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number lineCount total { amount } } userErrors { code message } } }`;

export async function ordersBench(report: Report): Promise<void> {
  const server = await startBenchServer(DB, { DB_POOL_MAX: '20', WORKERS: process.env.BENCH_WORKERS ?? '2' });
  const { gql } = server;
  const db = new pg.Client({ connectionString: dbUrl(DB) });
  db.on('error', () => {});
  try {
    await db.connect();
    const t0 = performance.now();
    await db.query(`
      insert into brand (id, name) select gen_random_uuid(), 'Brand ' || lpad(i::text, 2, '0') from generate_series(1, 50) i;
      insert into price_level (id, code, name, is_default) values (gen_random_uuid(), 'L1', 'Level 1', true), (gen_random_uuid(), 'L2', 'Level 2', false), (gen_random_uuid(), 'L3', 'Level 3', false);
      insert into storage_location (id, code, name, is_default, default_shipping_cost) values (gen_random_uuid(), 'W1', 'Warehouse 1', true, 15), (gen_random_uuid(), 'W2', 'Warehouse 2', false, 20), (gen_random_uuid(), 'W3', 'Warehouse 3', false, 25);
      with b as (select array_agg(id order by name) a from brand)
      insert into product (id, reference, barcode, name, brand_id, unit, pack_size, active)
      select gen_random_uuid(), 'R' || lpad(i::text, 6, '0'), '540' || lpad(i::text, 10, '0'), 'Product ' || i, b.a[1 + i % 50], 'piece', 1 + i % 6, i % 53 <> 0
      from generate_series(1, 100000) i, b;
      insert into product_price (price_level_id, product_id, amount) select l.id, p.id, round((1 + random() * 80)::numeric, 2) from product p, price_level l;
      insert into stock_level (location_id, product_id, quantity) select w.id, p.id, (random() * 500)::int from product p, storage_location w;
      insert into customer (id, name, customer_number, document_language, price_level_id)
        select gen_random_uuid(), 'Customer ' || lpad(i::text, 5, '0'), 'K' || i, 'en', (select id from price_level where code = 'L' || (1 + i % 3)) from generate_series(1, 10000) i;
      insert into contact (id, customer_id, email, position) select gen_random_uuid(), id, 'buyer-' || customer_number || '@bench.test', 0 from customer;
      analyze;
    `);
    const hash = await hashPassword('bench1234');
    await db.query(
      `insert into shop_user (id, email, language, password_hash, must_change_password)
       select gen_random_uuid(), 'buyer-k' || i || '@bench.test', 'en', $1, false from generate_series(1, ${CLIENTS + 1}) i`,
      [hash],
    );
    await db.query(`insert into store_access (id, customer_id, shop_user_id, email, status)
      select gen_random_uuid(), c.id, u.id, u.email, 'ACTIVE' from customer c join shop_user u on u.email = 'buyer-' || lower(c.customer_number) || '@bench.test'`);
    console.log(`  (orders data set built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);

    // Each client: its own shop user, customer and cart. Carts are refilled with one SQL
    // statement between placements (not what is measured); each order has 20 active products.
    const clients = await Promise.all(
      Array.from({ length: CLIENTS }, async (_, i) => {
        const token = (await gql(`mutation($i: SignInInput!) { shopUserSignIn(input: $i) { token } }`, { i: { email: `buyer-k${i + 1}@bench.test`, password: 'bench1234' } })).data.shopUserSignIn.token as string;
        const cart = (await gql(`{ cart { id } }`, {}, token)).data.cart.id as string;
        const cartId = Buffer.from(cart, 'base64url').toString().split(':')[1];
        return { token, cartId };
      }),
    );
    const products = (await db.query(`select id, pack_size from product where active order by reference limit 2000`)).rows as Array<{ id: string; pack_size: number }>;
    const refill = async (conn: pg.Client, cartId: string, round: number) => {
      const picked = Array.from({ length: LINES }, (_, k) => products[(round * LINES + k * 37) % products.length]);
      await conn.query(
        `insert into cart_line (id, cart_id, product_id, quantity) select gen_random_uuid(), $1, p, q from unnest($2::uuid[], $3::int[]) as t(p, q) on conflict (cart_id, product_id) do nothing`,
        [cartId, picked.map((p) => p.id), picked.map((p) => p.pack_size * (1 + (round % 3)))],
      );
    };

    const latencies: number[] = [];
    let errors = 0;
    let placed = 0;
    let retried = 0;
    const keys: string[] = [];
    const firstError: string[] = [];
    const run = async (seconds: number, measure: boolean) => {
      const until = performance.now() + seconds * 1000;
      await Promise.all(
        clients.map(async (c, ci) => {
          const conn = new pg.Client({ connectionString: dbUrl(DB) });
          await conn.connect();
          let round = 0;
          while (performance.now() < until) {
            await refill(conn, c.cartId, round + ci);
            const key = randomUUID();
            // Every 10th placement is a double click: the same key sent twice at once.
            const twice = round % 10 === 0;
            const started = performance.now();
            const answers = await Promise.all((twice ? [1, 2] : [1]).map(() => gql(PLACE, { i: { idempotencyKey: key } }, c.token)));
            const ms = performance.now() - started;
            for (const r of answers) {
              const bad = r.errors?.length || r.data?.orderPlace?.userErrors?.length || r.data?.orderPlace?.order?.lineCount !== LINES;
              if (bad) {
                errors += 1;
                if (firstError.length < 3) firstError.push(JSON.stringify(r).slice(0, 300));
              }
            }
            if (twice && answers[0].data?.orderPlace?.order?.id !== answers[1].data?.orderPlace?.order?.id) errors += 1;
            if (measure) {
              latencies.push(ms);
              placed += 1;
              if (twice) retried += 1;
              keys.push(key);
            }
            round += 1;
          }
          await conn.end();
        }),
      );
    };
    await run(3, false); // warm-up
    const startedAt = performance.now();
    await run(SECONDS, true);
    const elapsed = (performance.now() - startedAt) / 1000;
    const rate = placed / elapsed;
    latencies.sort((a, b) => a - b);
    const [dup] = (
      await db.query(
        `select (select count(*) from customer_order where idempotency_key = any($1::text[]))::int as orders,
                (select count(*) from (select placed_by_id, idempotency_key from customer_order group by 1, 2 having count(*) > 1) d)::int as duplicates`,
        [keys],
      )
    ).rows;
    const ok = errors === 0 && dup.orders === placed && dup.duplicates === 0;
    report(
      `placing 20-line orders, ${CLIENTS} clients with their own carts, ${SECONDS} s (${placed} orders, ${retried} sent twice at once; ${dup.orders} stored, ${dup.duplicates} duplicates, ${errors} errors)`,
      `${rate.toFixed(0)} orders/s, p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms`,
      '≥ 100 orders/s, no error, no duplicate',
      ok && rate >= 100,
    );
    if (firstError.length) console.log(`  first errors: ${firstError.join('\n  ')}`);

    // 5,000 barcode lines into an empty cart (the 17th user), the last 50 of them unknown.
    const importer = (await gql(`mutation($i: SignInInput!) { shopUserSignIn(input: $i) { token } }`, { i: { email: `buyer-k${CLIENTS + 1}@bench.test`, password: 'bench1234' } })).data.shopUserSignIn.token;
    const codes = (await db.query(`select barcode, pack_size from product where active order by reference limit 4950 offset 3000`)).rows as Array<{ barcode: string; pack_size: number }>;
    const text = [...codes.map((c) => `${c.barcode};${c.pack_size * 2}`), ...Array.from({ length: 50 }, (_, i) => `999${String(i).padStart(10, '0')};1`)].join('\n');
    const IMPORT = `mutation($i: CartLinesImportInput!) { cartLinesImport(input: $i) { addedProductCount problems { line } userErrors { code } } }`;
    const times: number[] = [];
    let importResult: any = null;
    for (let i = 0; i < 3; i++) {
      await db.query(`delete from cart_line where cart_id in (select c.id from cart c join shop_user u on u.id = c.shop_user_id where u.email = $1)`, [`buyer-k${CLIENTS + 1}@bench.test`]);
      const t = performance.now();
      importResult = await gql(IMPORT, { i: { text } }, importer);
      times.push(performance.now() - t);
    }
    const worst = Math.max(...times) / 1000;
    const imp = importResult?.data?.cartLinesImport;
    const importOk = imp && imp.addedProductCount === 4950 && imp.problems.length === 50 && imp.userErrors.length === 0;
    report(
      `importing 5,000 barcode lines into a cart (${imp?.addedProductCount ?? '?'} added, ${imp?.problems.length ?? '?'} reported; 3 runs ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(', ')})`,
      `${worst.toFixed(2)} s`,
      '< 2 s',
      Boolean(importOk) && worst < 2,
    );
  } catch (e) {
    report('orders bench', `did not complete: ${e instanceof Error ? e.message : String(e)}`, 'completes', false);
  } finally {
    await db.end().catch(() => {});
    await server.stop();
    const a = new pg.Client({ connectionString: SERVER });
    await a.connect();
    await a.query(`drop database if exists ${DB} with (force)`);
    await a.end();
  }
}

// `npx tsx bench/orders.ts` runs this part alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  let failed = 0;
  await ordersBench((name, value, budget, ok) => {
    if (!ok) failed += 1;
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}: ${value} (budget ${budget})`);
  });
  process.exit(failed ? 1 : 0);
}
