import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession, type Session } from '../../support/browser.js';
import { createCatalog, createStaff, signInStaff } from '../../support/fixtures.js';
import { createCustomer, en, replaceTemporaryPassword, signInToStore } from '../../support/e2e.js';
import { GRANT } from '../../support/graphql-ops.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// Issue 18 M1 and M3 on a phone (390×844): the store is installable (manifest, icons, service
// worker: Chromium's own installability check finds nothing missing), works offline as far as it
// can (the offline page, the cart kept), is sent compressed, and in the page's language only.

let server: TestServer;
let browser: Browser;
let buyer: Session;

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'sam@supplier.test', password: 'sam12345', role: StaffRole.SALES });
  await createCatalog(em);
  const token = await signInStaff(server, 'sam@supplier.test', 'sam12345');
  const customerId = await createCustomer(server, token, { name: 'Café Central', customerNumber: 'CC-1', contacts: [{ email: 'owner@central.test' }] });
  const g = await server.graphql(GRANT, { i: { customerId, email: 'owner@central.test', password: 'temp12345', passwordConfirmation: 'temp12345' } }, { token });
  expect(g.data.storeAccessGrant.userErrors).toEqual([]);
  browser = await launchBrowser();
  buyer = await openSession(browser, { viewport: { width: 390, height: 844 } });
  await signInToStore(buyer.page, server, 'owner@central.test', 'temp12345');
  await replaceTemporaryPassword(buyer.page, 'temp12345', 'Central2026');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the store as an installable app', () => {
  it('serves a manifest named after the store, with 192/512 and maskable icons that exist', async () => {
    const res = await fetch(`${server.url}/manifest.webmanifest`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/manifest+json');
    const manifest = (await res.json()) as { name: string; display: string; start_url: string; theme_color: string; icons: { src: string; sizes: string; purpose: string }[] };
    const settings = await server.graphql('{ storeSettings { storeName } }', {});
    expect(manifest.name).toBe((settings.data as { storeSettings: { storeName: string } }).storeSettings.storeName);
    expect(manifest).toMatchObject({ display: 'standalone', start_url: '/', theme_color: '#1f6f6b' });
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      const png = await fetch(`${server.url}${icon.src}`);
      expect(png.status).toBe(200);
      expect(png.headers.get('content-type')).toBe('image/png');
    }
  });

  it('registers its service worker on the catalog and Chromium finds it installable', async () => {
    const page = buyer.page;
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${server.url}/`);
    const cdp = await buyer.context.newCDPSession(page);
    const { url, errors } = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
    expect(url).toBe(`${server.url}/manifest.webmanifest`);
    expect(errors).toEqual([]);
    // Playwright's contexts are incognito profiles, which Chromium never offers to install: every other criterion holds.
    const installability = async () => ((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] }).installabilityErrors.map((e) => e.errorId);
    await expect.poll(installability, { timeout: 15_000 }).toEqual(['in-incognito']);
    expect(buyer.problems).toEqual([]);
  });

  it('offline, a page says so and that the cart is kept; back online the cart is as it was', async () => {
    const page = buyer.page;
    await page.goto(`${server.url}/cart`);
    await page.getByRole('heading', { name: en('cart.title'), level: 1 }).waitFor();
    // the worker controls the page once it has claimed it
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await buyer.context.setOffline(true);
    try {
      await page.goto(`${server.url}/orders`);
      await page.getByRole('heading', { name: en('pwa.offline.title'), level: 1 }).waitFor();
      await page.getByText(en('pwa.offline.cartKept')).waitFor();
    } finally {
      await buyer.context.setOffline(false);
    }
    await page.getByRole('link', { name: en('pwa.offline.retry') }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.title()).not.toContain(en('pwa.offline.title'));
  });
});

describe('light on a phone', () => {
  it('pages, scripts and JSON are sent compressed; the browser loads only its language’s texts', async () => {
    const html = await fetch(`${server.url}/sign-in`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(html.headers.get('content-encoding')).toBe('br');
    const gql = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    });
    expect(gql.status).toBe(200);
    expect(gql.headers.get('content-encoding')).toBe('gzip');

    const fresh = await openSession(browser, { viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
    const scripts: string[] = [];
    fresh.page.on('response', (r) => {
      if (r.url().includes('/assets/') && r.url().endsWith('.js')) {
        scripts.push(r.url().split('/assets/')[1]);
      }
    });
    await fresh.page.goto(`${server.url}/sign-in`);
    await fresh.page.getByRole('heading', { level: 1 }).waitFor();
    await fresh.page.waitForLoadState('networkidle');
    const languageChunks = scripts.filter((s) => /^(en|fr|nl|de|pt|es)-[\w-]+\.js$/.test(s));
    expect(languageChunks).toHaveLength(1);
    expect(languageChunks[0]).toMatch(/^fr-/);
    const chunk = await fetch(`${server.url}/assets/${languageChunks[0]}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(chunk.headers.get('content-encoding')).toBe('br');
    expect(fresh.problems).toEqual([]);
    await fresh.context.close();
  });
});
