import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession } from '../../support/browser.js';
import { createStaff, signInShop, signInStaff } from '../../support/fixtures.js';
import { en, signInToHub } from '../../support/e2e.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { CUSTOMER_CREATE, GRANT } from '../../support/graphql-ops.js';
import type { Language } from '../../generated/graphql.js';

// The hub's users list (issue 17, H3): every store login across customers, searched and filtered,
// with the row actions (approve, block, unblock, new password shown once, WhatsApp) on desktop and
// as cards on a phone.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server: TestServer;
let browser: Browser;
let admin: string;

async function seriousAxeFindings(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await (window as any).axe.run(document, { resultTypes: ['violations'] })).violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>);
  // Only what this page adds: the hub's shared navigation is issue 17 H7's work.
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.filter((n) => n.target.join(' ').includes('main')).map((n) => `${v.id}: ${n.target.join(' ')}`));
}

async function customer(number: string, name: string, contacts: Array<{ email: string; phone?: string }>) {
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name, customerNumber: number, contacts } }, { token: admin });
  expect(c.data.customerCreate.userErrors).toEqual([]);
  return c.data.customerCreate.customer.id as string;
}
async function grant(customerId: string, email: string, language?: Language) {
  const g = await server.graphql(GRANT, { i: { customerId, email, language, password: 'temp1234', passwordConfirmation: 'temp1234' } }, { token: admin });
  expect(g.data.storeAccessGrant.userErrors).toEqual([]);
}

/** The rows of the list, each as its text. */
const rowTexts = (page: Page) => page.locator('table.list-table tbody tr').allTextContents();

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'ada@users.test', password: 'ada12345', role: StaffRole.ADMIN });
  await createStaff(em, { email: 'sam@users.test', password: 'sam12345', role: StaffRole.SALES });
  admin = await signInStaff(server, 'ada@users.test', 'ada12345');
  const bistro = await customer('UL-1', 'Users Bistro', [{ email: 'anna@bistro.test', phone: '+32 470 11 22 33' }, { email: 'ben@bistro.test' }, { email: 'both@multi.test' }]);
  const cafe = await customer('UL-2', 'Users Cafe', [{ email: 'carla@cafe.test' }, { email: 'both@multi.test' }]);
  const deli = await customer('UL-3', 'Users Deli', [{ email: 'dirk@deli.test' }]);
  await grant(bistro, 'anna@bistro.test', 'FR');
  await grant(bistro, 'ben@bistro.test', 'DE');
  await grant(bistro, 'both@multi.test', 'NL');
  await grant(cafe, 'both@multi.test');
  await grant(cafe, 'carla@cafe.test', 'FR');
  // Enough logins for a second page (25 a page), sorted after the five above.
  const paging = Array.from({ length: 21 }, (_, i) => `zz-page-${String(i + 1).padStart(2, '0')}@paging.test`);
  const wholesale = await customer('UL-9', 'Paging Wholesale', paging.map((email) => ({ email })));
  for (const email of paging) await grant(wholesale, email);
  await server.graphql(`mutation { storeSettingsUpdate(input: { autoApproveBuyers: false }) { userErrors { code } } }`, {}, { token: admin });
  await grant(deli, 'dirk@deli.test', 'ES');
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the users list in the hub (issue 17, H3)', () => {
  it('lists every login once with its customers, and searches and filters them', async () => {
    const { page, problems, context } = await openSession(browser);
    await signInToHub(page, server, 'sam@users.test', 'sam12345'); // sales see the list too
    await page.getByRole('navigation', { name: en('nav.main') }).getByRole('link', { name: en('nav.users') }).click();
    await page.getByRole('heading', { name: en('users.title'), level: 1 }).waitFor();
    await page.getByText(en('users.count_other', { count: 26 })).waitFor();
    const all = (await rowTexts(page)).slice(0, 5);
    expect(all.map((r) => r.match(/[a-z]+@[a-z.]+\.test/)?.[0])).toEqual(['anna@bistro.test', 'ben@bistro.test', 'both@multi.test', 'carla@cafe.test', 'dirk@deli.test']);
    // The login of two customers: both, with their numbers, on one row.
    const both = page.locator('table.list-table tbody tr', { hasText: 'both@multi.test' });
    await expect(both.getByTestId('user-access').allTextContents()).resolves.toEqual([
      expect.stringContaining('UL-1'),
      expect.stringContaining('UL-2'),
    ]);
    await expect(both.getByTestId('user-access-count').textContent()).resolves.toBe(en('users.accessCountValue_other', { count: 2 }));
    expect(all[4]).toContain(en('status.access.PENDING_APPROVAL'));
    // A WhatsApp chat where the contact has a phone.
    expect(await page.locator('tr', { hasText: 'anna@bistro.test' }).getByRole('link', { name: /WhatsApp/ }).getAttribute('href')).toBe('https://wa.me/32470112233');
    // Nothing scrolls sideways on a desktop either (emails break before their "@" only).
    expect(await page.locator('.table-wrap').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    expect(await seriousAxeFindings(page)).toEqual([]);

    // Search: a customer's name finds its logins.
    await page.getByLabel(en('users.searchLabel')).fill('users cafe');
    await page.getByRole('button', { name: en('common.filter') }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === 'users cafe');
    await page.getByText(en('users.count_other', { count: 2 })).waitFor();
    expect((await rowTexts(page)).map((r) => r.match(/[a-z]+@[a-z.]+\.test/)?.[0])).toEqual(['both@multi.test', 'carla@cafe.test']);

    // Filters: state, language, customer number; an unknown number is said so.
    await page.goto(`${server.url}/hub/users`);
    await page.getByLabel(en('users.filters.status')).selectOption({ label: en('customers.filters.accessStatus.PENDING_APPROVAL') });
    await page.getByRole('button', { name: en('common.filter') }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'PENDING_APPROVAL');
    await page.getByText(en('users.count_one', { count: 1 })).waitFor();
    expect(await rowTexts(page)).toEqual([expect.stringContaining('dirk@deli.test')]);
    await page.goto(`${server.url}/hub/users?language=FR`);
    await page.getByText(en('users.count_other', { count: 2 })).waitFor();
    await page.goto(`${server.url}/hub/users?customer=UL-1`);
    await page.getByText(en('users.count_other', { count: 3 })).waitFor();
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await page.goto(`${server.url}/hub/users?lastAfter=${tomorrow}`);
    await page.getByText(en('users.noMatch')).waitFor();
    await page.goto(`${server.url}/hub/users?customer=NOPE-1`);
    await page.getByRole('alert').getByText(en('users.customerNotFound', { number: 'NOPE-1' })).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('approves, blocks and unblocks from the list, and shows a new password once', async () => {
    const { page, problems, context } = await openSession(browser);
    await signInToHub(page, server, 'ada@users.test', 'ada12345');
    await page.goto(`${server.url}/hub/users?q=deli`);
    const dirk = page.locator('table.list-table tbody tr', { hasText: 'dirk@deli.test' });
    await dirk.getByRole('button', { name: en('access.actions.approve') }).click();
    await page.getByRole('status').getByText(en('customers.done.approve')).waitFor();
    // Back on the same filtered list.
    expect(new URL(page.url()).searchParams.get('q')).toBe('deli');
    await dirk.getByText(en('status.access.ACTIVE')).waitFor();

    await page.goto(`${server.url}/hub/users?q=ben`);
    const ben = page.locator('table.list-table tbody tr', { hasText: 'ben@bistro.test' });
    await ben.getByRole('button', { name: en('access.actions.block') }).click();
    await page.getByRole('status').getByText(en('customers.done.block')).waitFor();
    await ben.getByText(en('status.access.BLOCKED')).waitFor();
    await expect(signInShop(server, 'ben@bistro.test', 'temp1234')).rejects.toThrow();
    await ben.getByRole('button', { name: en('access.actions.unblock') }).click();
    await page.getByRole('status').getByText(en('customers.done.unblock')).waitFor();
    await ben.getByText(en('status.access.ACTIVE')).waitFor();
    expect(await signInShop(server, 'ben@bistro.test', 'temp1234')).toBeTruthy();

    // A new password: shown once, the old banner gone; it signs in; a reload does not show it again.
    await ben.getByRole('button', { name: en('access.actions.regenerate') }).click();
    const password = (await page.getByTestId('temporary-password').textContent())?.trim() ?? '';
    expect(password.length).toBeGreaterThanOrEqual(8);
    await expect(page.getByText(en('customers.done.unblock')).count()).resolves.toBe(0);
    expect(await signInShop(server, 'ben@bistro.test', password)).toBeTruthy();
    await expect(signInShop(server, 'ben@bistro.test', 'temp1234')).rejects.toThrow();
    await page.goto(`${server.url}/hub/users?q=ben`);
    await page.getByRole('heading', { name: en('users.title'), level: 1 }).waitFor();
    await expect(page.getByTestId('temporary-password').count()).resolves.toBe(0);
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('leaves the previous action\'s banner behind on the next page (and in the language switch)', async () => {
    const { page, problems, context } = await openSession(browser);
    await signInToHub(page, server, 'ada@users.test', 'ada12345');
    await page.goto(`${server.url}/hub/users`);
    const row = page.locator('table.list-table tbody tr', { hasText: 'zz-page-01@paging.test' });
    await row.getByRole('button', { name: en('access.actions.block') }).click();
    await page.getByRole('status').getByText(en('customers.done.block')).waitFor();
    expect(new URL(page.url()).searchParams.get('done')).toBe('block');
    // Neither the pager nor the language switch carries the banner along.
    expect(await page.locator('input[name="redirectTo"]').first().inputValue()).toBe('/hub/users');
    const next = page.getByRole('navigation', { name: en('pagination.label') }).getByRole('link', { name: en('pagination.next') });
    expect(new URL((await next.getAttribute('href'))!, server.url).searchParams.has('done')).toBe(false);
    await next.click();
    await page.waitForURL((url) => url.searchParams.has('after'));
    await page.locator('table.list-table tbody tr', { hasText: 'zz-page-21@paging.test' }).waitFor();
    expect(new URL(page.url()).searchParams.has('done')).toBe(false);
    await expect(page.getByText(en('customers.done.block')).count()).resolves.toBe(0);
    const first = page.getByRole('navigation', { name: en('pagination.label') }).getByRole('link', { name: en('pagination.first') });
    expect(await first.getAttribute('href')).toBe('/hub/users');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is a list of cards on a phone, filters folded away, with every action reachable', async () => {
    const { page, problems, context } = await openSession(browser, { viewport: { width: 390, height: 844 } });
    await signInToHub(page, server, 'ada@users.test', 'ada12345');
    await page.goto(`${server.url}/hub/users`);
    await page.getByRole('heading', { name: en('users.title'), level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const table = page.locator('table.list-table');
    expect(await table.evaluate((el) => el.closest('.table-wrap')!.scrollWidth <= el.closest('.table-wrap')!.clientWidth + 1)).toBe(true);
    // The filters are folded; the first card is on the first screen, its values labelled.
    await expect.poll(() => page.locator('details.list-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const first = table.locator('tbody tr').first();
    const box = await first.boundingBox();
    expect(box!.y).toBeLessThan(844);
    await expect(first.locator('td[data-label]').first().getAttribute('data-label')).resolves.toBe(en('users.customers'));
    expect(await table.locator('thead').evaluate((el) => getComputedStyle(el).display === 'none' || el.getBoundingClientRect().height <= 1)).toBe(true);
    // An action from a card.
    const carla = page.locator('table.list-table tbody tr', { hasText: 'carla@cafe.test' });
    await carla.getByRole('button', { name: en('access.actions.block') }).click();
    await page.getByRole('status').getByText(en('customers.done.block')).waitFor();
    await carla.getByText(en('status.access.BLOCKED')).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
