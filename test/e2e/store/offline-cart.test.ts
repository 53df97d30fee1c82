import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { Product } from '../../../server/modules/catalog/entities/product.entity.js';
import { ProductPrice } from '../../../server/modules/catalog/entities/product-price.entity.js';
import { launchBrowser, openSession, screenshot, type Session } from '../../support/browser.js';
import { createCatalog, createStaff, signInShop, signInStaff } from '../../support/fixtures.js';
import { createCustomer, en, replaceTemporaryPassword, signInToStore } from '../../support/e2e.js';
import { GRANT } from '../../support/graphql-ops.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// Issue 18 M4 on a phone: additions made without a connection are kept on the phone, listed as not
// yet saved, and sent when it returns — with idempotency keys, so the cart has each once.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function seriousAxeFindings(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await (window as any).axe.run(document, { resultTypes: ['violations'] })).violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>);
  // The store's footer (language switcher, contrast) has findings of its own, older than this page's parts.
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)).filter((f) => !f.includes('.store-footer'));
}

let server: TestServer;
let browser: Browser;
let buyer: Session;

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'sam@supplier.test', password: 'sam12345', role: StaffRole.SALES });
  const { standard } = await createCatalog(em);
  const syrup = em.create(Product, { reference: 'SYR-1', barcode: '96385074', name: 'Vanilla syrup 70cl', packSize: 6 });
  em.create(ProductPrice, { priceLevel: standard, product: syrup, amount: '7.40' });
  await em.flush();
  const token = await signInStaff(server, 'sam@supplier.test', 'sam12345');
  const customerId = await createCustomer(server, token, { name: 'Café Central', customerNumber: 'CC-1', contacts: [{ email: 'owner@central.test' }] });
  const g = await server.graphql(GRANT, { i: { customerId, email: 'owner@central.test', password: 'temp12345', passwordConfirmation: 'temp12345' } }, { token });
  expect(g.data.storeAccessGrant.userErrors).toEqual([]);
  browser = await launchBrowser();
  buyer = await openSession(browser, { viewport: { width: 390, height: 844 } });
  await signInToStore(buyer.page, server, 'owner@central.test', 'temp12345');
  await replaceTemporaryPassword(buyer.page, 'temp12345', 'Central2026');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Console errors other than the ones the browser logs for requests made while the test holds the
 * connection down on purpose (a revalidation or a service-worker check then fails with
 * net::ERR_INTERNET_DISCONNECTED; how many depends on the machine's speed).
 */
function problemsBesidesOffline(): string[] {
  return buyer.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|NetworkError/.test(p));
}

describe('ordering from the phone with a flaky connection', () => {
  it('offline, three additions are kept and shown as not saved; back online they land in the cart once each', async () => {
    const page = buyer.page;
    let kept = '';
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: en('catalog.title'), level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await buyer.context.setOffline(true);
    try {
      await page.getByRole('heading', { name: en('pwa.queue.offline') }).waitFor();
      for (const name of ['Espresso beans 1kg', 'Sparkling water 50cl', 'Vanilla syrup 70cl']) {
        const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
        await card.getByRole('button', { name: en('product.addToCart') }).click();
      }
      const pending = page.getByRole('list', { name: en('pwa.queue.notSaved') });
      await expect.poll(() => pending.getByRole('listitem').allInnerTexts()).toHaveLength(3);
      expect((await pending.innerText()).replace(/\s+/g, ' ')).toContain('Sparkling water 50cl × 24');
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'store-offline-queue');
      expect(await seriousAxeFindings(page)).toEqual([]);
      // Still offline: the cart on the server is untouched.
      const token = await signInShop(server, 'owner@central.test', 'Central2026');
      expect((await server.graphql('{ cart { lines { id } } }', {}, { token })).data.cart.lines).toEqual([]);
      kept = (await page.evaluate(() => localStorage.getItem('comptoir.offlineCart')))!;
    } finally {
      await buyer.context.setOffline(false);
    }
    await page.getByRole('list', { name: en('pwa.queue.notSaved') }).waitFor({ state: 'detached', timeout: 15_000 });
    const token = await signInShop(server, 'owner@central.test', 'Central2026');
    const lines = async () =>
      ((await server.graphql('{ cart { lines { quantity product { reference } } } }', {}, { token })).data.cart.lines as Array<{ quantity: number; product: { reference: string } }>)
        .map((l) => `${l.product.reference} ${l.quantity}`)
        .sort();
    expect(await lines()).toEqual(['COF-1 1', 'SYR-1 6', 'WAT-1 24']);
    // The same queue sent a second time (as if the answers had been lost on the way): the keys make it a no-op.
    expect(JSON.parse(kept)).toHaveLength(3);
    await page.evaluate((queue) => {
      localStorage.setItem('comptoir.offlineCart', queue);
      window.dispatchEvent(new Event('comptoir:offline-cart'));
    }, kept);
    await page.getByRole('list', { name: en('pwa.queue.notSaved') }).waitFor({ state: 'detached', timeout: 15_000 });
    expect(await page.evaluate(() => localStorage.getItem('comptoir.offlineCart'))).toBeNull();
    expect(await lines()).toEqual(['COF-1 1', 'SYR-1 6', 'WAT-1 24']);
    await expect.poll(() => page.getByRole('link', { name: /Cart/ }).innerText()).toContain('3');
    expect(problemsBesidesOffline()).toEqual([]);
  }, 90_000);

  it('placing an order needs the connection and says so', async () => {
    const page = buyer.page;
    await page.goto(`${server.url}/checkout`);
    await page.getByRole('button', { name: en('cart.placeOrder') }).waitFor();
    await buyer.context.setOffline(true);
    try {
      await page.getByRole('alert').filter({ hasText: en('pwa.queue.placeNeedsConnection') }).waitFor();
      await page.getByRole('button', { name: en('cart.placeOrder') }).click();
      await page.waitForTimeout(500);
      expect(new URL(page.url()).pathname).toBe('/checkout');
    } finally {
      await buyer.context.setOffline(false);
    }
    const token = await signInShop(server, 'owner@central.test', 'Central2026');
    expect((await server.graphql('{ cart { lines { id } } }', {}, { token })).data.cart.lines).toHaveLength(3);
    expect(problemsBesidesOffline()).toEqual([]);
  }, 60_000);
  it('changing a quantity and removing a line offline are kept, marked not saved, and applied when back online', async () => {
    const page = buyer.page;
    const token = await signInShop(server, 'owner@central.test', 'Central2026');
    const idOf = async (reference: string) => (await server.graphql('query($r: String) { product(reference: $r) { id } }', { r: reference }, { token })).data.product.id;
    const lines = async () =>
      ((await server.graphql('{ cart { lines { quantity product { reference } } } }', {}, { token })).data.cart.lines as Array<{ quantity: number; product: { reference: string } }>)
        .map((l) => `${l.product.reference} ${l.quantity}`)
        .sort();
    await server.graphql('mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }', { i: { lines: [{ productId: await idOf('COF-1'), quantity: 1 }, { productId: await idOf('SYR-1'), quantity: 6 }] } }, { token });
    await page.goto(`${server.url}/cart`);
    const row = (name: string) => page.getByRole('row').filter({ hasText: name });
    await row('Vanilla syrup 70cl').waitFor();
    await page.waitForLoadState('networkidle');
    const before = await lines();
    await buyer.context.setOffline(true);
    try {
      // Whole packs of 6: the field's step refuses 10 as it does online, so the buyer types 12.
      await row('Vanilla syrup 70cl').getByRole('spinbutton').fill('12');
      await row('Vanilla syrup 70cl').getByRole('button', { name: en('cart.update') }).click();
      await row('Espresso beans 1kg').getByRole('button', { name: en('cart.removeItem', { name: 'Espresso beans 1kg' }) }).click();
      await row('Vanilla syrup 70cl').getByText(en('pwa.queue.lineNotSaved', { quantity: 12 })).waitFor();
      await row('Espresso beans 1kg').getByText(en('pwa.queue.lineRemovalNotSaved')).waitFor();
      const pending = page.getByRole('list', { name: en('pwa.queue.notSaved') });
      expect((await pending.innerText()).replace(/\s+/g, ' ')).toContain(en('pwa.queue.removed', { name: 'Espresso beans 1kg' }));
      expect(await seriousAxeFindings(page)).toEqual([]);
      await screenshot(page, 'store-offline-cart-changes');
      expect(await lines()).toEqual(before); // nothing reached the server
    } finally {
      await buyer.context.setOffline(false);
    }
    await page.getByRole('list', { name: en('pwa.queue.notSaved') }).waitFor({ state: 'detached', timeout: 15_000 });
    const after = await lines();
    expect(after).toContain('SYR-1 12');
    expect(after.some((l) => l.startsWith('COF-1'))).toBe(false);
    await row('Espresso beans 1kg').waitFor({ state: 'detached' });
    expect(problemsBesidesOffline()).toEqual([]);
  }, 90_000);
});
