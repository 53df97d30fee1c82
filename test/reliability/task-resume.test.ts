import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../../server/config/mikro-orm.config.js';
import { toGlobalId } from '../../server/common/global-id.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { startAppProcess, graphqlAt, type AppProcess } from '../support/app-process.js';
import { createTestDatabase } from '../support/db.js';
import { createCatalog, createStaff } from '../support/fixtures.js';
import { startFakeResend } from '../support/fake-resend.js';

// F3 of issue 12: the real server, killed with SIGKILL at several points of each kind of task
// (bulk grant of 2,000 customers with their emails, catalog import of 20,000 lines in both modes),
// then started again: the task shows as interrupted, resumes within 30 s of the new process being
// up (TASK_STALE_SECONDS at its default), and ends with exactly the expected rows and emails.

const CUSTOMERS = 2000;
const LINES = 20_000;

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let orm: MikroORM;
let sql: pg.Client;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let app: AppProcess | undefined;
let token: string;
const resumeSeconds: Record<string, number[]> = {};

const env = () => ({ DATABASE_URL: db.url, RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url });
const gql = (query: string, variables: Record<string, unknown> = {}) => graphqlAt(app!.url, query, variables, token);

interface TaskRow {
  id: string;
  status: string;
  processed: number;
  committed: number;
  succeeded: number;
  attempt: number;
  skipped: unknown[];
}
const taskRow = async (key: string): Promise<TaskRow> =>
  (await sql.query(`select id, status, processed, committed, succeeded, attempt, skipped from task where idempotency_key = $1`, [key])).rows[0];

async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs: number, everyMs = 50): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms\n${app?.output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * Kills the server now, lets `meanwhile` change the database as a kill at another instant would
 * have left it, starts a new server and waits for the task to be taken by a new run.
 */
async function killAndRestart(key: string, label: string, meanwhile?: () => Promise<void>, how: 'SIGKILL' | 'SIGTERM' = 'SIGKILL'): Promise<void> {
  if (how === 'SIGKILL') await app!.kill();
  else expect(await app!.stop()).toBe(0);
  const killedAt = Date.now();
  const before = await taskRow(key);
  // A clean stop may let the task finish its chunk and hand over, or finish it outright.
  expect(how === 'SIGKILL' ? ['RUNNING', 'QUEUED'] : ['RUNNING', 'QUEUED', 'SUCCEEDED']).toContain(before.status);
  await meanwhile?.();
  app = await startAppProcess(env());
  const upAt = Date.now();
  // Staff are told it was interrupted (once its heartbeat is stale) and is resuming.
  if (how === 'SIGKILL' || before.status !== 'SUCCEEDED') await until(`${label}: shown as interrupted`, async () => (await gql(`query($id: ID!) { task(id: $id) { interrupted } }`, { id: toGlobalId('Task', before.id) })).data.task.interrupted, 30_000, 200);
  await until(`${label}: resumed`, async () => {
    const now = await taskRow(key);
    return (now.attempt > before.attempt && now.status === 'RUNNING') || now.status === 'SUCCEEDED';
  }, 30_000, 200);
  expect(Date.now() - upAt).toBeLessThan(30_000);
  (resumeSeconds[label] ??= []).push(Math.round((Date.now() - killedAt) / 100) / 10);
}

beforeAll(async () => {
  db = await createTestDatabase();
  orm = await MikroORM.init(ormConfig(db.url, { pool: { min: 0, max: 2 } }));
  const em = orm.em.fork();
  await createStaff(em, { email: 'admin@resume.test', password: 'admin1234', role: StaffRole.ADMIN });
  await createCatalog(em);
  sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  await sql.query(
    `with c as (
       insert into customer (id, name, customer_number)
       select gen_random_uuid(), 'Bulk ' || lpad(i::text, 5, '0'), 'B' || lpad(i::text, 5, '0') from generate_series(1, $1) i
       returning id, customer_number)
     insert into contact (id, customer_id, email, position) select gen_random_uuid(), id, lower(customer_number) || '@bulk.test', 0 from c`,
    [CUSTOMERS],
  );
  resend = await startFakeResend();
  app = await startAppProcess(env());
  const signIn = await graphqlAt(app.url, `mutation { staffSignIn(input: { email: "admin@resume.test", password: "admin1234" }) { token } }`);
  token = signIn.data.staffSignIn.token;
}, 180_000);

afterAll(async () => {
  await app?.kill();
  console.log('kill → resumed (s):', JSON.stringify(resumeSeconds));
  await sql?.end();
  await orm?.close(true);
  await resend?.close();
  await db?.drop();
});

describe('tasks resume after their process is killed', () => {
  it('a bulk grant of 2,000 customers, killed twice, grants each once and emails each once', async () => {
    const ids = (await sql.query(`select id from customer where customer_number like 'B%'`)).rows.map((r) => toGlobalId('Customer', r.id));
    const started = await gql(`mutation($i: StoreAccessBulkGrantInput!) { storeAccessBulkGrant(input: $i) { task { id } userErrors { code } } }`, {
      i: { idempotencyKey: 'grant-kill', customerIds: ids },
    });
    expect(started.data.storeAccessBulkGrant.userErrors).toEqual([]);

    // Killed while the first chunk is in its transaction, then after some chunks committed.
    await until('grant running', async () => (await taskRow('grant-kill'))?.status === 'RUNNING', 60_000, 10);
    await killAndRestart('grant-kill', 'grant');
    await until('grant past 1,000', async () => (await taskRow('grant-kill')).committed >= 1000, 120_000, 10);
    await killAndRestart('grant-kill', 'grant');

    // The same key answers with the same task, which is moving again.
    const again = await gql(`mutation($i: StoreAccessBulkGrantInput!) { storeAccessBulkGrant(input: $i) { task { id } } }`, { i: { idempotencyKey: 'grant-kill', customerIds: ids } });
    expect(again.data.storeAccessBulkGrant.task.id).toBe(started.data.storeAccessBulkGrant.task.id);

    const done = await until('grant finished', async () => {
      const t = await taskRow('grant-kill');
      return t.status === 'SUCCEEDED' || t.status === 'FAILED' ? t : null;
    }, 120_000, 200);
    expect(done).toMatchObject({ status: 'SUCCEEDED', processed: CUSTOMERS, committed: CUSTOMERS, succeeded: CUSTOMERS, skipped: [] });
    const counts = (
      await sql.query(`select (select count(*) from store_access)::int as accesses, (select count(distinct email) from store_access)::int as emails,
                              (select count(*) from shop_user)::int as users,
                              (select count(*) from outbox_email where template = 'access-granted')::int as outbox,
                              (select count(distinct to_address) from outbox_email where template = 'access-granted')::int as recipients`)
    ).rows[0];
    expect(counts).toEqual({ accesses: CUSTOMERS, emails: CUSTOMERS, users: CUSTOMERS, outbox: CUSTOMERS, recipients: CUSTOMERS });

    // Every email reaches the provider once, those whose sending was cut by a kill too.
    await until('emails sent', async () => resend.emails.length >= CUSTOMERS && (await sql.query(`select count(*)::int as n from outbox_email where status <> 'SENT'`)).rows[0].n === 0, 120_000, 500);
    expect(resend.emails).toHaveLength(CUSTOMERS);
    expect(new Set(resend.emails.map((e) => String(e.to))).size).toBe(CUSTOMERS);
  });

  const csv = (prefix: string, bad: Set<number>) =>
    [
      'reference;name;price:STANDARD;stock:NORTH',
      ...Array.from({ length: LINES }, (_, i) => `${prefix}-${String(i + 1).padStart(5, '0')};Product ${prefix} ${i + 1};${bad.has(i + 1) ? 'abc' : `${(i % 90) + 1}.50`};${i % 50}`),
    ].join('\n');
  const importStart = (csvText: string, mode: string, key: string) =>
    gql(`mutation($i: CatalogImportStartInput!) { catalogImportStart(input: $i) { task { id } userErrors { code message } } }`, { i: { csv: csvText, mode, idempotencyKey: key } });
  const catalogCounts = async (prefix: string) =>
    (
      await sql.query(
        `select count(*)::int as products,
                (select count(*)::int from product_price pp join product p2 on p2.id = pp.product_id where p2.reference like $1) as prices,
                (select count(*)::int from stock_level s join product p3 on p3.id = s.product_id where p3.reference like $1) as stocks
         from product p where p.reference like $1`,
        [`${prefix}-%`],
      )
    ).rows[0];
  const finished = (key: string) =>
    until(`${key} finished`, async () => {
      const t = await taskRow(key);
      return t.status === 'SUCCEEDED' || t.status === 'FAILED' ? t : null;
    }, 180_000, 200);

  it('a 20,000-line import of valid rows, killed after a committed chunk then stopped with SIGTERM, applies each line once', async () => {
    const bad = new Set([7, 5001, 12_345, 19_999]);
    const started = await importStart(csv('V', bad), 'VALID_ROWS', 'import-valid');
    expect(started.data.catalogImportStart.userErrors).toEqual([]);
    await until('first chunk committed', async () => (await taskRow('import-valid')).committed >= 5000, 120_000, 10);
    await killAndRestart('import-valid', 'valid rows');
    await until('second chunk committed', async () => (await taskRow('import-valid')).committed >= 10_000, 120_000, 10);
    // A clean stop (SIGTERM) hands the task over after its current chunk: no wait for staleness.
    await killAndRestart('import-valid', 'valid rows, SIGTERM', undefined, 'SIGTERM');
    const done = await finished('import-valid');
    expect(done).toMatchObject({ status: 'SUCCEEDED', processed: LINES, committed: LINES, succeeded: LINES - bad.size });
    expect(done.skipped.map((s: any) => Number(s.id)).sort((a: number, b: number) => a - b)).toEqual([...bad].map((l) => l + 1).sort((a, b) => a - b));
    expect(await catalogCounts('V')).toEqual({ products: LINES - bad.size, prices: LINES - bad.size, stocks: LINES - bad.size });
    expect((await sql.query(`select count(*)::int as n from catalog_import_row`)).rows[0].n).toBe(0);
  });

  it('an all-or-nothing import killed after its last progress write but before its commit applies every line on resuming', async () => {
    const started = await importStart(csv('A', new Set()), 'ALL_OR_NOTHING', 'import-all');
    expect(started.data.catalogImportStart.userErrors).toEqual([]);
    // Mid-transaction: the bar moved, nothing is applied.
    await until('progress shown', async () => (await taskRow('import-all')).processed >= 10_000, 120_000, 10);
    await killAndRestart('import-all', 'all or nothing', async () => {
      expect((await catalogCounts('A')).products).toBe(0);
      // What a kill between the last progress write (outside the transaction) and the commit
      // leaves: the bar full, nothing applied. Resuming must not take that for done.
      await sql.query(`update task set processed = total where idempotency_key = 'import-all'`);
    });
    await until('progress shown again', async () => (await taskRow('import-all')).processed >= 15_000, 120_000, 10);
    await killAndRestart('import-all', 'all or nothing');
    const done = await finished('import-all');
    expect(done).toMatchObject({ status: 'SUCCEEDED', processed: LINES, committed: LINES, succeeded: LINES, skipped: [] });
    expect(await catalogCounts('A')).toEqual({ products: LINES, prices: LINES, stocks: LINES });
  });
});
