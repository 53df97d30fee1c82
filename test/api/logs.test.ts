import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../../server/config/env.js';
import { startApp, type RunningApp } from '../../server/app.js';
import { createLogger } from '../../server/common/services.js';
import { EmailStatus, OutboxEmail } from '../../server/modules/notifications/index.js';
import { createTestDatabase } from '../support/db.js';
import { createStaff, eventually } from '../support/fixtures.js';
import { CUSTOMER_CREATE, GRANT } from '../support/graphql-ops.js';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

// F7 logs (decision 25): one JSON line per request with its id, operation, viewer kind, status and
// duration; the id follows the request into the jobs it queues; and none of the secrets a session
// used (passwords, session and API tokens, a reset link's token, cookies) reaches the log.

let app: RunningApp;
let drop: () => Promise<void>;
const output: string[] = [];

async function post<V = object>(query: string | DocumentTypeDecoration<unknown, V>, variables: V, headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: String(query), variables }) });
  return { res, body: (await res.json()) as any };
}
const lines = () => output.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, any>);
const requestLine = (id: string) => eventually(async () => lines().find((l) => l.msg === 'request' && l.requestId === id));

beforeAll(async () => {
  const db = await createTestDatabase();
  drop = db.drop;
  const env = loadEnv({ NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', DATABASE_URL: db.url, SEED_DEMO: 'false', WEB: 'false', LOG_LEVEL: 'info', DB_POOL_MAX: '4' });
  app = await startApp(env, { log: createLogger('info', { write: (s: string) => void output.push(s) }) });
});

afterAll(async () => {
  await app?.close();
  await drop?.();
});

describe('structured logs', () => {
  it('logs each request once with its id, operation, viewer and status, follows it into jobs, and never logs a secret', async () => {
    const secrets: string[] = [];
    const staffPassword = 'Staff-Pw-7a1c9e';
    secrets.push(staffPassword);
    await createStaff(app.services.orm.em.fork(), { email: 'ops@supplier.test', password: staffPassword });

    // Sign in (anonymous), with an incoming request id that is echoed.
    const signIn = await post(`mutation($i: SignInInput!) { staffSignIn(input: $i) { token } }`, { i: { email: 'ops@supplier.test', password: staffPassword } }, { 'x-request-id': 'req-sign-in-1' });
    expect(signIn.res.headers.get('x-request-id')).toBe('req-sign-in-1');
    const staffToken = signIn.body.data.staffSignIn.token as string;
    const cookie = signIn.res.headers.getSetCookie()[0].split(';')[0];
    secrets.push(staffToken, cookie.split('=')[1]);
    expect(await requestLine('req-sign-in-1')).toMatchObject({ level: 'info', method: 'POST', path: '/graphql', status: 200, operation: 'staffSignIn', viewer: 'anonymous' });

    // The session cookie, on the Express route (GET), names its viewer too.
    const viaCookie = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ viewer { __typename } }')}`, { headers: { cookie, 'x-request-id': 'req-cookie-1', 'apollo-require-preflight': 'true' } });
    expect(viaCookie.status).toBe(200);
    expect(await requestLine('req-cookie-1')).toMatchObject({ method: 'GET', path: '/graphql', status: 200, viewer: 'staff' });

    // An integrator token, created and used; a named operation keeps its name in the log.
    const created = await post(`mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token } }`, { i: { name: 'ERP', scopes: ['CATALOG_READ'] } }, { authorization: `Bearer ${staffToken}` });
    const apiToken = created.body.data.apiTokenCreate.token as string;
    secrets.push(apiToken);
    const used = await post(`query Catalog { products(first: 1) { totalCount } }`, {}, { authorization: `Bearer ${apiToken}`, 'x-request-id': 'req-token-1' });
    expect(used.body.errors).toBeUndefined();
    expect(await requestLine('req-token-1')).toMatchObject({ status: 200, operation: 'Catalog', viewer: 'integrator' });

    // A shop user with a temporary password, then a password reset through the emailed link.
    const customer = await post(CUSTOMER_CREATE, { i: { name: 'Bistro', customerNumber: 'L-1', contacts: [{ email: 'chef@bistro.test' }] } }, { authorization: `Bearer ${staffToken}` });
    const temporary = 'Temp-Pw-5d2b8f';
    secrets.push(temporary);
    await post(GRANT, { i: { customerId: customer.body.data.customerCreate.customer.id, email: 'chef@bistro.test', password: temporary, passwordConfirmation: temporary } }, { authorization: `Bearer ${staffToken}` });
    const shop = await post(`mutation($i: SignInInput!) { shopUserSignIn(input: $i) { token } }`, { i: { email: 'chef@bistro.test', password: temporary } });
    secrets.push(shop.body.data.shopUserSignIn.token);

    await post(`mutation($i: ShopUserPasswordResetRequestInput!) { shopUserPasswordResetRequest(input: $i) { ok } }`, { i: { email: 'chef@bistro.test' } }, { 'x-request-id': 'req-reset-1' });
    const mail = await eventually(async () => {
      const rows = await app.services.orm.em.fork().find(OutboxEmail, { toAddress: 'chef@bistro.test', status: EmailStatus.STORED }, { populate: ['html'] });
      return rows.find((r) => r.html?.includes('/reset-password/'));
    });
    const resetToken = mail.html!.match(/reset-password\/([A-Za-z0-9_-]+)/)![1];
    secrets.push(resetToken);
    // The link itself, as a browser would open it (the store's page; here without the web app).
    await fetch(`${app.url}/reset-password/${resetToken}?token=${resetToken}`, { headers: { 'x-request-id': 'req-link-1' } });
    const newPassword = 'New-Pw-3e6f0a';
    secrets.push(newPassword);
    const done = await post(`mutation($i: ShopUserPasswordResetCompleteInput!) { shopUserPasswordResetComplete(input: $i) { ok } }`, { i: { token: resetToken, newPassword, newPasswordConfirmation: newPassword } });
    expect(done.body.data.shopUserPasswordResetComplete.ok).toBe(true);

    // The reset request's job, and the email job that one queued, log under the request's id.
    const job = await eventually(async () => lines().find((l) => l.msg === 'job' && l.requestId === 'req-reset-1' && l.queue === 'email-send'));
    expect(job).toMatchObject({ queue: 'email-send', status: 'done' });
    expect(lines().find((l) => l.msg === 'job' && l.requestId === 'req-reset-1' && l.queue === 'password-reset-request')).toMatchObject({ status: 'done' });
    expect(await requestLine('req-link-1')).toMatchObject({ path: '/reset-password/[redacted]' });

    // A request id that is not sane (too long, odd characters) is replaced by a new one.
    const odd = await post(`{ __typename }`, {}, { 'x-request-id': 'x'.repeat(300) });
    expect(odd.res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const text = output.join('');
    expect(lines().filter((l) => l.msg === 'request').length).toBeGreaterThanOrEqual(10);
    for (const s of secrets) expect(text.includes(s), `secret ${s.slice(0, 4)}… found in the log`).toBe(false);
  });
});
