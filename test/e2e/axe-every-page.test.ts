import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { RegistrationRequest } from '../../server/modules/registration/index.js';
import { toGlobalId } from '../../server/common/global-id.js';
import { launchBrowser, openSession } from '../support/browser.js';
import { createCatalog, createStaff, shopCustomer, signInStaff } from '../support/fixtures.js';
import { signInToHub, signInToStore } from '../support/e2e.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { CUSTOMER_CREATE, GRANT } from '../support/graphql-ops.js';

// Issue 17, H7: axe-core on every page of the hub and the store, on a desktop and on a 390 × 844
// phone, as an admin, a sales member, a buyer and someone signed out: no serious or critical
// finding anywhere (the whole page, shared header and footer included). On the phone, no page
// scrolls sideways. Every route file of web/app/routes must be listed below (or said not to be a
// page), so a new page cannot escape the check. One browser, one page per test, visited in turn.

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Route files that render no page of their own: layouts, resource routes, actions, dev tools. */
const NOT_PAGES = new Set(['_auth.tsx', '_store.tsx', 'hub.tsx', 'manifest[.]webmanifest.ts', 'set-language.tsx', 'sign-out.tsx', 'view-as.stop.tsx', 'graphiql.tsx', 'catalog-view.tsx', 'search-suggestions.ts', '_store.lists.$id_.csv.tsx']);

let server: TestServer;
let browser: Browser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'axe-admin@supplier.test', password: 'admin1234', role: StaffRole.ADMIN });
  await createStaff(em, { email: 'axe-sales@supplier.test', password: 'sales1234', role: StaffRole.SALES });
  const cat = await createCatalog(em);
  const registration = em.create(RegistrationRequest, { companyName: 'Axe Bistro', contactName: 'Ana Axe', email: 'ana@axe-bistro.test', clientKey: 'axe' });
  await em.flush();
  const admin = await signInStaff(server, 'axe-admin@supplier.test', 'admin1234');
  // A buyer who has placed an order, and a second login still on its temporary password.
  const shop = await shopCustomer(server, admin, 'AXE-1', 'axe-buyer.test', undefined, 'Axe Buyer');
  const waiting = await server.graphql(CUSTOMER_CREATE, { i: { name: 'Axe Newcomer', customerNumber: 'AXE-2', contacts: [{ email: 'new@axe-newcomer.test' }] } }, { token: admin });
  await server.graphql(GRANT, { i: { customerId: waiting.data.customerCreate.customer.id, email: 'new@axe-newcomer.test', password: 'temp1234', passwordConfirmation: 'temp1234' } }, { token: admin });
  await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: cat.gid('Product', cat.coffee.id), quantity: 2 }] } }, { token: shop });
  const placed = await server.graphql(`mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id } userErrors { code } } }`, { i: { idempotencyKey: 'axe-1' } }, { token: shop });
  expect(placed.data.orderPlace.userErrors).toEqual([]);
  // Something in the cart again, so that the cart and checkout pages show their forms.
  await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: cat.gid('Product', cat.water.id), quantity: 24 }] } }, { token: shop });
  // A bulk grant's task page, on a customer of its own (a grant would give the newcomer a new password).
  const bulk = await server.graphql(CUSTOMER_CREATE, { i: { name: 'Axe Bulk', customerNumber: 'AXE-3', contacts: [{ email: 'bulk@axe-bulk.test' }] } }, { token: admin });
  const task = await server.graphql(`mutation($i: StoreAccessBulkGrantInput!) { storeAccessBulkGrant(input: $i) { task { id } userErrors { code } } }`, { i: { idempotencyKey: 'axe', customerIds: [bulk.data.customerCreate.customer.id] } }, { token: admin });
  // An order list of the buyer's (from the cart) and one the supplier publishes.
  const LIST_CREATE = `mutation($i: OrderListCreateInput!) { orderListCreate(input: $i) { orderList { id } userErrors { code } } }`;
  const buyerList = await server.graphql(LIST_CREATE, { i: { name: 'Axe usual', fromCart: true } }, { token: shop });
  const staffList = await server.graphql(LIST_CREATE, { i: { name: 'Axe summer range' } }, { token: admin });
  expect([buyerList.data.orderListCreate.userErrors, staffList.data.orderListCreate.userErrors]).toEqual([[], []]);
  // A quote (issue 19 B3) the buyer requested and the supplier sent, for the hub's and the store's
  // quote pages; requesting takes the cart's lines, which are put back after.
  const quote = await server.graphql(`mutation { quoteRequest(input: { message: "Axe volumes" }) { quote { id } userErrors { code } } }`, {}, { token: shop });
  expect(quote.data.quoteRequest.userErrors).toEqual([]);
  ids.hubQuote = quote.data.quoteRequest.quote.id;
  const expiresOn = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  const sent = await server.graphql(`mutation($i: QuoteSendInput!) { quoteSend(input: $i) { userErrors { code } } }`, { i: { quoteId: quote.data.quoteRequest.quote.id, expiresOn, message: 'Axe prices' } }, { token: admin });
  expect(sent.data.quoteSend.userErrors).toEqual([]);
  await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: cat.gid('Product', cat.water.id), quantity: 24 }] } }, { token: shop });
  const customers = await server.graphql(`{ customers(first: 5, query: "AXE-1") { edges { node { id } } } }`, {}, { token: admin });
  const emails = await server.graphql(`{ outboxEmails(first: 1) { edges { node { id } } } }`, {}, { token: admin });
  Object.assign(ids, {
    order: placed.data.orderPlace.order.id,
    customer: customers.data.customers.edges[0].node.id,
    product: cat.gid('Product', cat.coffee.id),
    registration: toGlobalId('RegistrationRequest', registration.id),
    task: task.data.storeAccessBulkGrant.task.id,
    email: emails.data.outboxEmails.edges[0].node.id,
    buyerList: buyerList.data.orderListCreate.orderList.id,
    staffList: staffList.data.orderListCreate.orderList.id,
    quote: quote.data.quoteRequest.quote.id,
  });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const e = encodeURIComponent;
/** Each page route (by its file) and the path(s) visited for it. */
const HUB: Record<string, () => string> = {
  'hub._index.tsx': () => '/hub',
  'hub.api-tokens.tsx': () => '/hub/api-tokens',
  'hub.audit.tsx': () => '/hub/audit',
  'hub.catalog-import.tsx': () => '/hub/catalog-import',
  'hub.catalog.explain.tsx': () => `/hub/catalog/explain?customer=AXE-1&product=COF-1`,
  'hub.catalog.lists': () => '/hub/catalog/lists',
  'hub.catalog.locations.tsx': () => '/hub/catalog/locations',
  'hub.catalog.price-levels.tsx': () => '/hub/catalog/price-levels',
  'hub.catalog.tax-rates.tsx': () => '/hub/catalog/tax-rates',
  'hub.customers.$id': () => `/hub/customers/${e(ids.customer)}`,
  'hub.customers.$id_.edit.tsx': () => `/hub/customers/${e(ids.customer)}/edit`,
  'hub.customers._index.tsx': () => '/hub/customers',
  'hub.customers.bulk-grant.tsx': () => '/hub/customers/bulk-grant',
  'hub.customers.new.tsx': () => '/hub/customers/new',
  'hub.mailbox.$id.tsx': () => `/hub/mailbox/${e(ids.email)}`,
  'hub.mailbox._index.tsx': () => '/hub/mailbox',
  'hub.notifications.tsx': () => '/hub/notifications',
  'hub.orders.$id.tsx': () => `/hub/orders/${e(ids.order)}`,
  'hub.orders._index.tsx': () => '/hub/orders',
  'hub.order-lists._index.tsx': () => '/hub/order-lists',
  'hub.order-lists.$id.tsx': () => `/hub/order-lists/${e(ids.staffList)}`,
  'hub.quotes._index.tsx': () => '/hub/quotes',
  'hub.quotes.$id.tsx': () => `/hub/quotes/${e(ids.hubQuote)}`,
  'hub.products.$id': () => `/hub/products/${e(ids.product)}`,
  'hub.products._index.tsx': () => '/hub/products',
  'hub.products.new.tsx': () => '/hub/products/new',
  'hub.registrations.$id.tsx': () => `/hub/registrations/${e(ids.registration)}`,
  'hub.registrations._index.tsx': () => '/hub/registrations',
  'hub.settings.tsx': () => '/hub/settings',
  'hub.settings_.documents.tsx': () => '/hub/settings/documents',
  'hub.staff.tsx': () => '/hub/staff',
  'hub.tasks.$id.tsx': () => `/hub/tasks/${e(ids.task)}`,
  'hub.users.tsx': () => '/hub/users',
  'hub.webhooks.tsx': () => '/hub/webhooks',
};
/** What sales may open (the rest answers 403 to them, tested elsewhere). */
const SALES = ['hub._index.tsx', 'hub.customers._index.tsx', 'hub.customers.$id', 'hub.orders._index.tsx', 'hub.orders.$id.tsx', 'hub.users.tsx', 'hub.notifications.tsx'];
const STORE: Record<string, () => string> = {
  '_store._index.tsx': () => '/',
  '_store.cart.tsx': () => '/cart',
  '_store.checkout.tsx': () => '/checkout',
  '_store.orders._index.tsx': () => '/orders',
  '_store.orders.$id.tsx': () => `/orders/${e(ids.order)}`,
  '_store.products.$id.tsx': () => `/products/${e(ids.product)}`,
  '_store.lists._index.tsx': () => '/lists',
  '_store.lists.$id.tsx': () => `/lists/${e(ids.buyerList)}`,
  '_store.quotes._index.tsx': () => '/quotes',
  '_store.quotes.$id.tsx': () => `/quotes/${e(ids.quote)}`,
  // The password change a signed-in buyer opens from the account menu; the forced change after a
  // first sign-in is the same form with another lead sentence.
  '_auth.change-password.tsx': () => '/change-password',
};
const SIGNED_OUT: Record<string, () => string> = {
  '_auth.sign-in.tsx': () => '/sign-in',
  '_auth.hub.sign-in.tsx': () => '/hub/sign-in',
  '_auth.forgot-password.tsx': () => '/forgot-password',
  '_auth.request-access.tsx': () => '/request-access',
  '_auth.reset-password.$token.tsx': () => '/reset-password/not-a-real-token',
  '_auth.offline.tsx': () => '/offline',
};

interface Finding {
  id: string;
  impact: string;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

/** Serious and critical axe findings on the page, one line per element; and sideways scrolling on a phone. */
async function check(page: Page, where: string): Promise<string[]> {
  await page.evaluate(axeSource); // through the DevTools protocol: the page's CSP does not apply
  const violations: Finding[] = await page.evaluate(async () => (await (window as any).axe.run(document, { resultTypes: ['violations'] })).violations);
  const found = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${where}: ${v.impact} ${v.id} (${v.help}) at ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}` : ''}`));
  // The store's own tables (orders, cart) scroll inside their card on a phone by design; hub lists are cards.
  if (page.viewportSize()?.width === PHONE.width) {
    const w = await page.evaluate(() => ({
      page: document.scrollingElement!.scrollWidth,
      screen: window.innerWidth,
      // A table box scrolling sideways inside the page: rows should be cards on a phone.
      tables: [...document.querySelectorAll('.table-wrap')].filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.querySelector('table')?.className ?? 'table-wrap'),
    }));
    if (w.page > w.screen) found.push(`${where}: scrolls sideways (${w.page} px wide on a ${w.screen} px screen)`);
    if (where.startsWith('/hub')) for (const table of w.tables) found.push(`${where}: a table scrolls sideways in its box (${table})`);
  }
  return found;
}

/** Visits each path on a desktop then on a phone; every page must answer 200. */
async function visitAll(page: Page, paths: string[], findings: string[]) {
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    for (const path of paths) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status(), path).toBe(200);
      const found = await check(page, `${path} @${viewport.width}`);
      // Said as they are found, so that a run cut short still lists what it saw.
      for (const f of found) console.log(f);
      findings.push(...found);
    }
  }
}

describe('axe-core on every hub and store page, desktop and phone (issue 17, H7)', () => {
  it('lists every page route of web/app/routes', () => {
    const files = readdirSync('web/app/routes').filter((f) => !NOT_PAGES.has(f));
    const covered = new Set([...Object.keys(HUB), ...Object.keys(STORE), ...Object.keys(SIGNED_OUT)]);
    expect(files.filter((f) => !covered.has(f))).toEqual([]);
    expect([...covered].filter((f) => !files.includes(f))).toEqual([]);
  });

  it('hub pages as an admin: no serious or critical finding', async () => {
    const { page, problems, context } = await openSession(browser);
    page.setDefaultTimeout(30_000); // many pages in turn on a loaded machine: more than the usual 10 s a step
    await signInToHub(page, server, 'axe-admin@supplier.test', 'admin1234');
    const findings: string[] = [];
    await visitAll(page, Object.values(HUB).map((p) => p()), findings);
    expect(findings).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 600_000);

  it('hub pages as sales: no serious or critical finding', async () => {
    const { page, problems, context } = await openSession(browser);
    page.setDefaultTimeout(30_000); // many pages in turn on a loaded machine: more than the usual 10 s a step
    await signInToHub(page, server, 'axe-sales@supplier.test', 'sales1234');
    const findings: string[] = [];
    await visitAll(page, SALES.map((f) => HUB[f]()), findings);
    expect(findings).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);

  it('store pages as a buyer: no serious or critical finding', async () => {
    const { page, problems, context } = await openSession(browser);
    page.setDefaultTimeout(30_000); // many pages in turn on a loaded machine: more than the usual 10 s a step
    await signInToStore(page, server, 'AXE-1@axe-buyer.test', 'mine5678');
    const findings: string[] = [];
    await visitAll(page, Object.values(STORE).map((p) => p()), findings);
    expect(findings).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);

  it('sign-in, access request, password pages: no serious or critical finding', async () => {
    const { page, problems, context } = await openSession(browser);
    page.setDefaultTimeout(30_000); // many pages in turn on a loaded machine: more than the usual 10 s a step
    const findings: string[] = [];
    await visitAll(page, Object.values(SIGNED_OUT).map((p) => p()), findings);
    expect(findings).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);
});
