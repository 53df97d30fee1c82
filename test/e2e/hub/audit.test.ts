import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession } from '../../support/browser.js';
import { createCatalog, createStaff, shopCustomer, signInStaff } from '../../support/fixtures.js';
import { en, signInToHub } from '../../support/e2e.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// The audit trail in the hub (issue 17, H4): the admins' /hub/audit page with its filters and
// paging, before → after in words, on desktop and phone; "Staff activity" on the customer and the
// order page; sales neither see the link nor get the page.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server: TestServer;
let browser: Browser;
let customerId: string;
let orderId: string;
let accessId: string;
let adminToken: string;

async function seriousAxeFindings(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await (window as any).axe.run(document, { resultTypes: ['violations'] })).violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>);
  // Only what these pages add: the hub's shared navigation is issue 17 H7's work.
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.filter((n) => n.target.join(' ').includes('main')).map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const gid = async (query: string, variables: Record<string, unknown>, token: string) => server.graphql(query, variables, { token });

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'ada@audit.test', password: 'ada12345', role: StaffRole.ADMIN });
  await createStaff(em, { email: 'sam@audit.test', password: 'sam12345', role: StaffRole.SALES });
  const cat = await createCatalog(em);
  const admin = await signInStaff(server, 'ada@audit.test', 'ada12345');
  adminToken = admin;
  const sales = await signInStaff(server, 'sam@audit.test', 'sam12345');
  const shop = await shopCustomer(server, sales, 'AT-1', 'audit-bistro.test', undefined, 'Audit Bistro');
  await shopCustomer(server, admin, 'AT-2', 'other.test', undefined, 'Other Shop');
  const c = await gid(`{ customers(first: 5, query: "AT-1") { edges { node { id customerNumber storeAccesses { id } } } } }`, {}, admin);
  const node = c.data.customers.edges.find((e: { node: { customerNumber: string } }) => e.node.customerNumber === 'AT-1').node;
  customerId = node.id;
  accessId = node.storeAccesses[0].id;
  // The order first: blocking ends the shop user's sessions.
  await gid(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: cat.gid('Product', cat.coffee.id), quantity: 1 }] } }, shop);
  orderId = (await gid(`mutation { orderPlace(input: { idempotencyKey: "audit" }) { order { id } } }`, {}, shop)).data.orderPlace.order.id;
  // Enough entries for a second page (25 a page): block and unblock the access 12 times.
  for (let i = 0; i < 12; i++) {
    await gid(`mutation($id: ID!) { storeAccessBlock(input: { id: $id }) { userErrors { code } } }`, { id: accessId }, admin);
    await gid(`mutation($id: ID!) { storeAccessUnblock(input: { id: $id }) { userErrors { code } } }`, { id: accessId }, admin);
  }
  await gid(`mutation($id: ID!) { storeAccessBlock(input: { id: $id }) { userErrors { code } } }`, { id: accessId }, admin);
  await gid(`mutation($id: ID!) { storeAccessUnblock(input: { id: $id }) { userErrors { code } } }`, { id: accessId }, sales);
  const v = await gid(`mutation($id: ID!) { orderValidate(input: { orderId: $id }) { userErrors { code } } }`, { id: orderId }, sales);
  expect(v.data.orderValidate.userErrors).toEqual([]);
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the audit trail in the hub', () => {
  it('lists every recorded action for admins, with filters, paging and before → after in words', async () => {
    const { page, problems, context } = await openSession(browser);
    await signInToHub(page, server, 'ada@audit.test', 'ada12345');
    await page.getByRole('navigation', { name: en('nav.main') }).getByRole('link', { name: en('nav.audit') }).click();
    await page.getByRole('heading', { name: en('audit.title'), level: 1 }).waitFor();
    const table = page.getByRole('table', { name: en('audit.title') });
    // Newest first: the order validated by sam, with its status before → after in words.
    const newest = table.getByRole('row').nth(1);
    await expect(newest.textContent()).resolves.toContain(en('audit.action.ORDER_STATUS_CHANGED'));
    await expect(newest.textContent()).resolves.toContain('sam');
    await expect(newest.textContent()).resolves.toContain(`${en('status.order.SUBMITTED')} → ${en('status.order.VALIDATED')}`);
    await expect(table.getByRole('row').count()).resolves.toBe(26); // the header and 25 entries
    expect(await seriousAxeFindings(page)).toEqual([]);

    // The next page continues the list: every entry once, and the oldest (a customer's creation) at its end.
    const total = (await gid(`{ auditEntries(first: 1) { totalCount } }`, {}, adminToken)).data.auditEntries.totalCount as number;
    expect(total).toBeGreaterThan(25);
    await page.getByText(en('audit.count_other', { count: total })).waitFor();
    const firstPage = await table.locator('tbody tr').allTextContents();
    await page.getByRole('link', { name: en('pagination.next') }).click();
    await page.waitForURL((url) => url.searchParams.has('after'));
    // The URL changes before the new rows are drawn: wait for the second page's rows.
    const secondRows = page.getByRole('table', { name: en('audit.title') }).locator('tbody tr');
    await expect.poll(() => secondRows.count()).toBe(total - firstPage.length);
    const secondPage = await secondRows.allTextContents();
    expect(secondPage.at(-1)).toContain(en('audit.action.CUSTOMER_CREATED'));

    // Filter: who and what. sam unblocked once; the row says Blocked → Active.
    await page.goto(`${server.url}/hub/audit`);
    await page.getByLabel(en('audit.filters.actor')).selectOption({ label: 'sam (sam@audit.test)' });
    await page.getByLabel(en('audit.filters.action')).selectOption({ label: en('audit.action.STORE_ACCESS_UNBLOCKED') });
    await page.getByRole('button', { name: en('common.filter') }).click();
    await page.waitForURL((url) => url.searchParams.get('action') === 'STORE_ACCESS_UNBLOCKED');
    const rows = page.getByRole('table', { name: en('audit.title') }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    const row = (await rows.first().textContent()) ?? '';
    expect(row).toContain('at-1@audit-bistro.test');
    expect(row).toContain(`${en('status.access.BLOCKED')} → ${en('status.access.ACTIVE')}`);
    await page.getByText(en('audit.count_one', { count: 1 })).waitFor();

    // Filter: a customer by its number; its entries only (Other Shop's grant is not among them).
    await page.goto(`${server.url}/hub/audit?customer=AT-2`);
    const other = await page.getByRole('table', { name: en('audit.title') }).locator('tbody tr').allTextContents();
    expect(other.map((r) => (r.includes(en('audit.action.STORE_ACCESS_GRANTED')) ? 'grant' : r.includes(en('audit.action.CUSTOMER_CREATED')) ? 'created' : r))).toEqual(['grant', 'created']);
    expect(other.join(' ')).not.toContain('Audit Bistro');

    // Date range: nothing tomorrow; an unknown customer number is said so.
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await page.goto(`${server.url}/hub/audit?from=${tomorrow}`);
    await page.getByText(en('audit.noMatch')).waitFor();
    await page.goto(`${server.url}/hub/audit?customer=NOPE-9`);
    await page.getByRole('alert').getByText(en('audit.customerNotFound', { number: 'NOPE-9' })).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows "Staff activity" on the customer page (paged) and on the order page', async () => {
    const { page, problems, context } = await openSession(browser);
    await signInToHub(page, server, 'sam@audit.test', 'sam12345');
    await page.goto(`${server.url}/hub/customers/${encodeURIComponent(customerId)}`);
    const activity = page.getByRole('region', { name: en('activity.title') });
    await activity.getByText(en('activity.ORDER_STATUS_CHANGED', { name: 'sam', target: '' }).trim()).first().waitFor();
    await activity.getByText(en('activity.STORE_ACCESS_UNBLOCKED', { name: 'sam', target: 'at-1@audit-bistro.test' })).waitFor();
    await expect(activity.locator('.timeline > li').count()).resolves.toBe(20);
    await activity.getByRole('link', { name: en('activity.older') }).click();
    await page.waitForURL((url) => url.searchParams.has('auditAfter'));
    await page.getByRole('region', { name: en('activity.title') }).getByText(en('activity.STORE_ACCESS_GRANTED', { name: 'sam', target: 'at-1@audit-bistro.test' })).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);

    await page.goto(`${server.url}/hub/orders/${encodeURIComponent(orderId)}`);
    const orderActivity = page.getByRole('region', { name: en('activity.title') });
    await orderActivity.getByText(new RegExp(en('activity.ORDER_STATUS_CHANGED', { name: 'sam', target: 'XXX' }).replace('XXX', '.+'))).waitFor();
    await expect(orderActivity.textContent()).resolves.toContain(`${en('status.order.SUBMITTED')} → ${en('status.order.VALIDATED')}`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is a list of cards on a phone, and closed to sales', async () => {
    const { page, problems, context } = await openSession(browser, { viewport: { width: 390, height: 844 } });
    await signInToHub(page, server, 'ada@audit.test', 'ada12345');
    await page.goto(`${server.url}/hub/audit`);
    await page.getByRole('heading', { name: en('audit.title'), level: 1 }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const table = page.locator('.audit-table');
    expect(await table.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();

    const sales = await openSession(browser);
    await signInToHub(sales.page, server, 'sam@audit.test', 'sam12345');
    expect(await sales.page.getByRole('link', { name: en('nav.audit') }).count()).toBe(0);
    const response = await sales.page.goto(`${server.url}/hub/audit`);
    expect(response?.status()).toBe(403);
    await sales.page.getByText(en('errors.forbidden.title')).first().waitFor();
    await sales.context.close();
  });

  it('shows and changes each user\'s store language on the access row (H2), recorded in the staff activity', async () => {
    const { page, problems, context } = await openSession(browser);
    await signInToHub(page, server, 'ada@audit.test', 'ada12345');
    await page.goto(`${server.url}/hub/customers/${encodeURIComponent(customerId)}`);
    const select = page.getByLabel(en('access.languageOf', { email: 'at-1@audit-bistro.test' }), { exact: true });
    await expect(select.inputValue()).resolves.toBe('en');
    await select.selectOption('de');
    await page.locator('form.access-language').getByRole('button', { name: en('access.languageSave') }).click();
    await page.getByRole('status').getByText(en('customers.done.language')).waitFor();
    await expect(page.getByLabel(en('access.languageOf', { email: 'at-1@audit-bistro.test' }), { exact: true }).inputValue()).resolves.toBe('de');
    await page.getByRole('region', { name: en('activity.title') }).getByText(en('activity.STORE_ACCESS_LANGUAGE_CHANGED', { name: 'ada', target: 'at-1@audit-bistro.test' })).waitFor();
    const language = await gid(`query($id: ID!) { customer(id: $id) { storeAccesses { language } } }`, { id: customerId }, adminToken);
    expect(language.data.customer.storeAccesses[0].language).toBe('DE');
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
