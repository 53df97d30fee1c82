import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, shopCustomer, signInStaff } from '../support/fixtures.js';
import { Brand, Season, Tag } from '../../server/modules/catalog/entities/taxonomy.entity.js';
import { Product } from '../../server/modules/catalog/entities/product.entity.js';
import { ProductPrice } from '../../server/modules/catalog/entities/product-price.entity.js';
import { toGlobalId } from '../../server/common/global-id.js';

// Visibility (product C2) is applied in one place: lists, lookups by id, reference and barcode,
// node(id) and the cart all agree, and an invisible product does not exist for the customer.

let server: TestServer;
let staff: string;
let limited: string;
let everything: string;
let hidden: Product;
let shown: Product;

const shopFor = (n: string, visibility?: object) => shopCustomer(server, staff, n, 'v.test', visibility, `V ${n}`);

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'staff@v.test', password: 'staff1234' });
  const catalog = await createCatalog(em);
  const nordic = em.create(Brand, { name: 'Nordic' });
  const summer = em.create(Season, { name: 'Summer' });
  const organic = em.create(Tag, { name: 'organic' });
  shown = em.create(Product, { reference: 'NOR-1', barcode: '5400000000034', name: 'Nordic organic juice', brand: nordic, season: summer });
  shown.tags.add(organic);
  hidden = em.create(Product, { reference: 'NOR-2', barcode: '5400000000041', name: 'Nordic plain juice', brand: nordic, season: summer });
  em.create(ProductPrice, { priceLevel: catalog.standard, product: shown, amount: '2.00' });
  em.create(ProductPrice, { priceLevel: catalog.standard, product: hidden, amount: '2.00' });
  await em.flush();
  staff = await signInStaff(server, 'staff@v.test', 'staff1234');
  limited = await shopFor('lim', { brandIds: [toGlobalId('Brand', nordic.id)], tagIds: [toGlobalId('Tag', organic.id)] });
  everything = await shopFor('all');
});
afterAll(() => server?.close());

describe('visibility', () => {
  it('a restricted customer sees only products matching every restricted dimension', async () => {
    const r = await server.graphql(`{ products(first: 50) { totalCount edges { node { reference } } } }`, {}, { token: limited });
    expect(r.data.products.edges.map((e: any) => e.node.reference)).toEqual(['NOR-1']);
    expect(r.data.products.totalCount).toBe(1);
    const all = await server.graphql(`{ products(first: 50) { totalCount } }`, {}, { token: everything });
    expect(all.data.products.totalCount).toBe(5); // every active product; the inactive one never
  });

  it('an invisible product is NOT_FOUND by id, reference and barcode, and null as a node', async () => {
    const q = `query($id: ID, $r: String, $b: String) { product(id: $id, reference: $r, barcode: $b) { reference } }`;
    for (const vars of [{ id: toGlobalId('Product', hidden.id) }, { r: 'NOR-2' }, { b: '5400000000041' }]) {
      const r = await server.graphql(q, vars, { token: limited });
      expect(r.errors?.[0].extensions.code).toBe('NOT_FOUND');
      const ok = await server.graphql(q, vars, { token: everything });
      expect(ok.data.product.reference).toBe('NOR-2');
    }
    const unknown = await server.graphql(q, { r: 'NOPE' }, { token: limited });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' }, message: 'Not found.' });
    const node = await server.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId('Product', hidden.id) }, { token: limited });
    expect(node.data.node).toBeNull();
    const visible = await server.graphql(q, { b: '5400000000034' }, { token: limited });
    expect(visible.data.product.reference).toBe('NOR-1');
  });

  it('an invisible product cannot be put in the cart', async () => {
    const r = await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: toGlobalId('Product', hidden.id), quantity: 1 }] } }, { token: limited });
    expect(r.data.cartLinesAdd.userErrors[0].code).toBe('PRODUCT_NOT_FOUND');
  });

  it('staff see everything, inactive products included', async () => {
    const r = await server.graphql(`{ products(first: 50) { totalCount } }`, {}, { token: staff });
    expect(r.data.products.totalCount).toBe(6);
  });
});

describe('view as client (V1)', () => {
  it('staff see exactly what the customer sees, through the same API, and every start and stop is audited', async () => {
    const list = await server.graphql(`{ customers(first: 5, query: "V lim") { edges { node { id } } } }`, {}, { token: staff });
    const customerId = list.data.customers.edges[0].node.id;
    const start = await server.graphql(`mutation($i: ViewAsClientStartInput!) { viewAsClientStart(input: $i) { customer { name } } }`, { i: { customerId } }, { token: staff });
    expect(start.data.viewAsClientStart.customer.name).toBe('V lim');

    const viewer = await server.graphql(`{ viewer { kind viewingAsClient customer { name } } }`, {}, { token: staff });
    expect(viewer.data.viewer).toEqual({ kind: 'STAFF', viewingAsClient: true, customer: { name: 'V lim' } });
    const asClient = await server.graphql(`{ products(first: 50) { edges { node { reference price { amount } } } } }`, {}, { token: staff });
    const asCustomer = await server.graphql(`{ products(first: 50) { edges { node { reference price { amount } } } } }`, {}, { token: limited });
    expect(asClient.data).toEqual(asCustomer.data);
    const hiddenById = await server.graphql(`query($id: ID!) { product(id: $id) { reference } }`, { id: toGlobalId('Product', hidden.id) }, { token: staff });
    expect(hiddenById.errors?.[0].extensions.code).toBe('NOT_FOUND');

    await server.graphql(`mutation { viewAsClientStop { customer { name } } }`, {}, { token: staff });
    const back = await server.graphql(`{ products(first: 50) { totalCount } }`, {}, { token: staff });
    expect(back.data.products.totalCount).toBe(6);
    const audit = await server.graphql(`query($id: ID!) { customer(id: $id) { auditEvents { edges { node { action staff { email } } } } } }`, { id: customerId }, { token: staff });
    expect(audit.data.customer.auditEvents.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { action: 'VIEW_AS_CLIENT_STOP', staff: { email: 'staff@v.test' } },
      { action: 'VIEW_AS_CLIENT_START', staff: { email: 'staff@v.test' } },
      { action: 'STORE_ACCESS_GRANTED', staff: { email: 'staff@v.test' } }, // and access changes (issue 17, H4)
      { action: 'CUSTOMER_CREATED', staff: { email: 'staff@v.test' } }, // customer changes are audited too (issue 14, E6)
    ]);
  });

  it('shop users cannot view as another client', async () => {
    const r = await server.graphql(`mutation { viewAsClientStart(input: { customerId: "x" }) { customer { name } } }`, {}, { token: limited });
    expect(r.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('search, filters, sorting and facets (C6)', () => {
  it('finds by exact barcode, part of the reference, and a name with a typo', async () => {
    const productIdOf = async (reference: string) => (await server.graphql(`query($r: String) { product(reference: $r) { id } }`, { r: reference }, { token: staff })).data.product.id;
    const find = async (q: string) =>
      (await server.graphql(`query($q: String) { products(first: 10, query: $q) { edges { node { reference } } } }`, { q }, { token: everything })).data.products.edges.map((e: any) => e.node.reference);
    expect(await find('5400000000034')).toEqual(['NOR-1']);
    expect(await find('nor-')).toEqual(['NOR-1', 'NOR-2']);
    expect(await find('expresso')).toEqual(['COF-1']); // Espresso beans 1kg
    expect(await find('sparkling watr')).toEqual(['WAT-1']);
    // Every word, in any order, each a part of a word of the name.
    expect(await find('bean espr')).toEqual(['COF-1']);
    expect(await find('1kg beans espresso')).toEqual(['COF-1']);
    // A product renamed later is found by its new words, typos included (the word list follows names).
    const renamed = await server.graphql(`mutation($i: ProductUpdateInput!) { productUpdate(input: $i) { userErrors { code } } }`, { i: { id: await productIdOf('WAT-1'), name: 'Sparkling water Quellbrunnen' } }, { token: staff });
    expect(renamed.data.productUpdate.userErrors).toEqual([]);
    expect(await find('quelbrunen')).toEqual(['WAT-1']);
    expect(await find('zzzzzz')).toEqual([]);
  });

  it('sorts and filters; facet counts respect visibility', async () => {
    const names = (await server.graphql(`{ products(first: 10, sort: NAME_DESC) { edges { node { name } } } }`, {}, { token: everything })).data.products.edges.map((e: any) => e.node.name);
    expect(names).toEqual([...names].sort().reverse());
    const facets = await server.graphql(`{ productFacets { brands { id name count } tags { name count } } }`, {}, { token: everything });
    expect(facets.data.productFacets.brands).toEqual([{ id: expect.any(String), name: 'Nordic', count: 2 }]);
    const limitedFacets = await server.graphql(`{ productFacets { brands { name count } } }`, {}, { token: limited });
    expect(limitedFacets.data.productFacets.brands).toEqual([{ name: 'Nordic', count: 1 }]);
    const byBrand = await server.graphql(`query($b: [ID!]) { products(first: 10, brandIds: $b) { totalCount } }`, { b: [facets.data.productFacets.brands[0].id] }, { token: everything });
    expect(byBrand.data.products.totalCount).toBe(2);
    const bad = await server.graphql(`{ products(first: 1, brandIds: ["nope"]) { totalCount } }`, {}, { token: everything });
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('the hub explainer', () => {
  it('names the rule that hides a product from a customer', async () => {
    const list = await server.graphql(`{ customers(first: 5, query: "V lim") { edges { node { id } } } }`, {}, { token: staff });
    const customerId = list.data.customers.edges[0].node.id;
    const q = `query($c: ID!, $p: ID!) { productVisibilityExplain(customerId: $c, productId: $p) { visible orderable reasons { rule message } } }`;
    const hiddenOne = await server.graphql(q, { c: customerId, p: toGlobalId('Product', hidden.id) }, { token: staff });
    expect(hiddenOne.data.productVisibilityExplain).toEqual({
      visible: false,
      orderable: false,
      reasons: [{ rule: 'TAG_NOT_ALLOWED', message: 'The customer may see products tagged organic; this product\'s tags are none.' }],
    });
    const shownOne = await server.graphql(q, { c: customerId, p: toGlobalId('Product', shown.id) }, { token: staff });
    expect(shownOne.data.productVisibilityExplain).toEqual({ visible: true, orderable: true, reasons: [] });
    const denied = await server.graphql(q, { c: customerId, p: toGlobalId('Product', shown.id) }, { token: limited });
    expect(denied.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
