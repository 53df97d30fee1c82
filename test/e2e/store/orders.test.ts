import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { Product } from '../../../server/modules/catalog/entities/product.entity.js';
import { launchBrowser, openSession, screenshot, type Session } from '../../support/browser.js';
import { createApiToken, createCatalog, createStaff, signInShop, signInStaff } from '../../support/fixtures.js';
import { ApiScope } from '../../../server/modules/access/entities/api-token.entity.js';
import { GRANT, PASSWORD_CHANGE } from '../../support/graphql-ops.js';
import { createCustomer, en, signInToStore } from '../../support/e2e.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// The customer's side of the workflow (O6): my orders with their status, the order's timeline as
// staff moved it, and "order again" naming the line that is no longer available.

let server: TestServer;
let browser: Browser;
let customer: Session;
let catalog: Awaited<ReturnType<typeof createCatalog>>;
let order: { id: string; number: string };

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'desk@supplier.test', password: 'desk1234', role: StaffRole.SALES });
  catalog = await createCatalog(em);
  const staffToken = await signInStaff(server, 'desk@supplier.test', 'desk1234');
  const customerId = await createCustomer(server, staffToken, { name: 'Hotel Zuid', customerNumber: 'HZ-3', contacts: [{ email: 'inkoop@hotel.test' }] });
  await server.graphql(GRANT, { i: { customerId, email: 'inkoop@hotel.test', password: 'temp1234', passwordConfirmation: 'temp1234' } }, { token: staffToken });
  const first = await signInShop(server, 'inkoop@hotel.test', 'temp1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'temp1234', newPassword: 'zuid5678', newPasswordConfirmation: 'zuid5678' } }, { token: first });
  const shop = await signInShop(server, 'inkoop@hotel.test', 'zuid5678');
  const lines = [
    { productId: catalog.gid('Product', catalog.coffee.id), quantity: 2 },
    { productId: catalog.gid('Product', catalog.water.id), quantity: 24 },
  ];
  await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines } }, { token: shop });
  order = (await server.graphql(`mutation { orderPlace(input: { idempotencyKey: "zuid-1" }) { order { id number } } }`, {}, { token: shop })).data.orderPlace.order;
  await server.graphql(`mutation($id: ID!) { orderValidate(input: { orderId: $id }) { userErrors { code } } }`, { id: order.id }, { token: staffToken });
  await server.graphql(`mutation($id: ID!) { orderShippingCostUpdate(input: { orderId: $id, shippingCost: "9.90" }) { userErrors { code } } }`, { id: order.id }, { token: staffToken });
  await server.graphql(`mutation($id: ID!) { orderShip(input: { orderId: $id }) { userErrors { code } } }`, { id: order.id }, { token: staffToken });
  await em.nativeUpdate(Product, { id: catalog.water.id }, { active: false }); // discontinued since
  browser = await launchBrowser();
  customer = await openSession(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('store orders', () => {
  it('lists my orders with their status and shows the timeline of one', async () => {
    const page = customer.page;
    await signInToStore(page, server, 'inkoop@hotel.test', 'zuid5678');
    await page.goto(`${server.url}/orders`);
    await page.getByRole('heading', { name: en('orders.title'), level: 1 }).waitFor({ timeout: 20_000 }); // the first render can be slow on a busy machine
    const row = page.getByRole('row', { name: new RegExp(order.number) });
    await row.getByText(en('status.order.SHIPPED')).waitFor();
    await row.getByRole('link', { name: order.number }).click();
    await page.getByRole('heading', { name: en('orders.orderTitle', { number: order.number }), level: 1 }).waitFor();

    const timeline = page.getByRole('list').filter({ has: page.getByText(en('orderFlow.timeline.kind.PLACED')) });
    const items = await timeline.getByRole('listitem').allInnerTexts();
    expect(items.map((text) => text.split('\n')[0].trim())).toEqual([
      en('orderFlow.timeline.kind.PLACED'),
      en('orderFlow.timeline.kind.VALIDATED'),
      expect.stringContaining(en('orderFlow.timeline.kind.SHIPPING_COST_CHANGED')),
      en('orderFlow.timeline.kind.SHIPPED'),
    ]);
    // Staff names stay in the hub: the customer sees "by the supplier".
    expect(items[1]).toContain(en('orderFlow.timeline.bySupplier'));
    expect(items[0]).toContain(en('orderFlow.timeline.by', { name: 'inkoop@hotel.test' }));
    expect(items[2]).toContain('€9.90');
    await page.getByRole('heading', { name: en('orderFlow.timeline.title') }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'store-order-timeline');
  });

  it('orders again: the available line goes to the cart, the discontinued one is named', async () => {
    const page = customer.page;
    await page.getByRole('button', { name: en('orderFlow.reorder.button') }).click();
    await page.getByText(en('orderFlow.reorder.added_one', { count: 1 })).waitFor();
    await page.getByText(en('orderFlow.reorder.unavailableTitle_one', { count: 1 })).waitFor();
    await page.getByRole('alert').getByText(/WAT-1 — Sparkling water 50cl/).waitFor();
    await screenshot(page, 'store-order-again');
    await page.getByRole('link', { name: en('orderFlow.reorder.toCart') }).click();
    await page.waitForURL((url) => url.pathname === '/cart');
    await page.getByText('Espresso beans 1kg').first().waitFor();
    expect(await page.getByText('Sparkling water 50cl').count()).toBe(0);
    expect(customer.problems).toEqual([]);
  });

  it('shows the supplier\'s order number, finds the order by it, and names the ERP as the supplier\'s system (issue 14, E3/E6)', async () => {
    const erp = await createApiToken(server.app.services.orm.em.fork(), 'ERP sync', [ApiScope.ORDERS_MANAGE]);
    const ack = await server.graphql(`mutation($i: OrderAcknowledgeInput!) { orderAcknowledge(input: $i) { userErrors { code } } }`, { i: { orderId: order.id, externalReference: 'VK-2026-118' } }, { token: erp });
    expect(ack.data.orderAcknowledge.userErrors).toEqual([]);
    const page = customer.page;
    await page.goto(`${server.url}/orders`);
    await page.getByLabel(en('orders.searchLabel')).fill('vk-2026');
    await page.getByRole('button', { name: en('orders.search') }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'vk-2026');
    await page.getByRole('row', { name: /VK-2026-118/ }).getByRole('link', { name: order.number }).click();
    await page.getByTestId('external-reference').getByText('VK-2026-118').waitFor();
    const entry = page.getByRole('listitem').filter({ hasText: en('orderFlow.timeline.kind.ACKNOWLEDGED') });
    await entry.getByText(en('orderFlow.timeline.bySupplierSystem')).waitFor();
    expect(await entry.innerText()).not.toContain('ERP sync');
    await page.goto(`${server.url}/orders?q=nothing-like-this`);
    await page.getByText(en('orders.noMatch')).waitFor();
    expect(customer.problems).toEqual([]);
  });

  it('reads well on a phone', async () => {
    const phone = await openSession(browser, { viewport: { width: 390, height: 844 } });
    await signInToStore(phone.page, server, 'inkoop@hotel.test', 'zuid5678');
    await phone.page.goto(`${server.url}/orders/${encodeURIComponent(order.id)}`);
    await phone.page.getByRole('heading', { name: en('orderFlow.timeline.title') }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone.page, 'store-order-phone');
    expect(phone.problems).toEqual([]);
    await phone.context.close();
  });
});
