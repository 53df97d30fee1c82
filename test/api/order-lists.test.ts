import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, signInShop, signInStaff } from '../support/fixtures.js';
import { PASSWORD_CHANGE } from '../support/graphql-ops.js';
import { Product } from '../../server/modules/catalog/entities/product.entity.js';
import { ProductPrice } from '../../server/modules/catalog/entities/product-price.entity.js';
import { PriceLevel } from '../../server/modules/catalog/entities/price-level.entity.js';
import { toGlobalId } from '../../server/common/global-id.js';

// Order lists (issue 19 B1): shared by the users of one customer, invisible to any other, ordered
// into the cart with unavailable lines named, CSV round trip, lists published by staff.

let server: TestServer;
let staff: string;
let alice: string;
let bob: string;
let other: string;
let customerId: string;
let otherCustomerId: string;
let catalog: Awaited<ReturnType<typeof createCatalog>>;
const gid = (p: Product) => toGlobalId('Product', p.id);

const LIST_FIELDS = `id name editable published lineCount csv lines { id quantity position available product { reference } }`;
const CREATE = `mutation($i: OrderListCreateInput!) { orderListCreate(input: $i) { orderList { ${LIST_FIELDS} } userErrors { field code message } } }`;
const ADD = `mutation($i: OrderListLinesAddInput!) { orderListLinesAdd(input: $i) { orderList { ${LIST_FIELDS} } userErrors { field code message } } }`;
const LIST = `query($id: ID!) { orderList(id: $id) { ${LIST_FIELDS} } }`;
const LISTS = `query($after: String) { orderLists(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name published } } } }`;
const TO_CART = `mutation($i: OrderListCartAddInput!) { orderListCartAdd(input: $i) { addedLineCount cart { lines { quantity product { reference } } } userErrors { field code message } } }`;
const IMPORT = `mutation($i: OrderListLinesImportInput!) { orderListLinesImport(input: $i) { addedLineCount problems { line code reason } orderList { ${LIST_FIELDS} } userErrors { code } } }`;

async function user(customer: string, email: string): Promise<string> {
  await server.graphql(`mutation($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { userErrors { code } } }`, { i: { customerId: customer, email, password: 'list1234', passwordConfirmation: 'list1234' } }, { token: staff });
  const token = await signInShop(server, email, 'list1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'list1234', newPassword: 'list5678', newPasswordConfirmation: 'list5678' } }, { token });
  return token;
}
async function customer(n: string, emails: string[]): Promise<string> {
  const r = await server.graphql(`mutation($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id } userErrors { code } } }`, { i: { name: `Lists ${n}`, customerNumber: n, contacts: emails.map((email) => ({ email })) } }, { token: staff });
  return r.data.customerCreate.customer.id;
}
async function emptyCart(token: string) {
  const cart = await server.graphql(`{ cart { lines { id } } }`, {}, { token });
  const lines = cart.data.cart.lines.map((l: { id: string }) => ({ lineId: l.id, quantity: 0 }));
  if (lines.length) await server.graphql(`mutation($i: CartLinesUpdateInput!) { cartLinesUpdate(input: $i) { userErrors { code } } }`, { i: { lines } }, { token });
}

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'staff@lists.test', password: 'staff1234' });
  catalog = await createCatalog(em);
  staff = await signInStaff(server, 'staff@lists.test', 'staff1234');
  customerId = await customer('L-1', ['alice@lists.test', 'bob@lists.test']);
  otherCustomerId = await customer('L-2', ['other@lists.test']);
  alice = await user(customerId, 'alice@lists.test');
  bob = await user(customerId, 'bob@lists.test');
  other = await user(otherCustomerId, 'other@lists.test');
});
afterAll(() => server?.close());

describe('order lists', () => {
  it('are shared by the users of one customer and do not exist for another customer', async () => {
    await emptyCart(alice);
    await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: gid(catalog.coffee), quantity: 3 }, { productId: gid(catalog.water), quantity: 48 }] } }, { token: alice });
    const created = await server.graphql(CREATE, { i: { name: '  Friday usual  ', fromCart: true } }, { token: alice });
    expect(created.data.orderListCreate.userErrors).toEqual([]);
    const list = created.data.orderListCreate.orderList;
    expect(list).toMatchObject({ name: 'Friday usual', editable: true, published: false, lineCount: 2 });
    expect(list.lines.map((l: any) => [l.product.reference, l.quantity, l.position])).toEqual([['COF-1', 3, 0], ['WAT-1', 48, 1]]);

    // Bob, of the same customer, sees it and changes it; Alice sees his change.
    const seen = await server.graphql(`{ orderLists(first: 10) { edges { node { id name } } } }`, {}, { token: bob });
    expect(seen.data.orderLists.edges.map((e: any) => e.node.id)).toContain(list.id);
    const upd = await server.graphql(`mutation($i: OrderListLinesUpdateInput!) { orderListLinesUpdate(input: $i) { orderList { lines { quantity } } userErrors { code } } }`, { i: { orderListId: list.id, lines: [{ lineId: list.lines[0].id, quantity: 5 }] } }, { token: bob });
    expect(upd.data.orderListLinesUpdate.userErrors).toEqual([]);
    expect((await server.graphql(LIST, { id: list.id }, { token: alice })).data.orderList.lines[0].quantity).toBe(5);

    // Another customer: not in its lists, not found by id or node, and cannot write to it.
    const theirs = await server.graphql(`{ orderLists(first: 50) { totalCount edges { node { id } } } }`, {}, { token: other });
    expect(theirs.data.orderLists.edges.map((e: any) => e.node.id)).not.toContain(list.id);
    expect((await server.graphql(LIST, { id: list.id }, { token: other })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await server.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: list.id }, { token: other })).data.node).toBeNull();
    for (const [query, i] of [
      [ADD, { orderListId: list.id, lines: [{ productId: gid(catalog.coffee), quantity: 1 }] }],
      [TO_CART, { orderListId: list.id }],
      [`mutation($i: OrderListIdInput!) { orderListDelete(input: $i) { userErrors { code } } }`, { orderListId: list.id }],
      [`mutation($i: OrderListCopyInput!) { orderListCopy(input: $i) { userErrors { code } } }`, { orderListId: list.id }],
    ] as const) {
      expect((await server.graphql(query, { i }, { token: other })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    }
    expect((await server.graphql(LIST, { id: list.id }, { token: alice })).data.orderList.lineCount).toBe(2);
  });

  it('refuse bad input with translated userErrors and keep the lines in the chosen order', async () => {
    expect((await server.graphql(CREATE, { i: { name: ' ' } }, { token: alice })).data.orderListCreate.userErrors).toEqual([{ field: ['input', 'name'], code: 'REQUIRED', message: expect.any(String) }]);
    const fr = await server.graphql(CREATE, { i: { name: 'x'.repeat(101) } }, { token: alice, language: 'fr' });
    expect(fr.data.orderListCreate.userErrors[0]).toMatchObject({ code: 'TOO_LONG', message: expect.stringMatching(/100/) });
    const list = (await server.graphql(CREATE, { i: { name: 'Order test' } }, { token: alice })).data.orderListCreate.orderList;
    const added = await server.graphql(
      ADD,
      { i: { orderListId: list.id, lines: [{ productId: gid(catalog.coffee), quantity: 2 }, { productId: gid(catalog.water), quantity: 0 }, { productId: toGlobalId('Product', '00000000-0000-0000-0000-000000000000'), quantity: 1 }, { productId: gid(catalog.water), quantity: 24 }] } },
      { token: alice },
    );
    expect(added.data.orderListLinesAdd.userErrors.map((e: any) => [e.code, e.field.join('.')])).toEqual([
      ['INVALID_QUANTITY', 'input.lines.1.quantity'],
      ['PRODUCT_NOT_FOUND', 'input.lines.2.productId'],
    ]);
    const lines = added.data.orderListLinesAdd.orderList.lines;
    expect(lines.map((l: any) => l.product.reference)).toEqual(['COF-1', 'WAT-1']);
    const moved = await server.graphql(`mutation($i: OrderListLinesReorderInput!) { orderListLinesReorder(input: $i) { orderList { lines { product { reference } position } } userErrors { code } } }`, { i: { orderListId: list.id, lineIds: [lines[1].id] } }, { token: alice });
    expect(moved.data.orderListLinesReorder.orderList.lines).toEqual([{ product: { reference: 'WAT-1' }, position: 0 }, { product: { reference: 'COF-1' }, position: 1 }]);
    const empty = await server.graphql(CREATE, { i: { name: 'From empty cart', fromCart: true } }, { token: other });
    expect(empty.data.orderListCreate.userErrors[0].code).toBe('CART_EMPTY');
  });

  it('order into the cart in one action, naming the lines no longer available; ticked lines only', async () => {
    const em = server.app.services.orm.em.fork();
    const tonic = em.create(Product, { reference: 'TON-1', barcode: '5400000000058', name: 'Tonic 20cl' });
    em.create(ProductPrice, { priceLevel: em.getReference(PriceLevel, catalog.standard.id), product: tonic, amount: '1.10' });
    await em.flush();
    const list = (await server.graphql(CREATE, { i: { name: 'Bar usual' } }, { token: alice })).data.orderListCreate.orderList;
    const filled = await server.graphql(ADD, { i: { orderListId: list.id, lines: [{ productId: gid(catalog.coffee), quantity: 2 }, { productId: toGlobalId('Product', tonic.id), quantity: 12 }, { productId: gid(catalog.water), quantity: 24 }] } }, { token: alice });
    const lines = filled.data.orderListLinesAdd.orderList.lines;
    await em.nativeUpdate(Product, { id: tonic.id }, { active: false });

    const read = await server.graphql(LIST, { id: list.id }, { token: bob });
    expect(read.data.orderList.lines.map((l: any) => l.available)).toEqual([true, false, true]);

    await emptyCart(bob);
    const r = await server.graphql(TO_CART, { i: { orderListId: list.id } }, { token: bob });
    expect(r.data.orderListCartAdd.addedLineCount).toBe(2);
    expect(r.data.orderListCartAdd.userErrors).toEqual([{ field: ['orderList', 'lines', '1'], code: 'LINE_UNAVAILABLE', message: expect.stringContaining('TON-1') }]);
    expect(r.data.orderListCartAdd.userErrors[0].message).toContain('Tonic 20cl');
    expect(r.data.orderListCartAdd.cart.lines.map((l: any) => [l.product.reference, l.quantity])).toEqual([['COF-1', 2], ['WAT-1', 24]]);

    await emptyCart(bob);
    const ticked = await server.graphql(TO_CART, { i: { orderListId: list.id, lineIds: [lines[2].id] } }, { token: bob });
    expect(ticked.data.orderListCartAdd.userErrors).toEqual([]);
    expect(ticked.data.orderListCartAdd.cart.lines.map((l: any) => [l.product.reference, l.quantity])).toEqual([['WAT-1', 24]]);
    await emptyCart(bob);
  });

  it('export as CSV and import it back into another list (round trip), reporting unknown codes', async () => {
    const source = (await server.graphql(CREATE, { i: { name: 'Export me' } }, { token: alice })).data.orderListCreate.orderList;
    const filled = await server.graphql(ADD, { i: { orderListId: source.id, lines: [{ productId: gid(catalog.water), quantity: 72 }, { productId: gid(catalog.coffee), quantity: 4 }] } }, { token: alice });
    const csv: string = filled.data.orderListLinesAdd.orderList.csv;
    expect(csv.split('\n')[0]).toBe('code;quantity;reference;name');
    const target = (await server.graphql(CREATE, { i: { name: 'Imported' } }, { token: bob })).data.orderListCreate.orderList;
    const r = await server.graphql(IMPORT, { i: { orderListId: target.id, text: csv } }, { token: bob });
    expect(r.data.orderListLinesImport.userErrors).toEqual([]);
    expect(r.data.orderListLinesImport.problems).toEqual([]);
    const strip = (l: any) => [l.product.reference, l.quantity, l.position];
    expect(r.data.orderListLinesImport.orderList.lines.map(strip)).toEqual(filled.data.orderListLinesAdd.orderList.lines.map(strip));
    expect(r.data.orderListLinesImport.orderList.csv).toBe(csv);

    const pasted = await server.graphql(IMPORT, { i: { orderListId: target.id, text: '5400000000010;6\n9999999999999;1\nCOF-1;x' } }, { token: bob });
    expect(pasted.data.orderListLinesImport.addedLineCount).toBe(1);
    expect(pasted.data.orderListLinesImport.problems).toEqual([{ line: 2, code: '9999999999999', reason: 'NOT_FOUND' }, { line: 3, code: 'COF-1', reason: 'BAD_QUANTITY' }]);
    expect(pasted.data.orderListLinesImport.orderList.lines.find((l: any) => l.product.reference === 'COF-1').quantity).toBe(6);
    expect((await server.graphql(IMPORT, { i: { orderListId: target.id, text: '\n' } }, { token: bob })).data.orderListLinesImport.userErrors[0].code).toBe('REQUIRED');
  });

  it('published by staff: read-only for the chosen customers (who can copy and order it), absent for others', async () => {
    const created = await server.graphql(CREATE, { i: { name: 'Our summer range' } }, { token: staff });
    const list = created.data.orderListCreate.orderList;
    expect(list).toMatchObject({ published: true, editable: true });
    await server.graphql(ADD, { i: { orderListId: list.id, lines: [{ productId: gid(catalog.water), quantity: 24 }] } }, { token: staff });
    const bad = await server.graphql(`mutation($i: OrderListPublishInput!) { orderListPublish(input: $i) { userErrors { field code } } }`, { i: { orderListId: list.id, customerIds: [customerId, 'bogus'] } }, { token: staff });
    expect(bad.data.orderListPublish.userErrors).toEqual([{ field: ['input', 'customerIds', '1'], code: 'INVALID_VALUE' }]);
    expect((await server.graphql(LIST, { id: list.id }, { token: alice })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    const pub = await server.graphql(`mutation($i: OrderListPublishInput!) { orderListPublish(input: $i) { orderList { publishedTo { name } } userErrors { code } } }`, { i: { orderListId: list.id, customerIds: [customerId] } }, { token: staff });
    expect(pub.data.orderListPublish.orderList.publishedTo).toEqual([{ name: 'Lists L-1' }]);

    const seen = await server.graphql(LIST, { id: list.id }, { token: alice });
    expect(seen.data.orderList).toMatchObject({ name: 'Our summer range', published: true, editable: false, lineCount: 1 });
    const write = await server.graphql(ADD, { i: { orderListId: list.id, lines: [{ productId: gid(catalog.coffee), quantity: 1 }] } }, { token: alice });
    expect(write.data.orderListLinesAdd.userErrors[0]).toMatchObject({ code: 'ORDER_LIST_READ_ONLY', field: ['input', 'orderListId'] });
    const del = await server.graphql(`mutation($i: OrderListIdInput!) { orderListDelete(input: $i) { deletedOrderListId userErrors { code } } }`, { i: { orderListId: list.id } }, { token: bob });
    expect(del.data.orderListDelete).toEqual({ deletedOrderListId: null, userErrors: [{ code: 'ORDER_LIST_READ_ONLY' }] });
    expect((await server.graphql(`query($id: ID!) { orderList(id: $id) { publishedTo { name } } }`, { id: list.id }, { token: alice })).errors?.[0].extensions.code).toBe('FORBIDDEN');

    const copy = await server.graphql(`mutation($i: OrderListCopyInput!) { orderListCopy(input: $i) { orderList { ${LIST_FIELDS} } userErrors { code } } }`, { i: { orderListId: list.id, name: 'My summer' } }, { token: alice });
    expect(copy.data.orderListCopy.orderList).toMatchObject({ name: 'My summer', published: false, editable: true, lineCount: 1 });
    await emptyCart(alice);
    const ordered = await server.graphql(TO_CART, { i: { orderListId: list.id } }, { token: alice });
    expect(ordered.data.orderListCartAdd.addedLineCount).toBe(1);
    await emptyCart(alice);

    expect((await server.graphql(LIST, { id: list.id }, { token: other })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    // Staff in the hub see the lists they publish, not the customers' own lists.
    const hub = await server.graphql(`{ orderLists(first: 50) { edges { node { name published } } } }`, {}, { token: staff });
    expect(hub.data.orderLists.edges.map((e: any) => e.node)).toEqual([{ name: 'Our summer range', published: true }]);
  });

  it('page through a customer\'s lists by name (keyset)', async () => {
    const token = other;
    for (const name of ['Charlie', 'Alpha', 'Bravo']) await server.graphql(CREATE, { i: { name } }, { token });
    const first = await server.graphql(LISTS, {}, { token });
    expect(first.data.orderLists.edges.map((e: any) => e.node.name)).toEqual(['Alpha', 'Bravo']);
    expect(first.data.orderLists.totalCount).toBe(3);
    const next = await server.graphql(LISTS, { after: first.data.orderLists.pageInfo.endCursor }, { token });
    expect(next.data.orderLists.edges.map((e: any) => e.node.name)).toEqual(['Charlie']);
    expect(next.data.orderLists.pageInfo.hasNextPage).toBe(false);
  });
});
