import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession } from '../../support/browser.js';
import { createCatalog, createStaff, signInShop, signInStaff } from '../../support/fixtures.js';
import { createCustomer, en, signInToStore } from '../../support/e2e.js';
import { GRANT, PASSWORD_CHANGE } from '../../support/graphql-ops.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// Issue 18 M3: the store's search suggests products as one types (names, references, with the
// buyer's price), on a phone; the keyboard opens one; a stranger gets nothing from the endpoint.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function seriousAxeFindings(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await (window as any).axe.run(document, { resultTypes: ['violations'] })).violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'desk@suggest.test', password: 'desk1234', role: StaffRole.SALES });
  await createCatalog(em);
  const staffToken = await signInStaff(server, 'desk@suggest.test', 'desk1234');
  const customerId = await createCustomer(server, staffToken, { name: 'Bar Suggest', customerNumber: 'SG-1', contacts: [{ email: 'bar@suggest.test' }] });
  await server.graphql(GRANT, { i: { customerId, email: 'bar@suggest.test', password: 'temp1234', passwordConfirmation: 'temp1234' } }, { token: staffToken });
  const first = await signInShop(server, 'bar@suggest.test', 'temp1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'temp1234', newPassword: 'sugg5678', newPasswordConfirmation: 'sugg5678' } }, { token: first });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search suggestions in the store (issue 18 M3)', () => {
  it('suggests products with reference and price as one types, and opens one from the keyboard', async () => {
    const { page, problems, context } = await openSession(browser, { viewport: { width: 390, height: 844 } });
    await signInToStore(page, server, 'bar@suggest.test', 'sugg5678');
    await page.goto(`${server.url}/`);
    const field = page.getByRole('combobox', { name: en('catalog.searchLabel') });
    await field.click();
    await field.pressSequentially('espr', { delay: 40 });
    const list = page.getByRole('listbox', { name: en('catalog.suggestions') });
    const option = list.getByRole('option').filter({ hasText: 'Espresso beans 1kg' });
    await option.waitFor();
    await expect(option.innerText()).resolves.toContain('COF-1');
    // The buyer's price, as the catalog shows it.
    await expect(option.locator('.money').count()).resolves.toBe(1);
    await expect(field.getAttribute('aria-expanded')).resolves.toBe('true');
    // The list stays within the phone's width, its options 44 px tall at least.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect((await option.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await seriousAxeFindings(page)).toEqual([]);

    // A reference works too; Arrow down then Enter opens the product.
    await field.fill('');
    await field.pressSequentially('WAT', { delay: 40 });
    await list.getByRole('option').filter({ hasText: 'Sparkling water 50cl' }).waitFor();
    await field.press('ArrowDown');
    await expect(field.getAttribute('aria-activedescendant')).resolves.toBeTruthy();
    await field.press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith('/products/'));
    await page.getByRole('heading', { name: 'Sparkling water 50cl', level: 1 }).waitFor();

    // Letters no product has: said, and Escape closes; Enter without a choice searches as before.
    await page.goto(`${server.url}/`);
    await field.click();
    await field.pressSequentially('zzqx', { delay: 40 });
    await page.getByText(en('catalog.noSuggestions')).waitFor();
    await field.press('Escape');
    await expect(page.getByText(en('catalog.noSuggestions')).count()).resolves.toBe(0);
    await field.fill('espresso');
    await field.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'espresso');
    await page.getByRole('heading', { name: en('catalog.searchTitle', { q: 'espresso' }), level: 1 }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('answers nothing to someone not signed in to the store', async () => {
    const res = await fetch(`${server.url}/search-suggestions?q=espresso`);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ q: 'espresso', items: [] });
    expect(res.headers.get('cache-control')).toContain('no-store');
  });
});
