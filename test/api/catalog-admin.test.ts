import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, signInShop, signInStaff } from '../support/fixtures.js';
import { CUSTOMER_CREATE, CUSTOMER_UPDATE, GRANT, PASSWORD_CHANGE } from '../support/graphql-ops.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { Product } from '../../server/modules/catalog/entities/product.entity.js';

// Staff manage the catalog (product C1, C3, C4): products, managed lists, price levels and prices,
// storage locations and stock, product images. Integrators with CATALOG_READ may only read.

let server: TestServer;
let admin: string;
let sales: string;
let shop: string;
let integrator: string;
let catalog: Awaited<ReturnType<typeof createCatalog>>;
const gid = (type: string, id: string) => catalog.gid(type, id);

/** An EAN-13 with a correct check digit, from 12 digits. */
function ean13(twelve: string): string {
  const sum = [...twelve].reduce((acc, d, i) => acc + Number(d) * (i % 2 ? 3 : 1), 0);
  return `${twelve}${(10 - (sum % 10)) % 10}`;
}

const PRODUCT = `id reference barcode name description unit packSize active brand { name } season { name } manufacturer { name } tags { name } imageUrl`;
const CREATE = `mutation($i: ProductCreateInput!) { productCreate(input: $i) { product { ${PRODUCT} } userErrors { field code message } } }`;
const UPDATE = `mutation($i: ProductUpdateInput!) { productUpdate(input: $i) { product { ${PRODUCT} } userErrors { field code message } } }`;
const LIST_CREATE = (t: string) => `mutation($i: ${t}CreateInput!) { ${lower(t)}Create(input: $i) { ${lower(t)} { id name } userErrors { field code message } } }`;
const LIST_UPDATE = (t: string) => `mutation($i: ${t}UpdateInput!) { ${lower(t)}Update(input: $i) { ${lower(t)} { id name } userErrors { field code message } } }`;
const LIST_DELETE = (t: string) => `mutation($i: ${t}DeleteInput!) { ${lower(t)}Delete(input: $i) { deleted${t}Id userErrors { field code message } } }`;
const LEVEL_CREATE = `mutation($i: PriceLevelCreateInput!) { priceLevelCreate(input: $i) { priceLevel { id code name currencyCode isDefault } userErrors { field code message } } }`;
const LEVEL_UPDATE = `mutation($i: PriceLevelUpdateInput!) { priceLevelUpdate(input: $i) { priceLevel { id code name currencyCode isDefault } userErrors { field code message } } }`;
const LOCATION_CREATE = `mutation($i: StorageLocationCreateInput!) { storageLocationCreate(input: $i) { storageLocation { id code name isDefault defaultShippingCost { amount currencyCode } } userErrors { field code message } } }`;
const LOCATION_UPDATE = `mutation($i: StorageLocationUpdateInput!) { storageLocationUpdate(input: $i) { storageLocation { id code name isDefault defaultShippingCost { amount } } userErrors { field code message } } }`;
const PRICES_SET = `mutation($i: ProductPricesSetInput!) { productPricesSet(input: $i) { priceLevel { code } products { reference prices { priceLevel { code } amount { amount currencyCode } } } userErrors { field code message } } }`;
const STOCK_SET = `mutation($i: StockLevelsSetInput!) { stockLevelsSet(input: $i) { storageLocation { code } products { reference stockLevels { storageLocation { code } quantity } } userErrors { field code message } } }`;

function lower(t: string) {
  return t.charAt(0).toLowerCase() + t.slice(1);
}
const codes = (r: any, op: string) => r.data[op].userErrors.map((e: any) => e.code);
const productCount = () => server.app.services.orm.em.fork().count(Product, {});

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@cat.test', password: 'admin1234', role: StaffRole.ADMIN });
  await createStaff(em, { email: 'sales@cat.test', password: 'sales1234', role: StaffRole.SALES, language: 'fr' as never });
  catalog = await createCatalog(em);
  admin = await signInStaff(server, 'admin@cat.test', 'admin1234');
  sales = await signInStaff(server, 'sales@cat.test', 'sales1234');
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name: 'Bistro', customerNumber: 'CA-1', contacts: [{ email: 'buyer@cat.test' }] } }, { token: admin });
  await server.graphql(GRANT, { i: { customerId: c.data.customerCreate.customer.id, email: 'buyer@cat.test', password: 'cccc1234', passwordConfirmation: 'cccc1234' } }, { token: admin });
  shop = await signInShop(server, 'buyer@cat.test', 'cccc1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'cccc1234', newPassword: 'cccc5678', newPasswordConfirmation: 'cccc5678' } }, { token: shop });
  const t = await server.graphql(`mutation { apiTokenCreate(input: { name: "erp", scopes: [CATALOG_READ] }) { token } }`, {}, { token: admin });
  integrator = t.data.apiTokenCreate.token;
});
afterAll(() => server?.close());

async function listItem(type: string, name: string): Promise<string> {
  const r = await server.graphql(LIST_CREATE(type), { i: { name } }, { token: admin });
  expect(r.data[`${lower(type)}Create`].userErrors).toEqual([]);
  return r.data[`${lower(type)}Create`][lower(type)].id;
}

describe('managed lists: brands, seasons, tags, manufacturers', () => {
  for (const type of ['Brand', 'Season', 'Tag', 'Manufacturer']) {
    it(`${type}: create trimmed, unique regardless of case, rename, refuse blank and too long`, async () => {
      const created = await server.graphql(LIST_CREATE(type), { i: { name: `  Alpha ${type}  ` } }, { token: sales });
      const item = created.data[`${lower(type)}Create`][lower(type)];
      expect(item.name).toBe(`Alpha ${type}`);
      const dup = await server.graphql(LIST_CREATE(type), { i: { name: `alpha ${type.toUpperCase()}` } }, { token: sales });
      expect(dup.data[`${lower(type)}Create`].userErrors).toEqual([{ field: ['input', 'name'], code: 'TAKEN', message: 'Cette valeur est déjà utilisée.' }]);
      expect(codes(await server.graphql(LIST_CREATE(type), { i: { name: '   ' } }, { token: admin }), `${lower(type)}Create`)).toEqual(['REQUIRED']);
      expect(codes(await server.graphql(LIST_CREATE(type), { i: { name: 'x'.repeat(121) } }, { token: admin }), `${lower(type)}Create`)).toEqual(['TOO_LONG']);
      const other = await listItem(type, `Beta ${type}`);
      const clash = await server.graphql(LIST_UPDATE(type), { i: { id: other, name: `ALPHA ${type}` } }, { token: admin });
      expect(codes(clash, `${lower(type)}Update`)).toEqual(['TAKEN']);
      const renamed = await server.graphql(LIST_UPDATE(type), { i: { id: item.id, name: `Gamma ${type}` } }, { token: admin });
      expect(renamed.data[`${lower(type)}Update`]).toEqual({ [lower(type)]: { id: item.id, name: `Gamma ${type}` }, userErrors: [] });
      const unknown = await server.graphql(LIST_UPDATE(type), { i: { id: gid(type, '00000000-0000-4000-8000-000000000000'), name: 'X' } }, { token: admin });
      expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    });
  }

  it('deleting an item in use clears it from products; one named in a customer\'s visibility is refused', async () => {
    const brand = await listItem('Brand', 'Doomed');
    const season = await listItem('Season', 'Doomed season');
    const tag = await listItem('Tag', 'doomed-tag');
    const maker = await listItem('Manufacturer', 'Doomed Works');
    const p = await server.graphql(CREATE, { i: { reference: 'DEL-1', name: 'Uses doomed items', brandId: brand, seasonId: season, tagIds: [tag], manufacturerId: maker } }, { token: admin });
    expect(p.data.productCreate.product).toMatchObject({ brand: { name: 'Doomed' }, season: { name: 'Doomed season' }, manufacturer: { name: 'Doomed Works' }, tags: [{ name: 'doomed-tag' }] });
    for (const [type, id] of [['Brand', brand], ['Season', season], ['Tag', tag], ['Manufacturer', maker]]) {
      const r = await server.graphql(LIST_DELETE(type), { i: { id } }, { token: admin });
      expect(r.data[`${lower(type)}Delete`]).toEqual({ [`deleted${type}Id`]: id, userErrors: [] });
    }
    const after = await server.graphql(`query($id: ID!) { product(id: $id) { brand { name } season { name } manufacturer { name } tags { name } } }`, { id: p.data.productCreate.product.id }, { token: admin });
    expect(after.data.product).toEqual({ brand: null, season: null, manufacturer: null, tags: [] });

    const kept = await listItem('Brand', 'Kept for a customer');
    const customer = (await server.graphql(`{ customers(first: 1) { edges { node { id } } } }`, {}, { token: admin })).data.customers.edges[0].node.id;
    await server.graphql(CUSTOMER_UPDATE, { i: { id: customer, visibility: { brandIds: [kept] } } }, { token: admin });
    const refused = await server.graphql(LIST_DELETE('Brand'), { i: { id: kept } }, { token: admin });
    expect(refused.data.brandDelete).toEqual({
      deletedBrandId: null,
      userErrors: [{ field: ['input', 'id'], code: 'IN_USE', message: 'The visibility of 1 customer(s) uses this. Change their visibility first.' }],
    });
    await server.graphql(CUSTOMER_UPDATE, { i: { id: customer, visibility: { brandIds: [] } } }, { token: admin });
  });
});

describe('products (C1)', () => {
  let brand: string;
  let season: string;
  let maker: string;
  let organic: string;
  let vegan: string;
  beforeAll(async () => {
    brand = await listItem('Brand', 'Nordic');
    season = await listItem('Season', 'Summer 2026');
    maker = await listItem('Manufacturer', 'Fjord Foods');
    organic = await listItem('Tag', 'organic');
    vegan = await listItem('Tag', 'vegan');
  });

  it('creates a product with every field', async () => {
    const barcode = ean13('400638133393');
    const r = await server.graphql(
      CREATE,
      { i: { reference: ' JUI-1 ', name: 'Apple juice 1L', barcode, description: 'Cloudy', brandId: brand, seasonId: season, manufacturerId: maker, tagIds: [organic, vegan], unit: 'bottle', packSize: 6, active: true } },
      { token: sales },
    );
    expect(r.data.productCreate.userErrors).toEqual([]);
    expect(r.data.productCreate.product).toMatchObject({
      reference: 'JUI-1',
      barcode,
      name: 'Apple juice 1L',
      description: 'Cloudy',
      unit: 'bottle',
      packSize: 6,
      active: true,
      brand: { name: 'Nordic' },
      season: { name: 'Summer 2026' },
      manufacturer: { name: 'Fjord Foods' },
      tags: [{ name: 'organic' }, { name: 'vegan' }],
      imageUrl: null,
    });
    const defaults = await server.graphql(CREATE, { i: { reference: 'JUI-2', name: 'Pear juice' } }, { token: admin });
    expect(defaults.data.productCreate.product).toMatchObject({ unit: 'piece', packSize: 1, active: true, barcode: null, tags: [] });
  });

  it('reports every problem on its field and writes nothing', async () => {
    const before = await productCount();
    const r = await server.graphql(
      CREATE,
      {
        i: {
          reference: 'COF-1',
          name: '',
          barcode: '5400000000014',
          brandId: gid('Brand', '00000000-0000-4000-8000-000000000000'),
          seasonId: 'garbage',
          manufacturerId: gid('Manufacturer', '00000000-0000-4000-8000-000000000000'),
          tagIds: [organic, gid('Tag', '00000000-0000-4000-8000-000000000000')],
          packSize: 0,
          unit: 'u'.repeat(21),
        },
      },
      { token: admin },
    );
    expect(r.data.productCreate.product).toBeNull();
    expect(r.data.productCreate.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([
      ['input.reference', 'TAKEN'],
      ['input.name', 'REQUIRED'],
      ['input.barcode', 'INVALID_BARCODE'],
      ['input.unit', 'TOO_LONG'],
      ['input.packSize', 'INVALID_VALUE'],
      ['input.brandId', 'UNKNOWN_BRAND'],
      ['input.seasonId', 'UNKNOWN_SEASON'],
      ['input.manufacturerId', 'UNKNOWN_MANUFACTURER'],
      ['input.tagIds.1', 'UNKNOWN_TAG'],
    ]);
    const taken = await server.graphql(CREATE, { i: { reference: 'JUI-3', name: 'x', barcode: ean13('400638133393') } }, { token: admin });
    expect(taken.data.productCreate.userErrors).toEqual([{ field: ['input', 'barcode'], code: 'TAKEN', message: 'This value is already used.' }]);
    const long = await server.graphql(CREATE, { i: { reference: 'R'.repeat(65), name: 'n'.repeat(301) } }, { token: admin });
    expect(codes(long, 'productCreate')).toEqual(['TOO_LONG', 'TOO_LONG']);
    expect(await productCount()).toBe(before);
  });

  it('messages are in the viewer\'s language', async () => {
    const r = await server.graphql(CREATE, { i: { reference: 'FR-1', name: 'x', barcode: '123' } }, { token: sales });
    expect(r.data.productCreate.userErrors[0].message).toBe('Ce code-barres n\'est pas un EAN/GTIN valide : vérifiez les chiffres et la clé de contrôle.');
  });

  it('updates only the fields given; null clears optional ones', async () => {
    const id = (await server.graphql(`{ product(reference: "JUI-1") { id } }`, {}, { token: admin })).data.product.id;
    const r = await server.graphql(UPDATE, { i: { id, name: 'Apple juice 1 L', tagIds: [vegan] } }, { token: admin });
    expect(r.data.productUpdate.userErrors).toEqual([]);
    expect(r.data.productUpdate.product).toMatchObject({ reference: 'JUI-1', name: 'Apple juice 1 L', description: 'Cloudy', packSize: 6, brand: { name: 'Nordic' }, tags: [{ name: 'vegan' }] });
    const cleared = await server.graphql(UPDATE, { i: { id, barcode: null, brandId: null, description: null, tagIds: [] } }, { token: admin });
    expect(cleared.data.productUpdate.product).toMatchObject({ barcode: null, brand: null, description: null, tags: [], season: { name: 'Summer 2026' } });
    const bad = await server.graphql(UPDATE, { i: { id, reference: 'WAT-1', name: null, packSize: -2, active: null } }, { token: admin });
    expect(bad.data.productUpdate.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([
      ['input.reference', 'TAKEN'],
      ['input.name', 'REQUIRED'],
      ['input.packSize', 'INVALID_VALUE'],
      ['input.active', 'REQUIRED'],
    ]);
    expect(bad.data.productUpdate.product).toMatchObject({ reference: 'JUI-1', name: 'Apple juice 1 L' });
    const unknown = await server.graphql(UPDATE, { i: { id: gid('Product', '00000000-0000-4000-8000-000000000000'), name: 'x' } }, { token: admin });
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('deactivating hides the product from the store; reactivating shows it again', async () => {
    const id = gid('Product', catalog.coffee.id);
    const visible = () => server.graphql(`{ products(first: 50) { edges { node { reference } } } }`, {}, { token: shop }).then((r) => r.data.products.edges.map((e: any) => e.node.reference));
    expect(await visible()).toContain('COF-1');
    const off = await server.graphql(UPDATE, { i: { id, active: false } }, { token: admin });
    expect(off.data.productUpdate.product.active).toBe(false);
    expect(await visible()).not.toContain('COF-1');
    const on = await server.graphql(UPDATE, { i: { id, active: true } }, { token: admin });
    expect(on.data.productUpdate.product.active).toBe(true);
    expect(await visible()).toContain('COF-1');
  });
});

describe('price levels and prices (C3)', () => {
  it('creates levels; exactly one default; codes unique regardless of case', async () => {
    const r = await server.graphql(LEVEL_CREATE, { i: { code: 'EXPORT', name: 'Export', currencyCode: 'USD' } }, { token: admin });
    expect(r.data.priceLevelCreate.priceLevel).toMatchObject({ code: 'EXPORT', currencyCode: 'USD', isDefault: false });
    expect(codes(await server.graphql(LEVEL_CREATE, { i: { code: 'horeca', name: 'Dup' } }, { token: admin }), 'priceLevelCreate')).toEqual(['TAKEN']);
    expect(codes(await server.graphql(LEVEL_CREATE, { i: { code: ' ', name: '' } }, { token: admin }), 'priceLevelCreate')).toEqual(['REQUIRED', 'REQUIRED']);
    expect(codes(await server.graphql(LEVEL_CREATE, { i: { code: 'A B', name: 'Spaces' } }, { token: admin }), 'priceLevelCreate')).toEqual(['INVALID_VALUE']);

    const defaults = async () => (await server.graphql(`{ priceLevels { code isDefault } }`, {}, { token: admin })).data.priceLevels.filter((l: any) => l.isDefault).map((l: any) => l.code);
    expect(await defaults()).toEqual(['STANDARD']);
    const made = await server.graphql(LEVEL_UPDATE, { i: { id: r.data.priceLevelCreate.priceLevel.id, isDefault: true, name: 'Export (USD)' } }, { token: admin });
    expect(made.data.priceLevelUpdate.priceLevel).toMatchObject({ name: 'Export (USD)', isDefault: true });
    expect(await defaults()).toEqual(['EXPORT']);
    const unset = await server.graphql(LEVEL_UPDATE, { i: { id: r.data.priceLevelCreate.priceLevel.id, isDefault: false } }, { token: admin });
    expect(unset.data.priceLevelUpdate.userErrors).toEqual([
      { field: ['input', 'isDefault'], code: 'DEFAULT_REQUIRED', message: 'One of them must stay the default: make another one the default instead.' },
    ]);
    const back = await server.graphql(LEVEL_UPDATE, { i: { id: gid('PriceLevel', catalog.standard.id), isDefault: true } }, { token: admin });
    expect(back.data.priceLevelUpdate.userErrors).toEqual([]);
    expect(await defaults()).toEqual(['STANDARD']);
    const created = await server.graphql(LEVEL_CREATE, { i: { code: 'VIP', name: 'VIP', isDefault: true } }, { token: admin });
    expect(created.data.priceLevelCreate.priceLevel.isDefault).toBe(true);
    expect(await defaults()).toEqual(['VIP']);
    await server.graphql(LEVEL_UPDATE, { i: { id: gid('PriceLevel', catalog.standard.id), isDefault: true } }, { token: admin });
    const rename = await server.graphql(LEVEL_UPDATE, { i: { id: created.data.priceLevelCreate.priceLevel.id, code: 'STANDARD' } }, { token: admin });
    expect(codes(rename, 'priceLevelUpdate')).toEqual(['TAKEN']);
    const unknown = await server.graphql(LEVEL_UPDATE, { i: { id: 'nope', name: 'x' } }, { token: admin });
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('sets and removes prices in one level; amounts are exact decimals', async () => {
    const horeca = gid('PriceLevel', catalog.horeca.id);
    const water = gid('Product', catalog.water.id);
    const napkins = gid('Product', catalog.unpriced.id);
    const r = await server.graphql(PRICES_SET, { i: { priceLevelId: horeca, prices: [{ productId: water, amount: '0.7250' }, { productId: napkins, amount: '3' }] } }, { token: admin });
    expect(r.data.productPricesSet.userErrors).toEqual([]);
    expect(r.data.productPricesSet.products.find((p: any) => p.reference === 'WAT-1').prices).toEqual([
      { priceLevel: { code: 'HORECA' }, amount: { amount: '0.725', currencyCode: 'EUR' } },
      { priceLevel: { code: 'STANDARD' }, amount: { amount: '0.80', currencyCode: 'EUR' } },
    ]);
    const removed = await server.graphql(PRICES_SET, { i: { priceLevelId: horeca, prices: [{ productId: napkins, amount: null }] } }, { token: admin });
    expect(removed.data.productPricesSet.products[0].prices).toEqual([]);

    const bad = await server.graphql(
      PRICES_SET,
      {
        i: {
          priceLevelId: horeca,
          prices: [
            { productId: water, amount: '-1' },
            { productId: napkins, amount: '1.23456' },
            { productId: gid('Product', '00000000-0000-4000-8000-000000000000'), amount: '1' },
            { productId: water, amount: '2' },
          ],
        },
      },
      { token: admin },
    );
    expect(bad.data.productPricesSet.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([
      ['input.prices.2.productId', 'PRODUCT_NOT_FOUND'],
      ['input.prices.3.productId', 'INVALID_VALUE'],
      ['input.prices.0.amount', 'INVALID_AMOUNT'],
      ['input.prices.1.amount', 'INVALID_AMOUNT'],
    ]);
    const still = await server.graphql(`query($id: ID!) { product(id: $id) { prices { priceLevel { code } amount { amount } } } }`, { id: water }, { token: admin });
    expect(still.data.product.prices[0]).toEqual({ priceLevel: { code: 'HORECA' }, amount: { amount: '0.725' } });
    const unknownLevel = await server.graphql(PRICES_SET, { i: { priceLevelId: gid('PriceLevel', '00000000-0000-4000-8000-000000000000'), prices: [] } }, { token: admin });
    expect(unknownLevel.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('a removed price makes the product not orderable at that level for the store', async () => {
    const standard = gid('PriceLevel', catalog.standard.id);
    const water = gid('Product', catalog.water.id);
    const q = `query($id: ID!) { product(id: $id) { orderable price { amount } } }`;
    expect((await server.graphql(q, { id: water }, { token: shop })).data.product).toEqual({ orderable: true, price: { amount: '0.80' } });
    await server.graphql(PRICES_SET, { i: { priceLevelId: standard, prices: [{ productId: water, amount: null }] } }, { token: admin });
    expect((await server.graphql(q, { id: water }, { token: shop })).data.product).toEqual({ orderable: false, price: null });
    await server.graphql(PRICES_SET, { i: { priceLevelId: standard, prices: [{ productId: water, amount: '0.80' }] } }, { token: admin });
  });
});

describe('storage locations and stock (C4)', () => {
  it('creates and changes locations; exactly one default; shipping cost is a decimal', async () => {
    const r = await server.graphql(LOCATION_CREATE, { i: { code: 'EAST', name: 'East', defaultShippingCost: '7.5' } }, { token: admin });
    expect(r.data.storageLocationCreate.storageLocation).toMatchObject({ code: 'EAST', isDefault: false, defaultShippingCost: { amount: '7.50', currencyCode: 'EUR' } });
    const bad = await server.graphql(LOCATION_CREATE, { i: { code: 'north', name: 'N', defaultShippingCost: '1.234' } }, { token: admin });
    expect(bad.data.storageLocationCreate.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([
      ['input.code', 'TAKEN'],
      ['input.defaultShippingCost', 'INVALID_AMOUNT'],
    ]);
    expect(codes(await server.graphql(LOCATION_CREATE, { i: { code: 'WEST', name: 'W', defaultShippingCost: '-3' } }, { token: admin }), 'storageLocationCreate')).toEqual(['INVALID_AMOUNT']);
    const id = r.data.storageLocationCreate.storageLocation.id;
    const made = await server.graphql(LOCATION_UPDATE, { i: { id, isDefault: true, defaultShippingCost: '0' } }, { token: admin });
    expect(made.data.storageLocationUpdate.storageLocation).toMatchObject({ isDefault: true, defaultShippingCost: { amount: '0.00' } });
    const list = await server.graphql(`{ storageLocations { code isDefault } }`, {}, { token: admin });
    expect(list.data.storageLocations.filter((l: any) => l.isDefault).map((l: any) => l.code)).toEqual(['EAST']);
    expect(codes(await server.graphql(LOCATION_UPDATE, { i: { id, isDefault: false } }, { token: admin }), 'storageLocationUpdate')).toEqual(['DEFAULT_REQUIRED']);
    await server.graphql(LOCATION_UPDATE, { i: { id: gid('StorageLocation', catalog.north.id), isDefault: true } }, { token: admin });
    const unknown = await server.graphql(LOCATION_UPDATE, { i: { id: 'nope', name: 'x' } }, { token: admin });
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('sets stock per location; every location is listed on the product', async () => {
    const south = gid('StorageLocation', catalog.south.id);
    const water = gid('Product', catalog.water.id);
    const r = await server.graphql(STOCK_SET, { i: { storageLocationId: south, levels: [{ productId: water, quantity: 120 }] } }, { token: sales });
    expect(r.data.stockLevelsSet.userErrors).toEqual([]);
    expect(r.data.stockLevelsSet.products[0].stockLevels).toEqual([
      { storageLocation: { code: 'EAST' }, quantity: 0 },
      { storageLocation: { code: 'NORTH' }, quantity: 0 },
      { storageLocation: { code: 'SOUTH' }, quantity: 120 },
    ]);
    const bad = await server.graphql(
      STOCK_SET,
      { i: { storageLocationId: south, levels: [{ productId: water, quantity: -1 }, { productId: 'nope', quantity: 1 }] } },
      { token: sales },
    );
    expect(bad.data.stockLevelsSet.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([
      ['input.levels.1.productId', 'PRODUCT_NOT_FOUND'],
      ['input.levels.0.quantity', 'INVALID_VALUE'],
    ]);
    const still = await server.graphql(`query($id: ID!) { product(id: $id) { stockLevels { quantity } } }`, { id: water }, { token: admin });
    expect(still.data.product.stockLevels.map((s: any) => s.quantity)).toEqual([0, 0, 120]);
  });

  it('prices and stock of a page of products load in a fixed number of statements', async () => {
    const counted: string[] = [];
    const em = server.app.services.orm.em;
    const knex = em.getKnex();
    const onQuery = (q: { sql: string }) => counted.push(q.sql);
    knex.on('query', onQuery);
    try {
      const q = (n: number) => `{ products(first: ${n}) { edges { node { reference prices { amount { amount } } stockLevels { quantity } manufacturer { name } imageUrl } } } }`;
      const statements = async (n: number) => {
        await server.graphql(q(n), {}, { token: admin }); // warm the viewer's session lookups alike
        counted.length = 0;
        const r = await server.graphql(q(n), {}, { token: admin });
        expect(r.errors).toBeUndefined();
        expect(r.data.products.edges.length).toBe(n);
        return counted.length;
      };
      const one = await statements(1);
      const four = await statements(4);
      expect(four).toBe(one);
      expect(four).toBeLessThan(20);
    } finally {
      knex.off('query', onQuery);
    }
  });
});

describe('product images', () => {
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR fake png body for tests')]);
  const upload = (productId: string, body: Buffer, options: { type?: string; name?: string; token?: string | null; field?: string } = {}) => {
    const form = new FormData();
    form.append(options.field ?? 'image', new Blob([new Uint8Array(body)], { type: options.type ?? 'image/png' }), options.name ?? 'picture.png');
    const headers: Record<string, string> = { 'accept-language': 'en' };
    if (options.token !== null) headers.authorization = `Bearer ${options.token ?? admin}`;
    return fetch(`${server.url}/api/products/${productId}/image`, { method: 'POST', body: form, headers });
  };

  it('staff upload an image; it is served with immutable caching at the product\'s imageUrl', async () => {
    const id = gid('Product', catalog.coffee.id);
    const res = await upload(id, png);
    expect(res.status).toBe(200);
    const body = await res.json();
    const sha = createHash('sha256').update(png).digest('hex');
    expect(body).toEqual({ imageUrl: `${server.url}/images/products/${id}/${sha}.png`, contentType: 'image/png', sha256: sha });
    const product = await server.graphql(`query($id: ID!) { product(id: $id) { imageUrl } }`, { id }, { token: shop });
    expect(product.data.product.imageUrl).toBe(body.imageUrl);

    const served = await fetch(body.imageUrl);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(served.headers.get('etag')).toBe(`"${sha}"`);
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    const again = await fetch(body.imageUrl, { headers: { 'if-none-match': `"${sha}"` } });
    expect(again.status).toBe(304);

    // A new image gets a new URL; the old one is gone.
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('fake jpeg')]);
    const replaced = await (await upload(id, jpeg, { type: 'image/jpeg', name: 'p.jpg' })).json();
    expect(replaced.imageUrl).toMatch(/\.jpg$/);
    expect((await fetch(body.imageUrl)).status).toBe(404);
    expect((await fetch(replaced.imageUrl)).headers.get('content-type')).toBe('image/jpeg');
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0, 0, 0, 0]), Buffer.from('WEBPVP8 fake')]);
    expect((await upload(id, webp, { type: 'image/webp', name: 'p.webp', token: sales })).status).toBe(200);
  });

  it('refuses too big, wrong type, missing file, unknown product, and callers other than staff', async () => {
    const id = gid('Product', catalog.water.id);
    const big = Buffer.concat([png, Buffer.alloc(2 * 1024 * 1024)]);
    const tooBig = await upload(id, big);
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toEqual({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'The image is larger than 2 MB.' } });

    const text = await upload(id, Buffer.from('just some text, not an image'), { type: 'image/png', name: 'renamed.png' });
    expect(text.status).toBe(415);
    expect(await text.json()).toEqual({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Only JPEG, PNG and WebP images are accepted.' } });
    expect((await upload(id, png, { type: 'image/gif', name: 'x.gif' })).status).toBe(415);
    expect((await upload(id, png, { field: 'file' })).status).toBe(400);

    const anonymous = await upload(id, png, { token: null });
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe('UNAUTHENTICATED');
    expect((await upload(id, png, { token: shop })).status).toBe(403);
    expect((await upload(id, png, { token: integrator })).status).toBe(403);
    expect((await upload(gid('Product', '00000000-0000-4000-8000-000000000000'), png)).status).toBe(404);

    const product = await server.graphql(`query($id: ID!) { product(id: $id) { imageUrl } }`, { id }, { token: admin });
    expect(product.data.product.imageUrl).toBeNull();
    expect((await fetch(`${server.url}/images/products/${id}/${'0'.repeat(64)}.png`)).status).toBe(404);
  });

  it('answers in the caller\'s language', async () => {
    const form = new FormData();
    form.append('image', new Blob(['text'], { type: 'text/plain' }), 'a.txt');
    const res = await fetch(`${server.url}/api/products/${gid('Product', catalog.water.id)}/image`, { method: 'POST', body: form, headers: { authorization: `Bearer ${sales}` } });
    expect(res.status).toBe(415);
    expect((await res.json()).error.message).toBe('Seules les images JPEG, PNG et WebP sont acceptées.');
  });
});

describe('authorization', () => {
  type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN';
  const callers = () => ({ anonymous: undefined, shop, sales, admin, integrator }) as Record<string, string | undefined>;
  const WRITE: Record<string, Outcome> = { anonymous: 'UNAUTHENTICATED', shop: 'FORBIDDEN', sales: 'ok', admin: 'ok', integrator: 'FORBIDDEN' };
  const READ: Record<string, Outcome> = { ...WRITE, integrator: 'ok' };
  const ops: Array<[string, string, Record<string, unknown>, Record<string, Outcome>]> = [
    ['productCreate', `mutation { productCreate(input: { reference: "", name: "" }) { userErrors { code } } }`, {}, WRITE],
    ['productUpdate', `mutation($id: ID!) { productUpdate(input: { id: $id }) { userErrors { code } } }`, {}, WRITE],
    ['brandCreate', `mutation { brandCreate(input: { name: "" }) { userErrors { code } } }`, {}, WRITE],
    ['seasonCreate', `mutation { seasonCreate(input: { name: "" }) { userErrors { code } } }`, {}, WRITE],
    ['tagUpdate', `mutation { tagUpdate(input: { id: "x", name: "" }) { userErrors { code } } }`, {}, { ...WRITE, sales: 'NOT_FOUND' as Outcome, admin: 'NOT_FOUND' as Outcome }],
    ['manufacturerDelete', `mutation { manufacturerDelete(input: { id: "x" }) { userErrors { code } } }`, {}, { ...WRITE, sales: 'NOT_FOUND' as Outcome, admin: 'NOT_FOUND' as Outcome }],
    ['priceLevelCreate', `mutation { priceLevelCreate(input: { code: "", name: "" }) { userErrors { code } } }`, {}, WRITE],
    ['priceLevelUpdate', `mutation($l: ID!) { priceLevelUpdate(input: { id: $l }) { userErrors { code } } }`, {}, WRITE],
    ['productPricesSet', `mutation($l: ID!) { productPricesSet(input: { priceLevelId: $l, prices: [] }) { userErrors { code } } }`, {}, WRITE],
    ['storageLocationCreate', `mutation { storageLocationCreate(input: { code: "", name: "" }) { userErrors { code } } }`, {}, WRITE],
    ['storageLocationUpdate', `mutation($s: ID!) { storageLocationUpdate(input: { id: $s }) { userErrors { code } } }`, {}, WRITE],
    ['stockLevelsSet', `mutation($s: ID!) { stockLevelsSet(input: { storageLocationId: $s, levels: [] }) { userErrors { code } } }`, {}, WRITE],
    ['Product.prices and stockLevels', `query($id: ID!) { product(id: $id) { prices { amount { amount } } stockLevels { quantity } } }`, {}, READ],
    ['managed lists', `{ brands { name } seasons { name } tags { name } manufacturers { name } priceLevels { code } storageLocations { code } }`, {}, READ],
  ];
  for (const [name, query, , expected] of ops) {
    it(name, async () => {
      const vars = { id: gid('Product', catalog.coffee.id), l: gid('PriceLevel', catalog.horeca.id), s: gid('StorageLocation', catalog.south.id) };
      const used = Object.fromEntries(Object.entries(vars).filter(([k]) => query.includes(`$${k}`)));
      const actual: Record<string, string> = {};
      for (const [caller, token] of Object.entries(callers())) {
        const r = await server.graphql(query, used, { token });
        actual[caller] = r.errors?.length ? r.errors[0].extensions.code : 'ok';
      }
      expect(actual).toEqual(expected);
    });
  }

  it('a shop user may read the product but not its prices per level', async () => {
    const r = await server.graphql(`query($id: ID!) { product(id: $id) { reference prices { amount { amount } } } }`, { id: gid('Product', catalog.coffee.id) }, { token: shop });
    expect(r.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
