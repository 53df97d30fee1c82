import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, eventually, signInShop, signInStaff } from '../support/fixtures.js';
import { PASSWORD_CHANGE } from '../support/graphql-ops.js';
import { graphql } from '../generated/index.js';
import { Brand } from '../../server/modules/catalog/entities/taxonomy.entity.js';
import { Product } from '../../server/modules/catalog/entities/product.entity.js';
import { ProductPrice } from '../../server/modules/catalog/entities/product-price.entity.js';
import { toGlobalId } from '../../server/common/global-id.js';

// The cart (product O1): adding with the pack-size rule, updating, importing barcodes with a
// per-line report, multi-customer logins whose cart follows the chosen customer.

let server: TestServer;
let staff: string;
let shop: string;
let limited: string;
let catalog: Awaited<ReturnType<typeof createCatalog>>;
let hidden: Product;

// Typed from schema.graphql (test/generated, `npm run codegen`): a misspelt field fails tsc.
const CART = graphql(`query Cart_Lines { cart { lines { id quantity product { reference } } } }`);
const ADD = graphql(`mutation Cart_Add($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { cart { lines { quantity product { reference } } } userErrors { field code message } } }`);
const UPDATE = graphql(`mutation Cart_Update($i: CartLinesUpdateInput!) { cartLinesUpdate(input: $i) { cart { lines { quantity product { reference } } } userErrors { field code message } } }`);
const IMPORT = graphql(`mutation Cart_Import($i: CartLinesImportInput!) { cartLinesImport(input: $i) { cart { lines { quantity product { reference } } } addedProductCount problems { line code reason message } userErrors { field code message } } }`);

async function customerWithLogin(n: string, email: string, extra: object = {}) {
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name: `Cart ${n}`, customerNumber: n, contacts: [{ email }], ...extra } }, { token: staff });
  const id = c.data.customerCreate.customer.id as string;
  const g = await server.graphql(GRANT, { i: { customerId: id, email, password: 'cccc1234', passwordConfirmation: 'cccc1234' } }, { token: staff });
  return { id, grant: g.data.storeAccessGrant };
}
async function signIn(email: string) {
  const token = await signInShop(server, email, 'cccc1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'cccc1234', newPassword: 'cccc5678', newPasswordConfirmation: 'cccc5678' } }, { token });
  return token;
}
const gid = (p: Product) => toGlobalId('Product', p.id);
const CUSTOMER_CREATE = graphql(`mutation Cart_CustomerCreate($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id name } userErrors { field code message } } }`);
const GRANT = graphql(`mutation Cart_Grant($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { temporaryPassword storeAccess { id email status } userErrors { field code message } } }`);
const OUTBOX = graphql(`query Cart_Outbox { outboxEmails(first: 20) { edges { node { toAddress template text } } } }`);
const CUSTOMERS = graphql(`query Cart_ShopUserCustomers { shopUserCustomers { id name } }`);
const SWITCH = graphql(`mutation Cart_Switch($i: ShopUserCustomerSwitchInput!) { shopUserCustomerSwitch(input: $i) { customer { name } userErrors { code } } }`);
const VIEWER_CART = graphql(`query Cart_ViewerAndCart { viewer { customer { name } } cart { lines { id } } }`);

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'staff@cart.test', password: 'staff1234' });
  catalog = await createCatalog(em);
  const secret = em.create(Brand, { name: 'Secret' });
  const open = em.create(Brand, { name: 'Open' });
  hidden = em.create(Product, { reference: 'HID-1', barcode: '5400000000041', name: 'Hidden juice', brand: secret });
  em.create(ProductPrice, { priceLevel: catalog.standard, product: hidden, amount: '2.00' });
  catalog.coffee.brand = open;
  catalog.water.brand = open;
  await em.flush();
  staff = await signInStaff(server, 'staff@cart.test', 'staff1234');
  await customerWithLogin('C-1', 'buyer@cart.test');
  shop = await signIn('buyer@cart.test');
  await customerWithLogin('C-2', 'limited@cart.test', { visibility: { brandIds: [toGlobalId('Brand', open.id)] } });
  limited = await signIn('limited@cart.test');
});
afterAll(() => server?.close());

describe('cartLinesAdd and cartLinesUpdate', () => {
  it('adds, merges with an existing line and reports bad lines while keeping good ones', async () => {
    const r = await server.graphql(
      ADD,
      { i: { lines: [{ productId: gid(catalog.coffee), quantity: 2 }, { productId: gid(catalog.coffee), quantity: 1 }, { productId: gid(catalog.unpriced), quantity: 1 }, { productId: 'nope', quantity: 1 }, { productId: gid(catalog.coffee), quantity: 0 }] } },
      { token: shop },
    );
    expect(r.data.cartLinesAdd.cart.lines).toEqual([{ quantity: 3, product: { reference: 'COF-1' } }]);
    expect(r.data.cartLinesAdd.userErrors.map((e: any) => [e.code, e.field.join('.')])).toEqual([
      ['PRODUCT_NOT_ORDERABLE', 'input.lines.2.productId'],
      ['PRODUCT_NOT_FOUND', 'input.lines.3.productId'],
      ['INVALID_QUANTITY', 'input.lines.4.quantity'],
    ]);
  });

  it('refuses a quantity that is not a whole number of packs, naming the nearest one', async () => {
    const r = await server.graphql(ADD, { i: { lines: [{ productId: gid(catalog.water), quantity: 30 }] } }, { token: shop });
    expect(r.data.cartLinesAdd.userErrors).toEqual([
      { field: ['input', 'lines', '0', 'quantity'], code: 'QUANTITY_NOT_PACK_MULTIPLE', message: 'The quantity must be a whole number of packs (pack of 24): for example 48.' },
    ]);
    const ok = await server.graphql(ADD, { i: { lines: [{ productId: gid(catalog.water), quantity: 48 }] } }, { token: shop });
    expect(ok.data.cartLinesAdd.userErrors).toEqual([]);
  });

  it('updates quantities with the same rules, and 0 removes a line', async () => {
    const lines = (await server.graphql(CART, {}, { token: shop })).data.cart.lines;
    const water = lines.find((l) => l.product.reference === 'WAT-1')!;
    const coffee = lines.find((l) => l.product.reference === 'COF-1')!;
    const bad = await server.graphql(UPDATE, { i: { lines: [{ lineId: water.id, quantity: 25 }, { lineId: coffee.id, quantity: -1 }] } }, { token: shop });
    expect(bad.data.cartLinesUpdate.userErrors.map((e: any) => e.code)).toEqual(['QUANTITY_NOT_PACK_MULTIPLE', 'INVALID_QUANTITY']);
    const ok = await server.graphql(UPDATE, { i: { lines: [{ lineId: water.id, quantity: 72 }, { lineId: coffee.id, quantity: 0 }] } }, { token: shop });
    expect(ok.data.cartLinesUpdate.cart.lines).toEqual([{ quantity: 72, product: { reference: 'WAT-1' } }]);
  });

  it('another user\'s cart line is NOT_FOUND', async () => {
    const mine = (await server.graphql(CART, {}, { token: shop })).data.cart.lines[0];
    const r = await server.graphql(UPDATE, { i: { lines: [{ lineId: mine.id, quantity: 24 }] } }, { token: limited });
    expect(r.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('cartLinesImport', () => {
  it('adds every good line, merges duplicates with the cart, and reports the others by line number', async () => {
    const text = ['barcode;quantity', '5400000000010;2', '', '5400000000010,3', '0000000000000;1', '5400000000027;24', '5400000000027;5', '5400000000041;1', '5400000000010;abc', '5400000000027'].join('\n');
    const r = await server.graphql(IMPORT, { i: { text } }, { token: limited });
    const payload = r.data.cartLinesImport;
    expect(payload.userErrors).toEqual([]);
    expect(payload.addedProductCount).toBe(2);
    expect(payload.cart.lines).toEqual([
      { quantity: 5, product: { reference: 'COF-1' } },
      { quantity: 48, product: { reference: 'WAT-1' } },
    ]);
    expect(payload.problems.map((p: any) => [p.line, p.code, p.reason])).toEqual([
      [5, '0000000000000', 'NOT_FOUND'],
      [7, '5400000000027', 'BAD_QUANTITY'],
      [8, '5400000000041', 'NOT_FOUND'], // hidden from this customer: exactly like an unknown code
      [9, '5400000000010', 'BAD_QUANTITY'],
    ]);
    expect(payload.problems[0].message).toBe('Line 5: no product with code 0000000000000 was found.');
    expect(payload.problems[2].message).toBe('Line 8: no product with code 5400000000041 was found.');
    expect(payload.problems[1].message).toContain('packs of 24');
    const again = await server.graphql(IMPORT, { i: { text: '5400000000010;1' } }, { token: limited });
    expect(again.data.cartLinesImport.cart.lines[0]).toEqual({ quantity: 6, product: { reference: 'COF-1' } });
  });

  it('reports products without a price as not orderable', async () => {
    const em = server.app.services.orm.em.fork();
    em.assign(await em.findOneOrFail(Product, { id: catalog.unpriced.id }), { barcode: '5400000000058' });
    await em.flush();
    const r = await server.graphql(IMPORT, { i: { text: '5400000000058' } }, { token: shop });
    expect(r.data.cartLinesImport.problems).toEqual([{ line: 1, code: '5400000000058', reason: 'NOT_ORDERABLE', message: 'Line 1: 5400000000058 cannot be ordered at the moment.' }]);
  });

  it('refuses more than 5,000 lines and an empty text, adding nothing', async () => {
    const before = (await server.graphql(CART, {}, { token: shop })).data.cart.lines;
    const many = Array.from({ length: 5001 }, () => '5400000000010;1').join('\n');
    const r = await server.graphql(IMPORT, { i: { text: many } }, { token: shop });
    expect(r.data.cartLinesImport).toMatchObject({ cart: null, addedProductCount: 0, userErrors: [{ code: 'TOO_MANY_LINES', field: ['input', 'text'] }] });
    const empty = await server.graphql(IMPORT, { i: { text: ' \n ' } }, { token: shop });
    expect(empty.data.cartLinesImport.userErrors[0].code).toBe('REQUIRED');
    expect((await server.graphql(CART, {}, { token: shop })).data.cart.lines).toEqual(before);
  });

  it('imports 5,000 lines at once', async () => {
    const text = Array.from({ length: 5000 }, (_, i) => (i % 2 ? '5400000000010;1' : '5400000000027;24')).join('\n');
    const started = Date.now();
    const r = await server.graphql(IMPORT, { i: { text } }, { token: shop });
    expect(r.data.cartLinesImport.problems).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
    const water = r.data.cartLinesImport.cart.lines.find((l) => l.product.reference === 'WAT-1')!;
    expect(water.quantity).toBe(72 + 2500 * 24);
  });
});

describe('a login linked to several customers (O2)', () => {
  it('granting an email that already signs in links the same login, without a new password', async () => {
    const c = await server.graphql(CUSTOMER_CREATE, { i: { name: 'Cart Second', customerNumber: 'C-3', contacts: [{ email: 'buyer@cart.test' }] } }, { token: staff });
    const second = c.data.customerCreate.customer.id;
    const g = await server.graphql(GRANT, { i: { customerId: second, email: 'buyer@cart.test' } }, { token: staff });
    expect(g.data.storeAccessGrant).toMatchObject({ temporaryPassword: null, storeAccess: { email: 'buyer@cart.test', status: 'ACTIVE' }, userErrors: [] });
    const again = await server.graphql(GRANT, { i: { customerId: second, email: 'buyer@cart.test' } }, { token: staff });
    expect(again.data.storeAccessGrant.userErrors[0].code).toBe('ACCESS_EXISTS');
    // the old password still works
    await signInShop(server, 'buyer@cart.test', 'cccc5678');
    const email = await eventually(async () => {
      const mailbox = await server.graphql(OUTBOX, {}, { token: staff });
      return mailbox.data.outboxEmails.edges.map((e: any) => e.node).find((e: any) => e.toAddress === 'buyer@cart.test' && e.text?.includes('Cart Second'));
    });
    expect(email.text).toContain('you can now also order for Cart Second');
    expect(email.text).not.toMatch(/Temporary password/i);
  });

  it('lists the customers, switches, and the cart follows the chosen customer', async () => {
    const list = await server.graphql(CUSTOMERS, {}, { token: shop });
    expect(list.data.shopUserCustomers.map((c: any) => c.name)).toEqual(['Cart C-1', 'Cart Second']);
    const before = (await server.graphql(CART, {}, { token: shop })).data.cart.lines.length;
    expect(before).toBeGreaterThan(0);
    const second = list.data.shopUserCustomers[1].id;
    const s = await server.graphql(SWITCH, { i: { customerId: second } }, { token: shop });
    expect(s.data.shopUserCustomerSwitch).toEqual({ customer: { name: 'Cart Second' }, userErrors: [] });
    const viewer = await server.graphql(VIEWER_CART, {}, { token: shop });
    expect(viewer.data).toEqual({ viewer: { customer: { name: 'Cart Second' } }, cart: { lines: [] } });
    const back = await server.graphql(SWITCH, { i: { customerId: list.data.shopUserCustomers[0].id } }, { token: shop });
    expect(back.data.shopUserCustomerSwitch.customer.name).toBe('Cart C-1');
    expect((await server.graphql(CART, {}, { token: shop })).data.cart.lines.length).toBe(before);
  });

  it('switching to a customer the login is not linked to is NOT_FOUND', async () => {
    const list = await server.graphql(CUSTOMERS, {}, { token: limited });
    expect(list.data.shopUserCustomers).toHaveLength(1);
    const others = await server.graphql(CUSTOMERS, {}, { token: shop });
    const r = await server.graphql(SWITCH, { i: { customerId: others.data.shopUserCustomers[1].id } }, { token: limited });
    expect(r.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('cartLinesAdd with an idempotency key (issue 18 M4: a queue replayed after a lost connection)', () => {
  it('the same key sent again, even at the same time, adds once; another key adds again; a bad key is refused', async () => {
    await customerWithLogin('C-9', 'replay@cart.test');
    const token = await signIn('replay@cart.test');
    const add = (key: string | null) => server.graphql(ADD, { i: { lines: [{ productId: gid(catalog.water), quantity: 24 }], idempotencyKey: key } }, { token });
    const water = async () => ((await server.graphql(CART, {}, { token })).data.cart.lines as Array<{ quantity: number; product: { reference: string } }>).find((l) => l.product.reference === 'WAT-1')?.quantity;

    const first = await add('phone-1');
    expect(first.data.cartLinesAdd.userErrors).toEqual([]);
    expect(await water()).toBe(24);
    // Replayed: nothing added, the cart answered as it is.
    const again = await add('phone-1');
    expect(again.data.cartLinesAdd.userErrors).toEqual([]);
    expect(again.data.cartLinesAdd.cart.lines).toEqual([{ quantity: 24, product: { reference: 'WAT-1' } }]);
    // Sent twice at once: the second waits for the first's transaction and finds the key.
    await Promise.all([add('phone-2'), add('phone-2'), add('phone-2')]);
    expect(await water()).toBe(48);
    // Without a key, as before: every call adds.
    await add(null);
    expect(await water()).toBe(72);
    // The key is the cart's: another buyer may use the same one.
    const other = await server.graphql(ADD, { i: { lines: [{ productId: gid(catalog.water), quantity: 24 }], idempotencyKey: 'phone-1' } }, { token: shop });
    expect(other.data.cartLinesAdd.userErrors).toEqual([]);
    for (const bad of ['', ' ', 'x'.repeat(101)]) {
      const r = await add(bad);
      expect(r.data.cartLinesAdd.userErrors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code])).toEqual([['input.idempotencyKey', 'INVALID_VALUE']]);
    }
    expect(await water()).toBe(72);
  });
});
