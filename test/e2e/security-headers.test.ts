import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { DEMO_LOGINS } from '../../server/seeders/demo-logins.js';
import { seedDemo } from '../../server/seeders/demo.seeder.js';
import { launchBrowser, openSession, type Session } from '../support/browser.js';
import { startFakeResend } from '../support/fake-resend.js';
import { signInShop } from '../support/fixtures.js';
import { emailTo, signInToHub, signInToStore } from '../support/e2e.js';
import { startTestServer, type TestServer } from '../support/server.js';

// S2 in a real browser (decision 21): under the production build's Content-Security-Policy the
// main store and hub pages report no violation (Remix's inline scripts carry the nonce), and no
// other origin can frame the hub.

let server: TestServer;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let browser: Browser;

interface Watched extends Session {
  /** CSP violations: the `securitypolicyviolation` events and Chromium's console reports. */
  violations: string[];
}

/** A session that records every CSP violation of every frame, from the first script on. */
async function watchedSession(): Promise<Watched> {
  const session = await openSession(browser);
  const violations: string[] = [];
  await session.context.exposeBinding('__reportCspViolation', ({ frame }, text: string) => {
    violations.push(`${frame.url()}: ${text}`);
  });
  await session.context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation(t: string): void }).__reportCspViolation(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  session.page.on('console', (m) => {
    if (/content security policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  return { ...session, violations };
}

/** Opens a page and lets it hydrate and settle, so late violations are seen too. */
async function visit(page: Page, path: string): Promise<void> {
  const res = await page.goto(`${server.url}${path}`);
  expect(res?.status(), path).toBeLessThan(400);
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => Boolean((window as unknown as { __remixContext?: unknown }).__remixContext)), path).toBe(true);
}

/** The first link on the current page whose path matches, e.g. an order of the list. */
async function firstLink(page: Page, pattern: RegExp): Promise<string> {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const href = hrefs.find((h) => pattern.test(h));
  if (!href) throw new Error(`no link matching ${pattern} on ${page.url()}`);
  return href;
}

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({ WEB: 'true', RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url });
  await seedDemo(server.app.services.orm.em.fork(), { products: 40, customers: 4, publicUrl: server.url });
  // Something in the hub's mailbox, and something in the buyer's cart for the checkout page.
  await server.graphql(`mutation($i: ShopUserPasswordResetRequestInput!) { shopUserPasswordResetRequest(input: $i) { userErrors { code } } }`, { i: { email: DEMO_LOGINS.buyer.email } });
  await emailTo(resend, DEMO_LOGINS.buyer.email);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await resend?.close();
});

describe('the Content-Security-Policy in Chromium', () => {
  it('the collector sees a violation: an inline script without the nonce is refused', async () => {
    const s = await watchedSession();
    await visit(s.page, '/sign-in');
    const ran = await s.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.append(script);
      return new Promise((resolve) => setTimeout(() => resolve((window as unknown as { __injected?: boolean }).__injected ?? false), 200));
    });
    expect(ran).toBe(false);
    await expect.poll(() => s.violations.some((v) => v.includes('script-src'))).toBe(true);
    await s.context.close();
  });

  it('store pages: sign-in, catalog, product, cart, checkout, orders, an order — no violation', async () => {
    const s = await watchedSession();
    const { page } = s;
    await visit(page, '/sign-in');
    await visit(page, '/forgot-password');
    await signInToStore(page, server, DEMO_LOGINS.buyer.email, DEMO_LOGINS.buyer.password);
    await visit(page, '/');
    const product = await firstLink(page, /^\/products\/[^/?]+$/);
    await visit(page, product);
    // A line in the cart, added through the API as the same user, so checkout shows its form.
    const token = await signInShop(server, DEMO_LOGINS.buyer.email, DEMO_LOGINS.buyer.password);
    const productId = decodeURIComponent(product.split('/')[2]);
    const add = await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId, quantity: 1 }] } }, { token });
    expect(add.errors).toBeUndefined();
    await visit(page, '/cart');
    await visit(page, '/checkout');
    await visit(page, '/orders');
    await visit(page, await firstLink(page, /^\/orders\/[^/?]+$/));
    // A client-side navigation loads route modules with dynamic imports under the same policy.
    await page.locator('a[href="/orders"]').first().click();
    await page.waitForURL((url) => url.pathname === '/orders');
    await page.waitForLoadState('networkidle');
    expect(s.violations).toEqual([]);
    expect(s.problems).toEqual([]);
    await s.context.close();
  });

  it('hub pages: customers, a customer, orders, an order, products, a product, settings, mailbox, a message… — no violation', async () => {
    const s = await watchedSession();
    const { page } = s;
    await visit(page, '/hub/sign-in');
    await signInToHub(page, server, DEMO_LOGINS.admin.email, DEMO_LOGINS.admin.password);
    await page.waitForLoadState('networkidle');
    await visit(page, '/hub/customers');
    await visit(page, await firstLink(page, /^\/hub\/customers\/(?!new$|bulk-grant$)[^/?]+$/));
    await visit(page, '/hub/orders');
    await visit(page, await firstLink(page, /^\/hub\/orders\/[^/?]+$/));
    await visit(page, '/hub/products');
    await visit(page, await firstLink(page, /^\/hub\/products\/(?!new$)[^/?]+$/));
    await visit(page, '/hub/settings');
    await visit(page, '/hub/mailbox');
    // A message (its HTML, when there is one, is in a sandboxed srcdoc frame under this policy).
    const resetEmail = page.getByRole('row').filter({ hasText: DEMO_LOGINS.buyer.email }).first();
    await visit(page, (await resetEmail.locator('a[href^="/hub/mailbox/"]').first().getAttribute('href'))!);
    for (const path of ['/hub', '/hub/registrations', '/hub/staff', '/hub/api-tokens', '/hub/catalog-import', '/hub/catalog/lists', '/hub/notifications']) {
      await visit(page, path);
    }
    expect(s.violations).toEqual([]);
    expect(s.problems).toEqual([]);
    await s.context.close();
  });

  it('the GraphQL explorer (/graphiql, from the project bundle) loads and runs a query with no violation', async () => {
    const s = await watchedSession();
    const { page } = s;
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    await visit(page, '/graphiql');
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-query-editor .CodeMirror').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('{ viewer { kind } }');
    await page.keyboard.press('Control+Enter');
    await page.locator('.graphiql-response').getByText('ANONYMOUS').waitFor();
    expect(outside).toEqual([]);
    expect(s.violations).toEqual([]);
    expect(s.problems).toEqual([]);
    await s.context.close();
  });

  it('another origin cannot frame the hub', async () => {
    // A page on another loopback address (another origin) that frames the hub's sign-in page.
    const target = `${server.url}/hub/sign-in`;
    const evil = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>framer</title><iframe id="victim" src="${target}" width="800" height="600"></iframe>`);
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.2', resolve));
    try {
      const s = await watchedSession();
      const { page } = s;
      await page.goto(`http://127.0.0.2:${(evil.address() as AddressInfo).port}/`);
      const frame = await (await page.locator('#victim').elementHandle())!.contentFrame();
      await page.waitForLoadState('networkidle');
      // Chromium replaces a refused frame with its error page: nothing of the hub is in it.
      expect(frame).not.toBeNull();
      expect(frame!.url()).not.toBe(target);
      expect(await frame!.locator('input[type="password"]').count()).toBe(0);
      expect(s.violations.join('\n')).toMatch(/frame-ancestors 'none'/);
      await s.context.close();
    } finally {
      await new Promise((resolve) => evil.close(resolve));
    }
  });
});
