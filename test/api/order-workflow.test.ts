import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { startFakeResend } from '../support/fake-resend.js';
import { createCatalog, createStaff, eventually, signInShop, signInStaff } from '../support/fixtures.js';
import { PASSWORD_CHANGE } from '../support/graphql-ops.js';
import { graphql } from '../generated/index.js';
import type { ApiScope, Language } from '../generated/graphql.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { Product } from '../../server/modules/catalog/entities/product.entity.js';
import { idOf } from '../../server/common/global-id.js';

// The order workflow (O4, O5, O6): the state machine, its userErrors, emails, the timeline, the
// shipping cost, "order again", and who may do what.

let server: TestServer;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let catalog: Awaited<ReturnType<typeof createCatalog>>;
const tokens: Record<string, string> = {};

// Typed from schema.graphql (test/generated, `npm run codegen`; decision 41): a misspelt field fails tsc.
graphql(`fragment OrderWorkflow_OrderFields on Order {
  id number status shippingCost { amount } subtotal { amount } total { amount }
  timeline { kind fromStatus toStatus reason actorKind actorName at shippingCost { amount } previousShippingCost { amount } }
}`);
const VALIDATE = graphql(`mutation OrderWorkflow_Validate($i: OrderStatusChangeInput!) { orderValidate(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }`);
const REJECT = graphql(`mutation OrderWorkflow_Reject($i: OrderRejectInput!) { orderReject(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }`);
const SHIP = graphql(`mutation OrderWorkflow_Ship($i: OrderStatusChangeInput!) { orderShip(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }`);
const DELIVER = graphql(`mutation OrderWorkflow_Deliver($i: OrderStatusChangeInput!) { orderDeliver(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }`);
const CANCEL = graphql(`mutation OrderWorkflow_Cancel($i: OrderStatusChangeInput!) { orderCancel(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }`);
const SHIPPING = graphql(`mutation OrderWorkflow_ShippingCost($i: OrderShippingCostUpdateInput!) { orderShippingCostUpdate(input: $i) { order { ...OrderWorkflow_OrderFields } userErrors { field code message } } }`);
const REORDER = graphql(`mutation OrderWorkflow_Reorder($i: OrderReorderInput!) { orderReorder(input: $i) { addedLineCount cart { lines { quantity product { reference } } } userErrors { field code message } } }`);
const ORDER = graphql(`query OrderWorkflow_Order($id: ID!) { order(id: $id) { ...OrderWorkflow_OrderFields } }`);
const CART_ADD = graphql(`mutation OrderWorkflow_CartAdd($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`);
const PLACE = graphql(`mutation OrderWorkflow_Place($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number } userErrors { code } } }`);
const TOKEN_CREATE = graphql(`mutation OrderWorkflow_TokenCreate($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token } }`);
const ALL_ORDERS = graphql(`query OrderWorkflow_AllOrders { orders(first: 100) { totalCount edges { node { id customer { id name } placedAt status } } } }`);
const SEARCHED = graphql(`query OrderWorkflow_Searched { orders(first: 50, customerSearch: "w-2") { totalCount edges { node { customer { name } } } } }`);
const LIST = graphql(`query OrderWorkflow_List($c: ID, $s: OrderStatus, $from: DateTimeISO, $before: DateTimeISO, $after: String) {
  orders(first: 2, customerId: $c, status: $s, placedFrom: $from, placedBefore: $before, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id customer { name } status } } } }`);
const CUSTOMER_CREATE = graphql(`mutation OrderWorkflow_CustomerCreate($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id } userErrors { field code message } } }`);
const GRANT = graphql(`mutation OrderWorkflow_Grant($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { userErrors { field code message } } }`);

async function shopUserFor(customerNumber: string, email: string, documentLanguage: Language): Promise<string> {
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name: `Shop ${customerNumber}`, customerNumber, documentLanguage, contacts: [{ email }] } }, { token: tokens.staff });
  const customerId = c.data.customerCreate.customer.id;
  await server.graphql(GRANT, { i: { customerId, email, password: 'tmpp1234', passwordConfirmation: 'tmpp1234' } }, { token: tokens.staff });
  const token = await signInShop(server, email, 'tmpp1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'tmpp1234', newPassword: 'real5678', newPasswordConfirmation: 'real5678' } }, { token });
  return token;
}

let placed = 0;
async function placeOrder(token: string, lines: Array<{ productId: string; quantity: number }>) {
  const add = await server.graphql(CART_ADD, { i: { lines } }, { token });
  expect(add.data.cartLinesAdd.userErrors).toEqual([]);
  const r = await server.graphql(PLACE, { i: { idempotencyKey: `k-${++placed}` } }, { token });
  expect(r.data.orderPlace.userErrors).toEqual([]);
  return r.data.orderPlace.order;
}

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({ RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url, PUBLIC_URL: 'https://shop.example.test' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'ops@supplier.test', password: 'ops12345', role: StaffRole.SALES });
  await createStaff(em, { email: 'boss@supplier.test', password: 'boss1234', role: StaffRole.ADMIN });
  catalog = await createCatalog(em);
  tokens.staff = await signInStaff(server, 'ops@supplier.test', 'ops12345');
  tokens.boss = await signInStaff(server, 'boss@supplier.test', 'boss1234');
  tokens.fr = await shopUserFor('W-1', 'chef@bistro.test', 'FR');
  tokens.other = await shopUserFor('W-2', 'buyer@other.test', 'EN');
  const mk = async (scopes: ApiScope[]) =>
    (await server.graphql(TOKEN_CREATE, { i: { name: `erp ${scopes.join('+')}`, scopes } }, { token: tokens.boss })).data.apiTokenCreate.token;
  tokens.erp = await mk(['ORDERS_MANAGE']);
  tokens.catalogOnly = await mk(['CATALOG_READ']);
});

afterAll(async () => {
  await server?.close();
  await resend?.close();
});

const coffee = () => catalog.gid('Product', catalog.coffee.id);
const water = () => catalog.gid('Product', catalog.water.id);

describe('the order state machine', () => {
  it('SUBMITTED → VALIDATED → SHIPPED → DELIVERED, each change on the timeline and emailed in the customer\'s language', async () => {
    const order = await placeOrder(tokens.fr, [{ productId: coffee(), quantity: 2 }]);
    const v = await server.graphql(VALIDATE, { i: { orderId: order.id } }, { token: tokens.staff });
    expect(v.data.orderValidate.userErrors).toEqual([]);
    expect(v.data.orderValidate.order.status).toBe('VALIDATED');
    const s = await server.graphql(SHIP, { i: { orderId: order.id } }, { token: tokens.staff });
    expect(s.data.orderShip.order.status).toBe('SHIPPED');
    const d = await server.graphql(DELIVER, { i: { orderId: order.id } }, { token: tokens.erp }); // an integrator with ORDERS_MANAGE
    expect(d.data.orderDeliver.userErrors).toEqual([]);
    const timeline = d.data.orderDeliver.order.timeline;
    expect(timeline.map((e) => [e.kind, e.fromStatus, e.toStatus, e.actorKind, e.actorName])).toEqual([
      ['PLACED', null, 'SUBMITTED', 'SHOP_USER', 'chef@bistro.test'],
      ['VALIDATED', 'SUBMITTED', 'VALIDATED', 'STAFF', 'ops'],
      ['SHIPPED', 'VALIDATED', 'SHIPPED', 'STAFF', 'ops'],
      ['DELIVERED', 'SHIPPED', 'DELIVERED', 'INTEGRATOR', 'erp ORDERS_MANAGE'],
    ]);
    const times = timeline.map((e) => Date.parse(e.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times); // oldest first

    // The customer sees the same timeline, without staff names; a token is "the supplier's system" in its language (E6).
    const mine = await server.graphql(ORDER, { id: order.id }, { token: tokens.fr });
    expect(mine.data.order.timeline.map((e) => [e.kind, e.actorName])).toEqual([
      ['PLACED', 'chef@bistro.test'],
      ['VALIDATED', null],
      ['SHIPPED', null],
      ['DELIVERED', 'Système du fournisseur'],
    ]);

    for (const subject of [`Commande ${order.number} validée`, `Commande ${order.number} expédiée`, `Commande ${order.number} livrée`]) {
      const mail = await eventually(async () => resend.emails.find((e) => e.subject.includes(subject)));
      expect(mail.to).toBe('chef@bistro.test');
      expect(mail.html).toContain(`https://shop.example.test/orders/${order.id}`);
    }
  });

  it('refuses every transition the machine does not allow, naming both statuses in the viewer\'s language', async () => {
    const order = await placeOrder(tokens.fr, [{ productId: coffee(), quantity: 1 }]);
    const ship = await server.graphql(SHIP, { i: { orderId: order.id } }, { token: tokens.staff });
    expect(ship.data.orderShip.order).toBeNull();
    expect(ship.data.orderShip.userErrors).toEqual([{ field: null, code: 'INVALID_TRANSITION', message: 'An order that is submitted cannot become shipped.' }]);
    const deliver = await server.graphql(DELIVER, { i: { orderId: order.id } }, { token: tokens.erp, language: 'fr' });
    expect(deliver.data.orderDeliver.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', message: 'Une commande soumise ne peut pas passer à l’état livrée.' });

    await server.graphql(VALIDATE, { i: { orderId: order.id } }, { token: tokens.staff });
    const again = await server.graphql(VALIDATE, { i: { orderId: order.id } }, { token: tokens.staff });
    expect(again.data.orderValidate.userErrors[0].code).toBe('INVALID_TRANSITION');
    const reject = await server.graphql(REJECT, { i: { orderId: order.id, reason: 'Too late' } }, { token: tokens.staff });
    expect(reject.data.orderReject.userErrors[0].message).toBe('An order that is validated cannot become rejected.');
    const deliverValidated = await server.graphql(DELIVER, { i: { orderId: order.id } }, { token: tokens.staff });
    expect(deliverValidated.data.orderDeliver.userErrors[0].code).toBe('INVALID_TRANSITION');

    await server.graphql(SHIP, { i: { orderId: order.id } }, { token: tokens.staff });
    const cancelShipped = await server.graphql(CANCEL, { i: { orderId: order.id } }, { token: tokens.staff });
    expect(cancelShipped.data.orderCancel.userErrors[0].message).toBe('An order that is shipped cannot become cancelled.');
    await server.graphql(DELIVER, { i: { orderId: order.id } }, { token: tokens.staff });
    for (const [doc, name] of [[VALIDATE, 'orderValidate'], [SHIP, 'orderShip'], [CANCEL, 'orderCancel'], [DELIVER, 'orderDeliver']] as const) {
      // Four documents of one shape in a loop: sent as their text (each is typed where used alone).
      const r = await server.graphql(String(doc), { i: { orderId: order.id } }, { token: tokens.staff });
      expect(r.data[name].userErrors[0].code).toBe('INVALID_TRANSITION');
    }
    const final = await server.graphql(ORDER, { id: order.id }, { token: tokens.staff });
    expect(final.data.order.status).toBe('DELIVERED');
    expect(final.data.order.timeline).toHaveLength(4); // refusals write nothing
  });

  it('rejects only with a reason, which the customer is told', async () => {
    const order = await placeOrder(tokens.fr, [{ productId: coffee(), quantity: 1 }]);
    const blank = await server.graphql(REJECT, { i: { orderId: order.id, reason: '   ' } }, { token: tokens.staff });
    expect(blank.data.orderReject.userErrors).toEqual([{ field: ['input', 'reason'], code: 'REQUIRED', message: expect.any(String) }]);
    const long = await server.graphql(REJECT, { i: { orderId: order.id, reason: 'x'.repeat(2001) } }, { token: tokens.staff });
    expect(long.data.orderReject.userErrors[0]).toMatchObject({ field: ['input', 'reason'], code: 'TOO_LONG' });
    const r = await server.graphql(REJECT, { i: { orderId: order.id, reason: ' Out of stock until April ' } }, { token: tokens.staff });
    expect(r.data.orderReject.order.status).toBe('REJECTED');
    expect(r.data.orderReject.order.timeline.at(-1)).toMatchObject({ kind: 'REJECTED', reason: 'Out of stock until April' });
    const mail = await eventually(async () => resend.emails.find((e) => e.subject.includes(`Commande ${order.number} refusée`)));
    expect(mail.html).toContain('Out of stock until April');
    const cancel = await server.graphql(CANCEL, { i: { orderId: order.id } }, { token: tokens.staff });
    expect(cancel.data.orderCancel.userErrors[0].message).toBe('An order that is rejected cannot become cancelled.');
  });

  it('cancels a submitted or validated order, with an optional reason', async () => {
    const a = await placeOrder(tokens.other, [{ productId: coffee(), quantity: 1 }]);
    const ca = await server.graphql(CANCEL, { i: { orderId: a.id } }, { token: tokens.staff });
    expect(ca.data.orderCancel.order).toMatchObject({ status: 'CANCELLED' });
    expect(ca.data.orderCancel.order.timeline.at(-1)).toMatchObject({ kind: 'CANCELLED', reason: null });
    const b = await placeOrder(tokens.other, [{ productId: coffee(), quantity: 1 }]);
    await server.graphql(VALIDATE, { i: { orderId: b.id } }, { token: tokens.staff });
    const cb = await server.graphql(CANCEL, { i: { orderId: b.id, reason: 'Asked by phone' } }, { token: tokens.staff });
    expect(cb.data.orderCancel.order.timeline.at(-1)).toMatchObject({ kind: 'CANCELLED', fromStatus: 'VALIDATED', reason: 'Asked by phone' });
    // This customer's documents are in English.
    const mail = await eventually(async () => resend.emails.find((e) => e.subject.includes(b.number) && /cancelled/i.test(e.subject)));
    expect(mail.to).toBe('buyer@other.test');
    expect(mail.html).toContain('Asked by phone');
  });

  it('lets only one of two staff acting at once move an order', async () => {
    const order = await placeOrder(tokens.fr, [{ productId: coffee(), quantity: 1 }]);
    const results = await Promise.all([
      server.graphql(VALIDATE, { i: { orderId: order.id } }, { token: tokens.staff }).then((r) => r.data.orderValidate),
      server.graphql(REJECT, { i: { orderId: order.id, reason: 'No' } }, { token: tokens.boss }).then((r) => r.data.orderReject),
      server.graphql(CANCEL, { i: { orderId: order.id } }, { token: tokens.erp }).then((r) => r.data.orderCancel),
    ]);
    const winners = results.filter((r) => r.userErrors.length === 0);
    expect(winners).toHaveLength(1);
    for (const loser of results.filter((r) => r.userErrors.length)) expect(loser.userErrors[0].code).toBe('INVALID_TRANSITION');
    const final = await server.graphql(ORDER, { id: order.id }, { token: tokens.staff });
    expect(final.data.order.status).toBe(winners[0].order.status);
    expect(final.data.order.timeline).toHaveLength(2);
    const em = server.app.services.orm.em.fork();
    const emails = await em.getConnection().execute(`select count(*)::int as n from outbox_email where template = 'order-status-changed' and props->>'orderNumber' = ?`, [order.number]);
    expect(emails[0].n).toBe(1);
  });
  it('the conditional update decides when both requests read the order before either writes', async () => {
    const order = await placeOrder(tokens.fr, [{ productId: coffee(), quantity: 1 }]);
    const rawId = idOf('Order', order.id)!;
    const em = server.app.services.orm.em.fork();
    let pending: Promise<any[]> = Promise.resolve([]);
    await em.transactional(async (tx) => {
      // Hold the row: both mutations read SUBMITTED, then wait on their UPDATE.
      const locked = await tx.getConnection().execute('select id from customer_order where id = ? for update', [rawId], 'all', tx.getTransactionContext());
      expect(locked).toHaveLength(1);
      pending = Promise.all([
        server.graphql(VALIDATE, { i: { orderId: order.id } }, { token: tokens.staff }).then((r) => r.data.orderValidate),
        server.graphql(CANCEL, { i: { orderId: order.id, reason: 'Duplicate' } }, { token: tokens.boss }).then((r) => r.data.orderCancel),
      ]);
      await new Promise((r) => setTimeout(r, 700));
    });
    const [validate, cancel] = await pending;
    const outcomes = [validate, cancel].map((r) => (r.userErrors.length ? r.userErrors[0].code : 'ok')).sort();
    expect(outcomes).toEqual(['INVALID_TRANSITION', 'ok']);
    const loser = [validate, cancel].find((r) => r.userErrors.length);
    const winner = [validate, cancel].find((r) => !r.userErrors.length);
    // The loser is told the status the winner set, and gets the order as it stands.
    expect(loser.order.status).toBe(winner.order.status);
    expect(loser.userErrors[0].message).toContain(winner.order.status === 'VALIDATED' ? 'validated' : 'cancelled');
    const final = await server.graphql(ORDER, { id: order.id }, { token: tokens.staff });
    expect(final.data.order.timeline).toHaveLength(2);
  });
});

describe('the shipping cost', () => {
  it('staff change it until the order ships; the total follows and the change is on the timeline', async () => {
    const order = await placeOrder(tokens.fr, [{ productId: coffee(), quantity: 2 }]); // 2 × 12.50, NORTH ships for 15.00
    const bad = await server.graphql(SHIPPING, { i: { orderId: order.id, shippingCost: 'abc' } }, { token: tokens.staff });
    expect(bad.data.orderShippingCostUpdate.userErrors[0]).toMatchObject({ field: ['input', 'shippingCost'], code: 'NOT_A_NUMBER' });
    const negative = await server.graphql(SHIPPING, { i: { orderId: order.id, shippingCost: '-1' } }, { token: tokens.staff });
    expect(negative.data.orderShippingCostUpdate.userErrors[0].code).toBe('INVALID_AMOUNT');
    const cents = await server.graphql(SHIPPING, { i: { orderId: order.id, shippingCost: '1.234' } }, { token: tokens.staff });
    expect(cents.data.orderShippingCostUpdate.userErrors[0].code).toBe('INVALID_AMOUNT');

    const r = await server.graphql(SHIPPING, { i: { orderId: order.id, shippingCost: '9,5' } }, { token: tokens.staff });
    expect(r.data.orderShippingCostUpdate.userErrors).toEqual([]);
    expect(r.data.orderShippingCostUpdate.order).toMatchObject({ shippingCost: { amount: '9.50' }, subtotal: { amount: '25.00' }, total: { amount: '34.50' } });
    expect(r.data.orderShippingCostUpdate.order.timeline.at(-1)).toMatchObject({
      kind: 'SHIPPING_COST_CHANGED', previousShippingCost: { amount: '15.00' }, shippingCost: { amount: '9.50' }, actorName: 'ops',
    });

    await server.graphql(VALIDATE, { i: { orderId: order.id } }, { token: tokens.staff });
    const validated = await server.graphql(SHIPPING, { i: { orderId: order.id, shippingCost: '0' } }, { token: tokens.erp });
    expect(validated.data.orderShippingCostUpdate.order.total.amount).toBe('25.00');

    await server.graphql(SHIP, { i: { orderId: order.id } }, { token: tokens.staff });
    const locked = await server.graphql(SHIPPING, { i: { orderId: order.id, shippingCost: '5' } }, { token: tokens.staff, language: 'fr' });
    expect(locked.data.orderShippingCostUpdate.userErrors).toEqual([
      { field: ['input', 'shippingCost'], code: 'SHIPPING_COST_LOCKED', message: 'The shipping cost can no longer be changed: the order is shipped.' },
    ]);
    const after = await server.graphql(ORDER, { id: order.id }, { token: tokens.fr });
    expect(after.data.order.total.amount).toBe('25.00');
  });
});

describe('order again', () => {
  it('adds the lines still available to the cart and names the others', async () => {
    const order = await placeOrder(tokens.fr, [{ productId: coffee(), quantity: 3 }, { productId: water(), quantity: 24 }]);
    const em = server.app.services.orm.em.fork();
    await em.nativeUpdate(Product, { id: catalog.water.id }, { active: false }); // discontinued since
    const r = await server.graphql(REORDER, { i: { orderId: order.id } }, { token: tokens.fr });
    expect(r.data.orderReorder.addedLineCount).toBe(1);
    expect(r.data.orderReorder.cart.lines).toEqual([{ quantity: 3, product: { reference: 'COF-1' } }]);
    expect(r.data.orderReorder.userErrors).toEqual([
      { field: ['order', 'lines', '1'], code: 'LINE_UNAVAILABLE', message: 'WAT-1 — Sparkling water 50cl n’est plus disponible et n’a pas été ajouté.' },
    ]);
    await em.nativeUpdate(Product, { id: catalog.water.id }, { active: true });
    // Staff and integrators have no cart; another customer's order does not exist for the viewer.
    const staff = await server.graphql(REORDER, { i: { orderId: order.id } }, { token: tokens.staff });
    expect(staff.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const other = await server.graphql(REORDER, { i: { orderId: order.id } }, { token: tokens.other });
    expect(other.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('who may move an order', () => {
  it('shop users and tokens without ORDERS_MANAGE cannot; another customer\'s order is NOT_FOUND', async () => {
    const order = await placeOrder(tokens.fr, [{ productId: coffee(), quantity: 1 }]);
    for (const [doc, name, input] of [
      [VALIDATE, 'orderValidate', { orderId: order.id }],
      [REJECT, 'orderReject', { orderId: order.id, reason: 'x' }],
      [SHIP, 'orderShip', { orderId: order.id }],
      [DELIVER, 'orderDeliver', { orderId: order.id }],
      [CANCEL, 'orderCancel', { orderId: order.id }],
      [SHIPPING, 'orderShippingCostUpdate', { orderId: order.id, shippingCost: '1' }],
    ] as const) {
      for (const token of [tokens.fr, tokens.other, tokens.catalogOnly]) {
        const r = await server.graphql(String(doc), { i: input }, { token }); // only the error is read
        expect(r.errors?.[0].extensions.code, name).toBe('FORBIDDEN');
      }
      const anonymous = await server.graphql(String(doc), { i: input });
      expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const peek = await server.graphql(ORDER, { id: order.id }, { token: tokens.other });
    expect(peek.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const unknown = await server.graphql(VALIDATE, { i: { orderId: 'bm90OmFueXRoaW5n' } }, { token: tokens.staff });
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const still = await server.graphql(ORDER, { id: order.id }, { token: tokens.staff });
    expect(still.data.order.status).toBe('SUBMITTED');
  });

  it('staff filter the order list by status, customer and date, page by page', async () => {
    const all = await server.graphql(ALL_ORDERS, {}, { token: tokens.staff });
    const total = all.data.orders.totalCount;
    expect(total).toBeGreaterThan(5);
    const customerId = all.data.orders.edges.find((e) => e.node.customer.name === 'Shop W-2')!.node.customer.id;
    const byCustomer = await server.graphql(LIST, { c: customerId }, { token: tokens.staff });
    expect(byCustomer.data.orders.totalCount).toBe(2);
    expect(byCustomer.data.orders.edges.every((e) => e.node.customer.name === 'Shop W-2')).toBe(true);
    const searched = await server.graphql(SEARCHED, {}, { token: tokens.staff });
    expect(searched.data.orders.totalCount).toBe(2);
    const cancelled = await server.graphql(LIST, { s: 'CANCELLED' }, { token: tokens.staff });
    expect(cancelled.data.orders.edges.every((e) => e.node.status === 'CANCELLED')).toBe(true);
    const future = await server.graphql(LIST, { from: new Date(Date.now() + 60_000).toISOString() }, { token: tokens.staff });
    expect(future.data.orders.totalCount).toBe(0);
    const past = await server.graphql(LIST, { before: new Date(Date.now() + 60_000).toISOString() }, { token: tokens.staff });
    expect(past.data.orders.totalCount).toBe(total);
    const seen = new Set<string>();
    const listPage = (after: string | null) => server.graphql(LIST, { after }, { token: tokens.staff });
    let after: string | null = null;
    for (;;) {
      const page = await listPage(after);
      for (const e of page.data.orders.edges) seen.add(e.node.id);
      if (!page.data.orders.pageInfo.hasNextPage) break;
      after = page.data.orders.pageInfo.endCursor;
    }
    expect(seen.size).toBe(total);
    // A shop user's customer filter is ignored: it only ever sees its own orders.
    const mine = await server.graphql(LIST, { c: customerId }, { token: tokens.fr });
    expect(mine.data.orders.edges.every((e) => e.node.customer.name === 'Shop W-1')).toBe(true);
  });
});
