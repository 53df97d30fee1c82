import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { startFakeResend } from '../support/fake-resend.js';
import { createStaff, signInStaff } from '../support/fixtures.js';
import { OutboxEmail, queueEmail } from '../../server/modules/notifications/index.js';
import { runAfterCommit } from '../../server/common/context.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { toGlobalId } from '../../server/common/global-id.js';

// F4 of issue 12: email delivery through a provider (the local fake of Resend's API) that refuses
// with 500, then with 429 and Retry-After, then hangs; and how fast a large batch drains.

const props = { supplierName: 'Comptoir Test', customerName: 'Bistro', loginUrl: 'https://shop.example.test/sign-in', username: 'x', temporaryPassword: 'Tmp12345abcd' };

let server: TestServer | undefined;
let resend: Awaited<ReturnType<typeof startFakeResend>> | undefined;
afterEach(async () => {
  await server?.close();
  await resend?.close();
  server = resend = undefined;
});

async function queue(s: TestServer, recipients: string[]): Promise<string[]> {
  const em = s.app.services.orm.em.fork();
  const ctx = { em, afterCommit: [] as Array<() => Promise<unknown>>, app: s.app.services };
  const rows = recipients.map((to) => queueEmail(ctx, { to, template: 'access-granted', language: 'en', props: { ...props, username: to } }));
  await em.flush();
  await runAfterCommit(ctx);
  return rows.map((r) => r.id);
}

async function until<T>(what: string, check: () => Promise<T | null | undefined | false> | T, timeoutMs: number): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const statuses = async (s: TestServer) => {
  const rows = await s.app.services.orm.em.fork().find(OutboxEmail, {});
  return rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {});
};

describe('email delivery through a provider outage', () => {
  it('500s, then 429 with Retry-After, then hanging: every email is sent exactly once, none FAILED', async () => {
    resend = await startFakeResend();
    const fake = resend;
    fake.behave({ status: 500 });
    server = await startTestServer({ RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url, EMAIL_RETRY_FIRST_SECONDS: '1', EMAIL_TIMEOUT_SECONDS: '2' });
    const ids = await queue(server, Array.from({ length: 12 }, (_, i) => `out${i}@bistro.test`));
    const keys = ids.map((id) => `outbox-${id}`);
    const answered = (key: string, answer: string) => fake.log.filter((l) => l.key === key && l.answer === answer).length;

    await until('each refused twice with 500', () => keys.every((k) => answered(k, '500') >= 2), 30_000);
    fake.behave({ status: 429, retryAfter: '3' });
    await until('each refused with 429 and tried again', () => keys.every((k) => fake.log.some((l, i) => l.key === k && l.answer === '429' && fake.log.slice(i + 1).some((n) => n.key === k))), 30_000);
    fake.behave('hang');
    await until('each left hanging once', () => keys.every((k) => answered(k, 'hang') >= 1), 60_000);
    fake.behave('accept');
    await until('all sent', async () => (await statuses(server!)).SENT === ids.length, 90_000);

    // Retry-After was waited for (3 s), not the backoff's second or two.
    for (const k of keys) {
      const i = fake.log.findIndex((l) => l.key === k && l.answer === '429');
      const next = fake.log.slice(i + 1).find((l) => l.key === k)!;
      expect(next.at - fake.log[i].at).toBeGreaterThanOrEqual(2900);
    }
    expect(await statuses(server)).toEqual({ SENT: ids.length });
    expect(fake.emails).toHaveLength(ids.length);
    expect(new Set(fake.emails.map((e) => e.idempotencyKey))).toEqual(new Set(keys));
    const rows = await server.app.services.orm.em.fork().find(OutboxEmail, {});
    for (const row of rows) expect(row.attempts).toBeGreaterThanOrEqual(5);
  }, 240_000);

  it('a request that hangs does not hold the others back', async () => {
    resend = await startFakeResend();
    const fake = resend;
    fake.behave(({ to }) => (to === 'slow@bistro.test' ? 'hang' : 'accept'));
    server = await startTestServer({ RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url, EMAIL_TIMEOUT_SECONDS: '30' });
    await queue(server, ['slow@bistro.test']);
    await until('the slow one is hanging', () => fake.log.some((l) => l.to === 'slow@bistro.test'), 20_000);
    const start = Date.now();
    await queue(server, Array.from({ length: 20 }, (_, i) => `quick${i}@bistro.test`));
    await until('the others sent', async () => fake.emails.length === 20 && (await statuses(server!)).SENT === 20, 20_000);
    // Well before the hanging request times out (30 s).
    expect(Date.now() - start).toBeLessThan(15_000);
    expect((await statuses(server)).PENDING).toBe(1);
  }, 60_000);

  it('a 2,000-customer bulk grant drains at 20 emails a second or more', async () => {
    resend = await startFakeResend();
    const fake = resend;
    server = await startTestServer({ RESEND_API_KEY: fake.apiKey, RESEND_BASE_URL: fake.url, DB_POOL_MAX: '10' });
    const em = server.app.services.orm.em.fork();
    await createStaff(em, { email: 'admin@drain.test', password: 'admin1234', role: StaffRole.ADMIN });
    const token = await signInStaff(server, 'admin@drain.test', 'admin1234');
    const ids = await em.getConnection().execute<Array<{ id: string }>>(
      `with c as (
         insert into customer (id, name, customer_number)
         select gen_random_uuid(), 'Drain ' || i, 'D' || lpad(i::text, 5, '0') from generate_series(1, 2000) i
         returning id, customer_number)
       insert into contact (id, customer_id, email, position) select gen_random_uuid(), id, lower(customer_number) || '@drain.test', 0 from c
       returning customer_id as id`,
    );
    const start = Date.now();
    const r = await server.graphql(`mutation($i: StoreAccessBulkGrantInput!) { storeAccessBulkGrant(input: $i) { task { id } userErrors { code } } }`, {
      i: { idempotencyKey: 'drain', customerIds: ids.map((c) => toGlobalId('Customer', c.id)) },
    }, { token });
    expect(r.data.storeAccessBulkGrant.userErrors).toEqual([]);
    await until('2,000 emails sent', () => fake.emails.length >= 2000, 300_000);
    const seconds = (Date.now() - start) / 1000;
    const first = Math.min(...fake.log.map((l) => l.at));
    const drainRate = 2000 / ((Math.max(...fake.log.map((l) => l.at)) - first) / 1000);
    console.log(`bulk grant of 2,000: all emails sent ${seconds.toFixed(1)} s after the request; provider received them at ${drainRate.toFixed(1)} emails/s`);
    expect(new Set(fake.emails.map((e) => e.to)).size).toBe(2000);
    expect(drainRate).toBeGreaterThanOrEqual(20);
  }, 320_000);
});
