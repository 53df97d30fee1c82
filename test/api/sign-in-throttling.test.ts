import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createTestDatabase } from '../support/db.js';
import { createStaff, shopCustomer, signInStaff } from '../support/fixtures.js';
import { PASSWORD_CHANGE } from '../support/graphql-ops.js';
import { graphqlFrom as send } from '../support/loopback-client.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { THROTTLE } from '../../server/modules/access/auth/throttle.js';

// Issue 11, S5: guessing is slowed per (account, client) and per client, never by account alone;
// X-Forwarded-For counts only from a proxy TRUST_PROXY names; the API has a rate limit. Clients
// are real sockets bound to distinct loopback sources.

const STAFF_SIGN_IN = `mutation($i: SignInInput!) { staffSignIn(input: $i) { token userErrors { code message retryAfter } } }`;
const SHOP_SIGN_IN = `mutation($i: SignInInput!) { shopUserSignIn(input: $i) { token userErrors { code message retryAfter } } }`;

const staffSignIn = async (server: TestServer, from: string, email: string, password: string, headers?: Record<string, string>) =>
  (await send(server, from, { query: STAFF_SIGN_IN, variables: { i: { email, password } }, headers })).body.data.staffSignIn;

let plain: TestServer;
let behindProxy: TestServer;

beforeAll(async () => {
  [plain, behindProxy] = await Promise.all([startTestServer(), startTestServer({ TRUST_PROXY: 'loopback', API_RATE_LIMIT: '20' })]);
  for (const server of [plain, behindProxy]) {
    const em = server.app.services.orm.em.fork();
    await createStaff(em, { email: 'admin@supplier.test', password: 'admin1234', role: StaffRole.ADMIN });
    await createStaff(em, { email: 'buyer-desk@supplier.test', password: 'desk12345' });
  }
});
afterAll(async () => {
  await Promise.all([plain?.close(), behindProxy?.close()]);
});

describe('sign-in throttling (TRUST_PROXY unset)', () => {
  it('makes a guesser wait while the rightful user signs in from another address', async () => {
    for (let i = 0; i < THROTTLE.perPair; i++) {
      expect((await staffSignIn(plain, '127.0.0.2', 'buyer-desk@supplier.test', `guess-${i}`)).userErrors[0].code).toBe('INVALID_CREDENTIALS');
    }
    const refused = await staffSignIn(plain, '127.0.0.2', 'buyer-desk@supplier.test', 'guess-more');
    expect(refused.userErrors[0]).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/^Too many failed attempts\. Try again in \d+ seconds?\.$/) });
    expect(refused.userErrors[0].retryAfter).toBeGreaterThan(0);
    expect(refused.userErrors[0].retryAfter).toBeLessThanOrEqual(THROTTLE.firstWaitSeconds);
    // Waiting, the guesser is refused even the right password: it learns nothing.
    expect((await staffSignIn(plain, '127.0.0.2', 'buyer-desk@supplier.test', 'desk12345')).userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');

    const rightful = await staffSignIn(plain, '127.0.0.3', 'buyer-desk@supplier.test', 'desk12345');
    expect(rightful.userErrors).toEqual([]);
    expect(rightful.token).toBeTruthy();
  });

  it('doubles the wait at each further failure', async () => {
    // The guesser's first wait has passed (its row gone): one more wrong guess, a longer wait.
    await plain.app.services.orm.em.fork().execute(`delete from rate_limit where key like 'wait:%'`);
    expect((await staffSignIn(plain, '127.0.0.2', 'buyer-desk@supplier.test', 'guess-again')).userErrors[0].code).toBe('INVALID_CREDENTIALS');
    const refused = await staffSignIn(plain, '127.0.0.2', 'buyer-desk@supplier.test', 'desk12345');
    expect(refused.userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
    expect(refused.userErrors[0].retryAfter).toBeGreaterThan(THROTTLE.firstWaitSeconds);
    expect(refused.userErrors[0].retryAfter).toBeLessThanOrEqual(2 * THROTTLE.firstWaitSeconds);
  });

  it('ignores X-Forwarded-For from a client that is not a trusted proxy: spraying accounts still makes that client wait', async () => {
    for (let i = 0; i < THROTTLE.perClient; i++) {
      const r = await staffSignIn(plain, '127.0.0.4', `spray-${i}@supplier.test`, 'x', { 'x-forwarded-for': `198.51.100.${i + 1}` });
      expect(r.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    }
    const refused = await staffSignIn(plain, '127.0.0.4', 'admin@supplier.test', 'admin1234', { 'x-forwarded-for': '198.51.100.200' });
    expect(refused.userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
    expect((await staffSignIn(plain, '127.0.0.3', 'admin@supplier.test', 'admin1234')).userErrors).toEqual([]);
  });

  it('throttles shop users too, and the current-password check of a password change', async () => {
    const staff = await signInStaff(plain, 'admin@supplier.test', 'admin1234');
    const token = await shopCustomer(plain, staff, 'T-1', 'shop.test');
    for (let i = 0; i < THROTTLE.perPair; i++) {
      const r = await send(plain, '127.0.0.5', { query: SHOP_SIGN_IN, variables: { i: { email: 'T-1@shop.test', password: `guess-${i}` } } });
      expect(r.body.data.shopUserSignIn.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    }
    const refused = await send(plain, '127.0.0.5', { query: SHOP_SIGN_IN, variables: { i: { email: 'T-1@shop.test', password: 'mine5678' } } });
    expect(refused.body.data.shopUserSignIn.userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
    const rightful = await send(plain, '127.0.0.6', { query: SHOP_SIGN_IN, variables: { i: { email: 'T-1@shop.test', password: 'mine5678' } } });
    expect(rightful.body.data.shopUserSignIn.userErrors).toEqual([]);

    // Someone holding the session guesses the current password: the same waits.
    const change = (currentPassword: string) =>
      send(plain, '127.0.0.7', {
        query: PASSWORD_CHANGE,
        variables: { i: { currentPassword, newPassword: 'next9876', newPasswordConfirmation: 'next9876' } },
        headers: { authorization: `Bearer ${token}` },
      });
    for (let i = 0; i < THROTTLE.perPair; i++) expect((await change(`guess-${i}`)).body.data.shopUserPasswordChange.userErrors[0].code).toBe('WRONG_PASSWORD');
    expect((await change('mine5678')).body.data.shopUserPasswordChange.userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('slows down whoever tries unknown reset links', async () => {
    const COMPLETE = `mutation($i: ShopUserPasswordResetCompleteInput!) { shopUserPasswordResetComplete(input: $i) { ok userErrors { code retryAfter } } }`;
    const complete = (token: string) =>
      send(plain, '127.0.0.9', { query: COMPLETE, variables: { i: { token, newPassword: 'next9876', newPasswordConfirmation: 'next9876' } } });
    for (let i = 0; i < THROTTLE.perPair; i++) expect((await complete(`guess-${i}`)).body.data.shopUserPasswordResetComplete.userErrors[0].code).toBe('INVALID_TOKEN');
    const refused = (await complete('guess-more')).body.data.shopUserPasswordResetComplete.userErrors[0];
    expect(refused.code).toBe('TOO_MANY_ATTEMPTS');
    expect(refused.retryAfter).toBeGreaterThan(0);
  });
});

describe('several processes', () => {
  it('share the counts: failures through one add up with failures through the other', async () => {
    const db = await createTestDatabase();
    const one = await startTestServer({ DATABASE_URL: db.url });
    const two = await startTestServer({ DATABASE_URL: db.url, JOBS: 'false' });
    try {
      await createStaff(one.app.services.orm.em.fork(), { email: 'shared@supplier.test', password: 'shared1234' });
      for (let i = 0; i < THROTTLE.perPair; i++) {
        const server = i % 2 ? two : one;
        expect((await staffSignIn(server, '127.0.0.8', 'shared@supplier.test', `guess-${i}`)).userErrors[0].code).toBe('INVALID_CREDENTIALS');
      }
      expect((await staffSignIn(two, '127.0.0.8', 'shared@supplier.test', 'shared1234')).userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
      expect((await staffSignIn(one, '127.0.0.8', 'shared@supplier.test', 'shared1234')).userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
    } finally {
      await two.close();
      await one.close();
      await db.drop();
    }
  });
});

describe('behind a trusted proxy (TRUST_PROXY=loopback)', () => {
  it('takes the forwarded address as the client', async () => {
    const via = (address: string) => ({ 'x-forwarded-for': address });
    for (let i = 0; i < THROTTLE.perPair; i++) {
      expect((await staffSignIn(behindProxy, '127.0.0.2', 'buyer-desk@supplier.test', `guess-${i}`, via('203.0.113.9'))).userErrors[0].code).toBe('INVALID_CREDENTIALS');
    }
    expect((await staffSignIn(behindProxy, '127.0.0.2', 'buyer-desk@supplier.test', 'desk12345', via('203.0.113.9'))).userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
    // Another client behind the same proxy is someone else.
    const rightful = await staffSignIn(behindProxy, '127.0.0.2', 'buyer-desk@supplier.test', 'desk12345', via('203.0.113.10'));
    expect(rightful.userErrors).toEqual([]);
  });
});

describe('API rate limit (API_RATE_LIMIT=20)', () => {
  const QUERY = `{ viewer { kind } }`;

  it('answers 429 with Retry-After and a translated RATE_LIMITED error past the limit, per client and per session', async () => {
    for (let i = 0; i < 20; i++) expect((await send(behindProxy, '127.0.0.11', { query: QUERY })).status).toBe(200);
    const limited = await send(behindProxy, '127.0.0.11', { query: QUERY, headers: { 'accept-language': 'fr' } });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.body.errors[0]).toMatchObject({ message: `Trop de requêtes. Réessayez dans ${retryAfter} secondes.`, extensions: { code: 'RATE_LIMITED', retryAfter } });
    // The Express route (GET) is behind the same limit.
    expect((await send(behindProxy, '127.0.0.11', { query: QUERY, method: 'GET' })).status).toBe(429);

    // Another client, and a signed-in session (its own budget, even from the limited address).
    expect((await send(behindProxy, '127.0.0.12', { query: QUERY })).status).toBe(200);
    const token = (await staffSignIn(behindProxy, '127.0.0.12', 'admin@supplier.test', 'admin1234')).token;
    const signedIn = await send(behindProxy, '127.0.0.11', { query: QUERY, headers: { authorization: `Bearer ${token}` } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.data.viewer.kind).toBe('STAFF');
    // An invented token buys no budget: it is an anonymous caller from the limited address.
    expect((await send(behindProxy, '127.0.0.11', { query: QUERY, headers: { authorization: 'Bearer invented' } })).status).toBe(429);
  });
});
