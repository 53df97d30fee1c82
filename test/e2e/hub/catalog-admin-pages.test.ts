import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { Product } from '../../../server/modules/catalog/entities/product.entity.js';
import { launchBrowser, openSession, screenshot, type Session } from '../../support/browser.js';
import { createCatalog, createStaff, signInStaff } from '../../support/fixtures.js';
import { createCustomer, en, signInToHub } from '../../support/e2e.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// The hub's catalog pages (C1, C2, C3, C4) as staff use them: the product list's filters and pages,
// prices and stock edited on the product page, deactivation, the managed lists (with a delete refused
// while a customer's visibility names the item), price levels, storage locations, and the explainer
// naming the rule that hides a product from a customer.

const serverEn = JSON.parse(readFileSync(new URL('../../../server/common/locales/en.json', import.meta.url), 'utf8'));

let server: TestServer;
let browser: Browser;
let staff: Session;
let phone: Session;
let token: string;

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'cata@supplier.test', password: 'cata1234', role: StaffRole.ADMIN });
  await createCatalog(em);
  // Enough products for two pages of 25.
  for (let i = 1; i <= 30; i++) em.create(Product, { reference: `BULK-${String(i).padStart(2, '0')}`, name: `Bulk item ${String(i).padStart(2, '0')}` });
  await em.flush();
  token = await signInStaff(server, 'cata@supplier.test', 'cata1234');
  // The phone test's explainer answers for a customer of its own (independent of the tests before it).
  await createCustomer(server, token, { name: 'Phone Bistro', customerNumber: 'PH-1', contacts: [] });
  browser = await launchBrowser();
  staff = await openSession(browser);
  await signInToHub(staff.page, server, 'cata@supplier.test', 'cata1234');
});

// Each test answers for the console errors of its own steps only.
beforeEach(() => {
  staff.problems.length = 0;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hub catalog pages', () => {
  it('filters the product list and pages forwards and back', async () => {
    const page = staff.page;
    await page.goto(`${server.url}/hub/products`);
    await page.getByText(en('hubCatalog.list.count_other', { formatted: 34 })).waitFor();
    const firstPageNames = await page.locator('tbody tr td:first-child').allInnerTexts();
    expect(firstPageNames).toHaveLength(25);
    await page.getByRole('link', { name: en('hubCatalog.list.next') }).click();
    const rows = () => page.locator('tbody tr td:first-child').allInnerTexts();
    await expect.poll(async () => (await rows()).length).toBe(9);
    const secondPageNames = await rows();
    expect(secondPageNames.some((n) => firstPageNames.includes(n))).toBe(false);
    await page.getByRole('link', { name: en('hubCatalog.list.previous') }).click();
    await expect.poll(rows).toEqual(firstPageNames);
    expect(new URL(page.url()).searchParams.has('before')).toBe(true);
    expect(await page.getByRole('link', { name: en('hubCatalog.list.previous') }).count()).toBe(0);

    await page.getByLabel(en('hubCatalog.list.status')).selectOption('inactive');
    await page.getByRole('button', { name: en('common.filter') }).click();
    await page.getByText(en('hubCatalog.list.count_one', { formatted: 1 })).waitFor();
    await page.getByRole('row', { name: /Discontinued tea/ }).waitFor();
    expect(await page.getByRole('navigation', { name: en('pagination.label') }).count()).toBe(0);
    await screenshot(page, 'hub-catalog-products');
  });

  it('edits prices and stock on the product page, with errors next to the cell, and deactivates the product', async () => {
    const page = staff.page;
    await page.goto(`${server.url}/hub/products?q=COF-1`);
    await page.getByRole('link', { name: 'Espresso beans 1kg' }).click();
    await page.getByRole('heading', { name: 'Espresso beans 1kg', level: 1 }).waitFor();

    const horeca = page.getByLabel('Horeca (EUR)');
    expect(await horeca.inputValue()).toBe('11.25');
    await horeca.fill('eleven');
    await page.getByRole('button', { name: en('hubCatalog.product.savePrices') }).click();
    await page.getByText(en('hubCatalog.product.notANumber')).waitFor();
    expect(await page.getByLabel('Horeca (EUR)').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Horeca (EUR)').fill('10,75');
    await page.getByLabel(`Standard (EUR) (${en('hubCatalog.defaultBadge')})`).fill('');
    await page.getByRole('button', { name: en('hubCatalog.product.savePrices') }).click();
    await page.getByText(en('hubCatalog.product.pricesSaved')).waitFor();
    await page.reload();
    expect(await page.getByLabel('Horeca (EUR)').inputValue()).toBe('10.75');
    expect(await page.getByLabel(`Standard (EUR) (${en('hubCatalog.defaultBadge')})`).inputValue()).toBe('');

    await page.getByLabel('South').fill('-3');
    await page.getByRole('button', { name: en('hubCatalog.product.saveStock') }).click();
    await page.getByText(en('hubCatalog.product.notAQuantity')).waitFor();
    await page.getByLabel('South').fill('25');
    await page.getByRole('button', { name: en('hubCatalog.product.saveStock') }).click();
    await page.getByText(en('hubCatalog.product.stockSaved')).waitFor();
    await page.reload();
    expect(await page.getByLabel('South').inputValue()).toBe('25');
    expect(await page.getByLabel(`North (${en('hubCatalog.defaultBadge')})`).inputValue()).toBe('40');
    await screenshot(page, 'hub-catalog-product-prices');

    // a file that is not an image: refused next to the image field, in the staff member's language
    await page.getByLabel(en('products.imageFile')).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') });
    await page.getByRole('button', { name: en('products.upload') }).click();
    await page.getByText('Only JPEG, PNG and WebP images are accepted.').waitFor();
    expect(await page.getByLabel(en('products.imageFile')).getAttribute('aria-invalid')).toBe('true');

    await page.getByRole('button', { name: en('hubCatalog.product.deactivate') }).click();
    await page.getByText(en('hubCatalog.product.deactivated')).waitFor();
    await page.getByRole('button', { name: en('hubCatalog.product.reactivate') }).click();
    await page.getByText(en('hubCatalog.product.reactivated')).waitFor();
    expect(staff.problems).toEqual([]);
  });

  it('manages brands, seasons, tags and manufacturers; a brand in a customer\'s visibility cannot be deleted', async () => {
    const page = staff.page;
    await page.goto(`${server.url}/hub/products`);
    await page.getByRole('link', { name: en('hubCatalog.tabs.lists') }).click();
    await page.getByRole('heading', { name: en('hubCatalog.lists.title'), level: 1 }).waitFor();

    await page.getByLabel(en('hubCatalog.lists.brand.new')).fill('Acme');
    await page.getByRole('button', { name: en('hubCatalog.lists.brand.add') }).click();
    await page.getByText(en('hubCatalog.lists.done.create', { name: 'Acme' })).waitFor();
    // A second "acme" is taken, whatever the case: the error is next to the field.
    await page.getByLabel(en('hubCatalog.lists.brand.new')).fill('ACME');
    await page.getByRole('button', { name: en('hubCatalog.lists.brand.add') }).click();
    await page.locator('[aria-invalid="true"]').first().waitFor();

    await page.getByLabel(en('hubCatalog.lists.nameOf', { name: 'Acme' })).fill('Acme Foods');
    await page.getByRole('button', { name: en('hubCatalog.lists.rename') }).first().click();
    await page.getByText(en('hubCatalog.lists.done.rename', { name: 'Acme Foods' })).waitFor();

    await page.getByLabel(en('hubCatalog.lists.season.new')).fill('Summer 2027');
    await page.getByRole('button', { name: en('hubCatalog.lists.season.add') }).click();
    await page.getByText(en('hubCatalog.lists.done.create', { name: 'Summer 2027' })).waitFor();
    await page.getByLabel(en('hubCatalog.lists.tag.new')).fill('Organic');
    await page.getByRole('button', { name: en('hubCatalog.lists.tag.add') }).click();
    await page.getByText(en('hubCatalog.lists.done.create', { name: 'Organic' })).waitFor();
    await page.getByRole('button', { name: en('hubCatalog.lists.deleteLabel', { name: 'Organic' }) }).click();
    await page.getByText(en('hubCatalog.lists.done.delete')).waitFor();
    await expect.poll(() => page.getByLabel(en('hubCatalog.lists.nameOf', { name: 'Organic' })).count()).toBe(0);

    // A customer allowed only Acme Foods: deleting the brand would widen what it sees, so it is refused.
    const brands = await server.graphql(`{ brands { id name } }`, {}, { token });
    const acme = brands.data.brands.find((b: { name: string }) => b.name === 'Acme Foods').id;
    await createCustomer(server, token, { name: 'Picky Bistro', customerNumber: 'PB-1', contacts: [], visibility: { brandIds: [acme] } });
    await page.reload();
    await page.getByRole('button', { name: en('hubCatalog.lists.deleteLabel', { name: 'Acme Foods' }) }).click();
    const refused = page.getByRole('alert').filter({ hasText: en('hubCatalog.lists.deleteRefused', { name: 'Acme Foods' }) });
    await refused.getByText(String(serverEn.userErrors.IN_USE).replace('{{count}}', '1')).waitFor();
    expect(await page.getByLabel(en('hubCatalog.lists.nameOf', { name: 'Acme Foods' })).count()).toBe(1);
    await screenshot(page, 'hub-catalog-lists');
    expect(staff.problems).toEqual([]);
  });

  it('adds, renames and makes default price levels and storage locations', async () => {
    const page = staff.page;
    await page.goto(`${server.url}/hub/catalog/price-levels`);
    await page.getByRole('heading', { name: en('hubCatalog.levels.title'), level: 1 }).waitFor();
    const newLevel = page.getByRole('region', { name: en('hubCatalog.levels.newTitle') });
    await newLevel.getByLabel(en('hubCatalog.code')).fill('HORECA');
    await newLevel.getByLabel(en('hubCatalog.name')).fill('Horeca again');
    await newLevel.getByRole('button', { name: en('hubCatalog.levels.create') }).click();
    await newLevel.locator('[aria-invalid="true"]').first().waitFor();
    await newLevel.getByLabel(en('hubCatalog.code')).fill('RETAIL');
    await newLevel.getByRole('button', { name: en('hubCatalog.levels.create') }).click();
    await page.getByText(en('hubCatalog.levels.done.create', { name: 'Horeca again' })).waitFor();
    await page.getByLabel(en('hubCatalog.levels.nameOf', { code: 'RETAIL' })).fill('Retail shops');
    await page.getByRole('button', { name: en('hubCatalog.saveLabel', { name: 'Horeca again' }) }).click();
    await page.getByText(en('hubCatalog.levels.done.save', { name: 'Retail shops' })).waitFor();
    await page.getByRole('button', { name: en('hubTaxRates.makeDefaultLabel', { name: 'Retail shops' }) }).click();
    await page.getByText(en('hubCatalog.levels.done.default', { name: 'Retail shops' })).waitFor();
    const levels = await server.graphql(`{ priceLevels { code isDefault } }`, {}, { token });
    expect(levels.data.priceLevels.filter((l: { isDefault: boolean }) => l.isDefault).map((l: { code: string }) => l.code)).toEqual(['RETAIL']);

    await page.getByRole('link', { name: en('hubCatalog.tabs.locations') }).click();
    await page.getByRole('heading', { name: en('hubCatalog.locations.title'), level: 1 }).waitFor();
    const newLocation = page.getByRole('region', { name: en('hubCatalog.locations.newTitle') });
    await newLocation.getByLabel(en('hubCatalog.code')).fill('EAST');
    await newLocation.getByLabel(en('hubCatalog.name')).fill('East depot');
    await newLocation.getByLabel(en('hubCatalog.locations.shipping')).fill('cheap');
    await newLocation.getByRole('button', { name: en('hubCatalog.locations.create') }).click();
    await newLocation.getByText(en('hubCatalog.product.notANumber')).waitFor();
    await newLocation.getByLabel(en('hubCatalog.locations.shipping')).fill('9,90');
    await newLocation.getByRole('button', { name: en('hubCatalog.locations.create') }).click();
    await page.getByText(en('hubCatalog.locations.done.create', { name: 'East depot' })).waitFor();
    await page.getByLabel(en('hubCatalog.locations.shippingOf', { code: 'EAST', currency: 'EUR' })).fill('12.00');
    await page.getByRole('button', { name: en('hubCatalog.saveLabel', { name: 'East depot' }) }).click();
    await page.getByText(en('hubCatalog.locations.done.save', { name: 'East depot' })).waitFor();
    await page.getByRole('button', { name: en('hubTaxRates.makeDefaultLabel', { name: 'East depot' }) }).click();
    await page.getByText(en('hubCatalog.locations.done.default', { name: 'East depot' })).waitFor();
    const locations = await server.graphql(`{ storageLocations { code isDefault defaultShippingCost { amount } } }`, {}, { token });
    expect(locations.data.storageLocations.find((l: { code: string }) => l.code === 'EAST')).toEqual({ code: 'EAST', isDefault: true, defaultShippingCost: { amount: '12.00' } });
    await screenshot(page, 'hub-catalog-locations');
    expect(staff.problems).toEqual([]);
  });

  it('explains from the customer page which rule hides a product, and that another is visible', async () => {
    // Its own fixtures (not the brands or levels the tests above change): a brand, a customer allowed
    // only that brand, and the product without any price given that brand.
    const page = staff.page;
    const brand = await server.graphql(`mutation($i: BrandCreateInput!) { brandCreate(input: $i) { brand { id } userErrors { code } } }`, { i: { name: 'Zest Foods' } }, { token });
    const zest = brand.data.brandCreate.brand.id;
    const customerId = await createCustomer(server, token, { name: 'Zesty Bistro', customerNumber: 'ZB-1', contacts: [], visibility: { brandIds: [zest] } });
    const napkins = await server.graphql(`{ product(reference: "NOP-1") { id } }`, {}, { token });
    const updated = await server.graphql(
      `mutation($i: ProductUpdateInput!) { productUpdate(input: $i) { userErrors { code } } }`,
      { i: { id: napkins.data.product.id, brandId: zest } },
      { token },
    );
    expect(updated.data.productUpdate.userErrors).toEqual([]);

    await page.goto(`${server.url}/hub/customers/${encodeURIComponent(customerId)}`);
    await page.getByRole('link', { name: en('hubCatalog.explain.fromCustomer') }).click();
    await page.getByRole('heading', { name: en('hubCatalog.explain.title'), level: 1 }).waitFor();
    expect(await page.getByLabel(en('hubCatalog.explain.customer'), { exact: true }).inputValue()).toBe('ZB-1');
    await page.getByLabel(en('hubCatalog.explain.product'), { exact: true }).fill('WAT-1');
    await page.getByRole('button', { name: en('hubCatalog.explain.submit') }).click();
    const names = { customer: 'Zesty Bistro', product: 'Sparkling water 50cl (WAT-1)' };
    await page.getByRole('heading', { name: en('hubCatalog.explain.hidden', names) }).waitFor();
    const rules = page.getByRole('list', { name: en('hubCatalog.explain.rules') });
    await rules.getByText(en('hubCatalog.explain.rule.BRAND_NOT_ALLOWED')).waitFor();
    expect(await rules.innerText()).toContain('Zest Foods');
    await screenshot(page, 'hub-catalog-explain');

    // From the product page: a product of the allowed brand is visible; without a price at any level
    // it is not orderable, and the explainer says so.
    await page.goto(`${server.url}/hub/products/${encodeURIComponent(napkins.data.product.id)}`);
    await page.getByRole('link', { name: en('hubCatalog.product.explainLink') }).click();
    await page.getByRole('heading', { name: en('hubCatalog.explain.title'), level: 1 }).waitFor();
    expect(await page.getByLabel(en('hubCatalog.explain.product'), { exact: true }).inputValue()).toBe('NOP-1');
    await page.getByLabel(en('hubCatalog.explain.customer'), { exact: true }).fill('Zesty');
    await page.getByRole('button', { name: en('hubCatalog.explain.submit') }).click();
    await page.getByRole('heading', { name: en('hubCatalog.explain.visibleNotOrderable', { customer: 'Zesty Bistro', product: 'Unpriced napkins (NOP-1)' }) }).waitFor();
    await page.getByRole('list', { name: en('hubCatalog.explain.rules') }).getByText(en('hubCatalog.explain.rule.NO_PRICE')).waitFor();
    expect(staff.problems).toEqual([]);
  });

  it('fits a phone', async () => {
    phone = await openSession(browser, { viewport: { width: 390, height: 844 } });
    await signInToHub(phone.page, server, 'cata@supplier.test', 'cata1234');
    for (const path of ['/hub/products', '/hub/catalog/lists', '/hub/catalog/price-levels', '/hub/catalog-import', '/hub/catalog/explain?cq=PH-1&pq=WAT-1']) {
      await phone.page.goto(`${server.url}${path}`);
      const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(390);
    }
    await screenshot(phone.page, 'hub-catalog-explain-phone');
    expect(phone.problems).toEqual([]);
  });
});
