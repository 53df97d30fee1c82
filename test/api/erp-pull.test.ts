import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, shopCustomer, signInStaff } from '../support/fixtures.js';
import { CUSTOMER_CREATE } from '../support/graphql-ops.js';
import { graphql } from '../generated/index.js';
import type { ApiScope } from '../generated/graphql.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { idOf } from '../../server/common/global-id.js';

// Issue 14, E3 and E6: an ERP pulls orders and customers by delta (updatedSince, a stable
// (updatedAt, id) order), writes its own order number back (orderAcknowledge), and everything its
// token does is recorded under the token's name.

let server: TestServer;
let catalog: Awaited<ReturnType<typeof createCatalog>>;
const tokens: Record<string, string> = {};

const ACK = graphql(`mutation ErpPull_OrderAcknowledge($i: OrderAcknowledgeInput!) { orderAcknowledge(input: $i) {
  order { id externalReference acknowledgedAt updatedAt timeline { kind externalReference previousExternalReference actorKind actorName } }
  userErrors { field code message } } }`);
const DELTA = graphql(`query ErpPull_Orders($since: DateTimeISO!, $after: String, $first: Int) {
  orders(updatedSince: $since, after: $after, first: $first) { edges { cursor node { id number status updatedAt } } pageInfo { hasNextPage endCursor } } }`);

let placed = 0;
async function placeOrder(token: string): Promise<{ id: string; number: string }> {
  const productId = catalog.gid('Product', catalog.coffee.id);
  await server.graphql(graphql(`mutation ErpPull_CartLinesAdd($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`), { i: { lines: [{ productId, quantity: 1 }] } }, { token });
  const r = await server.graphql(graphql(`mutation ErpPull_OrderPlace($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number } userErrors { code } } }`), { i: { idempotencyKey: `erp-${++placed}` } }, { token });
  expect(r.data.orderPlace.userErrors).toEqual([]);
  return r.data.orderPlace.order;
}

/** Every page of a delta pull, as the ERP would read it (bounded: a cursor that loops fails). */
/** Pages through `query` (the orders or customers delta document of a test; read as untyped rows). */
async function pullAll(query: { toString(): string }, field: 'orders' | 'customers', since: string, token: string, between?: (page: number) => Promise<void>) {
  const seen: Array<{ id: string; updatedAt: string; status?: string; customerNumber?: string }> = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const r: any = await server.graphql(String(query), { since, after, first: 2 }, { token });
    expect(r.errors).toBeUndefined();
    const conn = r.data[field];
    seen.push(...conn.edges.map((e: any) => e.node));
    if (!conn.pageInfo.hasNextPage) return seen;
    after = conn.pageInfo.endCursor;
    await between?.(page);
  }
  throw new Error('the pull did not end: the cursor loops');
}

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@erp.test', password: 'admin1234', role: StaffRole.ADMIN });
  await createStaff(em, { email: 'sales@erp.test', password: 'sales1234', role: StaffRole.SALES });
  catalog = await createCatalog(em);
  tokens.admin = await signInStaff(server, 'admin@erp.test', 'admin1234');
  tokens.sales = await signInStaff(server, 'sales@erp.test', 'sales1234');
  tokens.shop = await shopCustomer(server, tokens.admin, 'E-1', 'bistro.test');
  tokens.other = await shopCustomer(server, tokens.admin, 'E-2', 'other.test');
  const mk = async (name: string, scopes: ApiScope[]) =>
    (await server.graphql(graphql(`mutation ErpPull_ApiTokenCreate($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token } }`), { i: { name, scopes } }, { token: tokens.admin })).data.apiTokenCreate.token;
  tokens.erp = await mk('Odoo ERP', ['ORDERS_MANAGE', 'CUSTOMERS_MANAGE']);
  tokens.catalogOnly = await mk('Catalog feed', ['CATALOG_READ']);
});
afterAll(() => server?.close());

describe('delta pull of orders', () => {
  it('pages oldest change first; an order changed while paging comes again later, none is skipped', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const orders: Array<{ id: string; number: string }> = [];
    for (let i = 0; i < 5; i++) orders.push(await placeOrder(tokens.shop));

    let early = '';
    let late = '';
    const seen = await pullAll(DELTA, 'orders', since, tokens.erp, async (page) => {
      if (page !== 0) return;
      // After the first page: one order already read and one not yet read change.
      const read = await server.graphql(graphql(`query ErpPull_Orders2($since: DateTimeISO!) { orders(updatedSince: $since, first: 2) { edges { node { id } } } }`), { since }, { token: tokens.erp });
      early = read.data.orders.edges[0].node.id;
      late = orders.map((o) => o.id).find((id) => !read.data.orders.edges.some((e: any) => e.node.id === id))!;
      for (const orderId of [early, late]) {
        const v = await server.graphql(graphql(`mutation ErpPull_OrderValidate($i: OrderStatusChangeInput!) { orderValidate(input: $i) { userErrors { code } } }`), { i: { orderId } }, { token: tokens.admin });
        expect(v.data.orderValidate.userErrors).toEqual([]);
      }
    });
    const ids = seen.map((o) => o.id);
    for (const o of orders) expect(ids).toContain(o.id);
    // The early one comes twice: first as placed, then (on a later page) as validated.
    expect(seen.filter((o) => o.id === early).map((o) => o.status)).toEqual(['SUBMITTED', 'VALIDATED']);
    expect(seen.filter((o) => o.id === late).map((o) => o.status)).toEqual(['VALIDATED']);
    const times = seen.map((o) => Date.parse(o.updatedAt));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('keeps rows changed within the same millisecond apart (the cursor holds microseconds)', async () => {
    const orders: Array<{ id: string; number: string }> = [];
    for (let i = 0; i < 3; i++) orders.push(await placeOrder(tokens.other));
    // PostgreSQL stores microseconds; a JavaScript Date keeps milliseconds. Three changes in one
    // millisecond, ids in the opposite order of their times.
    const sorted = orders.map((o) => idOf('Order', o.id)!).sort().reverse();
    for (const [i, id] of sorted.entries()) {
      await server.app.services.orm.em.fork().execute(`update customer_order set updated_at = '2036-01-01T00:00:00.000${i + 1}00Z' where id = ?`, [id]);
    }
    const seen = await pullAll(DELTA, 'orders', '2036-01-01T00:00:00.000Z', tokens.erp);
    expect(seen.map((o) => idOf('Order', o.id))).toEqual(sorted);
  });

  it('a bad cursor is a BAD_USER_INPUT error, not a server error', async () => {
    const forged = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const after of ['nonsense', forged(['yesterday', '00000000-0000-0000-0000-000000000000']), forged(['2026-01-01T00:00:00.000000Z', 'not-a-uuid'])]) {
      const r = await server.graphql(DELTA, { since: '2020-01-01T00:00:00Z', after, first: 2 }, { token: tokens.erp });
      expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('orderAcknowledge', () => {
  it('the ERP writes its number back: shown, searchable, filtered, on the timeline under the token\'s name', async () => {
    const order = await placeOrder(tokens.shop);
    const waiting = async () =>
      (await server.graphql(graphql(`query ErpPull_Orders3 { orders(acknowledged: false, first: 100) { edges { node { id } } } }`), {}, { token: tokens.erp })).data.orders.edges.map((e: any) => e.node.id);
    expect(await waiting()).toContain(order.id);

    const first = await server.graphql(ACK, { i: { orderId: order.id, externalReference: '  SO-2026-0042 ' } }, { token: tokens.erp });
    expect(first.data.orderAcknowledge.userErrors).toEqual([]);
    const acked = first.data.orderAcknowledge.order;
    expect(acked.externalReference).toBe('SO-2026-0042');
    expect(acked.acknowledgedAt).toBeTruthy();
    expect(acked.timeline.at(-1)).toEqual({ kind: 'ACKNOWLEDGED', externalReference: 'SO-2026-0042', previousExternalReference: null, actorKind: 'INTEGRATOR', actorName: 'Odoo ERP' });
    expect(await waiting()).not.toContain(order.id);
    const done = await server.graphql(graphql(`query ErpPull_Orders4 { orders(acknowledged: true, first: 100) { edges { node { id } } } }`), {}, { token: tokens.erp });
    expect(done.data.orders.edges.map((e: any) => e.node.id)).toContain(order.id);

    // The same reference again (an ERP retrying) changes nothing, not even updatedAt.
    const again = await server.graphql(ACK, { i: { orderId: order.id, externalReference: 'SO-2026-0042' } }, { token: tokens.erp });
    expect(again.data.orderAcknowledge.userErrors).toEqual([]);
    expect(again.data.orderAcknowledge.order.updatedAt).toBe(acked.updatedAt);
    expect(again.data.orderAcknowledge.order.timeline.filter((e: any) => e.kind === 'ACKNOWLEDGED')).toHaveLength(1);

    // A different one replaces it, recorded with the one it replaced; an admin may do it too.
    const replaced = await server.graphql(ACK, { i: { orderId: order.id, externalReference: 'SO-2026-0043' } }, { token: tokens.admin });
    expect(replaced.data.orderAcknowledge.userErrors).toEqual([]);
    expect(replaced.data.orderAcknowledge.order.externalReference).toBe('SO-2026-0043');
    expect(replaced.data.orderAcknowledge.order.acknowledgedAt).toBe(acked.acknowledgedAt);
    expect(replaced.data.orderAcknowledge.order.timeline.at(-1)).toEqual({
      kind: 'ACKNOWLEDGED', externalReference: 'SO-2026-0043', previousExternalReference: 'SO-2026-0042', actorKind: 'STAFF', actorName: 'admin',
    });

    // Staff search it; the customer sees it and searches it too, and reads who as "the supplier's system".
    const hub = await server.graphql(graphql(`query ErpPull_Orders5 { orders(search: "2026-0043", first: 10) { edges { node { id externalReference } } } }`), {}, { token: tokens.sales });
    expect(hub.data.orders.edges.map((e: any) => e.node.id)).toEqual([order.id]);
    const store = await server.graphql(graphql(`query ErpPull_Orders6 { orders(search: "so-2026-0043", first: 10) { edges { node { id externalReference timeline { kind actorName } } } } }`), {}, { token: tokens.shop });
    expect(store.data.orders.edges).toHaveLength(1);
    expect(store.data.orders.edges[0].node.externalReference).toBe('SO-2026-0043');
    expect(store.data.orders.edges[0].node.timeline.filter((e: any) => e.kind === 'ACKNOWLEDGED').map((e: any) => e.actorName)).toEqual(["The supplier's system", null]);

    // Another customer neither finds it nor opens it.
    const other = await server.graphql(graphql(`query ErpPull_Orders7 { orders(search: "SO-2026-0043", first: 10) { edges { node { id } } } }`), {}, { token: tokens.other });
    expect(other.data.orders.edges).toEqual([]);
    const open = await server.graphql(graphql(`query ErpPull_Order($id: ID!) { order(id: $id) { externalReference } }`), { id: order.id }, { token: tokens.other });
    expect(open.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('concurrent acknowledgements with different references leave one unbroken chain on the timeline', async () => {
    const order = await placeOrder(tokens.shop);
    const refs = ['SO-A', 'SO-B', 'SO-C', 'SO-D'];
    const results = await Promise.all(refs.map((ref) => server.graphql(ACK, { i: { orderId: order.id, externalReference: ref } }, { token: tokens.erp })));
    for (const r of results) expect(r.data.orderAcknowledge.userErrors).toEqual([]);
    const read = await server.graphql(graphql(`query ErpPull_Order2($id: ID!) { order(id: $id) { externalReference timeline { kind externalReference previousExternalReference } } }`), { id: order.id }, { token: tokens.erp });
    const acks = read.data.order.timeline.filter((e: any) => e.kind === 'ACKNOWLEDGED');
    // One chain: each reference replaced exactly the one before it (whatever order the requests
    // took, and however close in time), and the stored one replaced nothing yet.
    expect(acks.map((e: any) => e.externalReference).sort()).toEqual(refs);
    const previous = acks.map((e: any) => e.previousExternalReference);
    const stored = read.data.order.externalReference;
    expect(previous.filter((p: string | null) => p !== null).sort()).toEqual(refs.filter((r) => r !== stored));
    expect(previous.filter((p: string | null) => p === null)).toHaveLength(1);
  });

  it('an acknowledgement brings the order back in the next delta pull', async () => {
    const order = await placeOrder(tokens.shop);
    const since = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    await server.graphql(ACK, { i: { orderId: order.id, externalReference: 'SO-DELTA' } }, { token: tokens.erp });
    const seen = await pullAll(DELTA, 'orders', since, tokens.erp);
    expect(seen.map((o) => o.id)).toContain(order.id);
  });

  it('empty or too long references are translated userErrors, with nothing written', async () => {
    const order = await placeOrder(tokens.shop);
    const empty = await server.graphql(ACK, { i: { orderId: order.id, externalReference: '   ' } }, { token: tokens.erp });
    expect(empty.data.orderAcknowledge.userErrors).toEqual([{ field: ['input', 'externalReference'], code: 'REQUIRED', message: 'This field is required.' }]);
    const long = await server.graphql(ACK, { i: { orderId: order.id, externalReference: 'x'.repeat(101) } }, { token: tokens.erp, language: 'fr' });
    expect(long.data.orderAcknowledge.userErrors[0]).toMatchObject({ field: ['input', 'externalReference'], code: 'TOO_LONG' });
    expect(long.data.orderAcknowledge.userErrors[0].message).toContain('100');
    expect(long.data.orderAcknowledge.userErrors[0].message).not.toBe('This text is too long (at most 100 characters).');
    const read = await server.graphql(graphql(`query ErpPull_Order3($id: ID!) { order(id: $id) { externalReference acknowledgedAt timeline { kind } } }`), { id: order.id }, { token: tokens.erp });
    expect(read.data.order).toEqual({ externalReference: null, acknowledgedAt: null, timeline: [{ kind: 'PLACED' }] });
  });

  it('customers, sales staff and tokens without ORDERS_MANAGE may not acknowledge', async () => {
    const order = await placeOrder(tokens.shop);
    for (const token of [tokens.shop, tokens.other, tokens.sales, tokens.catalogOnly]) {
      const r = await server.graphql(ACK, { i: { orderId: order.id, externalReference: 'NOPE' } }, { token });
      expect(r.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const unknown = await server.graphql(ACK, { i: { orderId: 'T3JkZXI6bm9uZQ', externalReference: 'X' } }, { token: tokens.erp });
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('delta pull of customers and attribution', () => {
  const CUSTOMERS = graphql(`query ErpPull_Customers($since: DateTimeISO!, $after: String, $first: Int) {
    customers(updatedSince: $since, after: $after, first: $first) { edges { node { id customerNumber updatedAt } } pageInfo { hasNextPage endCursor } } }`);
  const AUDIT = graphql(`query ErpPull_Customer($id: ID!) { customer(id: $id) { auditEvents(first: 10) { edges { node { action actorName staff { name } } } } } }`);

  it('a contact change counts as a change of the customer; every change is audited under the token\'s or the staff member\'s name', async () => {
    const created = await server.graphql(CUSTOMER_CREATE, { i: { name: 'ERP made', customerNumber: 'E-100', contacts: [{ email: 'a@erp-made.test' }] } }, { token: tokens.erp });
    const id = created.data.customerCreate.customer.id;
    const since = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    const before = await pullAll(CUSTOMERS, 'customers', since, tokens.erp);
    expect(before.map((c) => c.id)).not.toContain(id);

    // Only the contacts change: the customer row itself does not.
    const contact = created.data.customerCreate.customer.contacts[0].id;
    const upd = await server.graphql(graphql(`mutation ErpPull_CustomerUpdate($i: CustomerUpdateInput!) { customerUpdate(input: $i) { userErrors { code } } }`), { i: { id, contacts: [{ id: contact, email: 'a@erp-made.test', phone: '+32 2 555 01 01' }] } }, { token: tokens.erp });
    expect(upd.data.customerUpdate.userErrors).toEqual([]);
    const after = await pullAll(CUSTOMERS, 'customers', since, tokens.erp);
    const changed = after.find((c) => c.id === id)!;
    expect(changed).toBeTruthy();

    // The same data again changes nothing: no new updatedAt, no audit row.
    const same = await server.graphql(graphql(`mutation ErpPull_CustomerUpdate2($i: CustomerUpdateInput!) { customerUpdate(input: $i) { customer { updatedAt } userErrors { code } } }`), { i: { id, name: 'ERP made', contacts: [{ id: contact, email: 'a@erp-made.test', phone: '+32 2 555 01 01' }], visibility: { tagIds: [] } } }, { token: tokens.erp });
    expect(same.data.customerUpdate).toEqual({ customer: { updatedAt: changed.updatedAt }, userErrors: [] });

    await server.graphql(graphql(`mutation ErpPull_CustomerExclude($i: CustomerExcludeInput!) { customerExclude(input: $i) { userErrors { code } } }`), { i: { id, reason: 'Unpaid' } }, { token: tokens.admin });
    const audit = await server.graphql(AUDIT, { id }, { token: tokens.sales });
    expect(audit.data.customer.auditEvents.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { action: 'CUSTOMER_EXCLUDED', actorName: 'admin', staff: { name: 'admin' } },
      { action: 'CUSTOMER_UPDATED', actorName: 'Odoo ERP', staff: null },
      { action: 'CUSTOMER_CREATED', actorName: 'Odoo ERP', staff: null },
    ]);
  });

  it('pages customers oldest change first, each once', async () => {
    const since = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    const numbers = ['E-201', 'E-202', 'E-203', 'E-204', 'E-205'];
    for (const n of numbers) await server.graphql(CUSTOMER_CREATE, { i: { name: `Z ${n}`, customerNumber: n } }, { token: tokens.erp });
    const seen = await pullAll(CUSTOMERS, 'customers', since, tokens.erp);
    expect(seen.map((c) => c.customerNumber)).toEqual(numbers);
  });
});
