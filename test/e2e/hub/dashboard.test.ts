import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession } from '../../support/browser.js';
import { createCatalog, createStaff, shopCustomer, signInStaff } from '../../support/fixtures.js';
import { en, signInToHub } from '../../support/e2e.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// The hub dashboard (issue 17, H5): figures linking to the filtered lists, the chart drawn with
// JavaScript, the table without it, on desktop and phone, and axe-core finding nothing serious.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server: TestServer;
let browser: Browser;

async function seriousAxeFindings(page: Page): Promise<string[]> {
  await page.evaluate(axeSource); // through the DevTools protocol: the page's CSP does not apply
  const violations = await page.evaluate(async () => (await (window as any).axe.run(document, { resultTypes: ['violations'] })).violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>);
  // Only what this page adds: the hub's shared header/footer are issue 17 H7's work.
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.filter((n) => n.target.join(' ').includes('dashboard') || n.target.join(' ').includes('main')).map((n) => `${v.id}: ${n.target.join(' ')}`));
}

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'boss@dash.test', password: 'boss1234', role: StaffRole.ADMIN });
  const cat = await createCatalog(em);
  const staff = await signInStaff(server, 'boss@dash.test', 'boss1234');
  const shop = await shopCustomer(server, staff, 'DB-1', 'dash.test', undefined, 'Dashboard Bistro');
  for (const key of ['a', 'b']) {
    await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: cat.gid('Product', cat.coffee.id), quantity: 1 }] } }, { token: shop });
    await server.graphql(`mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { userErrors { code } } }`, { i: { idempotencyKey: key } }, { token: shop });
  }
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the hub dashboard', () => {
  it('shows the figures with links to the filtered lists, the chart and its table', async () => {
    const { page, problems, context } = await openSession(browser);
    await signInToHub(page, server, 'boss@dash.test', 'boss1234');
    await page.getByRole('heading', { name: en('hub.home.title'), level: 1 }).waitFor();
    await page.locator('.dashboard-chart[data-ready="true"] canvas').waitFor();
    await page.getByText(en('hub.dashboard.asTable')).click();
    const table = page.getByRole('table', { name: en('hub.dashboard.chartTitle_other', { count: 30 }) });
    await expect(table.getByRole('row').count()).resolves.toBe(31);
    await page.getByRole('link', { name: 'Dashboard Bistro' }).waitFor();
    await page.getByRole('link', { name: 'Espresso beans 1kg' }).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);

    await page.getByRole('link', { name: new RegExp(en('hub.dashboard.submitted')) }).click();
    await page.waitForURL((url) => url.pathname === '/hub/orders' && url.searchParams.get('status') === 'SUBMITTED');
    await page.getByRole('heading', { name: en('hub.orders.title'), level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('row').count()).toBe(3); // the header and the two orders

    await page.goto(`${server.url}/hub?days=90`);
    await page.getByText(en('hub.dashboard.asTable')).click();
    await expect(page.getByRole('table', { name: en('hub.dashboard.chartTitle_other', { count: 90 }) }).getByRole('row').count()).resolves.toBe(91);
    await page.getByRole('link', { name: new RegExp(en('hub.dashboard.today')) }).click();
    await page.waitForURL((url) => url.pathname === '/hub/orders' && url.searchParams.has('from'));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is readable without JavaScript and on a phone', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signInToHubNoJs(page);
    await page.getByRole('heading', { name: en('hub.home.title'), level: 1 }).waitFor();
    expect(await page.locator('.dashboard-chart canvas').count()).toBe(0);
    await page.getByText(en('hub.dashboard.asTable')).click();
    await expect(page.getByRole('table', { name: en('hub.dashboard.chartTitle_other', { count: 30 }) }).getByRole('row').count()).resolves.toBe(31);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

async function signInToHubNoJs(page: Page) {
  await page.goto(`${server.url}/hub/sign-in`);
  await page.getByLabel(en('auth.email')).fill('boss@dash.test');
  await page.getByLabel(en('auth.password')).fill('boss1234');
  await page.getByRole('button', { name: en('auth.signIn.submit') }).click();
  await page.waitForURL((url) => url.pathname === '/hub');
}
