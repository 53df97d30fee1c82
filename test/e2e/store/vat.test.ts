import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession, screenshot, type Session } from '../../support/browser.js';
import { createCatalog, createStaff, signInShop, signInStaff } from '../../support/fixtures.js';
import { GRANT, PASSWORD_CHANGE } from '../../support/graphql-ops.js';
import { createCustomer, en, signInToHub, signInToStore } from '../../support/e2e.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// VAT shown where buyers and staff look (issue 15, D1): the store's cart and order page give the
// VAT per rate and the total with VAT, on desktop and phone; the hub's order page the same; an
// order placed before rates existed says "VAT not computed".

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: TestServer;
let browser: Browser;
let customer: Session;
let phone: Session;
let staff: Session;
let catalog: Awaited<ReturnType<typeof createCatalog>>;
let shop = '';
let oldOrder: { id: string; number: string };
let order: { id: string; number: string };

const flat = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

async function seriousAxeFindings(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await (window as any).axe.run(document.querySelector('main') ?? document, { resultTypes: ['violations'] })).violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

async function addToCart() {
  const lines = [
    { productId: catalog.gid('Product', catalog.coffee.id), quantity: 2 },
    { productId: catalog.gid('Product', catalog.water.id), quantity: 24 },
  ];
  const r = await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines } }, { token: shop });
  expect(r.data.cartLinesAdd.userErrors).toEqual([]);
}

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'boss@vat.test', password: 'boss1234', role: StaffRole.ADMIN });
  catalog = await createCatalog(em);
  const admin = await signInStaff(server, 'boss@vat.test', 'boss1234');
  const customerId = await createCustomer(server, admin, { name: 'Épicerie Lune', customerNumber: 'EL-1', contacts: [{ email: 'achat@lune.test' }] });
  await server.graphql(GRANT, { i: { customerId, email: 'achat@lune.test', password: 'temp1234', passwordConfirmation: 'temp1234' } }, { token: admin });
  const first = await signInShop(server, 'achat@lune.test', 'temp1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'temp1234', newPassword: 'lune5678', newPasswordConfirmation: 'lune5678' } }, { token: first });
  shop = await signInShop(server, 'achat@lune.test', 'lune5678');

  // An order placed before any VAT rate existed.
  await addToCart();
  oldOrder = (await server.graphql(`mutation { orderPlace(input: { idempotencyKey: "old" }) { order { id number } } }`, {}, { token: shop })).data.orderPlace.order;

  // Then the rates: 20 % by default (and for shipping), 5.5 % for coffee.
  const create = `mutation($i: TaxRateCreateInput!) { taxRateCreate(input: $i) { taxRate { id } userErrors { code } } }`;
  await server.graphql(create, { i: { name: 'TVA 20 %', percentage: '20' } }, { token: admin });
  const reduced = (await server.graphql(create, { i: { name: 'TVA 5,5 %', percentage: '5.5' } }, { token: admin })).data.taxRateCreate.taxRate.id;
  await server.graphql(`mutation($i: ProductUpdateInput!) { productUpdate(input: $i) { userErrors { code } } }`, { i: { id: catalog.gid('Product', catalog.coffee.id), taxRateId: reduced } }, { token: admin });
  await addToCart();

  browser = await launchBrowser();
  customer = await openSession(browser);
  phone = await openSession(browser, { viewport: { width: 390, height: 844 } });
  staff = await openSession(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('VAT in the store and the hub', () => {
  it('the cart gives the VAT per rate and the total with VAT', async () => {
    const page = customer.page;
    await signInToStore(page, server, 'achat@lune.test', 'lune5678');
    await page.goto(`${server.url}/cart`);
    await page.getByRole('heading', { name: en('cart.checkout') }).waitFor({ timeout: 20_000 });
    const vatLines = await page.getByTestId('vat-line').allInnerTexts();
    // 25.00 at 5.5 % → 1.38; 19.20 + the shipping placing will charge (15.00) at 20 % → 6.84:
    // the figures the placed order gets (decision 0053).
    expect(vatLines.map(flat)).toEqual([`${en('vat.line', { name: 'TVA 5,5 %', base: '€25.00' })} €1.38`, `${en('vat.line', { name: 'TVA 20 %', base: '€34.20' })} €6.84`]);
    const summary = flat(await page.locator('dl.summary').innerText());
    expect(summary).toContain(`${en('orders.shipping')} €15.00`);
    expect(summary).toContain(`${en('vat.totalExcludingTax')} €59.20`);
    expect(summary).toContain(`${en('vat.totalIncludingTax')} €67.42`);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.getByRole('heading', { name: en('cart.checkout') }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'store-cart-vat');
    expect(customer.problems).toEqual([]);
  });

  it('the order page shows the frozen VAT per rate, shipping\'s included, on desktop and phone', async () => {
    order = (await server.graphql(`mutation { orderPlace(input: { idempotencyKey: "vat" }) { order { id number } } }`, {}, { token: shop })).data.orderPlace.order;
    const page = customer.page;
    await page.goto(`${server.url}/orders/${order.id}`);
    await page.getByRole('heading', { name: en('orders.orderTitle', { number: order.number }), level: 1 }).waitFor({ timeout: 20_000 });
    const vatLines = (await page.getByTestId('vat-line').allInnerTexts()).map(flat);
    // Shipping 15.00 at 20 % → 3.00 joins the 20 % rate: 34.20 → 6.84.
    expect(vatLines).toEqual([`${en('vat.line', { name: 'TVA 5,5 %', base: '€25.00' })} €1.38`, `${en('vat.line', { name: 'TVA 20 %', base: '€34.20' })} €6.84`]);
    const foot = flat(await page.locator('tfoot').innerText());
    expect(foot).toContain(`${en('orders.shipping')} (TVA 20 %) €15.00`);
    expect(foot).toContain(`${en('vat.totalExcludingTax')} €59.20`);
    expect(foot).toContain(`${en('vat.totalIncludingTax')} €67.42`);
    expect(foot).not.toContain(en('vat.notComputed'));
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.locator('tfoot').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'store-order-vat');

    await signInToStore(phone.page, server, 'achat@lune.test', 'lune5678');
    await phone.page.goto(`${server.url}/orders/${order.id}`);
    await phone.page.getByTestId('order-total').waitFor({ timeout: 20_000 });
    expect(flat(await phone.page.getByTestId('order-total').innerText())).toBe('€67.42');
    const box = await phone.page.getByTestId('order-total').boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true); // on screen, no sideways scroll
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.page.getByTestId('order-total').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(phone.page, 'store-order-vat-phone');
    expect(customer.problems).toEqual([]);
    expect(phone.problems).toEqual([]);
  });

  it('an order placed before VAT rates existed says "VAT not computed"', async () => {
    const page = customer.page;
    await page.goto(`${server.url}/orders/${oldOrder.id}`);
    await page.getByTestId('vat-note').waitFor({ timeout: 20_000 });
    expect(flat(await page.getByTestId('vat-note').innerText())).toBe(en('vat.notComputed'));
    expect(await page.getByTestId('vat-line').count()).toBe(0);
    expect(flat(await page.getByTestId('order-total').innerText())).toBe('€59.20');
  });

  it('the hub\'s order page shows the same figures', async () => {
    const page = staff.page;
    await signInToHub(page, server, 'boss@vat.test', 'boss1234');
    await page.goto(`${server.url}/hub/orders/${order.id}`);
    await page.getByRole('heading', { name: en('orders.orderTitle', { number: order.number }), level: 1 }).waitFor({ timeout: 20_000 });
    expect((await page.getByTestId('vat-line').allInnerTexts()).map(flat)).toEqual([
      `${en('vat.line', { name: 'TVA 5,5 %', base: '€25.00' })} €1.38`,
      `${en('vat.line', { name: 'TVA 20 %', base: '€34.20' })} €6.84`,
    ]);
    expect(flat(await page.locator('tfoot').innerText())).toContain(`${en('vat.totalIncludingTax')} €67.42`);
    expect(staff.problems).toEqual([]);
  });
});
