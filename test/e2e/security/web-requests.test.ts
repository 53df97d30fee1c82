import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession } from '../../support/browser.js';
import { createCatalog, createStaff, shopCustomer, signInStaff } from '../../support/fixtures.js';
import { en } from '../../support/e2e.js';
import { translator } from '../../../server/common/i18n.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// Issue 11 against the built web app, over plain HTTP as a browser or an attacker's page sends it:
// S1 redirects stay on this origin, S7 state-changing POSTs from another site are refused (403)
// while the same POSTs from this site work, S4 a page action never answers 500 for the caller's
// mistake (a cross-origin POST, an unreadable body).

let server: TestServer;
let staffToken: string;
let buyerEmail: string;
const EVIL = 'http://evil.test';
const serverT = translator('en');

/** The cookie a browser holds after signing in with this session id. */
const cookieOf = (token: string) => `comptoir_session=${token}`;

async function post(path: string, body: BodyInit | null, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}${path}`, { method: 'POST', body, headers, redirect: 'manual' });
}
const form = (fields: Record<string, string>) => new URLSearchParams(fields);
const formType = { 'content-type': 'application/x-www-form-urlencoded' };

/** Where a browser goes from a redirect answer: its Location, resolved against the request URL. */
function landing(res: Response, path: string): URL {
  const location = res.headers.get('location');
  if (!location) throw new Error(`no Location (status ${res.status})`);
  return new URL(location, `${server.url}${path}`);
}

async function viewerKind(token: string): Promise<string> {
  const r = await server.graphql(`{ viewer { kind } }`, {}, { cookie: cookieOf(token) });
  return r.data.viewer.kind;
}

async function newBuyer(n: string): Promise<string> {
  return shopCustomer(server, staffToken, n, 'sec-web.test');
}

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@sec-web.test', password: 'admin1234', role: StaffRole.ADMIN });
  await createCatalog(em);
  staffToken = await signInStaff(server, 'admin@sec-web.test', 'admin1234');
  buyerEmail = 'b0@sec-web.test';
  await newBuyer('b0');
});

afterAll(() => server?.close());

const PAYLOADS = ['/\t/evil.test/phish', '/\\evil.test', '//evil.test', '/.//evil.test', '/\n/evil.test', 'https://evil.test/'];

describe('S1: every redirectTo stays on this origin', () => {
  it.each(PAYLOADS)('a signed-in visitor of /sign-in?redirectTo=%j is sent on this site at once', async (target) => {
    const token = await newBuyer(`s1-${PAYLOADS.indexOf(target)}`);
    const path = `/sign-in?redirectTo=${encodeURIComponent(target)}`;
    const res = await fetch(`${server.url}${path}`, { headers: { cookie: cookieOf(token) }, redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(landing(res, path).origin).toBe(server.url);
  });

  it('the exact probe of the issue: /sign-in?redirectTo=/%09/evil.test/phish after a sign-in', async () => {
    const res = await post('/sign-in', form({ email: buyerEmail, password: 'mine5678', redirectTo: '/\t/evil.test/phish' }), { ...formType, origin: server.url });
    expect(res.status).toBe(302);
    expect(res.headers.getSetCookie().some((c) => c.startsWith('comptoir_session='))).toBe(true);
    expect(landing(res, '/sign-in').origin).toBe(server.url);
  });

  it('a redirectTo holding a newline answers a page or a redirect, never a 500', async () => {
    const token = await newBuyer('s1-nl');
    const path = `/sign-in?redirectTo=${encodeURIComponent('/orders\r\nX-Evil: 1')}`;
    const anonymous = await fetch(`${server.url}${path}`, { redirect: 'manual' });
    expect(anonymous.status).toBe(200);
    const signedIn = await fetch(`${server.url}${path}`, { headers: { cookie: cookieOf(token) }, redirect: 'manual' });
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get('x-evil')).toBeNull();
    // the newline is dropped, as a browser drops it: what is left is one path on this site
    expect(landing(signedIn, path).href).toBe(`${server.url}/ordersX-Evil:%201`);
  });

  it('the language switcher and the password change go back on this site only', async () => {
    const lang = await post('/set-language', form({ language: 'fr', redirectTo: '/\t/evil.test/phish' }), { ...formType, origin: server.url });
    expect(lang.status).toBe(302);
    expect(landing(lang, '/set-language').origin).toBe(server.url);
    const kept = await post('/set-language', form({ language: 'fr', redirectTo: '/cart?x=1' }), { ...formType, origin: server.url });
    expect(landing(kept, '/set-language').href).toBe(`${server.url}/cart?x=1`);

    const token = await newBuyer('s1-pw');
    const change = await post(
      '/change-password',
      form({ currentPassword: 'mine5678', newPassword: 'mine9012', newPasswordConfirmation: 'mine9012', redirectTo: '/\\evil.test' }),
      { ...formType, origin: server.url, cookie: cookieOf(token) },
    );
    expect(change.status).toBe(302);
    expect(landing(change, '/change-password').origin).toBe(server.url);
  });

  it('in Chromium, a real sign-in from the probe URL lands on this site', async () => {
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      const { page } = await openSession(browser);
      // Another loopback origin as the "attacker" (nothing leaves the machine; nothing listens there).
      await page.goto(`${server.url}/sign-in?redirectTo=/%09/127.0.0.9:9/phish`);
      await page.getByLabel(en('auth.email')).fill(buyerEmail);
      await page.getByLabel(en('auth.password'), { exact: true }).fill('mine5678');
      await page.getByRole('button', { name: en('auth.signIn.submit'), exact: true }).click();
      await page.waitForLoadState('networkidle');
      expect(new URL(page.url()).origin).toBe(server.url);
    } finally {
      await browser?.close();
    }
  });
});

describe('S7: state-changing requests from another site are refused', () => {
  const refused = async (res: Response) => {
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: 'FORBIDDEN', message: serverT('errors.crossSite') } });
  };

  it('a cross-site sign-out is refused and the session stays valid; the same POST from this site signs out', async () => {
    const token = await newBuyer('s7-out');
    const cookie = cookieOf(token);
    await refused(await post('/sign-out', form({}), { ...formType, cookie, origin: EVIL }));
    await refused(await post('/sign-out', form({}), { ...formType, cookie, origin: 'null' }));
    await refused(await post('/sign-out', form({}), { ...formType, cookie, 'sec-fetch-site': 'cross-site' }));
    await refused(await post('/sign-out', form({}), { ...formType, cookie, 'sec-fetch-site': 'same-site' }));
    // a look-alike host (the real one as a prefix) is another site
    await refused(await post('/sign-out', form({}), { ...formType, cookie, origin: `${server.url}.evil.test` }));
    expect(await viewerKind(token)).toBe('SHOP_USER');

    const ok = await post('/sign-out', form({}), { ...formType, cookie, origin: server.url, 'sec-fetch-site': 'same-origin' });
    expect(ok.status).toBe(302);
    expect(landing(ok, '/sign-out').pathname).toBe('/sign-in');
    expect(await viewerKind(token)).toBe('ANONYMOUS');
  });

  it('the language switch, the end of view-as and both upload routes refuse another site', async () => {
    await refused(await post('/set-language', form({ language: 'fr', redirectTo: '/' }), { ...formType, origin: EVIL }));
    await refused(await post('/view-as/stop', form({}), { ...formType, cookie: cookieOf(staffToken), origin: EVIL }));
    const upload = new FormData();
    upload.append('document', new Blob(['%PDF-1.4\n'], { type: 'application/pdf' }), 'po.pdf');
    const buyer = await newBuyer('s7-up');
    await refused(await post('/api/order-documents', upload, { cookie: cookieOf(buyer), origin: EVIL }));
    await refused(await post('/api/products/UHJvZHVjdDox/image', upload, { cookie: cookieOf(staffToken), 'sec-fetch-site': 'cross-site' }));
    // integrators (no Origin, no Sec-Fetch-Site) are not concerned
    const fromScript = await post('/api/order-documents', upload, { authorization: `Bearer ${buyer}` });
    expect(fromScript.status).toBe(201);
  });

  it('a page action from another site is a 403, as a document POST and as a data request (not a 500, not accepted)', async () => {
    const token = await newBuyer('s7-page');
    const cookie = cookieOf(token);
    await refused(await post('/cart', form({ intent: 'import', barcodes: '5400000000010;2' }), { ...formType, cookie, origin: EVIL }));
    await refused(await post('/cart?_data=routes%2F_store.cart', form({ intent: 'import', barcodes: '5400000000010;2' }), { ...formType, cookie, origin: EVIL }));
    const cart = await server.graphql(`{ cart { lines { quantity } } }`, {}, { cookie });
    expect(cart.data.cart.lines).toEqual([]);
    // from this site the same action works
    const ok = await post('/cart?_data=routes%2F_store.cart', form({ intent: 'import', barcodes: '5400000000010;2' }), { ...formType, cookie, origin: server.url });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ intent: 'import', added: 1 });
  });
});

describe('S7 under Referrer-Policy: no-referrer (browsers then send Origin: null from this site too)', () => {
  it('Origin: null is this site only with Sec-Fetch-Site: same-origin; such a page action works (not refused, not a 500)', async () => {
    const token = await newBuyer('s7-null');
    const cookie = cookieOf(token);
    const headers = { ...formType, cookie, origin: 'null', 'sec-fetch-site': 'same-origin' };
    const data = await post('/cart?_data=routes%2F_store.cart', form({ intent: 'import', barcodes: '5400000000010;2' }), headers);
    expect(data.status).toBe(200);
    const page = await post('/cart', form({ intent: 'import', barcodes: '5400000000010;2' }), headers);
    expect(page.status).toBe(200);
    const out = await post('/sign-out', form({}), headers);
    expect(out.status).toBe(302);
    expect(await viewerKind(token)).toBe('ANONYMOUS');
  });

  it('in Chromium without JavaScript (native form posts), signing in from a page served with no-referrer works', async () => {
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      // The pages as a strict headers policy may serve them (helmet's default Referrer-Policy).
      await page.route(`${server.url}/**`, async (route) => {
        if (route.request().resourceType() !== 'document' || route.request().method() !== 'GET') return route.continue();
        const response = await route.fetch({ maxRedirects: 0 });
        await route.fulfill({ response, headers: { ...response.headers(), 'referrer-policy': 'no-referrer' } });
      });
      const origins: Array<string | undefined> = [];
      page.on('request', (r) => {
        if (r.method() === 'POST') origins.push(r.headers().origin);
      });
      await page.goto(`${server.url}/sign-in`);
      await page.getByLabel(en('auth.email')).fill(buyerEmail);
      await page.getByLabel(en('auth.password'), { exact: true }).fill('mine5678');
      await page.getByRole('button', { name: en('auth.signIn.submit'), exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/');
      expect(origins).toEqual(['null']);
    } finally {
      await browser?.close();
    }
  });
});

describe('S4 (web): an unreadable body posted to a page action is a 400 with a reason', () => {
  it('JSON or a broken multipart body to /cart: 400 and the reason, as data and as a page', async () => {
    const token = await newBuyer('s4-body');
    const cookie = cookieOf(token);
    const asJson = await post('/cart?_data=routes%2F_store.cart', JSON.stringify({ intent: 'import', barcodes: 'x' }), { cookie, 'content-type': 'application/json' });
    expect(asJson.status).toBe(400);
    expect(await asJson.json()).toEqual({ code: 'BAD_REQUEST', message: serverT('errors.badForm') });

    const broken = await post('/cart', '--xyz\r\nContent-Disposition: form-data; name="intent"\r\n\r\nimpo', {
      cookie,
      'content-type': 'multipart/form-data; boundary=xyz',
      'accept-language': 'fr',
    });
    expect(broken.status).toBe(400);
    const page = await broken.text();
    expect(page).toContain(translator('fr')('errors.badForm').replace(/'/g, '&#x27;'));
  });
});
