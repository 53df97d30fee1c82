import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createStaff, signInStaff } from '../support/fixtures.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { Language } from '../../server/common/language.js';
import { THROTTLE } from '../../server/modules/access/auth/throttle.js';

let server: TestServer;
const STAFF_SIGN_IN = `mutation($i: SignInInput!) { staffSignIn(input: $i) { token staff { email role } userErrors { field code message } } }`;
const SHOP_SIGN_IN = `mutation($i: SignInInput!) { shopUserSignIn(input: $i) { token userErrors { field code message } } }`;
const VIEWER = `{ viewer { kind language staff { email } mustChangePassword } }`;

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@supplier.test', password: 'admin1234', role: StaffRole.ADMIN });
  await createStaff(em, { email: 'marie@supplier.test', password: 'marie1234', role: StaffRole.SALES, language: Language.FR });
  await createStaff(em, { email: 'gone@supplier.test', password: 'gone12345', active: false });
  await createStaff(em, { email: 'target@supplier.test', password: 'target1234' });
});
afterAll(() => server?.close());

describe('sign-in and sessions', () => {
  it('anonymous viewers are anonymous and answered in their Accept-Language', async () => {
    const en = await server.graphql(VIEWER);
    expect(en.data.viewer).toEqual({ kind: 'ANONYMOUS', language: 'EN', staff: null, mustChangePassword: false });
    const fr = await server.graphql(VIEWER, {}, { language: 'fr-BE,fr;q=0.9,en;q=0.5' });
    expect(fr.data.viewer.language).toBe('FR');
    const denied = await server.graphql(`{ customers(first: 1) { totalCount } }`, {}, { language: 'fr' });
    expect(denied.errors?.[0]).toMatchObject({ message: 'Vous devez d\'abord vous connecter.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(denied.errors?.[0].extensions.stacktrace).toBeUndefined();
  });

  it('a staff sign-in returns a token, sets an HttpOnly SameSite cookie, and both identify the viewer', async () => {
    const r = await server.graphql(STAFF_SIGN_IN, { i: { email: 'Admin@Supplier.test', password: 'admin1234' } });
    expect(r.data.staffSignIn.userErrors).toEqual([]);
    expect(r.data.staffSignIn.staff).toEqual({ email: 'admin@supplier.test', role: 'ADMIN' });
    const cookie = r.cookies.find((c) => c.startsWith('comptoir_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const byToken = await server.graphql(VIEWER, {}, { token: r.data.staffSignIn.token });
    expect(byToken.data.viewer).toMatchObject({ kind: 'STAFF', staff: { email: 'admin@supplier.test' } });
    const byCookie = await server.graphql(VIEWER, {}, { cookie: cookie.split(';')[0] });
    expect(byCookie.data.viewer.kind).toBe('STAFF');
  });

  it('staff are answered in their own language', async () => {
    const token = await signInStaff(server, 'marie@supplier.test', 'marie1234');
    const r = await server.graphql(`mutation { customerCreate(input: { name: "", customerNumber: "X" }) { userErrors { message } } }`, {}, { token, language: 'en' });
    expect(r.data.customerCreate.userErrors[0].message).toBe('Ce champ est obligatoire.');
  });

  it('a signed-in person sets their own language, which then wins over Accept-Language', async () => {
    const token = await signInStaff(server, 'admin@supplier.test', 'admin1234');
    const r = await server.graphql(`mutation { viewerLanguageSet(input: { language: DE }) { language userErrors { code } } }`, {}, { token });
    expect(r.data.viewerLanguageSet).toEqual({ language: 'DE', userErrors: [] });
    const v = await server.graphql(VIEWER, {}, { token, language: 'fr' });
    expect(v.data.viewer.language).toBe('DE');
    await server.graphql(`mutation { viewerLanguageSet(input: { language: EN }) { language } }`, {}, { token });
    const anon = await server.graphql(`mutation { viewerLanguageSet(input: { language: DE }) { language } }`);
    expect(anon.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a wrong password and an unknown email get the same answer', async () => {
    const wrong = await server.graphql(STAFF_SIGN_IN, { i: { email: 'admin@supplier.test', password: 'nope' } });
    const unknown = await server.graphql(STAFF_SIGN_IN, { i: { email: 'nobody@supplier.test', password: 'nope' } });
    expect(wrong.data.staffSignIn).toEqual(unknown.data.staffSignIn);
    expect(wrong.data.staffSignIn.userErrors[0]).toEqual({ field: ['input', 'password'], code: 'INVALID_CREDENTIALS', message: 'Wrong email or password.' });
    expect(wrong.cookies.filter((c) => c.startsWith('comptoir_session='))).toEqual([]);
  });

  it('a deactivated staff member cannot sign in', async () => {
    const r = await server.graphql(STAFF_SIGN_IN, { i: { email: 'gone@supplier.test', password: 'gone12345' } });
    expect(r.data.staffSignIn.userErrors[0].code).toBe('ACCOUNT_INACTIVE');
    expect(r.data.staffSignIn.token).toBeNull();
  });

  it('the staff and shop realms are separate', async () => {
    const r = await server.graphql(SHOP_SIGN_IN, { i: { email: 'admin@supplier.test', password: 'admin1234' } });
    expect(r.data.shopUserSignIn.userErrors[0].code).toBe('INVALID_CREDENTIALS');
  });

  it('throttles failed sign-ins per account and client, the right password included, and says when to retry', async () => {
    for (let i = 0; i < THROTTLE.perPair; i++) {
      const r = await server.graphql(STAFF_SIGN_IN, { i: { email: 'target@supplier.test', password: `wrong-${i}` } });
      expect(r.data.staffSignIn.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    }
    const locked = await server.graphql(
      `mutation($i: SignInInput!) { staffSignIn(input: $i) { token userErrors { code message retryAfter } } }`,
      { i: { email: 'target@supplier.test', password: 'target1234' } },
      { language: 'fr' },
    );
    const error = locked.data.staffSignIn.userErrors[0];
    expect(error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(error.retryAfter).toBeGreaterThan(0);
    expect(error.retryAfter).toBeLessThanOrEqual(THROTTLE.firstWaitSeconds);
    expect(error.message).toBe(`Trop de tentatives échouées. Réessayez dans ${error.retryAfter} secondes.`);
    expect(locked.data.staffSignIn.token).toBeNull();
  });

  it('throttles one client trying many accounts', async () => {
    // Earlier failures in this file came from the same loopback client: spray until it must wait.
    let r: any;
    for (let i = 0; i <= THROTTLE.perClient; i++) {
      r = await server.graphql(STAFF_SIGN_IN, { i: { email: `spray-${i}@supplier.test`, password: 'x' } });
      if (r.data.staffSignIn.userErrors[0].code === 'TOO_MANY_ATTEMPTS') break;
    }
    expect(r.data.staffSignIn.userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
    r = await server.graphql(STAFF_SIGN_IN, { i: { email: 'admin@supplier.test', password: 'admin1234' } });
    expect(r.data.staffSignIn.userErrors[0].code).toBe('TOO_MANY_ATTEMPTS');
    // The wait over (its rows gone), the client signs in again.
    await server.app.services.orm.em.fork().execute(`delete from rate_limit`);
    const after = await server.graphql(STAFF_SIGN_IN, { i: { email: 'admin@supplier.test', password: 'admin1234' } });
    expect(after.data.staffSignIn.userErrors).toEqual([]);
  });

  it('signing out ends the session for its token and clears the cookie', async () => {
    const token = await signInStaff(server, 'admin@supplier.test', 'admin1234');
    const out = await server.graphql(`mutation { signOut { signedOut userErrors { code } } }`, {}, { token });
    expect(out.data.signOut).toEqual({ signedOut: true, userErrors: [] });
    expect(out.cookies.some((c) => /^comptoir_session=;/.test(c) || /Max-Age=0/i.test(c))).toBe(true);
    const after = await server.graphql(VIEWER, {}, { token });
    expect(after.data.viewer.kind).toBe('ANONYMOUS');
  });

  it('a bogus bearer token is simply anonymous', async () => {
    const r = await server.graphql(VIEWER, {}, { token: 'not-a-session' });
    expect(r.data.viewer.kind).toBe('ANONYMOUS');
  });

  it('refuses queries nested deeper than the limit before running them', async () => {
    let q = 'id';
    for (let i = 0; i < 14; i++) q = `customer { storeAccesses { ${i % 2 ? 'email' : 'id'} } contacts { ${q} } }`;
    const r = await server.graphql(`{ viewer { ${q} } }`);
    expect(r.errors?.[0].message).toMatch(/nested too deeply/);
  });
});
