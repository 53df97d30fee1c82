import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { Product } from '../../../server/modules/catalog/entities/product.entity.js';
import { ProductPrice } from '../../../server/modules/catalog/entities/product-price.entity.js';
import { launchBrowser, openSession, screenshot, type Session } from '../../support/browser.js';
import { createCatalog, createStaff, signInShop, signInStaff } from '../../support/fixtures.js';
import { createCustomer, en, signInToStore } from '../../support/e2e.js';
import { GRANT, PASSWORD_CHANGE } from '../../support/graphql-ops.js';
import { uiText } from '../../support/i18n.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// Issue 18 M3 on a 390x844 phone: the catalog as a compact list (remembered), names in natural
// order, the language switcher in the header, "My orders" as cards with 44 px links.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function seriousAxeFindings(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await (window as any).axe.run(document, { resultTypes: ['violations'] })).violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>);
  // The store's footer has a contrast finding of its own, older than this page's parts (as in offline-cart.test.ts).
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)).filter((f) => !f.includes('.store-footer'));
}

const fr = uiText('fr');
let server: TestServer;
let browser: Browser;
let buyer: Session;
let orderNumber: string;

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'pia@supplier.test', password: 'pia12345', role: StaffRole.SALES });
  const { standard, coffee, gid } = await createCatalog(em);
  for (const n of [10, 2, 1]) {
    const glass = em.create(Product, { reference: `TG-${n}`, name: `Tumbler glass #${n}`, packSize: 6 });
    em.create(ProductPrice, { priceLevel: standard, product: glass, amount: '2.10' });
  }
  await em.flush();
  const token = await signInStaff(server, 'pia@supplier.test', 'pia12345');
  const customerId = await createCustomer(server, token, { name: 'Bar Noord', customerNumber: 'BN-1', contacts: [{ email: 'bar@noord.test' }] });
  await server.graphql(GRANT, { i: { customerId, email: 'bar@noord.test', password: 'temp1234', passwordConfirmation: 'temp1234' } }, { token });
  const first = await signInShop(server, 'bar@noord.test', 'temp1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'temp1234', newPassword: 'noord5678', newPasswordConfirmation: 'noord5678' } }, { token: first });
  const shop = await signInShop(server, 'bar@noord.test', 'noord5678');
  await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: gid('Product', coffee.id), quantity: 2 }] } }, { token: shop });
  const placed = await server.graphql(`mutation { orderPlace(input: { idempotencyKey: "noord-1" }) { order { number } userErrors { code } } }`, {}, { token: shop });
  orderNumber = placed.data.orderPlace.order.number;
  browser = await launchBrowser();
  buyer = await openSession(browser, { viewport: { width: 390, height: 844 } });
  await signInToStore(buyer.page, server, 'bar@noord.test', 'noord5678');
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the store on a phone', () => {
  it('shows the catalog as a compact list, in natural order, and remembers the choice', async () => {
    const page = buyer.page;
    await page.goto(`${server.url}/`, { timeout: 60_000 });
    await page.getByRole('heading', { name: en('catalog.title'), level: 1 }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: en('storeCatalog.view.list') }).click();
    await page.locator('.product-row').first().waitFor();
    expect(await page.getByRole('button', { name: en('storeCatalog.view.list') }).getAttribute('aria-pressed')).toBe('true');
    const names = await page.locator('.product-row__name').allInnerTexts();
    expect(names.filter((n) => n.startsWith('Tumbler'))).toEqual(['Tumbler glass #1', 'Tumbler glass #2', 'Tumbler glass #10']);
    const row = page.getByRole('article', { name: 'Tumbler glass #2' });
    expect(await row.innerText()).toMatch(/TG-2[\s\S]*6 × piece[\s\S]*€2\.10/);
    // Rows are short: a catalog page of them is a few screens, not a 7,600 px column.
    const box = await row.boundingBox();
    expect(box!.height).toBeLessThan(130);
    expect(await noSidewaysScroll(page)).toBe(true);
    await row.getByRole('spinbutton').fill('12');
    await row.getByRole('button', { name: en('storeCatalog.list.addLabel', { name: 'Tumbler glass #2' }) }).click();
    await row.getByText(en('product.added_other', { count: 12 })).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, 'store-catalog-list-phone');
    // Remembered: a new visit opens the list.
    await page.goto(`${server.url}/?sort=name`, { timeout: 60_000 });
    await page.locator('.product-row').first().waitFor();
    await page.getByRole('button', { name: en('storeCatalog.view.cards') }).click();
    await page.locator('.product-card').first().waitFor();
    expect(await page.locator('.product-row').count()).toBe(0);
    // A product without a picture: a small tile beside the text on a phone, not half the card.
    const card = page.locator('.product-card').first();
    const [media, whole] = await Promise.all([card.locator('.product-media').boundingBox(), card.boundingBox()]);
    expect(media!.width).toBeLessThan(whole!.width / 3);
    expect(buyer.problems).toEqual([]);
  });

  it('has the language switcher in the header', async () => {
    const page = buyer.page;
    await page.goto(`${server.url}/`, { timeout: 60_000 });
    const header = page.getByRole('banner');
    await header.locator('summary').click();
    await header.getByRole('button', { name: 'FR – Français', exact: true }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'fr');
    await page.getByRole('heading', { name: fr('catalog.title'), level: 1 }).waitFor();
    await page.getByRole('banner').locator('summary').click();
    await page.getByRole('banner').getByRole('button', { name: 'EN – English', exact: true }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });

  it('lists my orders as cards, no sideways scroll, links at least 44 px tall', async () => {
    const page = buyer.page;
    await page.goto(`${server.url}/orders`, { timeout: 60_000 });
    const link = page.getByRole('link', { name: orderNumber });
    await link.waitFor({ timeout: 20_000 });
    expect(await noSidewaysScroll(page)).toBe(true);
    expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    for (const nav of await page.getByRole('navigation', { name: en('nav.main') }).getByRole('link').all()) {
      expect((await nav.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, 'store-orders-phone');
    await link.click();
    await page.getByRole('heading', { name: en('orders.orderTitle', { number: orderNumber }), level: 1 }).waitFor();
    expect(buyer.problems).toEqual([]);
  });
});
