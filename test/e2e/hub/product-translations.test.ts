import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession } from '../../support/browser.js';
import { createCatalog, createStaff, signInShop, signInStaff } from '../../support/fixtures.js';
import { CUSTOMER_CREATE, GRANT, PASSWORD_CHANGE } from '../../support/graphql-ops.js';
import { en, signInToHub, signInToStore } from '../../support/e2e.js';
import { uiText } from '../../support/i18n.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// The catalog in the customer's language (issue 16 L1/L2): staff fill the Dutch tab of a product
// (marked "missing" until then); a Dutch buyer then sees the Dutch name in the store's catalog.

const nl = uiText('nl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server: TestServer;
let browser: Browser;

async function seriousInMain(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await (window as any).axe.run('main', { resultTypes: ['violations'] })).violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'cat@tr.test', password: 'cat12345', role: StaffRole.ADMIN });
  await createCatalog(em);
  const admin = await signInStaff(server, 'cat@tr.test', 'cat12345');
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name: 'Café Gent', customerNumber: 'NL-1', contacts: [{ email: 'bar@gent.test' }], documentLanguage: 'NL' } }, { token: admin });
  await server.graphql(GRANT, { i: { customerId: c.data.customerCreate.customer.id, email: 'bar@gent.test', language: 'NL', password: 'temp1234', passwordConfirmation: 'temp1234' } }, { token: admin });
  const shop = await signInShop(server, 'bar@gent.test', 'temp1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'temp1234', newPassword: 'gent5678', newPasswordConfirmation: 'gent5678' } }, { token: shop });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a product in other languages', () => {
  it('staff fill the Dutch tab, marked missing until then', async () => {
    const { page, problems, context } = await openSession(browser);
    await signInToHub(page, server, 'cat@tr.test', 'cat12345');
    await page.goto(`${server.url}/hub/products`);
    await page.getByRole('link', { name: 'Espresso beans 1kg' }).first().click();
    const panel = page.getByRole('region', { name: en('productTranslations.title') });
    await panel.waitFor();
    const tabs = panel.getByRole('navigation', { name: en('productTranslations.languages') });
    // Every language but the catalog's (English) is a tab, each missing for now.
    await expect(tabs.getByRole('link').count()).resolves.toBe(6); // fr, nl, de, pt, pt-BR, es
    const dutchTab = tabs.getByRole('link', { name: new RegExp(`^Dutch`) });
    expect(await dutchTab.textContent()).toContain(en('productTranslations.missing'));
    await dutchTab.click();
    await page.waitForURL((url) => url.searchParams.get('lang') === 'nl');
    await panel.getByLabel(en('productTranslations.name', { language: 'Dutch' })).fill('Espressobonen 1kg');
    await panel.getByLabel(en('productTranslations.description', { language: 'Dutch' })).fill('Hele bonen voor espresso');
    await panel.getByRole('button', { name: en('productTranslations.save', { language: 'Dutch' }) }).click();
    await panel.getByText(en('productTranslations.saved', { language: 'Dutch' })).waitFor();
    // The answer shows as soon as the action is done; the page's data follows (Remix revalidates).
    await expect.poll(() => tabs.getByRole('link', { name: new RegExp(`^Dutch`) }).textContent()).not.toContain(en('productTranslations.missing'));
    expect(await panel.getByLabel(en('productTranslations.name', { language: 'Dutch' })).inputValue()).toBe('Espressobonen 1kg');
    expect(await tabs.getByRole('link', { name: new RegExp(`^French`) }).textContent()).toContain(en('productTranslations.missing'));
    // The catalog language's name stays in the main form.
    expect(await page.getByLabel(en('products.name'), { exact: true }).inputValue()).toBe('Espresso beans 1kg');
    expect(await seriousInMain(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a Dutch buyer then reads the Dutch name in the catalog', async () => {
    const { page, problems, context } = await openSession(browser, { locale: 'nl-BE', viewport: { width: 390, height: 844 } });
    await signInToStore(page, server, 'bar@gent.test', 'gent5678', nl);
    await page.goto(`${server.url}/`);
    await page.getByText('Espressobonen 1kg').first().waitFor();
    expect(await page.getByText('Espresso beans 1kg').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
