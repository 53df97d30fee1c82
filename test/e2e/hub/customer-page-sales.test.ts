import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { Tag } from '../../../server/modules/catalog/entities/taxonomy.entity.js';
import { launchBrowser, openSession } from '../../support/browser.js';
import { createCatalog, createStaff, shopCustomer, signInStaff } from '../../support/fixtures.js';
import { en, signInToHub } from '../../support/e2e.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { toGlobalId } from '../../../server/common/global-id.js';

// The customer page for sales (issue 17 H6): the customer's orders at a glance, and a visibility
// chooser a finger can use on a phone (checkboxes, not Ctrl-click multi-selects).

let server: TestServer;
let browser: Browser;
let customerId: string;

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'rep@sales.test', password: 'rep12345', role: StaffRole.SALES });
  const cat = await createCatalog(em);
  em.create(Tag, { name: 'Organic' });
  em.create(Tag, { name: 'Frozen' });
  await em.flush();
  const staff = await signInStaff(server, 'rep@sales.test', 'rep12345');
  const shop = await shopCustomer(server, staff, 'SP-1', 'sales-page.test', undefined, 'Corner Bistro');
  for (const key of ['one', 'two']) {
    await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: cat.gid('Product', cat.coffee.id), quantity: 2 }] } }, { token: shop });
    await server.graphql(`mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { userErrors { code } } }`, { i: { idempotencyKey: key } }, { token: shop });
  }
  // One of them long ago: outside the 12 months, still the customer's order.
  await em.execute(`update customer_order set placed_at = now() - interval '400 days' where idempotency_key = 'two'`);
  const [row] = await em.execute(`select id from customer where customer_number = 'SP-1'`);
  customerId = toGlobalId('Customer', row.id);
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the customer page for sales', () => {
  it('shows the orders of 12 months, their value, the last order and the latest orders, on a phone without sideways scrolling', async () => {
    const { page, problems, context } = await openSession(browser, { viewport: { width: 390, height: 844 } });
    await signInToHub(page, server, 'rep@sales.test', 'rep12345');
    // Reach it as staff do: from the customers list.
    await page.goto(`${server.url}/hub/customers`);
    await page.getByRole('link', { name: 'Corner Bistro' }).first().click();
    const section = page.getByRole('region', { name: en('customerOrders.title') });
    await section.waitFor();
    expect(await section.getByTestId('orders-12-months').textContent()).toBe('1');
    expect(await section.getByTestId('value-12-months').textContent()).toMatch(/40\.00/); // 2 × 12.50 + 15.00 shipping
    expect(await section.getByRole('listitem').count()).toBe(2); // the latest orders, both
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth)).toBe(true);
    await section.getByRole('link', { name: en('customerOrders.all') }).click();
    await page.waitForURL((url) => url.pathname === '/hub/orders' && url.searchParams.get('customer') === 'SP-1');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lets a finger choose what the customer sees: one tick per tag (44 px rows), saved', async () => {
    const { page, problems, context } = await openSession(browser, { viewport: { width: 390, height: 844 } });
    await signInToHub(page, server, 'rep@sales.test', 'rep12345');
    await page.goto(`${server.url}/hub/customers`);
    await page.getByRole('link', { name: 'Corner Bistro' }).first().click();
    await page.getByRole('link', { name: en('customers.edit') }).click();
    const tags = page.getByRole('group', { name: en('visibility.tags') });
    const organic = tags.getByRole('checkbox', { name: 'Organic' });
    const box = await organic.locator('xpath=ancestor::label').boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44); // a finger's target
    await organic.check();
    expect(await organic.isChecked()).toBe(true);
    await page.getByRole('button', { name: en('common.save') }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/edit'));
    await page.getByText(`${en('visibility.tags')}: Organic`).waitFor();
    const token = await signInStaff(server, 'rep@sales.test', 'rep12345');
    const api = await server.graphql(`query($id: ID!) { customer(id: $id) { visibility { tags { name } brands { name } } } }`, { id: customerId }, { token });
    expect(api.data.customer.visibility).toEqual({ tags: [{ name: 'Organic' }], brands: [] });
    expect(problems).toEqual([]);
    await context.close();
  });
});
