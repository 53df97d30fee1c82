// `npm run bench`: measures the budgets the issues set, on a database of its own, and prints them.
// Not part of the test suite. Uses the local PostgreSQL (BENCH_DATABASE_URL to point elsewhere).
import 'reflect-metadata';
import pg from 'pg';
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

const results: Array<{ name: string; value: string; budget: string; ok: boolean }> = [];
function report(name: string, value: string, budget: string, ok: boolean) {
  results.push({ name, value, budget, ok });
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}: ${value} (budget ${budget})`);
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

await admin(`drop database if exists ${DB} with (force)`);
await admin(`create database ${DB}`);
const app = await startApp(loadEnv({ DATABASE_URL: url, PORT: '0', WEB: 'false', JOBS: 'false', SEED_DEMO: 'false', LOG_LEVEL: 'error', NODE_ENV: 'production' }));
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
} finally {
  await app.close();
  await admin(`drop database if exists ${DB} with (force)`);
}

const failed = results.filter((r) => !r.ok).length;
console.log(`\n${results.length - failed} within budget, ${failed} over budget`);
process.exit(failed ? 1 : 0);
