import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, eventually, signInShop, signInStaff } from '../support/fixtures.js';
import { CUSTOMER_CREATE, GRANT, PASSWORD_CHANGE } from '../support/graphql-ops.js';
import { graphql } from '../generated/index.js';
import type { OrderPlaceInput } from '../generated/graphql.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { Order } from '../../server/modules/ordering/entities/order.entity.js';
import { toGlobalId } from '../../server/common/global-id.js';

// Checkout and placing (products O2, O3, O5, O7, V1): every userError of orderPlace, documents,
// idempotency under concurrent retries, shipping defaults and reuse, refusals, ordering on behalf.

let server: TestServer;
let admin: string;
let sales: string;
let catalog: Awaited<ReturnType<typeof createCatalog>>;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

// Typed from schema.graphql (test/generated, `npm run codegen`): a misspelt field fails tsc.
const ADD = graphql(`mutation OrderPlacement_Add($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`);
const PLACE = graphql(`mutation OrderPlacement_Place($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number status kind orderDate requestedDeliveryDate purchaseOrderReference notes placedOnBehalfBy placedBy { email } deliverySite { name } shippingCost { amount } subtotal { amount } total { amount } lines { reference quantity unitPrice { amount } } documents { id fileName contentType size url } } userErrors { field code message } } }`);

interface Buyer { customerId: string; token: string; email: string; siteIds: string[] }

let n = 0;
async function buyer(extra: Record<string, unknown> = {}): Promise<Buyer> {
  n += 1;
  const email = `b${n}@place.test`;
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name: `Place ${n}`, customerNumber: `P-${n}`, contacts: [{ email }], documentLanguage: 'FR', ...extra } }, { token: admin });
  const customerId = c.data.customerCreate.customer.id as string;
  await server.graphql(GRANT, { i: { customerId, email, password: 'pppp1234', passwordConfirmation: 'pppp1234' } }, { token: admin });
  const token = await signInShop(server, email, 'pppp1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'pppp1234', newPassword: 'pppp5678', newPasswordConfirmation: 'pppp5678' } }, { token });
  const sites = await server.graphql(
    `mutation($i: CustomerUpdateInput!) { customerUpdate(input: $i) { customer { deliverySites { id name } } userErrors { code } } }`,
    { i: { id: customerId, deliverySites: [{ name: 'Main', street: '1 Rue A', postalCode: '1000', city: 'Brussels', country: 'BE' }, { name: 'Terrace', street: '2 Rue B', postalCode: '1000', city: 'Brussels', country: 'BE' }] } },
    { token: admin },
  );
  return { customerId, token, email, siteIds: sites.data.customerUpdate.customer.deliverySites.map((s: any) => s.id) };
}
async function fill(token: string, quantity = 2) {
  const r = await server.graphql(ADD, { i: { lines: [{ productId: toGlobalId('Product', catalog.coffee.id), quantity }] } }, { token });
  expect(r.data.cartLinesAdd.userErrors).toEqual([]);
}
async function upload(token: string | undefined, data: Buffer, type: string, name = 'po.pdf') {
  const form = new FormData();
  form.append('document', new Blob([new Uint8Array(data)], { type }), name);
  const res = await fetch(`${server.url}/api/order-documents`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: (await res.json()) as any };
}
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startTestServer({ PUBLIC_URL: 'https://shop.example.test' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@place.test', password: 'admin1234', role: StaffRole.ADMIN });
  await createStaff(em, { email: 'sales@place.test', password: 'sales1234', role: StaffRole.SALES });
  catalog = await createCatalog(em);
  admin = await signInStaff(server, 'admin@place.test', 'admin1234');
  sales = await signInStaff(server, 'sales@place.test', 'sales1234');
});
afterAll(() => server?.close());

describe('checkout', () => {
  it('places with a delivery site, dates, references, a quote kind and a document', async () => {
    const b = await buyer();
    await fill(b.token);
    const doc = await upload(b.token, PDF, 'application/pdf', 'bon de commande.pdf');
    expect(doc.status).toBe(201);
    expect(doc.body).toMatchObject({ fileName: 'bon de commande.pdf', contentType: 'application/pdf', size: PDF.length });
    const r = await server.graphql(
      PLACE,
      { i: { idempotencyKey: 'k1', kind: 'QUOTE', deliverySiteId: b.siteIds[1], orderDate: day(0), requestedDeliveryDate: day(3), purchaseOrderReference: ' PO-9 ', notes: 'Back door', documentIds: [doc.body.id] } },
      { token: b.token },
    );
    expect(r.data.orderPlace.userErrors).toEqual([]);
    const order = r.data.orderPlace.order;
    expect(order).toMatchObject({
      status: 'SUBMITTED', kind: 'QUOTE', orderDate: day(0), requestedDeliveryDate: day(3), purchaseOrderReference: 'PO-9', notes: 'Back door',
      placedOnBehalfBy: null, placedBy: { email: b.email }, deliverySite: { name: 'Terrace' }, shippingCost: { amount: '15.00' }, subtotal: { amount: '25.00' }, total: { amount: '40.00' },
      lines: [{ reference: 'COF-1', quantity: 2, unitPrice: { amount: '12.50' } }],
      documents: [{ id: doc.body.id, fileName: 'bon de commande.pdf', contentType: 'application/pdf', size: PDF.length }],
    });
    expect(order.documents[0].url).toBe(`https://shop.example.test/api/order-documents/${encodeURIComponent(doc.body.id)}`);

    // the customer's users and staff download it; another customer and anonymous callers cannot
    const path = `${server.url}/api/order-documents/${encodeURIComponent(doc.body.id)}`;
    const mine = await fetch(path, { headers: { authorization: `Bearer ${b.token}` } });
    expect(mine.status).toBe(200);
    expect(Buffer.from(await mine.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await fetch(path, { headers: { authorization: `Bearer ${sales}` } })).status).toBe(200);
    const other = await buyer();
    expect((await fetch(path, { headers: { authorization: `Bearer ${other.token}` } })).status).toBe(404);
    expect((await fetch(path)).status).toBe(401);
    // and another customer's order is NOT_FOUND
    const foreign = await server.graphql(`query($id: ID!) { order(id: $id) { number } }`, { id: order.id }, { token: other.token });
    expect(foreign.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const node = await server.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: order.id }, { token: other.token });
    expect(node.data.node).toBeNull();

    // the confirmation is in the customer's document language (French)
    const email = await eventually(async () => {
      const m = await server.graphql(`{ outboxEmails(first: 50) { edges { node { toAddress template subject text } } } }`, {}, { token: admin });
      return m.data.outboxEmails.edges.map((e: any) => e.node).find((e: any) => e.template === 'order-placed' && e.toAddress === b.email && e.text);
    });
    expect(email.subject).toContain(order.number);
    expect(email.text).toContain('demande de devis');
  });

  it('defaults: today as order date, the first delivery site, a firm order', async () => {
    const b = await buyer();
    await fill(b.token);
    const r = await server.graphql(PLACE, { i: { idempotencyKey: 'k-default' } }, { token: b.token });
    expect(r.data.orderPlace.order).toMatchObject({ kind: 'ORDER', orderDate: day(0), requestedDeliveryDate: null, deliverySite: { name: 'Main' }, documents: [] });
  });

  it('reports each userError with its field and places nothing', async () => {
    const b = await buyer();
    const other = await buyer();
    const foreignDoc = await upload(other.token, PDF, 'application/pdf');
    const cases: Array<[OrderPlaceInput, string, string | null]> = [
      [{ idempotencyKey: ' ' }, 'INVALID_VALUE', 'input.idempotencyKey'],
      [{ idempotencyKey: 'e1' }, 'CART_EMPTY', null],
    ];
    for (const [input, code, field] of cases) {
      const r = await server.graphql(PLACE, { i: input }, { token: b.token });
      expect(r.data.orderPlace.order).toBeNull();
      expect(r.data.orderPlace.userErrors.map((e: any) => [e.code, e.field?.join('.') ?? null])).toEqual([[code, field]]);
    }
    await fill(b.token);
    const more: Array<[Record<string, unknown>, string, string]> = [
      [{ orderDate: day(-1) }, 'DATE_IN_PAST', 'input.orderDate'],
      [{ orderDate: day(400) }, 'INVALID_VALUE', 'input.orderDate'],
      [{ requestedDeliveryDate: day(-2) }, 'DATE_IN_PAST', 'input.requestedDeliveryDate'],
      [{ orderDate: day(5), requestedDeliveryDate: day(2) }, 'DELIVERY_BEFORE_ORDER_DATE', 'input.requestedDeliveryDate'],
      [{ deliverySiteId: other.siteIds[0] }, 'UNKNOWN_DELIVERY_SITE', 'input.deliverySiteId'],
      [{ purchaseOrderReference: 'x'.repeat(101) }, 'TOO_LONG', 'input.purchaseOrderReference'],
      [{ notes: 'x'.repeat(5001) }, 'TOO_LONG', 'input.notes'],
      [{ documentIds: [foreignDoc.body.id] }, 'UNKNOWN_DOCUMENT', 'input.documentIds.0'],
      [{ documentIds: Array.from({ length: 11 }, () => foreignDoc.body.id) }, 'TOO_MANY_DOCUMENTS', 'input.documentIds'],
    ];
    for (const [input, code, field] of more) {
      const r = await server.graphql(PLACE, { i: { idempotencyKey: `bad-${code}-${field}`, ...input } }, { token: b.token });
      expect(r.data.orderPlace.userErrors.map((e: any) => [e.code, e.field.join('.')])).toEqual([[code, field]]);
      expect(r.data.orderPlace.userErrors[0].message).not.toBe('');
    }
    const orders = await server.graphql(`{ orders(first: 5) { edges { node { id } } } }`, {}, { token: b.token });
    expect(orders.data.orders.edges).toEqual([]);
    // a product that lost its price blocks placing, line by line
    const em = server.app.services.orm.em.fork();
    await em.execute('delete from product_price where product_id = ?', [catalog.coffee.id]);
    const r = await server.graphql(PLACE, { i: { idempotencyKey: 'no-price' } }, { token: b.token });
    expect(r.data.orderPlace.userErrors.map((e: any) => [e.code, e.field.join('.')])).toEqual([['PRODUCT_NOT_ORDERABLE', 'cart.lines.0']]);
    await em.execute(`insert into product_price (price_level_id, product_id, amount) values (?, ?, 12.50), (?, ?, 11.25)`, [catalog.standard.id, catalog.coffee.id, catalog.horeca.id, catalog.coffee.id]);
  });

  it('a document upload checks type (by its bytes), size and who sends it', async () => {
    const b = await buyer();
    expect((await upload(b.token, Buffer.from('not a pdf at all'), 'application/pdf')).status).toBe(415);
    expect((await upload(b.token, Buffer.from('MZ\x90\x00'), 'application/x-msdownload', 'x.exe')).status).toBe(415);
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await upload(b.token, big, 'application/pdf');
    expect(tooBig).toMatchObject({ status: 413, body: { error: { code: 'PAYLOAD_TOO_LARGE' } } });
    expect((await upload(b.token, Buffer.from('a;b\n1;2\n'), 'text/csv', 'list.csv')).status).toBe(201);
    expect((await upload(undefined, PDF, 'application/pdf')).status).toBe(401);
    expect((await upload(sales, PDF, 'application/pdf')).status).toBe(403); // staff not viewing as a customer
    const none = await fetch(`${server.url}/api/order-documents`, { method: 'POST', headers: { authorization: `Bearer ${b.token}` } });
    expect(none.status).toBe(400);
  });
});

describe('idempotency (O3)', () => {
  it('concurrent identical requests make exactly one order', async () => {
    const b = await buyer();
    await fill(b.token, 3);
    const results = await Promise.all(Array.from({ length: 6 }, () => server.graphql(PLACE, { i: { idempotencyKey: 'same-key' } }, { token: b.token })));
    const ids = new Set(results.map((r) => r.data.orderPlace.order?.id));
    expect(results.every((r) => r.data.orderPlace.userErrors.length === 0)).toBe(true);
    expect(ids.size).toBe(1);
    const em = server.app.services.orm.em.fork();
    expect(await em.count(Order, { idempotencyKey: 'same-key' })).toBe(1);
    const retry = await server.graphql(PLACE, { i: { idempotencyKey: 'same-key' } }, { token: b.token });
    expect(retry.data.orderPlace.order.id).toBe([...ids][0]);
    const emails = await server.graphql(`{ outboxEmails(first: 100) { edges { node { toAddress template } } } }`, {}, { token: admin });
    expect(emails.data.outboxEmails.edges.filter((e: any) => e.node.toAddress === b.email && e.node.template === 'order-placed')).toHaveLength(1);
  });
});

describe('shipping (O5)', () => {
  it('is the default cost of the customer\'s storage location', async () => {
    const b = await buyer({ storageLocationId: toGlobalId('StorageLocation', catalog.south.id) });
    await fill(b.token);
    const r = await server.graphql(PLACE, { i: { idempotencyKey: 's1' } }, { token: b.token });
    expect(r.data.orderPlace.order.shippingCost.amount).toBe('22.50');
  });

  it('with "reuse the previous order\'s shipping cost" on, is the customer\'s last order\'s cost', async () => {
    const b = await buyer();
    await fill(b.token);
    const first = await server.graphql(PLACE, { i: { idempotencyKey: 'r1' } }, { token: b.token });
    // staff changed the first order's shipping (their edit is another feature; here straight in the table)
    const em = server.app.services.orm.em.fork();
    await em.nativeUpdate(Order, { number: first.data.orderPlace.order.number }, { shippingCost: '7.25' });
    await fill(b.token);
    const off = await server.graphql(PLACE, { i: { idempotencyKey: 'r2' } }, { token: b.token });
    expect(off.data.orderPlace.order.shippingCost.amount).toBe('15.00');
    await em.nativeUpdate(Order, { number: off.data.orderPlace.order.number }, { shippingCost: '7.25' });
    await server.graphql(`mutation { storeSettingsUpdate(input: { reusePreviousShippingCost: true }) { userErrors { code } } }`, {}, { token: admin });
    await fill(b.token);
    const on = await server.graphql(PLACE, { i: { idempotencyKey: 'r3' } }, { token: b.token });
    expect(on.data.orderPlace.order.shippingCost.amount).toBe('7.25');
    expect(on.data.orderPlace.order.total.amount).toBe('32.25');
    // a customer without earlier orders still gets the location's default
    const fresh = await buyer();
    await fill(fresh.token);
    const firstOrder = await server.graphql(PLACE, { i: { idempotencyKey: 'r4' } }, { token: fresh.token });
    expect(firstOrder.data.orderPlace.order.shippingCost.amount).toBe('15.00');
    await server.graphql(`mutation { storeSettingsUpdate(input: { reusePreviousShippingCost: false }) { userErrors { code } } }`, {}, { token: admin });
  });
});

describe('refusals (O7)', () => {
  it('a pending-approval user is refused with a clear reason', async () => {
    await server.graphql(`mutation { storeSettingsUpdate(input: { autoApproveBuyers: false }) { userErrors { code } } }`, {}, { token: admin });
    const b = await buyer();
    await server.graphql(`mutation { storeSettingsUpdate(input: { autoApproveBuyers: true }) { userErrors { code } } }`, {}, { token: admin });
    await fill(b.token);
    const r = await server.graphql(PLACE, { i: { idempotencyKey: 'p1' } }, { token: b.token });
    expect(r.data.orderPlace).toEqual({ order: null, userErrors: [{ field: null, code: 'ORDERING_NOT_ALLOWED', message: expect.any(String) }] });
    // S9: the cart stays, but a document for an order that cannot be placed is refused, for the same reason
    const doc = await upload(b.token, PDF, 'application/pdf');
    expect(doc).toEqual({ status: 403, body: { error: { code: 'ORDERING_NOT_ALLOWED', message: r.data.orderPlace.userErrors[0].message } } });
  });

  it('an excluded customer is refused with its reason', async () => {
    const b = await buyer();
    await fill(b.token);
    await server.graphql(`mutation($i: CustomerExcludeInput!) { customerExclude(input: $i) { userErrors { code } } }`, { i: { id: b.customerId, reason: 'Unpaid invoices' } }, { token: admin });
    const r = await server.graphql(PLACE, { i: { idempotencyKey: 'x1' } }, { token: b.token });
    expect(r.data.orderPlace.userErrors[0]).toMatchObject({ code: 'CUSTOMER_EXCLUDED', message: expect.stringContaining('Unpaid invoices') });
    const doc = await upload(b.token, PDF, 'application/pdf');
    expect(doc).toEqual({ status: 403, body: { error: { code: 'CUSTOMER_EXCLUDED', message: r.data.orderPlace.userErrors[0].message } } });
  });
});

describe('ordering on behalf (V1)', () => {
  it('staff viewing as the customer fill their own cart and place; the order records both, the customer is told', async () => {
    const b = await buyer();
    await fill(b.token, 1); // the customer's own cart stays untouched
    const notViewing = await server.graphql(`{ cart { id } }`, {}, { token: sales });
    expect(notViewing.errors?.[0].extensions.code).toBe('FORBIDDEN');
    await server.graphql(`mutation($i: ViewAsClientStartInput!) { viewAsClientStart(input: $i) { userErrors { code } } }`, { i: { customerId: b.customerId } }, { token: sales });
    await fill(sales, 4);
    const doc = await upload(sales, PDF, 'application/pdf');
    expect(doc.status).toBe(201);
    const r = await server.graphql(PLACE, { i: { idempotencyKey: 'behalf-1', documentIds: [doc.body.id] } }, { token: sales });
    expect(r.data.orderPlace.userErrors).toEqual([]);
    expect(r.data.orderPlace.order).toMatchObject({ placedOnBehalfBy: 'sales', placedBy: { email: b.email }, lines: [{ quantity: 4 }], documents: [{ id: doc.body.id }] });
    const staffView = await server.graphql(`query($id: ID!) { order(id: $id) { placedByStaff { email } } }`, { id: r.data.orderPlace.order.id }, { token: admin });
    expect(staffView.data.order.placedByStaff.email).toBe('sales@place.test');
    const hidden = await server.graphql(`query($id: ID!) { order(id: $id) { placedByStaff { email } } }`, { id: r.data.orderPlace.order.id }, { token: b.token });
    expect(hidden.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const again = await server.graphql(PLACE, { i: { idempotencyKey: 'behalf-1' } }, { token: sales });
    expect(again.data.orderPlace.order.id).toBe(r.data.orderPlace.order.id);
    const customerCart = await server.graphql(`{ cart { lines { quantity } } }`, {}, { token: b.token });
    expect(customerCart.data.cart.lines).toEqual([{ quantity: 1 }]);
    const email = await eventually(async () => {
      const m = await server.graphql(`{ outboxEmails(first: 100) { edges { node { toAddress template text } } } }`, {}, { token: admin });
      return m.data.outboxEmails.edges.map((e: any) => e.node).find((e: any) => e.template === 'order-placed' && e.toAddress === b.email && e.text);
    });
    expect(email.text).toContain('sales');
    expect(email.text).toContain('en votre nom');
    await server.graphql(`mutation { viewAsClientStop { userErrors { code } } }`, {}, { token: sales });
  });
});
