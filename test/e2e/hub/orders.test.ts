import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession, screenshot, type Session } from '../../support/browser.js';
import { startFakeResend } from '../../support/fake-resend.js';
import { createApiToken, createCatalog, createStaff, signInShop, signInStaff } from '../../support/fixtures.js';
import { ApiScope } from '../../../server/modules/access/entities/api-token.entity.js';
import { GRANT, PASSWORD_CHANGE } from '../../support/graphql-ops.js';
import { createCustomer, emailTo, en, signInToHub } from '../../support/e2e.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// Staff handle orders in the hub (O4, O5, N2, V2): the bell shows the new order, the list filters
// it, staff validate it, fix the shipping cost (an error first) and ship it; the customer is
// emailed in French; a second order is rejected with a reason; the customer page shows activity.
// Staff are signed in once before the tests; each test opens the page it needs.

let server: TestServer;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let browser: Browser;
let staff: Session;
let shopToken: string;
let customerId: string;
const orders: Array<{ id: string; number: string }> = [];

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({ WEB: 'true', RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'orders@supplier.test', password: 'orders1234', role: StaffRole.SALES });
  const catalog = await createCatalog(em);
  const token = await signInStaff(server, 'orders@supplier.test', 'orders1234');
  customerId = await createCustomer(server, token, { name: 'Brasserie du Port', customerNumber: 'BP-7', documentLanguage: 'FR', contacts: [{ email: 'achats@brasserie.test' }] });
  await createCustomer(server, token, { name: 'Other Bar', customerNumber: 'OB-1', contacts: [{ email: 'x@other.test' }] });
  await server.graphql(GRANT, { i: { customerId, email: 'achats@brasserie.test', password: 'temp1234', passwordConfirmation: 'temp1234' } }, { token });
  const first = await signInShop(server, 'achats@brasserie.test', 'temp1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'temp1234', newPassword: 'port5678', newPasswordConfirmation: 'port5678' } }, { token: first });
  shopToken = await signInShop(server, 'achats@brasserie.test', 'port5678');
  for (const [key, quantity] of [['o-1', 4], ['o-2', 1]] as const) {
    await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: catalog.gid('Product', catalog.coffee.id), quantity }] } }, { token: shopToken });
    const r = await server.graphql(`mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number } } }`, { i: { idempotencyKey: key } }, { token: shopToken });
    orders.push(r.data.orderPlace.order);
  }
  browser = await launchBrowser();
  staff = await openSession(browser);
  await signInToHub(staff.page, server, 'orders@supplier.test', 'orders1234');
});

// Each test answers for the console errors of its own steps only.
beforeEach(() => {
  staff.problems.length = 0;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await resend?.close();
});

describe('hub orders', () => {
  it('the bell shows the new orders until marked as read', async () => {
    const page = staff.page;
    await page.goto(`${server.url}/hub`);
    await page.getByRole('link', { name: en('bell.label_other', { count: 2 }) }).click();
    await page.getByRole('heading', { name: en('bell.title'), level: 1 }).waitFor();
    await page.getByText(en('orderFlow.bell.new_other', { count: 2 })).waitFor();
    await page.getByRole('link', { name: en('orders.orderTitle', { number: orders[1].number }) }).waitFor();
    await screenshot(page, 'hub-order-bell');
    await page.getByRole('button', { name: en('orderFlow.bell.markRead') }).click();
    await page.getByText(en('orderFlow.bell.markedRead')).waitFor();
    await page.getByRole('link', { name: en('bell.label_other', { count: 0 }) }).waitFor();
  });

  it('filters the list, validates an order, fixes its shipping cost and ships it; the customer is emailed in French', async () => {
    const page = staff.page;
    await page.goto(`${server.url}/hub/orders`);
    await page.getByLabel(en('hub.orders.customer')).fill('BP-7');
    await page.getByLabel(en('orders.status')).selectOption('SUBMITTED');
    await page.getByRole('button', { name: en('common.filter') }).click();
    await page.waitForURL((url) => url.searchParams.get('customer') === 'BP-7' && url.searchParams.get('status') === 'SUBMITTED');
    expect(await page.getByRole('row').count()).toBe(3); // header + two orders
    await screenshot(page, 'hub-order-list');
    await page.getByLabel(en('hub.orders.customer')).fill('Other Bar');
    await page.getByRole('button', { name: en('common.filter') }).click();
    await page.getByText(en('hub.orders.empty')).waitFor();
    await page.getByRole('link', { name: en('orderFlow.filters.clear') }).click();

    await page.getByRole('link', { name: orders[0].number }).click();
    await page.getByRole('heading', { name: en('orders.orderTitle', { number: orders[0].number }), level: 1 }).waitFor();
    // Only the actions a SUBMITTED order allows.
    expect(await page.getByRole('button', { name: en('orderFlow.actions.ship') }).count()).toBe(0);
    await page.getByRole('button', { name: en('orderFlow.actions.validate') }).click();
    await page.getByText(en('orderFlow.done.validate', { number: orders[0].number })).waitFor();
    await page.getByText(en('orderFlow.timeline.by', { name: 'orders' })).first().waitFor();

    const shipping = page.getByLabel(en('orderFlow.shipping.label', { currency: 'EUR' }));
    await shipping.fill('douze');
    await page.getByRole('button', { name: en('orderFlow.shipping.save') }).click();
    await page.getByLabel(en('orderFlow.shipping.label', { currency: 'EUR' })).and(page.locator('[aria-invalid="true"]')).waitFor();
    await page.getByLabel(en('orderFlow.shipping.label', { currency: 'EUR' })).fill('7,50');
    await page.getByRole('button', { name: en('orderFlow.shipping.save') }).click();
    await page.getByText(en('orderFlow.done.shipping', { number: orders[0].number })).waitFor();
    await page.getByText(en('orderFlow.timeline.kind.SHIPPING_COST_CHANGED')).waitFor();
    await page.getByRole('row', { name: /57\.50/ }).waitFor(); // 4 × 12.50 + 7.50

    await page.getByRole('button', { name: en('orderFlow.actions.ship') }).click();
    await page.getByText(en('orderFlow.done.ship', { number: orders[0].number })).waitFor();
    expect(await page.getByLabel(en('orderFlow.shipping.label', { currency: 'EUR' })).count()).toBe(0); // locked once shipped
    await page.getByRole('button', { name: en('orderFlow.actions.deliver') }).waitFor();
    await screenshot(page, 'hub-order-page');
    await page.getByRole('heading', { name: en('orderFlow.timeline.title') }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'hub-order-timeline');

    const shippedMail = await emailTo(resend, 'achats@brasserie.test', (e) => e.subject.includes(`Commande ${orders[0].number} expédiée`));
    expect(shippedMail.html).toContain(orders[0].number);
    await emailTo(resend, 'achats@brasserie.test', (e) => e.subject.includes(`Commande ${orders[0].number} validée`));
  });

  it('rejects the other order only with a reason, shown next to the field when missing', async () => {
    const page = staff.page;
    await page.goto(`${server.url}/hub/orders/${encodeURIComponent(orders[1].id)}`);
    await page.getByText(en('orderFlow.actions.reject')).click();
    await page.getByRole('button', { name: en('orderFlow.actions.rejectConfirm') }).click();
    await page.getByLabel(en('orderFlow.actions.rejectReason')).and(page.locator('[aria-invalid="true"]')).waitFor();
    await page.getByLabel(en('orderFlow.actions.rejectReason')).fill('Plus de stock avant avril');
    await page.getByRole('button', { name: en('orderFlow.actions.rejectConfirm') }).click();
    await page.getByText(en('orderFlow.done.reject', { number: orders[1].number })).waitFor();
    // On the timeline (and, since issue 17 H4, in the staff activity's before → after too).
    await page.locator('ol').getByText('Plus de stock avant avril').waitFor();
    expect(await page.getByRole('button', { name: en('orderFlow.actions.validate') }).count()).toBe(0);
    const mail = await emailTo(resend, 'achats@brasserie.test', (e) => e.subject.includes(`Commande ${orders[1].number} refusée`));
    expect(mail.text).toContain('Plus de stock avant avril');
  });

  it('shows the ERP\'s order number, finds orders by it and lists those not yet acknowledged (issue 14, E3)', async () => {
    const erp = await createApiToken(server.app.services.orm.em.fork(), 'ERP sync', [ApiScope.ORDERS_MANAGE, ApiScope.CUSTOMERS_MANAGE]);
    const ack = await server.graphql(`mutation($i: OrderAcknowledgeInput!) { orderAcknowledge(input: $i) { userErrors { code } } }`, { i: { orderId: orders[0].id, externalReference: 'SO-77001' } }, { token: erp });
    expect(ack.data.orderAcknowledge.userErrors).toEqual([]);
    const page = staff.page;
    await page.goto(`${server.url}/hub/orders`);
    await page.getByLabel(en('hub.orders.acknowledgement')).selectOption('no');
    await page.getByRole('button', { name: en('common.filter') }).click();
    await page.waitForURL((url) => url.searchParams.get('ack') === 'no');
    await page.getByRole('link', { name: orders[1].number, exact: true }).waitFor();
    expect(await page.getByRole('link', { name: orders[0].number, exact: true }).count()).toBe(0);

    await page.getByLabel(en('hub.orders.acknowledgement')).selectOption('');
    await page.getByLabel(en('orders.searchLabel')).fill('77001');
    await page.getByRole('button', { name: en('common.filter') }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === '77001');
    await page.getByRole('row', { name: /SO-77001/ }).waitFor();
    expect(await page.getByRole('row').count()).toBe(2); // header + the acknowledged order
    await page.getByRole('link', { name: orders[0].number, exact: true }).click();
    await page.getByTestId('external-reference').getByText('SO-77001').waitFor();
    const entry = page.getByRole('listitem').filter({ hasText: en('orderFlow.timeline.kind.ACKNOWLEDGED') });
    await entry.getByText(en('orderFlow.timeline.by', { name: 'ERP sync' })).waitFor();

    // What the token changes on the customer is audited under its name (E6).
    const upd = await server.graphql(`mutation($i: CustomerUpdateInput!) { customerUpdate(input: $i) { userErrors { code } } }`, { i: { id: customerId, privateMessage: 'Livraison le mardi' } }, { token: erp });
    expect(upd.data.customerUpdate.userErrors).toEqual([]);
    await page.goto(`${server.url}/hub/customers/${encodeURIComponent(customerId)}`);
    await page.getByText(en('activity.CUSTOMER_UPDATED', { name: 'ERP sync' })).waitFor();
  });

  it('shows the customer\'s latest store activity on its page', async () => {
    const page = staff.page;
    await page.goto(`${server.url}/hub/customers/${encodeURIComponent(customerId)}`);
    await page.getByRole('heading', { name: en('orderFlow.activity.title') }).waitFor();
    // Activity is written in batches about every second.
    for (let i = 0; i < 20 && (await page.getByText(en('orderFlow.activity.kind.ORDER_PLACED')).count()) === 0; i++) {
      await page.waitForTimeout(300);
      await page.reload();
    }
    await page.getByText(en('orderFlow.activity.kind.ORDER_PLACED')).first().waitFor();
    await page.getByText(en('orderFlow.activity.kind.SIGN_IN')).first().waitFor();
    await page.getByText(en('orderFlow.activity.cartAdded_one', { count: 1 })).first().waitFor();
    // From the customer to its orders.
    await page.locator('main').getByRole('link', { name: en('orderFlow.customerOrders'), exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/hub/orders' && url.searchParams.get('customer') === 'BP-7');
    await page.getByRole('link', { name: orders[1].number }).waitFor();
    expect(staff.problems).toEqual([]);
  });

  it('works on a phone', async () => {
    const phone = await openSession(browser, { viewport: { width: 390, height: 844 } });
    await phone.page.goto(`${server.url}/hub/sign-in`);
    await phone.page.getByLabel(en('auth.email')).fill('orders@supplier.test');
    await phone.page.getByLabel(en('auth.password')).fill('orders1234');
    await phone.page.getByRole('button', { name: en('auth.signIn.submit') }).click();
    await phone.page.waitForURL((url) => url.pathname === '/hub');
    await phone.page.goto(`${server.url}/hub/orders/${encodeURIComponent(orders[0].id)}`);
    await phone.page.getByRole('heading', { name: en('orderFlow.timeline.title') }).waitFor();
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(phone.page, 'hub-order-phone');
    // The menu button opens the navigation; following one of its links closes it again.
    const menu = phone.page.getByRole('button', { name: en('nav.menu') });
    await menu.click();
    await phone.page.locator('#hub-nav.is-open').waitFor();
    await phone.page.getByRole('navigation', { name: en('nav.main') }).getByRole('link', { name: en('nav.customers') }).click();
    await phone.page.waitForURL((url) => url.pathname === '/hub/customers');
    await phone.page.locator('#hub-nav:not(.is-open)').waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(phone.problems).toEqual([]);
    await phone.context.close();
  });
});
