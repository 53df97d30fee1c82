import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { RegistrationRequest } from '../../../server/modules/registration/index.js';
import { launchBrowser, openSession, screenshot } from '../../support/browser.js';
import { createCatalog, createStaff, shopCustomer, signInStaff } from '../../support/fixtures.js';
import { createCustomer, en, signInToHub } from '../../support/e2e.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// The shared table and pager of the hub lists (components/hub/list-table.tsx, decision 0040) on a
// phone (issue 17, H7): rows become cards, nothing scrolls sideways, the filters fold away so the
// results show on the first screen; on a desktop the table and the filters are as they were. Every
// test opens its own session on the data set up once below (no test relies on another having run).

const PHONE = { width: 390, height: 844 };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// Long, unbreakable values: what would push a table wider than a phone.
const LONG_NAME = 'Établissements Gastronomiques Internationaux Vandenberghe-Dupont';
const LONG_EMAIL = 'procurement.department.headquarters@vandenberghe-dupont-gastronomie.test';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'lists@supplier.test', password: 'lists1234', role: StaffRole.ADMIN });
  const cat = await createCatalog(em);
  em.create(RegistrationRequest, { companyName: LONG_NAME, contactName: 'Anne-Catherine Vandenberghe', email: LONG_EMAIL, clientKey: 'test' });
  await em.flush();
  const staff = await signInStaff(server, 'lists@supplier.test', 'lists1234');
  for (let i = 1; i <= 27; i++) await createCustomer(server, staff, { name: `${LONG_NAME} ${i}`, customerNumber: `LT-${String(i).padStart(3, '0')}`, contacts: [] });
  // A customer with a store access (its invitation fills the mailbox) and an order.
  const shop = await shopCustomer(server, staff, 'LT-SHOP', 'vandenberghe-dupont-gastronomie.test', undefined, LONG_NAME);
  await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: cat.gid('Product', cat.coffee.id), quantity: 1 }] } }, { token: shop });
  const placed = await server.graphql(`mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { userErrors { code } } }`, { i: { idempotencyKey: 'lt-1' } }, { token: shop });
  expect(placed.data.orderPlace.userErrors).toEqual([]);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** How wide the page and each table's box are against the screen. */
function widths(page: Page) {
  return page.evaluate(() => ({
    page: document.scrollingElement!.scrollWidth,
    screen: window.innerWidth,
    tables: [...document.querySelectorAll('.table-wrap')].map((w) => w.scrollWidth - w.clientWidth),
  }));
}

async function seriousAxeFindings(page: Page): Promise<string[]> {
  await page.evaluate(axeSource); // through the DevTools protocol: the page's CSP does not apply
  const violations = await page.evaluate(
    async () => (await (window as any).axe.run(document, { resultTypes: ['violations'] })).violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>,
  );
  // Only what the shared list parts add: the hub's header and navigation are not theirs.
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.filter((n) => /list-table|list-filters|table-wrap|pagination/.test(n.target.join(' '))).map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const LISTS = [
  { path: '/hub/customers', title: en('customers.title'), row: `${LONG_NAME} 1`, filters: true },
  { path: '/hub/products', title: en('products.title'), row: 'Espresso beans 1kg', filters: true },
  { path: '/hub/orders', title: en('hub.orders.title'), row: LONG_NAME, filters: true },
  { path: '/hub/registrations', title: en('registrations.title'), row: LONG_NAME, filters: false },
  { path: '/hub/mailbox', title: en('mailbox.title'), row: /lt-shop@vandenberghe-dupont-gastronomie\.test/i, filters: false },
];

describe('hub lists on a phone (390 × 844)', () => {
  it.each(LISTS)('$path: rows are cards, nothing scrolls sideways, the results are on the first screen', async ({ path, title, row, filters }) => {
    const { page, problems, context } = await openSession(browser, { viewport: PHONE });
    await signInToHub(page, server, 'lists@supplier.test', 'lists1234');
    await page.goto(`${server.url}${path}`);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    const card = page.locator('.list-table tbody tr').filter({ hasText: row }).first();
    await card.waitFor();

    const measured = await widths(page);
    expect(measured.page).toBeLessThanOrEqual(measured.screen);
    expect(measured.tables.every((overflow) => overflow <= 0), JSON.stringify(measured)).toBe(true);

    // A card: no column headers, each value beside its column's name, the first row on the first screen.
    expect(await page.locator('.list-table thead th:not(.check-cell)').first().isVisible()).toBe(false);
    const labelled = await card.evaluate((tr) =>
      [...tr.querySelectorAll('td[data-label]')].filter((td) => getComputedStyle(td, '::before').content.includes(td.getAttribute('data-label')!)).length,
    );
    expect(labelled).toBeGreaterThanOrEqual(3);
    const box = await page.locator('.list-table tbody tr').first().boundingBox();
    expect(box!.y).toBeLessThan(PHONE.height);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);

    await screenshot(page, `hub-list-phone-${path.split('/').pop()}`);
    if (filters) {
      // Folded: the form is one tap away, and opens with its fields.
      const summary = page.locator('.list-filters > summary');
      expect(await summary.isVisible()).toBe(true);
      expect(await page.locator('.list-filters form').isVisible()).toBe(false);
      await summary.click();
      await page.locator('.list-filters form').waitFor();
      expect(await page.locator('.list-filters form button[type="submit"]').isVisible()).toBe(true);
      expect((await widths(page)).page).toBeLessThanOrEqual(PHONE.width);
    }
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the filters open on a phone while one is in use, and pages through the customers', async () => {
    const { page, problems, context } = await openSession(browser, { viewport: PHONE });
    await signInToHub(page, server, 'lists@supplier.test', 'lists1234');
    await page.goto(`${server.url}/hub/customers?q=${encodeURIComponent(LONG_NAME)}`);
    await page.getByRole('heading', { name: en('customers.title'), level: 1 }).waitFor();
    expect(await page.locator('.list-filters form').isVisible()).toBe(true);
    expect(await page.getByLabel(en('customers.searchLabel')).inputValue()).toBe(LONG_NAME);

    // 28 customers: a second page of 3, the pager under the cards, still no sideways scroll.
    await page.getByRole('link', { name: en('pagination.next') }).click();
    await page.getByRole('link', { name: en('pagination.first') }).waitFor();
    await expect.poll(() => page.locator('.list-table tbody tr').count()).toBe(3);
    expect((await widths(page)).page).toBeLessThanOrEqual(PHONE.width);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('hub lists on a desktop', () => {
  it('shows the table with its headers and the filters open, without the fold', async () => {
    const { page, problems, context } = await openSession(browser);
    await signInToHub(page, server, 'lists@supplier.test', 'lists1234');
    await page.goto(`${server.url}/hub/customers`);
    await page.getByRole('heading', { name: en('customers.title'), level: 1 }).waitFor();
    expect(await page.getByRole('columnheader', { name: en('customers.number') }).isVisible()).toBe(true);
    expect(await page.locator('.list-filters > summary').isVisible()).toBe(false);
    expect(await page.getByLabel(en('customers.searchLabel')).isVisible()).toBe(true);
    expect(await page.getByRole('row', { name: new RegExp(`${LONG_NAME} 1\\b`) }).first().isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
