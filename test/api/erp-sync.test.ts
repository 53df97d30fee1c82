import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, shopCustomer, signInStaff } from '../support/fixtures.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';

// The ERP's side of issue 14 (E1, E2): the CATALOG_MANAGE scope and the bulk sync mutations keyed
// by the ERP's own references and codes, against real PostgreSQL.

let server: TestServer;
let admin: string;
const tokens: Record<string, string> = {};
let catalog: Awaited<ReturnType<typeof createCatalog>>;

const PRODUCTS = `mutation($i: ProductsUpsertInput!) { productsUpsert(input: $i) { createdCount updatedCount unchangedCount userErrors { field code message } } }`;
const PRICES = `mutation($i: ProductPricesUpsertInput!) { productPricesUpsert(input: $i) { createdCount updatedCount unchangedCount removedCount userErrors { field code message } } }`;
const STOCK = `mutation($i: StockLevelsUpsertInput!) { stockLevelsUpsert(input: $i) { createdCount updatedCount unchangedCount userErrors { field code message } } }`;
const CUSTOMERS = `mutation($i: CustomersUpsertInput!) { customersUpsert(input: $i) { createdCount updatedCount unchangedCount userErrors { field code message } } }`;
const CUSTOMER_READ = `query($id: ID!) { customer(id: $id) { name documentLanguage updatedAt privateMessage priceLevel { code } storageLocation { code }
  contacts { id name email phone } deliverySites { id name city country } visibility { tags { name } brands { name } seasons { name } manufacturers { name } } } }`;

async function sql<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
  return server.app.services.orm.em.fork().getConnection().execute(text, params) as Promise<T[]>;
}
const prices = async () =>
  Object.fromEntries(
    (await sql(`select p.reference || '@' || l.code as k, pp.amount::text as amount from product_price pp join product p on p.id = pp.product_id join price_level l on l.id = pp.price_level_id`)).map(
      (r) => [r.k, r.amount],
    ),
  );
const stock = async () =>
  Object.fromEntries(
    (await sql(`select p.reference || '@' || l.code as k, s.quantity from stock_level s join product p on p.id = s.product_id join storage_location l on l.id = s.location_id`)).map((r) => [r.k, r.quantity]),
  );
/** Row versions: a row rewritten with the same values still gets a new xmin. */
const versions = (table: string) => sql(`select xmin::text as v from ${table} order by 1`).then((rows) => rows.map((r) => r.v).join());

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@sync.test', password: 'admin1234', role: StaffRole.ADMIN });
  catalog = await createCatalog(em);
  admin = await signInStaff(server, 'admin@sync.test', 'admin1234');
  for (const scope of ['CATALOG_MANAGE', 'CATALOG_READ', 'CUSTOMERS_MANAGE']) {
    const r = await server.graphql(`mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token } }`, { i: { name: `ERP ${scope}`, scopes: [scope] } }, { token: admin });
    tokens[scope] = r.data.apiTokenCreate.token;
  }
  for (const name of ['Bio', 'Winter']) await server.graphql(`mutation($n: String!) { tagCreate(input: { name: $n }) { userErrors { code } } }`, { n: name }, { token: admin });
  await server.graphql(`mutation { brandCreate(input: { name: "Lavazza" }) { userErrors { code } } }`, {}, { token: admin });
});
afterAll(() => server?.close());

describe('CATALOG_MANAGE scope (E1)', () => {
  it('lets a token manage the catalog and read it back; CATALOG_READ and CUSTOMERS_MANAGE tokens are refused', async () => {
    const create = `mutation { productCreate(input: { reference: "SCOPE-1", name: "Scoped product" }) { product { reference } userErrors { code } } }`;
    const ok = await server.graphql(create, {}, { token: tokens.CATALOG_MANAGE });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.productCreate.product.reference).toBe('SCOPE-1');
    for (const op of [
      `mutation { priceLevelCreate(input: { code: "ERP", name: "ERP level", currencyCode: EUR }) { userErrors { code } } }`,
      `mutation { storageLocationCreate(input: { code: "ERPLOC", name: "ERP location" }) { userErrors { code } } }`,
      `mutation { seasonCreate(input: { name: "Summer" }) { userErrors { code } } }`,
      `mutation { catalogImportPreview(input: { csv: "reference;name\\nSCOPE-2;Two" }) { preview { createCount } userErrors { code } } }`,
      `mutation { productPricesUpsert(input: { items: [] }) { createdCount } }`,
      `mutation { stockLevelsUpsert(input: { items: [] }) { createdCount } }`,
      `mutation { productsUpsert(input: { items: [] }) { createdCount } }`,
      `{ product(reference: "SCOPE-1") { prices { amount { amount } } stockLevels { quantity } } }`,
    ]) {
      const r = await server.graphql(op, {}, { token: tokens.CATALOG_MANAGE });
      expect(r.errors, op).toBeUndefined();
      const refused = await server.graphql(op, {}, { token: tokens.CUSTOMERS_MANAGE });
      expect(refused.errors?.[0].extensions.code, op).toBe('FORBIDDEN');
    }
    const readOnly = await server.graphql(create.replace('SCOPE-1', 'SCOPE-3'), {}, { token: tokens.CATALOG_READ });
    expect(readOnly.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const customers = await server.graphql(`mutation { customersUpsert(input: { items: [] }) { createdCount } }`, {}, { token: tokens.CATALOG_MANAGE });
    expect(customers.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('lets a CATALOG_MANAGE token upload a product image; a CATALOG_READ token gets 403', async () => {
    // A 1×1 PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const upload = (token: string) => {
      const form = new FormData();
      form.append('image', new Blob([png], { type: 'image/png' }), 'p.png');
      return fetch(`${server.url}/api/products/${catalog.gid('Product', catalog.coffee.id)}/image`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
    };
    expect((await upload(tokens.CATALOG_MANAGE)).status).toBe(200);
    expect((await upload(tokens.CATALOG_READ)).status).toBe(403);
  });

  it('is offered when an admin creates a token', async () => {
    const r = await server.graphql(`mutation { apiTokenCreate(input: { name: "ERP", scopes: [CATALOG_MANAGE, CUSTOMERS_MANAGE] }) { apiToken { scopes } userErrors { code } } }`, {}, { token: admin });
    expect(r.data.apiTokenCreate.apiToken.scopes).toEqual(['CATALOG_MANAGE', 'CUSTOMERS_MANAGE']);
  });
});

describe('productPricesUpsert', () => {
  const items = [
    { reference: 'COF-1', priceLevelCode: 'HORECA', amount: '11.5' },
    { reference: 'NOPE-404', priceLevelCode: 'STANDARD', amount: '1.00' },
    { reference: 'WAT-1', priceLevelCode: 'NO-SUCH-LEVEL', amount: '1.00' },
    { reference: 'WAT-1', priceLevelCode: 'horeca', amount: '0.80' },
    { reference: 'NOP-1', priceLevelCode: 'STANDARD', amount: '1.5899999999999999' },
    { reference: 'COF-1', priceLevelCode: 'horeca', amount: '12.00' },
    { reference: 'NOP-1', priceLevelCode: 'HORECA', amount: '3' },
  ];

  it('reports each bad item with its index, field and code and writes nothing with atomic: true', async () => {
    const before = await prices();
    const r = await server.graphql(PRICES, { i: { items, atomic: true } }, { token: tokens.CATALOG_MANAGE, language: 'fr' });
    expect(r.errors).toBeUndefined();
    expect(r.data.productPricesUpsert).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 0, removedCount: 0 });
    expect(r.data.productPricesUpsert.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([
      ['input.items.1.reference', 'UNKNOWN_REFERENCE'],
      ['input.items.2.priceLevelCode', 'UNKNOWN_PRICE_LEVEL'],
      ['input.items.4.amount', 'INVALID_AMOUNT'],
      ['input.items.5.reference', 'DUPLICATE_ITEM'],
    ]);
    expect(r.data.productPricesUpsert.userErrors[0].message).toBe("Aucun produit n'a la référence NOPE-404.");
    expect(r.data.productPricesUpsert.userErrors[1].message).toContain('NO-SUCH-LEVEL');
    expect(await prices()).toEqual(before);
  });

  it('applies the good items and reports the bad ones; null removes a price', async () => {
    const r = await server.graphql(PRICES, { i: { items } }, { token: tokens.CATALOG_MANAGE });
    expect(r.data.productPricesUpsert.userErrors).toHaveLength(4);
    // COF-1 had a HORECA price (11.25): changed; the other two are new.
    expect(r.data.productPricesUpsert).toMatchObject({ createdCount: 2, updatedCount: 1, removedCount: 0 });
    const after = await prices();
    expect(after).toMatchObject({ 'COF-1@HORECA': '11.5000', 'WAT-1@HORECA': '0.8000', 'NOP-1@HORECA': '3.0000' });
    expect(after['NOP-1@STANDARD']).toBeUndefined();

    const change = await server.graphql(
      PRICES,
      { i: { items: [{ reference: 'COF-1', priceLevelCode: 'HORECA', amount: '11.75' }, { reference: 'NOP-1', priceLevelCode: 'HORECA', amount: null }, { reference: 'WAT-1', priceLevelCode: 'HORECA', amount: '0.8' }] } },
      { token: tokens.CATALOG_MANAGE },
    );
    expect(change.data.productPricesUpsert).toMatchObject({ createdCount: 0, updatedCount: 1, removedCount: 1, unchangedCount: 1, userErrors: [] });
    expect(await prices()).toMatchObject({ 'COF-1@HORECA': '11.7500' });
    expect((await prices())['NOP-1@HORECA']).toBeUndefined();
  });

  it('reads "12,5" as a decimal; a malformed amount is its item\'s error, and a bad Decimal elsewhere is BAD_USER_INPUT, not an internal error', async () => {
    const r = await server.graphql(PRICES, { i: { items: [{ reference: 'NOP-1', priceLevelCode: 'STANDARD', amount: '4,5' }, { reference: 'WAT-1', priceLevelCode: 'STANDARD', amount: '1.2.3' }] } }, { token: tokens.CATALOG_MANAGE });
    expect(r.data.productPricesUpsert.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([['input.items.1.amount', 'NOT_A_NUMBER']]);
    expect((await prices())['NOP-1@STANDARD']).toBe('4.5000');
    const set = await server.graphql(
      `mutation($i: ProductPricesSetInput!) { productPricesSet(input: $i) { userErrors { code } } }`,
      { i: { priceLevelId: catalog.gid('PriceLevel', catalog.standard.id), prices: [{ productId: catalog.gid('Product', catalog.water.id), amount: '1.5899999999999999' }] } },
      { token: tokens.CATALOG_MANAGE },
    );
    expect(set.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(set.errors?.[0].message).toContain('1.5899999999999999');
  });

  it('changes nothing when the same call comes twice (no row rewritten)', async () => {
    const call = { items: [{ reference: 'COF-1', priceLevelCode: 'STANDARD', amount: '9.99' }, { reference: 'WAT-1', priceLevelCode: 'STANDARD', amount: '0.65' }] };
    await server.graphql(PRICES, { i: call }, { token: tokens.CATALOG_MANAGE });
    const rows = await versions('product_price');
    const again = await server.graphql(PRICES, { i: call }, { token: tokens.CATALOG_MANAGE });
    expect(again.data.productPricesUpsert).toMatchObject({ createdCount: 0, updatedCount: 0, removedCount: 0, unchangedCount: 2, userErrors: [] });
    expect(await versions('product_price')).toBe(rows);
  });
});

describe('stockLevelsUpsert', () => {
  it('sets stock by reference and location code, reports bad items, and repeats as a no-op', async () => {
    const items = [
      { reference: 'COF-1', locationCode: 'NORTH', quantity: 40 },
      { reference: 'WAT-1', locationCode: 'south', quantity: 7 },
      { reference: 'WAT-1', locationCode: 'MOON', quantity: 1 },
      { reference: 'COF-1', locationCode: 'SOUTH', quantity: -3 },
      { reference: 'GONE-1', locationCode: 'NORTH', quantity: 1 },
    ];
    const atomic = await server.graphql(STOCK, { i: { items, atomic: true } }, { token: tokens.CATALOG_MANAGE });
    expect(atomic.data.stockLevelsUpsert.createdCount + atomic.data.stockLevelsUpsert.updatedCount).toBe(0);
    expect(await stock()).not.toHaveProperty('WAT-1@SOUTH');

    const r = await server.graphql(STOCK, { i: { items } }, { token: tokens.CATALOG_MANAGE });
    expect(r.data.stockLevelsUpsert.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([
      ['input.items.2.locationCode', 'UNKNOWN_STORAGE_LOCATION'],
      ['input.items.3.quantity', 'INVALID_VALUE'],
      ['input.items.4.reference', 'UNKNOWN_REFERENCE'],
    ]);
    expect(await stock()).toMatchObject({ 'COF-1@NORTH': 40, 'WAT-1@SOUTH': 7 });
    const rows = await versions('stock_level');
    const again = await server.graphql(STOCK, { i: { items: items.slice(0, 2) } }, { token: tokens.CATALOG_MANAGE });
    expect(again.data.stockLevelsUpsert).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 2, userErrors: [] });
    expect(await versions('stock_level')).toBe(rows);
  });
});

describe('productsUpsert', () => {
  it('creates and changes products by reference with the import\'s rules; bad items by index and field', async () => {
    const items = [
      { reference: 'ERP-1', name: 'Zanzibar pepper 250g', brand: 'lavazza', tags: ['Bio', 'winter'], unit: 'jar', packSize: 6 },
      { reference: 'ERP-2' },
      { reference: 'ERP-3', name: 'Bad barcode', barcode: '1234' },
      { reference: 'ERP-4', name: 'Unknown brand', brand: 'Nobody' },
      { reference: 'ERP-1', name: 'Again' },
      { reference: 'COF-1', description: 'Roasted in Antwerp' },
      { reference: 'WAT-1', name: 'Sparkling water 50cl' },
    ];
    const atomic = await server.graphql(PRODUCTS, { i: { items, atomic: true } }, { token: tokens.CATALOG_MANAGE });
    expect(atomic.data.productsUpsert.createdCount).toBe(0);
    expect((await sql(`select count(*)::int as n from product where reference like 'ERP-%'`))[0].n).toBe(0);

    const r = await server.graphql(PRODUCTS, { i: { items } }, { token: tokens.CATALOG_MANAGE, language: 'nl' });
    expect(r.errors).toBeUndefined();
    expect(r.data.productsUpsert.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([
      ['input.items.1.name', 'NAME_REQUIRED'],
      ['input.items.2.barcode', 'INVALID_BARCODE'],
      ['input.items.3.brand', 'UNKNOWN_BRAND'],
      ['input.items.4.reference', 'DUPLICATE_ITEM'],
    ]);
    expect(r.data.productsUpsert.userErrors[3].message).toBe('Een eerder item van deze oproep heeft dezelfde sleutel.');
    expect(r.data.productsUpsert).toMatchObject({ createdCount: 1, updatedCount: 1, unchangedCount: 1 });
    const p = await server.graphql(`{ product(reference: "ERP-1") { name unit packSize brand { name } tags { name } } }`, {}, { token: tokens.CATALOG_MANAGE });
    expect(p.data.product).toEqual({ name: 'Zanzibar pepper 250g', unit: 'jar', packSize: 6, brand: { name: 'Lavazza' }, tags: [{ name: 'Bio' }, { name: 'Winter' }] });
    // The word index (kept by triggers) finds the new product by a word of its name.
    const search = await server.graphql(`{ products(first: 5, query: "zanzibar") { edges { node { reference } } } }`, {}, { token: admin });
    expect(search.data.products.edges.map((e: any) => e.node.reference)).toEqual(['ERP-1']);
  });

  it('changes nothing when the same call comes twice (updatedAt stays)', async () => {
    const items = [{ reference: 'ERP-9', name: 'Idempotent olive oil', active: true }, { reference: 'COF-1', name: 'Espresso beans 1kg', packSize: 1 }];
    await server.graphql(PRODUCTS, { i: { items } }, { token: tokens.CATALOG_MANAGE });
    const before = await sql(`select reference, updated_at::text from product order by reference`);
    const again = await server.graphql(PRODUCTS, { i: { items } }, { token: tokens.CATALOG_MANAGE });
    expect(again.data.productsUpsert).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 2, userErrors: [] });
    expect(await sql(`select reference, updated_at::text from product order by reference`)).toEqual(before);
  });
});

describe('10,000 items in one call', () => {
  const n = 10_000;
  const refs = Array.from({ length: n }, (_, i) => `BULK-${String(i).padStart(5, '0')}`);

  it('creates 10,000 products, then sets 10,000 prices and 10,000 stock levels, each in one call', async () => {
    const created = await server.graphql(PRODUCTS, { i: { items: refs.map((reference, i) => ({ reference, name: `Bulk item ${i}` })) } }, { token: tokens.CATALOG_MANAGE });
    expect(created.data.productsUpsert).toMatchObject({ createdCount: n, userErrors: [] });
    const priced = await server.graphql(PRICES, { i: { items: refs.map((reference, i) => ({ reference, priceLevelCode: 'STANDARD', amount: `${i}.25` })) } }, { token: tokens.CATALOG_MANAGE });
    expect(priced.data.productPricesUpsert).toMatchObject({ createdCount: n, userErrors: [] });
    const stocked = await server.graphql(STOCK, { i: { items: refs.map((reference, i) => ({ reference, locationCode: 'NORTH', quantity: i })) } }, { token: tokens.CATALOG_MANAGE });
    expect(stocked.data.stockLevelsUpsert).toMatchObject({ createdCount: n, userErrors: [] });
    const [row] = await sql(`select count(*)::int as n, sum(pp.amount)::text as total from product_price pp join product p on p.id = pp.product_id where p.reference like 'BULK-%'`);
    expect(row).toEqual({ n, total: String((n * (n - 1)) / 2 + n * 0.25) + '.0000' });
  }, 120_000);

  it('refuses more than 10,000 items with TOO_MANY_ITEMS, writing nothing', async () => {
    const items = [...refs, 'BULK-X'].map((reference) => ({ reference, locationCode: 'SOUTH', quantity: 1 }));
    const r = await server.graphql(STOCK, { i: { items } }, { token: tokens.CATALOG_MANAGE });
    expect(r.data.stockLevelsUpsert.userErrors).toEqual([{ field: ['input', 'items'], code: 'TOO_MANY_ITEMS', message: 'Too many items: 10001. Send at most 10000 per call.' }]);
    expect((await stock())['BULK-00000@SOUTH']).toBeUndefined();
  }, 60_000);
});

describe('customersUpsert', () => {
  const full = {
    customerNumber: 'ERP-C1',
    name: 'Brasserie du Parc',
    documentLanguage: 'fr-BE',
    priceLevelCode: 'horeca',
    storageLocationCode: 'SOUTH',
    contacts: [{ name: 'Anne', email: 'Anne@Parc.test', phone: '+32 2 000 00 01' }, { name: 'Bob', email: 'bob@parc.test' }],
    deliverySites: [{ name: 'Main', street: 'Rue 1', postalCode: '1000', city: 'Bruxelles', country: 'be' }],
    visibility: { tags: ['bio'], brands: ['Lavazza'] },
  };
  const customerId = async (number: string) => (await server.graphql(`query($q: String) { customers(first: 1, query: $q) { edges { node { id } } } }`, { q: number }, { token: admin })).data.customers.edges[0]?.node.id;

  it('creates customers by number with contacts, sites, language, price level, location and visibility; bad items by index', async () => {
    const items = [
      full,
      { customerNumber: 'ERP-C2', name: 'Lingua', documentLanguage: 'xx' },
      { customerNumber: 'ERP-C3', name: 'Unknown level', priceLevelCode: 'GOLD' },
      { customerNumber: 'ERP-C4' },
      { customerNumber: 'ERP-C5', name: 'Bad tag', visibility: { tags: ['Nope'] } },
      { customerNumber: 'ERP-C6', name: 'Bad email', contacts: [{ email: 'not-an-email' }] },
      { customerNumber: 'ERP-C1', name: 'Twice' },
    ];
    const atomic = await server.graphql(CUSTOMERS, { i: { items, atomic: true } }, { token: tokens.CUSTOMERS_MANAGE });
    expect(atomic.data.customersUpsert.createdCount).toBe(0);
    expect(await customerId('ERP-C1')).toBeUndefined();

    const r = await server.graphql(CUSTOMERS, { i: { items } }, { token: tokens.CUSTOMERS_MANAGE, language: 'de' });
    expect(r.errors).toBeUndefined();
    expect(r.data.customersUpsert.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([
      ['input.items.1.documentLanguage', 'UNKNOWN_LANGUAGE'],
      ['input.items.2.priceLevelCode', 'UNKNOWN_PRICE_LEVEL'],
      ['input.items.3.name', 'REQUIRED'],
      ['input.items.4.visibility.tags', 'UNKNOWN_TAG'],
      ['input.items.5.contacts.0.email', 'INVALID_EMAIL'],
      ['input.items.6.customerNumber', 'DUPLICATE_ITEM'],
    ]);
    expect(r.data.customersUpsert.userErrors[0].message).toBe('Unbekannte Sprache xx: verwenden Sie en, fr, nl, de, pt, pt-BR oder es.');
    expect(r.data.customersUpsert).toMatchObject({ createdCount: 1, updatedCount: 0, unchangedCount: 0 });
    const c = await server.graphql(CUSTOMER_READ, { id: await customerId('ERP-C1') }, { token: admin });
    expect(c.data.customer).toMatchObject({
      name: 'Brasserie du Parc',
      documentLanguage: 'FR',
      priceLevel: { code: 'HORECA' },
      storageLocation: { code: 'SOUTH' },
      contacts: [{ name: 'Anne', email: 'anne@parc.test' }, { name: 'Bob', email: 'bob@parc.test' }],
      deliverySites: [{ name: 'Main', city: 'Bruxelles', country: 'BE' }],
      visibility: { tags: [{ name: 'Bio' }], brands: [{ name: 'Lavazza' }], seasons: [], manufacturers: [] },
    });
  });

  it('changes nothing when the same call comes twice (updatedAt of the customer and its rows stay)', async () => {
    const id = await customerId('ERP-C1');
    const before = await server.graphql(CUSTOMER_READ, { id }, { token: admin });
    const rows = await sql(`select 'c' as t, updated_at::text from customer union all select 'k', updated_at::text from contact union all select 's', updated_at::text from delivery_site order by 1, 2`);
    const again = await server.graphql(CUSTOMERS, { i: { items: [full] } }, { token: tokens.CUSTOMERS_MANAGE });
    expect(again.data.customersUpsert).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 1, userErrors: [] });
    expect((await server.graphql(CUSTOMER_READ, { id }, { token: admin })).data.customer).toEqual(before.data.customer);
    expect(await sql(`select 'c' as t, updated_at::text from customer union all select 'k', updated_at::text from contact union all select 's', updated_at::text from delivery_site order by 1, 2`)).toEqual(rows);
  });

  it('updates by number, keeping contacts (by email) and delivery sites (by name) and their ids', async () => {
    const id = await customerId('ERP-C1');
    const before = (await server.graphql(CUSTOMER_READ, { id }, { token: admin })).data.customer;
    const r = await server.graphql(
      CUSTOMERS,
      {
        i: {
          items: [
            {
              customerNumber: 'ERP-C1',
              contacts: [{ name: 'Bob B.', email: 'bob@parc.test' }, { name: 'Chloé', email: 'chloe@parc.test' }],
              deliverySites: [{ name: 'Depot', street: 'Quai 2', postalCode: '1000', city: 'Bruxelles', country: 'BE' }, { name: 'main', street: 'Rue 1', postalCode: '1000', city: 'Ixelles', country: 'BE' }],
              priceLevelCode: null,
              visibility: { tags: [] },
            },
          ],
        },
      },
      { token: tokens.CUSTOMERS_MANAGE },
    );
    expect(r.data.customersUpsert).toMatchObject({ createdCount: 0, updatedCount: 1, userErrors: [] });
    const after = (await server.graphql(CUSTOMER_READ, { id }, { token: admin })).data.customer;
    expect(after.name).toBe('Brasserie du Parc');
    expect(after.priceLevel).toBeNull();
    expect(after.visibility.tags).toEqual([]);
    expect(after.visibility.brands).toEqual([{ name: 'Lavazza' }]);
    expect(after.contacts.map((k: any) => k.email)).toEqual(['bob@parc.test', 'chloe@parc.test']);
    expect(after.contacts[0].id).toBe(before.contacts.find((k: any) => k.email === 'bob@parc.test').id);
    expect(after.deliverySites.map((s: any) => [s.name, s.city])).toEqual([['Depot', 'Bruxelles'], ['main', 'Ixelles']]);
    expect(after.deliverySites[1].id).toBe(before.deliverySites[0].id);
    expect(after.updatedAt > before.updatedAt).toBe(true);
  });

  it('creates 10,000 customers with a contact and a site in one call, and a repeat changes none', async () => {
    const items = Array.from({ length: 10_000 }, (_, i) => ({
      customerNumber: `BULK-C${i}`,
      name: `Bulk customer ${i}`,
      documentLanguage: ['en', 'fr', 'nl'][i % 3],
      priceLevelCode: i % 2 ? 'HORECA' : null,
      contacts: [{ name: 'Buyer', email: `buyer${i}@bulk.test` }],
      deliverySites: [{ name: 'Shop', street: `Street ${i}`, postalCode: '1000', city: 'Brussels', country: 'BE' }],
    }));
    const r = await server.graphql(CUSTOMERS, { i: { items } }, { token: tokens.CUSTOMERS_MANAGE });
    expect(r.data.customersUpsert).toMatchObject({ createdCount: 10_000, userErrors: [] });
    const again = await server.graphql(CUSTOMERS, { i: { items } }, { token: tokens.CUSTOMERS_MANAGE });
    expect(again.data.customersUpsert).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 10_000, userErrors: [] });
    const [row] = await sql(`select count(*)::int as n from contact k join customer c on c.id = k.customer_id where c.customer_number like 'BULK-C%'`);
    expect(row.n).toBe(10_000);
  }, 180_000);

  it('calls racing to create the same customer number: one creates it, the others get CUSTOMER_NUMBER_TAKEN on the item, never an internal error', async () => {
    const items = [{ customerNumber: 'RACE-1', name: 'Racer', contacts: Array.from({ length: 20 }, (_, i) => ({ email: `r${i}@race.test` })) }];
    const results = await Promise.all(Array.from({ length: 6 }, () => server.graphql(CUSTOMERS, { i: { items } }, { token: tokens.CUSTOMERS_MANAGE })));
    expect(results.map((r) => r.errors)).toEqual(results.map(() => undefined));
    expect(results.reduce((n, r) => n + r.data.customersUpsert.createdCount, 0)).toBe(1);
    for (const r of results.filter((x) => x.data.customersUpsert.userErrors.length)) {
      expect(r.data.customersUpsert.userErrors).toEqual([expect.objectContaining({ field: ['input', 'items', '0', 'customerNumber'], code: 'CUSTOMER_NUMBER_TAKEN' })]);
    }
  });

  it('a price level set through the sync reaches a signed-in shop user at once (viewer cache notified)', async () => {
    const shop = await shopCustomer(server, admin, 'ERP-C7', 'c7.test');
    await server.graphql(PRICES, { i: { items: [{ reference: 'COF-1', priceLevelCode: 'HORECA', amount: '7.00' }, { reference: 'COF-1', priceLevelCode: 'STANDARD', amount: '9.00' }] } }, { token: tokens.CATALOG_MANAGE });
    const price = async () => (await server.graphql(`{ product(reference: "COF-1") { price { amount } } }`, {}, { token: shop })).data.product.price.amount;
    expect(await price()).toBe('9.00');
    const r = await server.graphql(CUSTOMERS, { i: { items: [{ customerNumber: 'ERP-C7', priceLevelCode: 'HORECA' }] } }, { token: tokens.CUSTOMERS_MANAGE });
    expect(r.data.customersUpsert.updatedCount).toBe(1);
    expect(await price()).toBe('7.00');
  });
});
