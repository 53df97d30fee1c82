// BENCH_ONLY=scale (issue 20): the catalog bench's data set at two sizes (100,000 and 1,000,000
// products; BENCH_SCALE_SIZES=a,b to change), each in a database of its own kept between runs
// (comptoir_bench_scale_<size>; built once, reused after), measured in the same run: each catalog
// and search figure at both sizes, the growth ratio, PASS/FAIL against the issue's budgets, and the
// SQL floor beside. Drop the databases with BENCH_SCALE_DROP=1 at the end of a run.
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import autocannon from 'autocannon';
import { SERVER, dbUrl, freePort, percentile, type Report, waitForServer } from './support.js';
import { PAGE, SEARCH, buildData } from './catalog.js';

export const SCALE_SIZES = (process.env.BENCH_SCALE_SIZES ?? '100000,1000000').split(',').map((s) => Number(s.trim()));

const dbName = (size: number) => `comptoir_bench_scale_${size}`;
const METRICS_TOKEN = 'bench-scale-metrics-token';

/** The server's Prometheus figures (a scrape also resets its event-loop delay histogram). */
async function scrape(base: string): Promise<Map<string, number>> {
  const text = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
  const m = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const i = line.lastIndexOf(' ');
    m.set(line.slice(0, i), Number(line.slice(i + 1)));
  }
  return m;
}

/** Where a load's tail comes from: the server's garbage collection, event loop and pool waits over the load. */
interface Tail {
  gcMs: number;
  gcCount: number;
  gcMajorMs: number;
  loopP99: number;
  loopMax: number;
  poolWaitingMax: number;
  cpuSeconds: number;
}

async function withTail<T>(base: string, run: () => Promise<T>): Promise<{ result: T; tail: Tail }> {
  const sum = (m: Map<string, number>, prefix: string) => [...m].filter(([k]) => k.startsWith(prefix)).reduce((a, [, v]) => a + v, 0);
  const before = await scrape(base);
  let poolWaitingMax = 0;
  let loopMax = 0;
  let loopP99 = 0;
  const sampler = setInterval(() => {
    scrape(base)
      .then((m) => {
        poolWaitingMax = Math.max(poolWaitingMax, sum(m, 'comptoir_db_pool_connections{pool="prepared",state="waiting"}'), sum(m, 'comptoir_db_pool_connections{pool="orm",state="waiting"}'));
        loopMax = Math.max(loopMax, m.get('nodejs_eventloop_lag_max_seconds') ?? 0);
        loopP99 = Math.max(loopP99, m.get('nodejs_eventloop_lag_p99_seconds') ?? 0);
      })
      .catch(() => {});
  }, 1000);
  const result = await run();
  clearInterval(sampler);
  const after = await scrape(base);
  const d = (k: string) => (after.get(k) ?? 0) - (before.get(k) ?? 0);
  return {
    result,
    tail: {
      gcMs: (sum(after, 'nodejs_gc_duration_seconds_sum') - sum(before, 'nodejs_gc_duration_seconds_sum')) * 1000,
      gcCount: sum(after, 'nodejs_gc_duration_seconds_count') - sum(before, 'nodejs_gc_duration_seconds_count'),
      gcMajorMs: d('nodejs_gc_duration_seconds_sum{kind="major"}') * 1000,
      loopP99: loopP99 * 1000,
      loopMax: loopMax * 1000,
      poolWaitingMax,
      cpuSeconds: d('process_cpu_seconds_total'),
    },
  };
}

/** The page's statement alone, from 16 connections at once for `seconds` (no Node, no HTTP): p50 and p99 in ms. */
async function sqlAtSixteen(name: string, sql: string, values: unknown[], seconds: number): Promise<{ rps: number; p50: number; p99: number }> {
  const clients = await Promise.all(Array.from({ length: 16 }, async () => {
    const c = new pg.Client({ connectionString: dbUrl(name) });
    await c.connect();
    return c;
  }));
  const times: number[] = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(clients.map(async (c) => {
    const q = { name: 'f_sixteen', text: sql, values };
    await c.query(q);
    while (performance.now() < end) {
      const t = performance.now();
      await c.query(q);
      times.push(performance.now() - t);
    }
  }));
  await Promise.all(clients.map((c) => c.end()));
  times.sort((a, b) => a - b);
  return { rps: times.length / seconds, p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** Starts the server (one worker, as the catalog bench) on a database; migrations run at start. */
export async function startServer(db: string): Promise<{ base: string; child: ChildProcess; stop: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, DATABASE_URL: dbUrl(db), PORT: String(port), HOST: '127.0.0.1', WEB: 'false', JOBS: 'false', SEED_DEMO: 'false', NODE_ENV: 'production', LOG_LEVEL: 'error', DB_POOL_MAX: '20', API_RATE_LIMIT: '0', WORKERS: process.env.BENCH_WORKERS ?? '1', METRICS_TOKEN },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    // A migration backfilling a million products' rows takes longer than a minute.
    await waitForServer(base, 3600);
  } catch (e) {
    await stop();
    throw e;
  }
  return { base, child, stop };
}

/**
 * The data set of `size` products in its own database: reused when a previous run completed it (its
 * build time is kept in bench_build), else built. Gives the build's seconds.
 */
export async function ensureDataSet(size: number): Promise<{ seconds: number; reused: boolean }> {
  const name = dbName(size);
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  try {
    // Reused when complete; while another run is building it (a statement running there), waited for.
    while ((await admin.query(`select 1 from pg_database where datname = $1`, [name])).rowCount === 1) {
      const db = new pg.Client({ connectionString: dbUrl(name) });
      await db.connect();
      try {
        const r = await db.query(`select seconds from bench_build`).catch(() => null);
        if (r?.rows.length) return { seconds: Number(r.rows[0].seconds), reused: true };
      } finally {
        await db.end();
      }
      const building = await admin.query(`select 1 from pg_stat_activity where datname = $1 and state = 'active' and pid <> pg_backend_pid()`, [name]);
      if (!building.rowCount) break;
      console.log(`  (${size.toLocaleString('en')} products: another run is building the data set; waiting)`);
      await new Promise((r) => setTimeout(r, 15_000));
    }
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const server = await startServer(name); // migrates the empty database
  await server.stop();
  const db = new pg.Client({ connectionString: dbUrl(name) });
  await db.connect();
  try {
    const t0 = performance.now();
    await buildData(db, size);
    const seconds = (performance.now() - t0) / 1000;
    await db.query(`create table bench_build (products int not null, seconds numeric not null)`);
    await db.query(`insert into bench_build values ($1, $2)`, [size, seconds]);
    return { seconds, reused: false };
  } finally {
    await db.end();
  }
}

interface Figure {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

interface SizeFigures {
  size: number;
  visible: number;
  build: { seconds: number; reused: boolean };
  figures: Map<string, Figure>;
  /** The SQL floor of each measure (ms, prepared statement from one connection: avg and p99). */
  floors: Map<string, { avg: number; p99: number }>;
  /** The catalog page's tail: the server's GC, event loop and pool over the load, and the page's SQL at 16 connections. */
  tail: Tail;
  sixteen: { rps: number; p50: number; p99: number };
  uptime: string;
}

export async function load(base: string, token: string, query: string, variables: object, seconds: number): Promise<Figure> {
  const body = JSON.stringify({ query, variables });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  await autocannon({ url: `${base}/graphql`, method: 'POST', headers, body, connections: 16, duration: 2 });
  const r = await autocannon({ url: `${base}/graphql`, method: 'POST', headers, body, connections: 16, duration: seconds });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.non2xx + r.errors + r.timeouts };
}

async function floor(db: pg.Client, name: string, sql: string, values: unknown[]): Promise<{ avg: number; p99: number }> {
  const q = { name, text: sql, values };
  for (let i = 0; i < 20; i++) await db.query(q);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    await db.query(q);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { avg: times.reduce((a, b) => a + b, 0) / times.length, p99: percentile(times, 99) };
}

async function uptime(): Promise<string> {
  const { loadavg } = await import('node:os');
  return loadavg().map((l) => l.toFixed(2)).join(', ');
}

/** The measures at one size: the catalog page and the searches, 16 clients. */
async function measure(size: number): Promise<SizeFigures> {
  const build = await ensureDataSet(size);
  const name = dbName(size);
  const server = await startServer(name);
  const db = new pg.Client({ connectionString: dbUrl(name) });
  await db.connect();
  try {
    await db.query('vacuum analyze');
    await db.query('checkpoint');
    const gql = async (query: string, variables: object = {}, token?: string) =>
      (await (
        await fetch(`${server.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) })
      ).json()) as any;
    const token = (await gql(`mutation { shopUserSignIn(input: { email: "buyer-K2@bench.test", password: "bench1234" }) { token } }`)).data.shopUserSignIn.token;
    const visible = (await gql(`{ products(first: 1) { totalCount } }`, {}, token)).data.products.totalCount as number;
    const customer = (await db.query(`select c.id, c.price_level_id from customer c where customer_number = 'K2'`)).rows[0];
    const [{ barcode, reference }] = (
      await db.query(`select p.barcode, p.reference from product p join customer_visible_brand v on v.brand_id = p.brand_id and v.customer_id = $1 where p.active order by p.reference offset 20000 limit 1`, [customer.id])
    ).rows;
    const figures = new Map<string, Figure>();
    const floors = new Map<string, { avg: number; p99: number }>();
    const searches: Array<[string, string]> = [
      ['search by partial name "sparkling pre"', 'sparkling pre'],
      ['search by partial name, words in another order "pre sparkl"', 'pre sparkl'],
      ['search by barcode', barcode],
      ['search by reference', reference],
      ['search with a typo "expresso"', 'expresso'],
      ['search with a typo "sparkiling"', 'sparkiling'],
    ];
    for (const [, q] of searches) {
      const check = await gql(SEARCH, { q }, token);
      if (check.errors || !check.data.products.edges.length) throw new Error(`search "${q}" at ${size} failed: ${JSON.stringify(check).slice(0, 300)}`);
    }
    const page = await withTail(server.base, () => load(server.base, token, PAGE, { first: 24 }, 15));
    figures.set('catalog page (24 products, price, stock, brand)', page.result);
    for (const [label, q] of searches) figures.set(label, await load(server.base, token, SEARCH, { q }, 10));

    // Floors: the page and the searches' own statements as one prepared SQL statement each.
    const visibleSql = `p.active and p.brand_id in (select brand_id from customer_visible_brand where customer_id = $2)`;
    const pageSql = (where: string, order = 'p.name, p.id') => `
      select p.id, p.name, p.reference, p.unit, p.pack_size, pp.amount, sl.quantity, b.name as brand
      from product p
      left join product_price pp on pp.product_id = p.id and pp.price_level_id = $1
      left join stock_level sl on sl.product_id = p.id and sl.location_id = (select id from storage_location where is_default)
      left join brand b on b.id = p.brand_id
      where ${visibleSql}${where} order by ${order} limit 25`;
    const ids = [customer.price_level_id, customer.id];
    floors.set('catalog page (24 products, price, stock, brand)', await floor(db, 'f_page', pageSql(''), ids));
    floors.set('search by barcode', await floor(db, 'f_barcode', pageSql(' and p.barcode = $3'), [...ids, barcode]));
    floors.set('search by reference', await floor(db, 'f_reference', pageSql(' and p.reference = $3'), [...ids, reference]));
    // A name search's floor: the products having both words, through the word index in name order.
    floors.set(
      'search by partial name "sparkling pre"',
      await floor(db, 'f_name', pageSql(` and p.id in (select w.product_id from product_word w where w.word = 'sparkling') and p.name_words && array(select word from catalog_word where word like 'pre%')`), ids),
    );
    const sixteen = await sqlAtSixteen(name, pageSql(''), ids, 10);
    return { size, visible, build, figures, floors, tail: page.tail, sixteen, uptime: await uptime() };
  } finally {
    await db.end();
    await server.stop();
  }
}

const fmt = (f: Figure) => `${f.rps.toFixed(0)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms${f.errors ? `, ${f.errors} errors/timeouts` : ''}`;

export async function scaleBench(report: Report): Promise<void> {
  const [small, large] = SCALE_SIZES;
  const results: SizeFigures[] = [];
  try {
    for (const size of [small, large]) {
      const r = await measure(size);
      console.log(`  (${size.toLocaleString('en')} products: data set ${r.build.reused ? 'reused, built' : 'built'} in ${r.build.seconds.toFixed(0)} s; the measured customer sees ${r.visible.toLocaleString('en')}; load average ${r.uptime})`);
      results.push(r);
    }
  } catch (e) {
    report('scale bench', `did not complete: ${e instanceof Error ? e.message : String(e)}`, 'completes', false);
    return;
  }
  const [a, b] = results;
  const linear = b.build.seconds / a.build.seconds;
  report(`data set build, ${small.toLocaleString('en')} → ${large.toLocaleString('en')} products`, `${a.build.seconds.toFixed(0)} s → ${b.build.seconds.toFixed(0)} s (× ${linear.toFixed(1)} for × ${(large / small).toFixed(0)} rows)`, 'linear: ≤ 1.5 × the size ratio', linear <= 1.5 * (large / small));
  for (const [name, fa] of a.figures) {
    const fb = b.figures.get(name)!;
    const ratio = fb.p99 / Math.max(fa.p99, 1);
    const fl = (r: SizeFigures) => (r.floors.get(name) ? `; SQL floor ${r.floors.get(name)!.avg.toFixed(2)} ms avg, p99 ${r.floors.get(name)!.p99.toFixed(2)} ms` : '');
    const value = `${small.toLocaleString('en')}: ${fmt(fa)}${fl(a)} | ${large.toLocaleString('en')}: ${fmt(fb)}${fl(b)} | p99 × ${ratio.toFixed(2)}`;
    const clean = fa.errors === 0 && fb.errors === 0;
    if (name.startsWith('catalog page')) {
      report(`${name}, 16 clients`, value, 'p99 ≤ 3 × p50 at both sizes', clean && fa.p99 <= 3 * fa.p50 && fb.p99 <= 3 * fb.p50);
    } else if (name.includes('typo')) {
      report(`${name}, 16 clients`, value, `p99 ≤ 150 ms at ${large.toLocaleString('en')}`, clean && fb.p99 <= 150);
    } else if (name.includes('barcode') || name.includes('reference')) {
      report(`${name}, 16 clients`, value, 'flat: p99 ≤ 1.5 × (or within 10 ms)', clean && (fb.p99 <= 1.5 * fa.p99 || fb.p99 - fa.p99 <= 10));
    } else {
      report(`${name}, 16 clients`, value, `p99 at ${large.toLocaleString('en')} ≤ 2 × p99 at ${small.toLocaleString('en')}`, clean && fb.p99 <= 2 * fa.p99);
    }
  }
  for (const r of [a, b]) {
    const t = r.tail;
    report(
      `catalog page's tail at ${r.size.toLocaleString('en')}: where it comes from`,
      `server over the 15 s load: ${t.cpuSeconds.toFixed(1)} CPU s, GC ${t.gcCount} pauses totalling ${t.gcMs.toFixed(0)} ms (major ${t.gcMajorMs.toFixed(0)} ms), event-loop delay p99 ${t.loopP99.toFixed(1)} ms (max ${t.loopMax.toFixed(1)} ms), at most ${t.poolWaitingMax} requests waiting for a connection; the page's SQL alone from 16 connections: ${r.sixteen.rps.toFixed(0)} statements/s, p50 ${r.sixteen.p50.toFixed(1)} ms, p99 ${r.sixteen.p99.toFixed(1)} ms (p99/p50 ${(r.sixteen.p99 / r.sixteen.p50).toFixed(1)})`,
      'reported',
      null,
    );
  }
  if (process.env.BENCH_SCALE_DROP === '1') {
    const admin = new pg.Client({ connectionString: SERVER });
    await admin.connect();
    for (const size of [small, large]) await admin.query(`drop database if exists ${dbName(size)} with (force)`);
    await admin.end();
  }
}
