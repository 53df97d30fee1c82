import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, eventually, signInShop, signInStaff } from '../support/fixtures.js';
import { CUSTOMER_CREATE, GRANT, PASSWORD_CHANGE } from '../support/graphql-ops.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { Product } from '../../server/modules/catalog/entities/product.entity.js';
import { ProductPrice } from '../../server/modules/catalog/entities/product-price.entity.js';
import { toGlobalId } from '../../server/common/global-id.js';

// Issue 19 B2 (decision 0049): per product minimum, maximum and increment (the pack size unless
// set), edited by staff, the import and the ERP sync, enforced in the cart and again at placing.

let server: TestServer;
let admin: string;
let shop: string;
let catalog: Awaited<ReturnType<typeof createCatalog>>;
let cups: Product;

const UPDATE = `mutation($i: ProductUpdateInput!) { productUpdate(input: $i) { product { minQuantity maxQuantity orderIncrement packSize quantityRules { minimum maximum increment packSize } } userErrors { field code message } } }`;
const ADD = `mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { cart { lines { id quantity product { reference } } } userErrors { field code message } } }`;
const SET = `mutation($i: CartLinesUpdateInput!) { cartLinesUpdate(input: $i) { cart { lines { quantity product { reference } } } userErrors { field code message } } }`;
const CART = `query { cart { lines { id quantity product { reference quantityRules { minimum maximum increment } } } } }`;
const PLACE = `mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { order { lines { reference quantity } } userErrors { field code message } } }`;
const IMPORT = `mutation($i: CartLinesImportInput!) { cartLinesImport(input: $i) { problems { line reason message } } }`;
const PREVIEW = `mutation($i: CatalogImportPreviewInput!) { catalogImportPreview(input: $i) { preview { createCount updateCount unchangedCount invalidCount errors { line column code } } userErrors { code } } }`;
const START = `mutation($i: CatalogImportStartInput!) { catalogImportStart(input: $i) { task { id } userErrors { code } } }`;
const TASK = `query($id: ID!) { task(id: $id) { status } }`;
const UPSERT = `mutation($i: ProductsUpsertInput!) { productsUpsert(input: $i) { createdCount updatedCount unchangedCount userErrors { field code message } } }`;
const RULES = `query($r: String!) { product(reference: $r) { minQuantity maxQuantity orderIncrement quantityRules { minimum maximum increment } } }`;

const gid = (p: Product) => toGlobalId('Product', p.id);
const update = (p: Product, rules: object) => server.graphql(UPDATE, { i: { id: gid(p), ...rules } }, { token: admin });
const add = (p: Product, quantity: number, token = shop) => server.graphql(ADD, { i: { lines: [{ productId: gid(p), quantity }] } }, { token });
const errors = (r: any, key: string) => r.data[key].userErrors.map((e: any) => [e.code, e.message]);
const rules = async (reference: string) => (await server.graphql(RULES, { r: reference }, { token: admin })).data.product;

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@qr.test', password: 'admin1234', role: StaffRole.ADMIN });
  catalog = await createCatalog(em);
  cups = em.create(Product, { reference: 'CUP-1', barcode: '5400000000034', name: 'Paper cups', packSize: 6 });
  em.create(ProductPrice, { priceLevel: catalog.standard, product: cups, amount: '0.10' });
  await em.flush();
  admin = await signInStaff(server, 'admin@qr.test', 'admin1234');
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name: 'Rules bar', customerNumber: 'QR-1', contacts: [{ email: 'bar@qr.test' }] } }, { token: admin });
  await server.graphql(GRANT, { i: { customerId: c.data.customerCreate.customer.id, email: 'bar@qr.test', password: 'cccc1234', passwordConfirmation: 'cccc1234' } }, { token: admin });
  shop = await signInShop(server, 'bar@qr.test', 'cccc1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'cccc1234', newPassword: 'cccc5678', newPasswordConfirmation: 'cccc5678' } }, { token: shop });
});
afterAll(() => server?.close());

describe('the rules, as staff set them', () => {
  it('refuses rules that do not fit together, with a translated message, and keeps the product as it was', async () => {
    const bad = await update(cups, { orderIncrement: 8 });
    expect(bad.data.productUpdate.userErrors.map((e: any) => [e.code, e.field.join('.')])).toEqual([['QUANTITY_RULES_INCONSISTENT', 'input.orderIncrement']]);
    expect((await update(cups, { minQuantity: 10 })).data.productUpdate.userErrors.map((e: any) => e.field.join('.'))).toEqual(['input.minQuantity']);
    expect((await update(cups, { minQuantity: 12, maxQuantity: 6 })).data.productUpdate.userErrors.map((e: any) => e.field.join('.'))).toEqual(['input.maxQuantity']);
    const zero = await update(cups, { orderIncrement: 0 });
    expect(zero.data.productUpdate.userErrors[0].message).toBe('The quantity rules do not fit together: the order increment must be a multiple of the pack size, the minimum a multiple of the increment, and the maximum at least the minimum.');
    expect(await rules('CUP-1')).toEqual({ minQuantity: null, maxQuantity: null, orderIncrement: null, quantityRules: { minimum: 6, maximum: null, increment: 6 } });
  });

  it('sets minimum, maximum and increment; the increment is a multiple of the pack size', async () => {
    const r = await update(cups, { minQuantity: 24, maxQuantity: 240, orderIncrement: 12 });
    expect(r.data.productUpdate).toEqual({
      product: { minQuantity: 24, maxQuantity: 240, orderIncrement: 12, packSize: 6, quantityRules: { minimum: 24, maximum: 240, increment: 12, packSize: 6 } },
      userErrors: [],
    });
  });
});

describe('in the cart and at placing', () => {
  it('refuses below the minimum, off the increment and above the maximum, naming the valid quantity', async () => {
    expect(errors(await add(cups, 12), 'cartLinesAdd')).toEqual([['QUANTITY_BELOW_MINIMUM', 'The minimum order quantity is 24.']]);
    expect(errors(await add(cups, 30), 'cartLinesAdd')).toEqual([['QUANTITY_NOT_INCREMENT', 'The quantity must be a multiple of 12 (sold by 12): for example 36.']]);
    expect(errors(await add(cups, 252), 'cartLinesAdd')).toEqual([['QUANTITY_ABOVE_MAXIMUM', 'The maximum order quantity is 240.']]);
    const ok = await add(cups, 36);
    expect(ok.data.cartLinesAdd.userErrors).toEqual([]);
    // Adding again past the maximum is refused; the line keeps its quantity.
    const past = await add(cups, 216);
    expect(errors(past, 'cartLinesAdd')).toEqual([['QUANTITY_ABOVE_MAXIMUM', 'The maximum order quantity is 240.']]);
    expect(past.data.cartLinesAdd.cart.lines).toEqual([expect.objectContaining({ quantity: 36, product: { reference: 'CUP-1' } })]);
    const line = (await server.graphql(CART, {}, { token: shop })).data.cart.lines[0];
    expect(line.product.quantityRules).toEqual({ minimum: 24, maximum: 240, increment: 12 });
    const set = await server.graphql(SET, { i: { lines: [{ lineId: line.id, quantity: 12 }] } }, { token: shop });
    expect(errors(set, 'cartLinesUpdate')).toEqual([['QUANTITY_BELOW_MINIMUM', 'The minimum order quantity is 24.']]);
  });

  it('the barcode import reports a line that breaks the rules; no quantity means the minimum', async () => {
    const r = await server.graphql(IMPORT, { i: { text: '5400000000034;30\n5400000000034' } }, { token: shop });
    expect(r.data.cartLinesImport.problems).toEqual([{ line: 1, reason: 'BAD_QUANTITY', message: 'Line 1: 5400000000034: The quantity must be a multiple of 12 (sold by 12): for example 36.' }]);
    const line = (await server.graphql(CART, {}, { token: shop })).data.cart.lines[0];
    expect(line.quantity).toBe(60);
  });

  it('placing checks the rules again (they may have changed since the line was added)', async () => {
    expect((await update(cups, { minQuantity: 72 })).data.productUpdate.userErrors).toEqual([]);
    const refused = await server.graphql(PLACE, { i: { idempotencyKey: 'qr-1' } }, { token: shop });
    expect(refused.data.orderPlace.userErrors).toEqual([
      { field: ['cart', 'lines', '0', 'quantity'], code: 'QUANTITY_BELOW_MINIMUM', message: 'CUP-1 Paper cups: The minimum order quantity is 72.' },
    ]);
    const line = (await server.graphql(CART, {}, { token: shop })).data.cart.lines[0];
    await server.graphql(SET, { i: { lines: [{ lineId: line.id, quantity: 72 }] } }, { token: shop });
    const placed = await server.graphql(PLACE, { i: { idempotencyKey: 'qr-2' } }, { token: shop });
    expect(placed.data.orderPlace).toEqual({ order: { lines: [{ reference: 'CUP-1', quantity: 72 }] }, userErrors: [] });
  });
});

describe('in the import and the ERP sync', () => {
  it('exports the rules and imports them back unchanged; 0 clears one, empty keeps it; bad ones are refused', async () => {
    await update(cups, { minQuantity: 24, maxQuantity: 240, orderIncrement: 12 });
    const res = await fetch(`${server.url}/api/exports/products.csv`, { headers: { authorization: `Bearer ${admin}` } });
    const body = Buffer.from(await res.arrayBuffer());
    const rows: Array<Record<string, string>> = parse(body.subarray(3).toString('utf8'), { delimiter: [';', ','], columns: true });
    expect(rows.find((r) => r.reference === 'CUP-1')).toMatchObject({ pack_size: '6', min_quantity: '24', max_quantity: '240', order_increment: '12' });
    expect(rows.find((r) => r.reference === 'COF-1')).toMatchObject({ min_quantity: '', max_quantity: '', order_increment: '' });
    const same = await server.graphql(PREVIEW, { i: { csv: body.toString('utf8') } }, { token: admin });
    expect(same.data.catalogImportPreview.preview).toMatchObject({ updateCount: 0, invalidCount: 0 });

    const csv = ['reference;min_quantity;max_quantity;order_increment', 'CUP-1;0;;6', 'WAT-1;48;;', 'COF-1;;;5', 'NEW-Q;3;2;'].join('\n');
    const preview = await server.graphql(PREVIEW, { i: { csv } }, { token: admin });
    expect(preview.data.catalogImportPreview.preview.errors).toEqual([
      { line: 5, column: 'name', code: 'NAME_REQUIRED' },
      { line: 5, column: 'max_quantity', code: 'QUANTITY_RULES_INCONSISTENT' },
    ]);
    const started = await server.graphql(START, { i: { csv, mode: 'VALID_ROWS', idempotencyKey: 'qr-import' } }, { token: admin });
    const id = started.data.catalogImportStart.task.id;
    await eventually(async () => ['SUCCEEDED', 'FAILED'].includes((await server.graphql(TASK, { id }, { token: admin })).data.task.status));
    expect(await rules('CUP-1')).toEqual({ minQuantity: null, maxQuantity: 240, orderIncrement: 6, quantityRules: { minimum: 6, maximum: 240, increment: 6 } });
    expect(await rules('WAT-1')).toEqual({ minQuantity: 48, maxQuantity: null, orderIncrement: null, quantityRules: { minimum: 48, maximum: null, increment: 24 } });
  });

  it('productsUpsert sets and clears them with the same rules', async () => {
    const r = await server.graphql(UPSERT, { i: { items: [{ reference: 'COF-1', minQuantity: 2, orderIncrement: 2 }, { reference: 'WAT-1', minQuantity: 30 }, { reference: 'CUP-1', maxQuantity: 0 }] } }, { token: admin });
    expect(r.data.productsUpsert.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([['input.items.1.minQuantity', 'QUANTITY_RULES_INCONSISTENT']]);
    expect(r.data.productsUpsert.updatedCount).toBe(2);
    expect(await rules('COF-1')).toMatchObject({ minQuantity: 2, orderIncrement: 2, quantityRules: { minimum: 2, maximum: null, increment: 2 } });
    expect(await rules('CUP-1')).toMatchObject({ maxQuantity: null });
    const again = await server.graphql(UPSERT, { i: { items: [{ reference: 'COF-1', minQuantity: 2, orderIncrement: 2 }] } }, { token: admin });
    expect(again.data.productsUpsert).toMatchObject({ updatedCount: 0, unchangedCount: 1 });
  });
});
