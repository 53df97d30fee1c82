import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession, screenshot, type Session } from '../../support/browser.js';
import { createCatalog, createStaff, signInShop, signInStaff } from '../../support/fixtures.js';
import { GRANT, PASSWORD_CHANGE } from '../../support/graphql-ops.js';
import { createCustomer, en, signInToHub, signInToStore } from '../../support/e2e.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// The hub's VAT pages (issue 15, D1): an admin creates "BTW 21 %" as the default rate and a reduced
// one, sees the API's refusals next to the field, sets a product's rate on its page, marks a customer
// exempt with a legal mention, chooses the VAT settings; the store's cart, checkout and order then show
// the mention and the order keeps the product's rate. Sales neither see nor reach the rates or settings.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const serverEn = JSON.parse(readFileSync(new URL('../../../server/common/locales/en.json', import.meta.url), 'utf8'));

let server: TestServer;
let browser: Browser;
let admin: Session;
let phone: Session;
let sales: Session;
let buyer: Session;
let adminToken = '';
let shop = '';
let customerId = '';
let catalog: Awaited<ReturnType<typeof createCatalog>>;

const MENTION = 'VAT reverse charge, art. 196 Directive 2006/112/EC';
const flat = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

async function seriousAxeFindings(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await (window as any).axe.run(document.querySelector('main') ?? document, { resultTypes: ['violations'] })).violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const rates = async () => (await server.graphql(`{ taxRates { id name percentage isDefault } }`, {}, { token: adminToken })).data.taxRates as Array<{ id: string; name: string; percentage: string; isDefault: boolean }>;
const row = (page: Page, name: string) => page.getByTestId('tax-rate-row').filter({ has: page.getByText(name, { exact: true }) });

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'boss@taxui.test', password: 'boss1234', role: StaffRole.ADMIN });
  await createStaff(em, { email: 'rep@taxui.test', password: 'rep12345', role: StaffRole.SALES });
  catalog = await createCatalog(em);
  adminToken = await signInStaff(server, 'boss@taxui.test', 'boss1234');
  customerId = await createCustomer(server, adminToken, { name: 'Brouwerij Zon', customerNumber: 'BZ-1', contacts: [{ email: 'inkoop@zon.test' }] });
  await server.graphql(GRANT, { i: { customerId, email: 'inkoop@zon.test', password: 'temp1234', passwordConfirmation: 'temp1234' } }, { token: adminToken });
  const first = await signInShop(server, 'inkoop@zon.test', 'temp1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'temp1234', newPassword: 'zon56789', newPasswordConfirmation: 'zon56789' } }, { token: first });
  shop = await signInShop(server, 'inkoop@zon.test', 'zon56789');

  browser = await launchBrowser();
  admin = await openSession(browser);
  phone = await openSession(browser, { viewport: { width: 390, height: 844 } });
  sales = await openSession(browser);
  buyer = await openSession(browser);
  await signInToHub(admin.page, server, 'boss@taxui.test', 'boss1234');
});

beforeEach(() => {
  admin.problems.length = 0;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the hub\'s VAT pages', () => {
  it('an admin creates, corrects and deletes rates, with the API\'s refusals shown', async () => {
    const page = admin.page;
    await page.goto(`${server.url}/hub/products`);
    await page.getByRole('navigation', { name: en('hubCatalog.tabs.label') }).getByRole('link', { name: en('hubCatalog.tabs.taxRates') }).click();
    await page.getByRole('heading', { name: en('hubTaxRates.title'), level: 1 }).waitFor();
    await page.getByText(en('hubTaxRates.empty')).waitFor();

    const form = page.locator('form').filter({ has: page.getByRole('button', { name: en('hubTaxRates.create') }) });
    await form.getByLabel(en('hubTaxRates.name')).fill('BTW 21 %');
    await form.getByLabel(en('hubTaxRates.percentage')).fill('21');
    await form.getByLabel(en('hubTaxRates.isDefault')).check();
    await form.getByRole('button', { name: en('hubTaxRates.create') }).click();
    await page.getByRole('status').getByText(en('hubTaxRates.done.create', { name: 'BTW 21 %' })).waitFor();

    // A percentage the API refuses: its message next to the field, what was typed kept.
    await form.getByLabel(en('hubTaxRates.name')).fill('BTW 6 %');
    await form.getByLabel(en('hubTaxRates.percentage')).fill('six');
    await form.getByRole('button', { name: en('hubTaxRates.create') }).click();
    await form.getByText(serverEn.userErrors.INVALID_VALUE).waitFor();
    expect(await form.getByLabel(en('hubTaxRates.percentage')).getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel(en('hubTaxRates.name')).inputValue()).toBe('BTW 6 %');
    await form.getByLabel(en('hubTaxRates.percentage')).fill('6');
    await form.getByRole('button', { name: en('hubTaxRates.create') }).click();
    await page.getByRole('status').getByText(en('hubTaxRates.done.create', { name: 'BTW 6 %' })).waitFor();

    // A third, mistyped, corrected in place, then deleted.
    await form.getByLabel(en('hubTaxRates.name')).fill('BTW 12');
    await form.getByLabel(en('hubTaxRates.percentage')).fill('12');
    await form.getByRole('button', { name: en('hubTaxRates.create') }).click();
    await page.getByRole('status').getByText(en('hubTaxRates.done.create', { name: 'BTW 12' })).waitFor();
    const twelve = row(page, 'BTW 12');
    await twelve.getByLabel(en('hubTaxRates.nameOf', { name: 'BTW 12' })).fill('BTW 12 %');
    await twelve.getByLabel(en('hubTaxRates.percentageOf', { name: 'BTW 12' })).fill('12,5');
    await twelve.getByRole('button', { name: en('hubCatalog.saveLabel', { name: 'BTW 12' }) }).click();
    await page.getByRole('status').getByText(en('hubTaxRates.done.save', { name: 'BTW 12 %' })).waitFor();
    expect((await rates()).find((r) => r.name === 'BTW 12 %')?.percentage).toMatch(/^12\.50*$/);
    await row(page, 'BTW 12 %').getByRole('button', { name: en('hubTaxRates.deleteLabel', { name: 'BTW 12 %' }) }).click();
    await page.getByRole('status').getByText(en('hubTaxRates.done.delete')).waitFor();
    expect((await rates()).map((r) => r.name)).toEqual(['BTW 6 %', 'BTW 21 %']);

    // The default goes last: the API's DEFAULT_REQUIRED is shown in its row, nothing deleted.
    await row(page, 'BTW 21 %').getByRole('button', { name: en('hubTaxRates.deleteLabel', { name: 'BTW 21 %' }) }).click();
    await row(page, 'BTW 21 %').getByText(serverEn.userErrors.DEFAULT_REQUIRED).waitFor();
    expect((await rates()).find((r) => r.isDefault)?.name).toBe('BTW 21 %');
    expect(await row(page, 'BTW 21 %').getByText(en('hubCatalog.defaultBadge'), { exact: true }).count()).toBe(1);
    expect(flat(await row(page, 'BTW 6 %').innerText())).toContain(en('hubTaxRates.percent', { value: '6' }));

    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, 'hub-tax-rates');
    expect(admin.problems).toEqual([]);

    // On a phone: no sideways scroll.
    await signInToHub(phone.page, server, 'boss@taxui.test', 'boss1234');
    await phone.page.goto(`${server.url}/hub/catalog/tax-rates`);
    await row(phone.page, 'BTW 21 %').waitFor();
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousAxeFindings(phone.page)).toEqual([]);
    await screenshot(phone.page, 'hub-tax-rates-phone');
    expect(phone.problems).toEqual([]);
  });

  it('the product page sets a product\'s rate among the admin\'s, "the default rate (…)" preselected', async () => {
    const page = admin.page;
    const productId = catalog.gid('Product', catalog.coffee.id);
    await page.goto(`${server.url}/hub/products/${encodeURIComponent(productId)}`);
    const select = page.getByLabel(en('products.taxRate'));
    expect(await select.inputValue()).toBe('');
    expect(await select.locator('option:checked').innerText()).toBe(en('taxRate.defaultOption', { name: 'BTW 21 %' }));
    await select.selectOption({ label: 'BTW 6 %' });
    await page.getByRole('button', { name: en('common.save') }).first().click();
    await page.getByRole('status').getByText(en('products.saved')).waitFor();
    const product = async () => (await server.graphql(`query($id: ID!) { product(id: $id) { taxRate { name } taxRateIsDefault } }`, { id: productId }, { token: adminToken })).data.product;
    expect(await product()).toEqual({ taxRate: { name: 'BTW 6 %' }, taxRateIsDefault: false });
    await page.reload();
    expect(await page.getByLabel(en('products.taxRate')).locator('option:checked').innerText()).toBe('BTW 6 %');
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(admin.problems).toEqual([]);
  });

  it('the settings choose prices without VAT, rounding per total and shipping\'s rate', async () => {
    const page = admin.page;
    await page.goto(`${server.url}/hub/settings`);
    await page.getByRole('heading', { name: en('settings.title'), level: 1 }).waitFor();
    expect(await page.getByLabel(en('settings.prices.without')).isChecked()).toBe(true);
    expect(await page.getByLabel(en('settings.rounding.PER_LINE')).isChecked()).toBe(true);
    await page.getByText(en('settings.rounding.PER_TOTALHint')).waitFor();
    await page.getByLabel(en('settings.rounding.PER_TOTAL')).check();
    await page.getByLabel(en('settings.shippingTaxRate')).selectOption({ label: 'BTW 6 %' });
    await page.getByRole('button', { name: en('common.save') }).click();
    await page.getByRole('status').getByText(en('settings.saved')).waitFor();
    const settings = async () => (await server.graphql(`{ storeSettings { pricesIncludeTax taxRounding shippingTaxRate { name } } }`, {}, { token: adminToken })).data.storeSettings;
    expect(await settings()).toEqual({ pricesIncludeTax: false, taxRounding: 'PER_TOTAL', shippingTaxRate: { name: 'BTW 6 %' } });
    expect(await page.getByLabel(en('settings.rounding.PER_TOTAL')).isChecked()).toBe(true);
    expect(await page.getByLabel(en('settings.shippingTaxRate')).locator('option:checked').innerText()).toBe('BTW 6 %');
    expect(await seriousAxeFindings(page)).toEqual([]);

    // Back to shipping at the default rate and rounding per line (the figures below rely on it).
    await page.getByLabel(en('settings.rounding.PER_LINE')).check();
    await page.getByLabel(en('settings.shippingTaxRate')).selectOption('');
    // The "saved" notice is already there from the first save: wait for the page the redirect draws.
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.startsWith('/hub/settings')), page.getByRole('button', { name: en('common.save') }).click()]);
    await expect.poll(settings).toEqual({ pricesIncludeTax: false, taxRounding: 'PER_LINE', shippingTaxRate: { name: 'BTW 21 %' } });
    await page.getByLabel(en('settings.rounding.PER_LINE')).waitFor();
    expect(await page.getByLabel(en('settings.rounding.PER_LINE')).isChecked()).toBe(true);
    expect(admin.problems).toEqual([]);
  });

  it('the store shows VAT per rate; once the customer is marked exempt, the cart, checkout and order show the mention instead', async () => {
    const lines = [
      { productId: catalog.gid('Product', catalog.coffee.id), quantity: 2 },
      { productId: catalog.gid('Product', catalog.water.id), quantity: 24 },
    ];
    await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines } }, { token: shop });
    const page = buyer.page;
    await signInToStore(page, server, 'inkoop@zon.test', 'zon56789');
    await page.goto(`${server.url}/cart`);
    await page.getByRole('heading', { name: en('cart.checkout') }).waitFor({ timeout: 20_000 });
    // 25.00 at 6 % → 1.50; 19.20 and the 15.00 shipping placing would charge (the default location's)
    // at shipping's rate, the default 21 % → 4.03 + 3.15 = 7.18 (decision 0053).
    expect((await page.getByTestId('vat-line').allInnerTexts()).map(flat)).toEqual([
      `${en('vat.line', { name: 'BTW 6 %', base: '€25.00' })} €1.50`,
      `${en('vat.line', { name: 'BTW 21 %', base: '€34.20' })} €7.18`,
    ]);

    // The admin marks the customer exempt on its edit page.
    const hub = admin.page;
    await hub.goto(`${server.url}/hub/customers/${encodeURIComponent(customerId)}/edit`);
    await hub.getByLabel(en('customerTax.vatNumber')).fill('NL 8123.45678.B01');
    await hub.getByLabel(en('customerTax.exemption')).selectOption('REVERSE_CHARGE');
    await hub.getByLabel(en('customerTax.mention')).fill(MENTION);
    expect(await seriousAxeFindings(hub)).toEqual([]);
    await hub.getByRole('button', { name: en('common.save') }).last().click();
    await hub.getByTestId('customer-tax-mention').waitFor();
    expect(flat(await hub.getByTestId('customer-vat-number').innerText())).toBe('NL812345678B01');
    expect(flat(await hub.getByTestId('customer-tax-exemption').innerText())).toBe(en('customerTax.exemptions.REVERSE_CHARGE'));
    expect(flat(await hub.getByTestId('customer-tax-mention').innerText())).toBe(MENTION);
    expect(await seriousAxeFindings(hub)).toEqual([]);
    await hub.getByTestId('customer-tax-mention').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(hub, 'hub-customer-vat');
    expect(admin.problems).toEqual([]);

    await page.goto(`${server.url}/cart`);
    await page.getByRole('heading', { name: en('cart.checkout') }).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('vat-line').count()).toBe(0);
    expect(flat(await page.getByTestId('vat-note').first().innerText())).toBe(MENTION);
    await page.goto(`${server.url}/checkout`);
    await page.getByRole('heading', { name: en('checkout.title'), level: 1 }).waitFor({ timeout: 20_000 });
    expect(flat(await page.getByTestId('vat-note').first().innerText())).toBe(MENTION);
    expect(await page.getByTestId('vat-line').count()).toBe(0);

    const order = (await server.graphql(`mutation { orderPlace(input: { idempotencyKey: "taxui" }) { order { id number taxExemption taxExemptionMention lines { reference taxRateName } } } }`, {}, { token: shop })).data.orderPlace.order;
    expect(order.taxExemption).toBe('REVERSE_CHARGE');
    expect(order.taxExemptionMention).toBe(MENTION);
    expect(Object.fromEntries(order.lines.map((l: { reference: string; taxRateName: string }) => [l.reference, l.taxRateName]))).toEqual({ [catalog.coffee.reference]: 'BTW 6 %', [catalog.water.reference]: 'BTW 21 %' });
    await page.goto(`${server.url}/orders/${order.id}`);
    await page.getByRole('heading', { name: en('orders.orderTitle', { number: order.number }), level: 1 }).waitFor({ timeout: 20_000 });
    expect(flat(await page.getByTestId('vat-note').innerText())).toBe(MENTION);
    expect(await page.getByTestId('vat-line').count()).toBe(0);
    expect(buyer.problems).toEqual([]);
  });

  it('a new customer can be created exempt; reverse charge without a VAT number is refused next to the field', async () => {
    const page = admin.page;
    await page.goto(`${server.url}/hub/customers/new`);
    await page.getByLabel(en('customers.name')).fill('Export Traders');
    await page.getByLabel(en('customers.number')).fill('EX-1');
    await page.getByLabel(en('customerTax.exemption')).selectOption('REVERSE_CHARGE');
    await page.getByLabel(en('customerTax.mention')).fill('Reverse charge');
    await page.getByRole('button', { name: en('customers.create') }).click();
    const vatNumber = page.getByLabel(en('customerTax.vatNumber'));
    await expect.poll(() => vatNumber.getAttribute('aria-invalid')).toBe('true');
    await page.getByText(serverEn.userErrors.REQUIRED).first().waitFor();
    // What was typed stays.
    expect(await page.getByLabel(en('customerTax.exemption')).inputValue()).toBe('REVERSE_CHARGE');
    expect(await page.getByLabel(en('customerTax.mention')).inputValue()).toBe('Reverse charge');
    expect(await seriousAxeFindings(page)).toEqual([]);

    await page.getByLabel(en('customerTax.exemption')).selectOption('EXPORT');
    await page.getByLabel(en('customerTax.mention')).fill('Export outside the EU, VAT exempt');
    await page.getByRole('button', { name: en('customers.create') }).click();
    await page.getByRole('status').getByText(en('customers.created', { name: 'Export Traders' })).waitFor();
    expect(flat(await page.getByTestId('customer-tax-exemption').innerText())).toBe(en('customerTax.exemptions.EXPORT'));
    expect(flat(await page.getByTestId('customer-vat-number').innerText())).toBe(en('customerTax.noVatNumber'));
    expect(flat(await page.getByTestId('customer-tax-mention').innerText())).toBe('Export outside the EU, VAT exempt');
    expect(admin.problems).toEqual([]);
  });

  it('sales do not see the rates tab, nor reach the rates or the settings; the API refuses them', async () => {
    const token = await signInStaff(server, 'rep@taxui.test', 'rep12345');
    const refused = await server.graphql(`mutation { taxRateCreate(input: { name: "BTW 9 %", percentage: "9" }) { userErrors { code } } }`, {}, { token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const settings = await server.graphql(`mutation { storeSettingsUpdate(input: { taxRounding: PER_TOTAL }) { userErrors { code } } }`, {}, { token });
    expect(settings.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const page = sales.page;
    await signInToHub(page, server, 'rep@taxui.test', 'rep12345');
    await page.goto(`${server.url}/hub/products`);
    const tabs = page.getByRole('navigation', { name: en('hubCatalog.tabs.label') });
    await tabs.getByRole('link', { name: en('hubCatalog.tabs.priceLevels') }).waitFor();
    expect(await tabs.getByRole('link', { name: en('hubCatalog.tabs.taxRates') }).count()).toBe(0);
    for (const path of ['/hub/catalog/tax-rates', '/hub/settings']) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status()).toBe(403);
    }
    // They still choose a product's rate among the admin's.
    await page.goto(`${server.url}/hub/products/${encodeURIComponent(catalog.gid('Product', catalog.water.id))}`);
    expect(await page.getByLabel(en('products.taxRate')).locator('option').allInnerTexts()).toEqual([en('taxRate.defaultOption', { name: 'BTW 21 %' }), 'BTW 6 %', 'BTW 21 %']);
    expect(await rates()).toHaveLength(2);
  });
});
