// ERP sync speed (issue 14 E2): 100,000 price updates and 10,000 stock updates through the API,
// with catalog reads running at the same time, on the catalog bench's data set (100,000 products,
// 3 price levels, 3 locations, 10,000 customers). The server runs as its own process.
import { spawn } from 'node:child_process';
import pg from 'pg';
import autocannon from 'autocannon';
import { SERVER, dbUrl, freePort, type Report, waitForServer } from './support.js';
import { buildData } from './catalog.js';
import { hashPassword } from '../server/modules/access/auth/password.js';

const DB = 'comptoir_bench_sync';
const PAGE = `query($first: Int) { products(first: $first) { edges { node { id name reference price { amount } stock brand { name } } } } }`;
const PRICES = `mutation($i: ProductPricesUpsertInput!) { productPricesUpsert(input: $i) { createdCount updatedCount unchangedCount removedCount userErrors { code } } }`;
const STOCK = `mutation($i: StockLevelsUpsertInput!) { stockLevelsUpsert(input: $i) { createdCount updatedCount unchangedCount userErrors { code } } }`;
const PER_CALL = 10_000;
/** 1234 → "12.34", exactly. */
const cents = (n: number) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;
// Reads at a steady rate, as shoppers browse while the ERP syncs: the question is how much the
// sync slows them, not how many reads the machine can serve (the catalog part measures that).
const READ_RATE = 50;
const READ_CONNECTIONS = 4;

type Reads = { stop(): Promise<autocannon.Result> };
function startReads(base: string, token: string): Reads {
  let done!: (r: autocannon.Result) => void;
  const result = new Promise<autocannon.Result>((resolve) => (done = resolve));
  const instance = autocannon(
    {
      url: `${base}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: PAGE, variables: { first: 24 } }),
      connections: READ_CONNECTIONS,
      overallRate: READ_RATE,
      duration: 600,
    },
    (_err, r) => done(r),
  );
  return {
    stop: () => {
      instance.stop();
      return result;
    },
  };
}

export async function syncBench(report: Report): Promise<void> {
  const keep = process.env.BENCH_KEEP === '1';
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  const reuse = keep && (await admin.query(`select 1 from pg_database where datname = $1`, [DB])).rowCount === 1;
  if (!reuse) {
    await admin.query(`drop database if exists ${DB} with (force)`);
    await admin.query(`create database ${DB}`);
  }
  await admin.end();

  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, DATABASE_URL: dbUrl(DB), PORT: String(port), HOST: '127.0.0.1', WEB: 'false', JOBS: 'false', SEED_DEMO: 'false', NODE_ENV: 'production', LOG_LEVEL: 'error', DB_POOL_MAX: '20', API_RATE_LIMIT: '0', WORKERS: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const gql = async (query: string, variables: object = {}, token?: string) =>
    (await (
      await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) })
    ).json()) as any;
  try {
    await waitForServer(base);
    const db = new pg.Client({ connectionString: dbUrl(DB) });
    db.on('error', () => {});
    await db.connect();
    if (!reuse) {
      const t0 = performance.now();
      await buildData(db);
      await db.query(`insert into staff_user (id, email, name, role, password_hash) values (gen_random_uuid(), 'erp-admin@bench.test', 'Admin', 'ADMIN', $1)`, [await hashPassword('bench1234')]);
      console.log(`  (data set built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    }
    const shop = (await gql(`mutation { shopUserSignIn(input: { email: "buyer-K2@bench.test", password: "bench1234" }) { token } }`)).data.shopUserSignIn.token;
    const staff = (await gql(`mutation { staffSignIn(input: { email: "erp-admin@bench.test", password: "bench1234" }) { token } }`)).data.staffSignIn.token;
    const erp = (await gql(`mutation { apiTokenCreate(input: { name: "ERP bench", scopes: [CATALOG_MANAGE] }) { token } }`, {}, staff)).data.apiTokenCreate.token;

    const references = (await db.query(`select reference from product order by reference`)).rows.map((r) => r.reference as string);
    // New amounts every run (a repeat would change nothing and measure only the comparison).
    const [{ shift }] = (await db.query(`select (count(*) % 97 + 1)::int as shift from product_price where amount > 50`)).rows;
    const priceCalls = [];
    for (let i = 0; i < references.length; i += PER_CALL) {
      priceCalls.push(references.slice(i, i + PER_CALL).map((reference, k) => ({ reference, priceLevelCode: 'L2', amount: cents(((i + k) * 7 + shift) % 9000 + 100) })));
    }
    const stockItems = references.slice(0, PER_CALL).map((reference, k) => ({ reference, locationCode: 'W1', quantity: (k * 13 + shift) % 700 }));

    // Reads alone, then reads while the ERP syncs: same rate, same page.
    await startReads(base, shop).stop();
    const alone = startReads(base, shop);
    await new Promise((r) => setTimeout(r, 15_000));
    const baseline = await alone.stop();

    const during = startReads(base, shop);
    await new Promise((r) => setTimeout(r, 1000));
    const t1 = performance.now();
    let priceCounts = { created: 0, updated: 0, unchanged: 0, errors: 0 };
    for (const items of priceCalls) {
      const r = await gql(PRICES, { i: { items } }, erp);
      if (!r.data) throw new Error(`productPricesUpsert failed: ${JSON.stringify(r).slice(0, 300)}`);
      const p = r.data.productPricesUpsert;
      priceCounts = { created: priceCounts.created + p.createdCount, updated: priceCounts.updated + p.updatedCount, unchanged: priceCounts.unchanged + p.unchangedCount, errors: priceCounts.errors + p.userErrors.length };
    }
    const priceSeconds = (performance.now() - t1) / 1000;
    const t2 = performance.now();
    const stock = await gql(STOCK, { i: { items: stockItems } }, erp);
    const stockSeconds = (performance.now() - t2) / 1000;
    const synced = await during.stop();
    if (!stock.data) throw new Error(`stockLevelsUpsert failed: ${JSON.stringify(stock).slice(0, 300)}`);
    const s = stock.data.stockLevelsUpsert;

    const applied = priceCounts.created + priceCounts.updated + priceCounts.unchanged;
    report(
      `100,000 price updates through the API (${priceCalls.length} productPricesUpsert calls of 10,000; ${priceCounts.updated} changed, ${priceCounts.unchanged} equal, ${priceCounts.errors} errors)`,
      `${priceSeconds.toFixed(2)} s`,
      '< 30 s',
      applied === references.length && priceCounts.errors === 0 && priceSeconds < 30,
    );
    report(
      `10,000 stock updates through the API (one stockLevelsUpsert; ${s.updatedCount} changed, ${s.unchangedCount} equal, ${s.userErrors.length} errors)`,
      `${stockSeconds.toFixed(2)} s`,
      '< 3 s',
      s.createdCount + s.updatedCount + s.unchangedCount === PER_CALL && s.userErrors.length === 0 && stockSeconds < 3,
    );
    const ratio = synced.latency.p99 / Math.max(1, baseline.latency.p99);
    const readsOk = synced.non2xx === 0 && synced.errors === 0 && baseline.non2xx === 0;
    report(
      `catalog page reads at ${READ_RATE}/s during the sync vs alone (${synced.requests.total} and ${baseline.requests.total} reads)`,
      `p99 ${synced.latency.p99} ms vs ${baseline.latency.p99} ms (${((ratio - 1) * 100).toFixed(0)}%), p50 ${synced.latency.p50} ms vs ${baseline.latency.p50} ms${readsOk ? '' : `, ${synced.non2xx} non-2xx, ${synced.errors} errors`}`,
      'p99 within +20 %',
      readsOk && ratio <= 1.2,
    );
    await db.end();
  } catch (e) {
    report('sync bench', `did not complete: ${e instanceof Error ? e.message : String(e)}`, 'completes', false);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
    const a = new pg.Client({ connectionString: SERVER });
    await a.connect();
    if (!keep) await a.query(`drop database if exists ${DB} with (force)`);
    await a.end();
  }
}
