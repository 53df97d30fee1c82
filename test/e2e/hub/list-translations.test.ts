import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { toGlobalId } from '../../../server/common/global-id.js';
import { launchBrowser, openSession } from '../../support/browser.js';
import { createCatalog, createStaff, signInShop, signInStaff } from '../../support/fixtures.js';
import { CUSTOMER_CREATE, GRANT, PASSWORD_CHANGE } from '../../support/graphql-ops.js';
import { en, signInToHub, signInToStore } from '../../support/e2e.js';
import { uiText } from '../../support/i18n.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// Tags per language (issue 16, decision 0058): staff fill the Dutch tab of the tags list (marked
// missing until then); a Dutch buyer then reads the Dutch tag on the product page.

const nl = uiText('nl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server: TestServer;
let browser: Browser;
let coffeeId: string;

async function seriousInMain(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await (window as any).axe.run('main', { resultTypes: ['violations'] })).violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'lists@tr.test', password: 'lists123', role: StaffRole.ADMIN });
  const catalog = await createCatalog(em);
  coffeeId = toGlobalId('Product', catalog.coffee.id);
  const admin = await signInStaff(server, 'lists@tr.test', 'lists123');
  const tag = await server.graphql(`mutation { tagCreate(input: { name: "Organic" }) { tag { id } } }`, {}, { token: admin });
  await server.graphql(`mutation($i: ProductUpdateInput!) { productUpdate(input: $i) { userErrors { code } } }`, { i: { id: coffeeId, tagIds: [tag.data.tagCreate.tag.id] } }, { token: admin });
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name: 'Café Brugge', customerNumber: 'NL-2', contacts: [{ email: 'bar@brugge.test' }], documentLanguage: 'NL' } }, { token: admin });
  await server.graphql(GRANT, { i: { customerId: c.data.customerCreate.customer.id, email: 'bar@brugge.test', language: 'NL', password: 'temp1234', passwordConfirmation: 'temp1234' } }, { token: admin });
  const shop = await signInShop(server, 'bar@brugge.test', 'temp1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'temp1234', newPassword: 'brug5678', newPasswordConfirmation: 'brug5678' } }, { token: shop });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('tags in other languages', () => {
  it('staff fill the Dutch tab of the tags, marked missing until then', async () => {
    const { page, problems, context } = await openSession(browser);
    await signInToHub(page, server, 'lists@tr.test', 'lists123');
    await page.goto(`${server.url}/hub/catalog/lists`);
    const tags = page.getByRole('region', { name: new RegExp(`^${en('hubCatalog.lists.tag.title')}`) });
    const tabs = tags.getByRole('navigation');
    await expect(tabs.getByRole('link').count()).resolves.toBe(7);
    const dutchTab = tabs.getByRole('link', { name: /^Dutch/ });
    expect(await dutchTab.textContent()).toContain(en('hubCatalog.lists.missing', { count: 1 }));
    await dutchTab.click();
    await page.waitForURL((url) => url.searchParams.get('tagLang') === 'nl');
    const field = tags.getByLabel(en('hubCatalog.lists.nameIn', { name: 'Organic', language: 'Dutch' }));
    await field.fill('Biologisch');
    await tags.getByRole('button', { name: en('common.save') }).click();
    await tags.getByText(en('hubCatalog.lists.done.translate', { language: 'Dutch' })).waitFor();
    await expect.poll(() => tabs.getByRole('link', { name: /^Dutch/ }).textContent()).not.toContain(en('hubCatalog.lists.missing', { count: 1 }));
    expect(await tabs.getByRole('link', { name: /^French/ }).textContent()).toContain(en('hubCatalog.lists.missing', { count: 1 }));
    expect(await seriousInMain(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a Dutch buyer on a phone reads the Dutch tag', async () => {
    const { page, problems, context } = await openSession(browser, { locale: 'nl-BE', viewport: { width: 390, height: 844 } });
    await signInToStore(page, server, 'bar@brugge.test', 'brug5678', nl);
    await page.goto(`${server.url}/products/${encodeURIComponent(coffeeId)}`);
    await page.getByRole('list', { name: nl('product.tags') }).getByText('Biologisch').waitFor();
    expect(await page.getByText('Organic').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
