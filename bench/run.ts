// `npm run bench`: measures the budgets the issues set, on a database of its own, and prints them.
// Not part of the test suite. Uses the local PostgreSQL (BENCH_DATABASE_URL to point elsewhere).
import 'reflect-metadata';
import pg from 'pg';
import { catalogBench } from './catalog.js';
import { ordersBench } from './orders.js';
import { soakBench } from './soak.js';
import { syncBench } from './sync.js';
import { exportsBench } from './exports.js';
import { webBench } from './web.js';
import { dashboardBench } from './dashboard.js';
import { pdfBench } from './pdf.js';
import { webhooksBench } from './webhooks.js';
import { listsBench } from './lists.js';
import { scaleBench } from './scale.js';
import { loadEnv } from '../server/config/env.js';
import { startApp } from '../server/app.js';
import { hashPassword } from '../server/modules/access/auth/password.js';
import { runTask } from '../server/modules/tasks/task.service.js';
import { EmailStatus, OutboxEmail } from '../server/modules/notifications/index.js';

const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DB = 'comptoir_bench';
const url = (() => {
  const u = new URL(SERVER);
  u.pathname = `/${DB}`;
  return u.toString();
})();

// BENCH_ONLY=catalog (or grant, orders, sync, export, web, dashboard, pdf, webhooks, lists, soak, scale; comma-separated) runs only those parts.
// The soak (10 minutes; BENCH_SOAK_MINUTES to change) and the scale comparison (issue 20: the catalog at 100,000 and 1,000,000
// products; its data sets are kept between runs) run only when asked for. BENCH_PRODUCTS sets the catalog's size (100,000).
const only = new Set((process.env.BENCH_ONLY ?? 'grant,catalog,orders,sync,export,web,dashboard,pdf,webhooks,lists').split(',').map((p) => p.trim()));

const results: Array<{ name: string; value: string; budget: string; ok: boolean | null }> = [];
/** ok: within budget, over it, or null for a measure without a budget (printed INFO). */
function report(name: string, value: string, budget: string, ok: boolean | null) {
  results.push({ name, value, budget, ok });
  console.log(`${ok === null ? 'INFO' : ok ? 'PASS' : 'FAIL'}  ${name}: ${value} (${ok === null ? '' : 'budget '}${budget})`);
}

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

if (only.has('grant')) await grantAndImportBench();

async function grantAndImportBench() {
  await admin(`drop database if exists ${DB} with (force)`);
  await admin(`create database ${DB}`);
  const app = await startApp(loadEnv({ DATABASE_URL: url, PORT: '0', WEB: 'false', JOBS: 'false', SEED_DEMO: 'false', LOG_LEVEL: 'error', NODE_ENV: 'production', API_RATE_LIMIT: '0' }));
  const gql = async (query: string, variables: object = {}, token?: string) => {
    const r = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await r.json()) as any;
  };

  try {
    // ---- Bulk grant (issue 3): 5,000 customers, emails queued, not sent. ----
    const em = app.services.orm.em.fork();
    await em.execute(`insert into staff_user (id, email, name, role, password_hash) values (gen_random_uuid(), 'bench@comptoir.test', 'Bench', 'ADMIN', ?)`, [await hashPassword('bench1234')]);
    await em.execute(`insert into customer (id, name, customer_number, document_language)
      select gen_random_uuid(), 'Customer ' || lpad(i::text, 5, '0'), 'B' || i, (array['en','fr','nl','de','pt','es'])[1 + i % 6]::language from generate_series(1, 5000) i`);
    await em.execute(`insert into contact (id, customer_id, name, email, position)
      select gen_random_uuid(), c.id, 'Buyer', 'buyer-' || c.customer_number || '@bench.test', 0 from customer c`);
    const signIn = await gql(`mutation { staffSignIn(input: { email: "bench@comptoir.test", password: "bench1234" }) { token } }`);
    const token = signIn.data.staffSignIn.token;

    const started = performance.now();
    const r = await gql(`mutation { storeAccessBulkGrant(input: { idempotencyKey: "bench", filter: {} }) { task { id } userErrors { code } } }`, {}, token);
    const taskId = Buffer.from(r.data.storeAccessBulkGrant.task.id, 'base64url').toString().split(':')[1];
    await runTask(app.services, taskId);
    const seconds = (performance.now() - started) / 1000;
    const task = (await gql(`query($id: ID!) { task(id: $id) { status succeeded } }`, { id: r.data.storeAccessBulkGrant.task.id }, token)).data.task;
    const queued = await app.services.orm.em.fork().count(OutboxEmail, { status: EmailStatus.PENDING });
    report(`bulk grant to 5,000 customers (${task.succeeded} granted, ${queued} emails queued)`, `${seconds.toFixed(2)} s`, '30 s', task.status === 'SUCCEEDED' && task.succeeded === 5000 && queued === 5000 && seconds < 30);

    // ---- Catalog CSV import (C1): 100,000 lines with 3 price levels and 3 locations, as a task. ----
    await em.execute(`insert into price_level (id, code, name, is_default) values (gen_random_uuid(), 'RETAIL', 'Retail', true), (gen_random_uuid(), 'HORECA', 'Horeca', false), (gen_random_uuid(), 'EXPORT', 'Export', false)`);
    await em.execute(`insert into storage_location (id, code, name, is_default) values (gen_random_uuid(), 'NORTH', 'North', true), (gen_random_uuid(), 'SOUTH', 'South', false), (gen_random_uuid(), 'EAST', 'East', false)`);
    await em.execute(`insert into brand (id, name) select gen_random_uuid(), 'Brand ' || i from generate_series(1, 20) i`);
    await em.execute(`insert into season (id, name) select gen_random_uuid(), 'Season ' || i from generate_series(1, 4) i`);
    await em.execute(`insert into manufacturer (id, name) select gen_random_uuid(), 'Maker ' || i from generate_series(1, 10) i`);
    await em.execute(`insert into tag (id, name) select gen_random_uuid(), 'tag-' || i from generate_series(1, 30) i`);
    const ean13 = (twelve: string) => {
      const sum = [...twelve].reduce((acc, d, i) => acc + Number(d) * (i % 2 ? 3 : 1), 0);
      return `${twelve}${(10 - (sum % 10)) % 10}`;
    };
    const ROWS = 100_000;
    const csvLines = ['reference;barcode;name;description;brand;season;manufacturer;tags;unit;pack_size;active;price:RETAIL;price:HORECA;price:EXPORT;stock:NORTH;stock:SOUTH;stock:EAST'];
    for (let i = 1; i <= ROWS; i++) {
      csvLines.push(
        [
          `REF-${String(i).padStart(6, '0')}`,
          ean13(`20${String(i).padStart(10, '0')}`),
          `"Product ${i}; size ${i % 7}"`,
          `Description of product ${i}`,
          `Brand ${1 + (i % 20)}`,
          `Season ${1 + (i % 4)}`,
          `Maker ${1 + (i % 10)}`,
          `tag-${1 + (i % 30)}|tag-${1 + ((i * 7) % 30)}`,
          'piece',
          String(1 + (i % 12)),
          i % 10 ? 'yes' : 'no',
          `${(i % 500) + 1},${String(i % 100).padStart(2, '0')}`,
          `${(i % 400) + 1}.${String(i % 100).padStart(2, '0')}`,
          `${(i % 300) + 1}.5`,
          String(i % 90),
          String(i % 40),
          String(i % 7),
        ].join(';'),
      );
    }
    const csv = csvLines.join('\n');
    const importStarted = performance.now();
    const imp = await gql(`mutation($i: CatalogImportStartInput!) { catalogImportStart(input: $i) { task { id } userErrors { code message } } }`, { i: { csv, mode: 'VALID_ROWS', idempotencyKey: 'bench-import' } }, token);
    if (!imp.data?.catalogImportStart?.task) throw new Error(`catalog import did not start: ${JSON.stringify(imp).slice(0, 500)}`);
    const startedIn = (performance.now() - importStarted) / 1000;
    const importTaskId = Buffer.from(imp.data.catalogImportStart.task.id, 'base64url').toString().split(':')[1];
    await runTask(app.services, importTaskId);
    const importSeconds = (performance.now() - importStarted) / 1000;
    const importTask = (await gql(`query($id: ID!) { task(id: $id) { status succeeded skipped { id } } }`, { id: imp.data.catalogImportStart.task.id }, token)).data.task;
    const [counts] = await app.services.orm.em.fork().execute(
      `select (select count(*) from product)::int as products, (select count(*) from product_price)::int as prices, (select count(*) from stock_level)::int as stock, (select count(*) from product_tag)::int as tags`,
    );
    report(
      `catalog CSV import of 100,000 lines, 3 price levels, 3 locations (${(csv.length / 1e6).toFixed(1)} MB; checked and staged in ${startedIn.toFixed(1)} s; ${counts.products} products, ${counts.prices} prices, ${counts.stock} stock levels, ${counts.tags} tags)`,
      `${importSeconds.toFixed(2)} s`,
      '60 s',
      importTask.status === 'SUCCEEDED' && importTask.succeeded === ROWS && counts.products === ROWS && counts.prices === 3 * ROWS && counts.stock === 3 * ROWS && importSeconds < 60,
    );
  } finally {
    await app.close();
    await admin(`drop database if exists ${DB} with (force)`);
  }
}

// Catalog speed: its own data set and its own server process.
if (only.has('catalog')) await catalogBench(report);

// Ordering speed: placing orders and importing barcodes, on the catalog's data set shape.
if (only.has('orders')) await ordersBench(report);

// Memory and connections over time (issue 12 F6).
if (only.has('soak')) await soakBench(report);
// ERP sync speed: bulk price and stock updates with catalog reads alongside (issue 14 E2).
if (only.has('sync')) await syncBench(report);
// Exports (issue 14 E5): 100,000 orders' lines streamed as CSV and XLSX, time and server memory.
if (only.has('export')) await exportsBench(report);
// The store on a phone (issue 18 M3): bytes and largest contentful paint in Chromium, throttled.
if (only.has('web')) await webBench(report);
// The hub dashboard (issue 17 H5): one query over 100,000 orders, asked for 30 and 90 days.
if (only.has('dashboard')) await dashboardBench(report);
if (only.has('pdf')) await pdfBench(report);
// Webhooks (issue 14 E4): 1,000 orders placed, 1,000 signed deliveries to a local receiver, none lost or doubled.
if (only.has('webhooks')) await webhooksBench(report);
// Order lists (issue 19 B1): a 200-line list ordered into the cart.
if (only.has('lists')) await listsBench(report);
// A million products (issue 20): each catalog and search figure at both sizes, their growth, the page's tail.
if (only.has('scale')) await scaleBench(report);

const failed = results.filter((r) => r.ok === false).length;
console.log(`\n${results.filter((r) => r.ok).length} within budget, ${failed} over budget`);
process.exit(failed ? 1 : 0);
