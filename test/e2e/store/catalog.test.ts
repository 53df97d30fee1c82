import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openSession, screenshot, type Session } from '../../support/browser.js';
import { createCatalog, createStaff, signInShop, signInStaff } from '../../support/fixtures.js';
import { createCustomer, en, pathOf, replaceTemporaryPassword, signInToHub, signInToStore } from '../../support/e2e.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { GRANT } from '../../support/graphql-ops.js';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

// The store's catalog (C2, C6, C7, O1) as a customer with a restricted visibility clicks it:
// search by name with a typo, by reference and by barcode; a brand filter with counts that never
// count hidden products; cursor paging both ways; the product page; adding to the cart in whole
// packs; a hidden product's page is a plain 404; the private message; a phone; view as client.

const MESSAGE = 'Summer prices are live until 31 August.';
const PASSWORD = 'Terrasse2026';

let server: TestServer;
let browser: Browser;
let shop: Session;
let staffToken: string;
let customerId: string;
const ids: Record<string, string> = {};

async function api<T = any, V = Record<string, unknown>>(query: string | DocumentTypeDecoration<unknown, V>, variables: V, token = staffToken): Promise<T> {
  const r = await server.graphql(String(query), variables as Record<string, unknown>, { token });
  expect(r.errors).toBeUndefined();
  const payload = Object.values(r.data as Record<string, { userErrors?: unknown[] }>)[0];
  if (payload && 'userErrors' in payload) expect(payload.userErrors).toEqual([]);
  return r.data as T;
}

async function listItem(kind: 'brand' | 'season' | 'tag' | 'manufacturer', name: string): Promise<string> {
  const data = await api(`mutation($i: ${kind[0]!.toUpperCase()}${kind.slice(1)}CreateInput!) { ${kind}Create(input: $i) { ${kind} { id } userErrors { field code message } } }`, { i: { name } });
  return data[`${kind}Create`][kind].id;
}

async function product(input: Record<string, unknown>): Promise<string> {
  const data = await api(`mutation($i: ProductCreateInput!) { productCreate(input: $i) { product { id } userErrors { field code message } } }`, { i: input });
  return data.productCreate.product.id;
}

/** The catalog's facet checkbox for a value, and the count shown beside it. */
function facet(page: Page, name: string) {
  const option = page.locator('.facet__option', { has: page.getByText(name, { exact: true }) });
  return { checkbox: option.getByRole('checkbox'), count: () => option.locator('.facet__count').textContent() };
}

function cards(page: Page) {
  return page.getByRole('list', { name: en('catalog.products') }).getByRole('article');
}

async function search(page: Page, text: string) {
  await page.getByRole('combobox', { name: en('catalog.searchLabel') }).fill(text);
  await page.getByRole('button', { name: en('catalog.searchButton') }).click();
  await page.waitForURL((url) => url.searchParams.get('q') === text);
}

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'nora@supplier.test', password: 'nora1234' });
  const catalog = await createCatalog(em); // three products without a brand: hidden from this customer
  staffToken = await signInStaff(server, 'nora@supplier.test', 'nora1234');

  const alpenhof = await listItem('brand', 'Alpenhof');
  const brisa = await listItem('brand', 'Brisa');
  const costa = await listItem('brand', 'Costa');
  const summer = await listItem('season', 'Summer 2026');
  const horeca = await listItem('tag', 'horeca');
  const norte = await listItem('manufacturer', 'Fabrica Norte');

  const prices: { productId: string; amount: string }[] = [];
  for (let i = 1; i <= 26; i++) {
    const n = String(i).padStart(2, '0');
    const id = await product({ reference: `ALP-0${n}`, name: `Alpenhof cheese ${n}`, brandId: alpenhof, unit: 'kg' });
    prices.push({ productId: id, amount: `${10 + i}.50` });
  }
  ids.lemonade = await product({
    reference: 'BRI-100',
    barcode: '5401234000104',
    name: 'Brisa sparkling lemonade',
    description: 'Lightly sparkling lemonade with Sicilian lemons.\nServe cold.',
    brandId: brisa,
    seasonId: summer,
    manufacturerId: norte,
    tagIds: [horeca],
    unit: 'bottle',
    packSize: 6,
  });
  ids.juice = await product({ reference: 'BRI-101', barcode: '5401234000203', name: 'Brisa orange juice', brandId: brisa, unit: 'bottle', packSize: 12 });
  ids.tonic = await product({ reference: 'BRI-102', name: 'Brisa tonic water', brandId: brisa, unit: 'bottle' });
  ids.hidden = await product({ reference: 'COS-1', barcode: '5401234000302', name: 'Costa secret espresso', brandId: costa, unit: 'kg' });
  prices.push({ productId: ids.lemonade, amount: '1.20' }, { productId: ids.juice, amount: '0.95' }, { productId: ids.hidden, amount: '9.00' });
  await api(`mutation($i: ProductPricesSetInput!) { productPricesSet(input: $i) { userErrors { field code message } } }`, {
    i: { priceLevelId: catalog.gid('PriceLevel', catalog.standard.id), prices },
  });
  await api(`mutation($i: StockLevelsSetInput!) { stockLevelsSet(input: $i) { userErrors { field code message } } }`, {
    i: { storageLocationId: catalog.gid('StorageLocation', catalog.north.id), levels: [{ productId: ids.lemonade, quantity: 120 }] },
  });

  // The customer may see two brands only: Alpenhof (26 products) and Brisa (3): 29 in all.
  customerId = await createCustomer(server, staffToken, {
    name: 'Terrasse du Port',
    customerNumber: 'T-42',
    privateMessage: MESSAGE,
    contacts: [{ email: 'buyer@terrasse.test' }],
    visibility: { brandIds: [alpenhof, brisa] },
  });
  await api(GRANT, { i: { customerId, email: 'buyer@terrasse.test', password: 'temp12345', passwordConfirmation: 'temp12345' } });
  ids.brisa = brisa;

  browser = await launchBrowser();
  // A product photo, drawn by the browser itself and uploaded as staff do it.
  const painter = await browser.newPage();
  const png = await painter.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 360;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#fdf6d8';
    g.fillRect(0, 0, 480, 360);
    g.fillStyle = '#f2c500';
    g.beginPath();
    g.ellipse(240, 190, 120, 90, -0.3, 0, Math.PI * 2);
    g.fill();
    g.fillStyle = '#4f8a2b';
    g.beginPath();
    g.ellipse(330, 95, 40, 16, -0.6, 0, Math.PI * 2);
    g.fill();
    return canvas.toDataURL('image/png').split(',')[1]!;
  });
  await painter.close();
  const form = new FormData();
  form.append('image', new Blob([Buffer.from(png, 'base64')], { type: 'image/png' }), 'lemonade.png');
  const upload = await fetch(`${server.url}/api/products/${encodeURIComponent(ids.lemonade)}/image`, { method: 'POST', body: form, headers: { authorization: `Bearer ${staffToken}` } });
  expect(upload.status).toBe(200);

  shop = await openSession(browser);
  await signInToStore(shop.page, server, 'buyer@terrasse.test', 'temp12345');
  await replaceTemporaryPassword(shop.page, 'temp12345', PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the store catalog', () => {
  it('sends anonymous visitors to sign in, which says prices and ordering need an account (C5)', async () => {
    const visitor = await openSession(browser);
    const page = visitor.page;
    await page.goto(`${server.url}/products/${encodeURIComponent(ids.lemonade!)}`);
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('redirectTo')).toBe(`/products/${encodeURIComponent(ids.lemonade!)}`);
    await page.getByText(en('auth.signIn.intro')).waitFor();
    await page.getByText(en('auth.signIn.spamHint')).waitFor();
    expect(await page.getByText('€1.20').count()).toBe(0);
    expect(visitor.problems).toEqual([]);
    await visitor.context.close();
  });

  it('shows the customer its own catalog: the private message, the count, facets without hidden brands', async () => {
    const page = shop.page;
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: en('catalog.title'), level: 1 }).waitFor();
    await page.getByRole('complementary', { name: en('catalog.privateMessage') }).getByText(MESSAGE).waitFor();
    await page.getByText(en('storeCatalog.resultCount_other', { count: 29 }), { exact: true }).waitFor();
    expect(await facet(page, 'Alpenhof').count()).toBe('26');
    expect(await facet(page, 'Brisa').count()).toBe('3');
    expect(await facet(page, 'Summer 2026').count()).toBe('1');
    expect(await facet(page, 'Fabrica Norte').count()).toBe('1');
    // Neither the hidden brand nor the products without a brand exist for this customer.
    expect(await page.getByText('Costa', { exact: true }).count()).toBe(0);
    expect(await page.getByText('Espresso beans 1kg').count()).toBe(0);
    expect(await cards(page).count()).toBe(24);
    await cards(page).first().getByText('€11.50').waitFor();
    // Without a price in the customer's level: "Not orderable", never a zero price, no cart button.
    await search(page, 'tonic');
    const tonic = page.getByRole('article', { name: 'Brisa tonic water' });
    await tonic.getByText(en('product.notOrderable')).waitFor();
    expect(await tonic.textContent()).not.toMatch(/0[.,]00/);
    expect(await tonic.getByRole('button', { name: en('product.addToCart') }).count()).toBe(0);
    expect(shop.problems).toEqual([]);
  });

  it('searches by name with a typo, by reference and by barcode, and never finds a hidden product', async () => {
    const page = shop.page;
    await search(page, 'sparkeling lemonad');
    await page.getByRole('heading', { name: en('catalog.searchTitle', { q: 'sparkeling lemonad' }) }).waitFor();
    await expect.poll(() => cards(page).allTextContents()).toEqual([expect.stringContaining('Brisa sparkling lemonade')]);

    await search(page, 'BRI-101');
    await expect.poll(async () => (await cards(page).allTextContents()).length).toBe(1);
    expect(await cards(page).first().textContent()).toContain('Brisa orange juice');
    await page.getByText(en('storeCatalog.resultCount_one', { count: 1 }), { exact: true }).waitFor();

    await search(page, '5401234000104');
    await expect.poll(() => cards(page).allTextContents()).toEqual([expect.stringContaining('Brisa sparkling lemonade')]);
    // Its photo is on the card.
    const photo = cards(page).first().getByRole('img', { includeHidden: true });
    await expect.poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(480);

    // The hidden brand's product, by name and by barcode: nothing, and a way back.
    for (const text of ['Costa secret espresso', '5401234000302']) {
      await search(page, text);
      await page.getByRole('heading', { name: en('storeCatalog.nothingMatches') }).waitFor();
      expect(await cards(page).count()).toBe(0);
    }
    await page.getByRole('link', { name: en('storeCatalog.showAll') }).click();
    await page.getByText(en('storeCatalog.resultCount_other', { count: 29 }), { exact: true }).waitFor();
    expect(shop.problems).toEqual([]);
  });

  it('filters by brand with counts, shows the filter in the URL and clears it', async () => {
    const page = shop.page;
    await page.goto(`${server.url}/`);
    await facet(page, 'Brisa').checkbox.check();
    await page.waitForURL((url) => url.searchParams.getAll('brand').length === 1);
    await page.getByText(en('storeCatalog.resultCount_other', { count: 3 }), { exact: true }).waitFor();
    expect((await cards(page).allTextContents()).map((t) => t.match(/Brisa [a-z ]+/)?.[0])).toEqual(['Brisa orange juice', 'Brisa sparkling lemonade', 'Brisa tonic water']);
    // A dimension's own counts ignore its own filter, so the other brand still says what it would give.
    expect(await facet(page, 'Alpenhof').count()).toBe('26');
    expect(await facet(page, 'Brisa').checkbox.isChecked()).toBe(true);
    expect(await facet(page, 'horeca').count()).toBe('1');
    // The filter survives a search within it.
    await search(page, 'orange');
    expect(new URL(page.url()).searchParams.getAll('brand')).toHaveLength(1);
    await expect.poll(() => cards(page).count()).toBe(1);
    await screenshot(page, 'store-catalog-filtered');

    await page.getByRole('link', { name: en('storeCatalog.removeFilter', { facet: en('storeCatalog.facet.brand'), name: 'Brisa' }) }).click();
    await page.waitForURL((url) => url.searchParams.getAll('brand').length === 0);
    await expect.poll(() => cards(page).count()).toBe(1); // still searching "orange"

    // A filter that leaves nothing: the empty state offers to clear it.
    await page.goto(`${server.url}/?q=cheese`);
    await facet(page, 'Brisa').checkbox.waitFor({ state: 'detached' }); // no Brisa cheese: no Brisa value
    await page.goto(`${server.url}/?q=cheese&brand=${encodeURIComponent(ids.brisa)}`);
    await page.getByRole('heading', { name: en('storeCatalog.nothingMatches') }).waitFor();
    await page.getByRole('main').getByRole('link', { name: en('storeCatalog.clearFilters') }).first().click();
    await page.getByText(en('storeCatalog.resultCount_other', { count: 26 }), { exact: true }).waitFor();
    expect(shop.problems).toEqual([]);
  });

  it('pages forward and back with cursors, and sorts', async () => {
    const page = shop.page;
    await page.goto(`${server.url}/`);
    expect(await cards(page).first().textContent()).toContain('Alpenhof cheese 01');
    await page.getByRole('link', { name: en('storeCatalog.nextPage') }).click();
    await page.waitForURL((url) => url.searchParams.has('after'));
    await expect.poll(() => cards(page).count()).toBe(5);
    expect(await cards(page).first().textContent()).toContain('Alpenhof cheese 25');
    expect(await page.getByRole('link', { name: en('storeCatalog.nextPage') }).count()).toBe(0);
    await page.getByRole('link', { name: en('storeCatalog.previousPage') }).click();
    await page.waitForURL((url) => url.searchParams.has('before'));
    await expect.poll(() => cards(page).count()).toBe(24);
    expect(await cards(page).first().textContent()).toContain('Alpenhof cheese 01');
    expect(await page.getByRole('link', { name: en('storeCatalog.previousPage') }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.has('offset')).toBe(false);

    await page.getByLabel(en('storeCatalog.sortLabel')).selectOption('name-desc');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'name-desc');
    await expect.poll(async () => cards(page).first().textContent()).toContain('Brisa tonic water');
    // A hand-made cursor or filter id is not an error page: the search starts again.
    await page.goto(`${server.url}/?q=cheese&after=not-a-cursor&brand=nope`);
    await page.waitForURL((url) => url.search === '?q=cheese');
    await page.getByText(en('storeCatalog.resultCount_other', { count: 26 }), { exact: true }).waitFor();
    expect(shop.problems).toEqual([]);
  });

  it('adds to the cart from a card in whole packs and updates the cart count', async () => {
    const page = shop.page;
    await page.goto(`${server.url}/?q=orange`);
    const juice = page.getByRole('article', { name: 'Brisa orange juice' });
    await juice.getByText(en('storeCatalog.packHint', { size: 12, unit: 'bottle' })).waitFor();
    await juice.getByLabel(en('product.quantityFor', { name: 'Brisa orange juice' })).fill('5');
    await juice.getByRole('button', { name: en('product.addToCart') }).click();
    await juice.getByText(en('product.added_other', { count: 12 })).waitFor();
    await juice.getByText(en('storeCatalog.roundedUp', { requested: 5, quantity: 12, packSize: 12 })).waitFor();
    await page.getByLabel(en('nav.cartLines_one', { count: 1 })).waitFor();
    expect(shop.problems).toEqual([]);
  });

  it('opens a product page with its details and adds to the cart from it', async () => {
    const page = shop.page;
    await page.goto(`${server.url}/?q=lemonade`);
    await page.getByRole('link', { name: 'Brisa sparkling lemonade' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/products/'));
    await page.getByRole('heading', { name: 'Brisa sparkling lemonade', level: 1 }).waitFor();
    const main = page.getByRole('main');
    await expect.poll(() => main.getByRole('img', { name: en('storeCatalog.imageAlt', { name: 'Brisa sparkling lemonade' }) }).evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(480);
    await main.getByText(MESSAGE).waitFor();
    for (const text of ['Lightly sparkling lemonade with Sicilian lemons.', 'BRI-100', '5401234000104', 'Summer 2026', 'Fabrica Norte', 'horeca', en('product.inStock', { count: 120 }), '€1.20']) {
      await main.getByText(text).first().waitFor();
    }
    await main.getByText(en('storeCatalog.packSizeValue', { size: 6, unit: 'bottle' }), { exact: true }).waitFor();

    // A whole number of packs goes in as is; 7 becomes two packs of 6.
    const quantity = main.getByLabel(en('product.quantityFor', { name: 'Brisa sparkling lemonade' }));
    expect(await quantity.getAttribute('step')).toBe('6');
    await quantity.fill('7');
    await main.getByRole('button', { name: en('product.addToCart') }).click();
    await main.getByText(en('storeCatalog.roundedUp', { requested: 7, quantity: 12, packSize: 6 })).waitFor();
    await page.getByLabel(en('nav.cartLines_other', { count: 2 })).waitFor();
    await quantity.fill('6');
    await main.getByRole('button', { name: en('product.addToCart') }).click();
    await main.getByText(en('product.added_other', { count: 6 })).waitFor();
    expect(await main.getByText(en('storeCatalog.roundedUp', { requested: 6, quantity: 6, packSize: 6 })).count()).toBe(0);
    await screenshot(page, 'store-catalog-product');

    const token = await signInShop(server, 'buyer@terrasse.test', PASSWORD);
    const cart = await api(`{ cart { lines { quantity product { reference } } } }`, {}, token);
    expect(cart.cart.lines).toEqual([
      { quantity: 12, product: { reference: 'BRI-101' } },
      { quantity: 18, product: { reference: 'BRI-100' } },
    ]);
    expect(shop.problems).toEqual([]);
  });

  it('a product the customer may not see, or no product at all, is a plain 404 page', async () => {
    const page = shop.page;
    for (const id of [ids.hidden, 'no-such-product']) {
      const response = await page.goto(`${server.url}/products/${encodeURIComponent(id!)}`);
      expect(response?.status()).toBe(404);
      await page.getByRole('heading', { name: en('storeCatalog.notFound.title') }).waitFor();
      expect(await page.getByText('Costa').count()).toBe(0);
    }
    await page.getByRole('link', { name: en('storeCatalog.notFound.back') }).click();
    await page.waitForURL((url) => url.pathname === '/');
    // The 404's console error is the browser reporting the status, not a page error.
    expect(shop.problems.filter((p) => !p.includes('404'))).toEqual([]);
  });

  it('works on a 390 px phone: the filters fold away above the products', async () => {
    const phone = await openSession(browser, { viewport: { width: 390, height: 844 } });
    await signInToStore(phone.page, server, 'buyer@terrasse.test', PASSWORD);
    const page = phone.page;
    await page.getByRole('heading', { name: en('catalog.title'), level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect.poll(() => page.locator('details.facets').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const first = await cards(page).first().boundingBox();
    expect(first!.y).toBeLessThan(844);
    await screenshot(page, 'store-catalog-390');
    // Unfolded, the filters work as on a computer.
    await page.getByText(en('storeCatalog.filters'), { exact: true }).click();
    await facet(page, 'Brisa').checkbox.check();
    await page.waitForURL((url) => url.searchParams.getAll('brand').length === 1);
    await page.getByText(en('storeCatalog.resultCount_other', { count: 3 }), { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'store-catalog-390-filters');
    await page.getByRole('button', { name: en('storeCatalog.showResults_other', { count: 3 }) }).click();
    expect(await page.locator('details.facets').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await expect.poll(async () => (await cards(page).first().boundingBox())!.y).toBeLessThan(400);
    await page.goto(`${server.url}/products/${encodeURIComponent(ids.lemonade!)}`);
    await page.getByRole('heading', { name: 'Brisa sparkling lemonade', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'store-catalog-product-390');
    expect(phone.problems).toEqual([]);
    await phone.context.close();
  });

  it('staff viewing as the customer see the same catalog, read-only', async () => {
    const staff = await openSession(browser);
    const page = staff.page;
    await signInToHub(page, server, 'nora@supplier.test', 'nora1234');
    await page.goto(`${server.url}/hub/customers/${encodeURIComponent(customerId)}`);
    await page.getByRole('button', { name: en('viewAs.start') }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByText(MESSAGE).waitFor();
    await page.getByText(en('storeCatalog.resultCount_other', { count: 29 }), { exact: true }).waitFor();
    expect(await facet(page, 'Brisa').count()).toBe('3');
    expect(await page.getByText('Costa', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: en('product.addToCart') }).count()).toBe(0);
    await page.goto(`${server.url}/products/${encodeURIComponent(ids.lemonade!)}`);
    await page.getByText(en('storeCatalog.readOnly')).waitFor();
    await page.getByText(en('product.inStock', { count: 120 })).waitFor();
    expect(await page.getByRole('button', { name: en('product.addToCart') }).count()).toBe(0);
    const response = await page.goto(`${server.url}/products/${encodeURIComponent(ids.hidden!)}`);
    expect(response?.status()).toBe(404);
    expect(pathOf(page)).toContain('/products/');
    expect(staff.problems.filter((p) => !p.includes('404'))).toEqual([]);
    await staff.context.close();
  });
});
