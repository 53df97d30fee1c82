import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, eventually, shopCustomer, signInStaff } from '../support/fixtures.js';
import { CUSTOMER_CREATE, GRANT } from '../support/graphql-ops.js';
import { toGlobalId } from '../../server/common/global-id.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';

// The hub dashboard (issue 17, H5): figures over a small set of orders whose dates and totals are
// set by hand, the comparison periods, what waits, and who may read it.

let server: TestServer;
const tokens: Record<string, string> = {};
const DAY = 86_400_000;
const QUERY = `query($days: Int!) { hubDashboard(days: $days) {
  days submittedOrderCount pendingApprovalCount registrationRequestCount failedEmailCount
  today { from to orderCount value { amount currencyCode } } yesterday { from to orderCount value { amount } }
  week { from to orderCount value { amount } } previousWeek { from to orderCount value { amount } }
  series { day orderCount value { amount } }
  topCustomers { customerNumber name orderCount value { amount } }
  topProducts { reference name quantity value { amount } } } }`;

/** The fixture orders: [customer, minutes before the test's start, total, status]. */
const ORDERS: Array<[string, number, string, string]> = [
  ['D-A', 1, '100.00', 'SUBMITTED'], // today
  ['D-A', 24 * 60 + 1, '40.00', 'VALIDATED'], // yesterday, before the same time of day
  ['D-B', 24 * 60 - 1, '7.00', 'SUBMITTED'], // yesterday (or today just after midnight) after the same time
  ['D-B', 7 * 24 * 60 + 1, '20.00', 'SHIPPED'], // a week ago
  ['D-A', 40 * 24 * 60, '500.00', 'DELIVERED'], // outside 30 days, inside 90
  ['D-B', 2, '1000.00', 'CANCELLED'], // never counted
];
const placedAt: Date[] = [];
let start: Date;

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@d.test', password: 'admin1234', role: StaffRole.ADMIN });
  await createStaff(em, { email: 'sales@d.test', password: 'sales1234', role: StaffRole.SALES });
  const cat = await createCatalog(em);
  tokens.admin = await signInStaff(server, 'admin@d.test', 'admin1234');
  tokens.sales = await signInStaff(server, 'sales@d.test', 'sales1234');
  tokens.A = await shopCustomer(server, tokens.admin, 'D-A', 'a.test', undefined, 'Alpha Bistro');
  tokens.B = await shopCustomer(server, tokens.admin, 'D-B', 'b.test', undefined, 'Beta Bar');
  start = new Date();
  let n = 0;
  for (const [customer, minutes, total, status] of ORDERS) {
    const token = tokens[customer.slice(2)]!;
    await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: cat.gid('Product', cat.coffee.id), quantity: 2 }] } }, { token });
    const r = await server.graphql(`mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { order { number } userErrors { code } } }`, { i: { idempotencyKey: `d-${++n}` } }, { token });
    const at = new Date(start.getTime() - minutes * 60_000);
    placedAt.push(at);
    await em.execute(`update customer_order set placed_at = ?, total = ?, status = ? where number = ?`, [at, total, status, r.data.orderPlace.order.number]);
  }
  // The fixture moved orders into past days after the server's start-up roll-up: sum those days
  // again from nothing (a real order is never placed on a day already summed).
  await em.execute(`delete from order_day_product`);
  await em.execute(`update dashboard_rollup set through = null`);
  // What waits: an access awaiting approval, an access request, a failed email.
  await server.graphql(`mutation { storeSettingsUpdate(input: { autoApproveBuyers: false, selfRegistrationEnabled: true }) { userErrors { code } } }`, {}, { token: tokens.admin });
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name: 'Pending', customerNumber: 'D-P', contacts: [{ email: 'p@p.test' }] } }, { token: tokens.admin });
  await server.graphql(GRANT, { i: { customerId: c.data.customerCreate.customer.id, email: 'p@p.test', password: 'pppp1234', passwordConfirmation: 'pppp1234' } }, { token: tokens.admin });
  await server.graphql(`mutation { registrationRequestSubmit(input: { companyName: "R", contactName: "R", email: "r@r.test" }) { received } }`);
  await eventually(async () => (await em.execute(`select 1 from registration_request`)).length > 0);
  const emailId = await eventually(async () => (await em.execute(`select id from outbox_email order by created_at limit 1`))[0]?.id as string | undefined);
  await em.execute(`update outbox_email set status = 'FAILED' where id = ?`, [emailId]);
}, 60_000);
afterAll(async () => server?.close());

/** Sum and count of the counted fixture orders placed in [from, to). */
function expected(from: Date, to: Date, customer?: string) {
  let count = 0;
  let cents = 0;
  ORDERS.forEach(([c, , total, status], i) => {
    const at = placedAt[i]!;
    if (status === 'CANCELLED' || at < from || at >= to || (customer && c !== customer)) return;
    count++;
    cents += Math.round(Number(total) * 100);
  });
  return { count, amount: (cents / 100).toFixed(2) };
}

describe('hubDashboard', () => {
  it('counts today, yesterday, this week and the week before up to the same moment', async () => {
    const r = await server.graphql(QUERY, { days: 30 }, { token: tokens.admin });
    expect(r.errors).toBeUndefined();
    const d = r.data.hubDashboard;
    const now = new Date(d.today.to);
    expect(now.getTime()).toBeGreaterThanOrEqual(start.getTime());
    const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    expect(d.today.from).toBe(midnight.toISOString());
    expect(d.yesterday.from).toBe(new Date(midnight.getTime() - DAY).toISOString());
    expect(d.yesterday.to).toBe(new Date(now.getTime() - DAY).toISOString());
    const monday = new Date(midnight.getTime() - ((midnight.getUTCDay() + 6) % 7) * DAY);
    expect(d.week.from).toBe(monday.toISOString());
    expect(d.previousWeek.from).toBe(new Date(monday.getTime() - 7 * DAY).toISOString());
    expect(d.previousWeek.to).toBe(new Date(now.getTime() - 7 * DAY).toISOString());
    for (const key of ['today', 'yesterday', 'week', 'previousWeek'] as const) {
      const e = expected(new Date(d[key].from), new Date(d[key].to));
      expect({ key, count: d[key].orderCount, amount: d[key].value.amount }).toEqual({ key, count: e.count, amount: e.amount });
    }
    // Independent of the day of the week: today holds the 100.00 order (the cancelled 1,000 is left out).
    if (midnight.getTime() < start.getTime() - 3 * 60_000) expect(d.today).toMatchObject({ orderCount: 1, value: { amount: '100.00', currencyCode: 'EUR' } });
    if (midnight.getTime() < start.getTime() - 3 * 60_000) expect(d.yesterday).toMatchObject({ orderCount: 1, value: { amount: '40.00' } });
  });

  it('counts what waits: orders to validate, accesses to approve, access requests, failed emails', async () => {
    const d = (await server.graphql(QUERY, { days: 30 }, { token: tokens.admin })).data.hubDashboard;
    expect(d).toMatchObject({ submittedOrderCount: 2, pendingApprovalCount: 1, registrationRequestCount: 1, failedEmailCount: 1 });
  });

  it('gives every day of 30 or 90 days and the top customers and products of the period', async () => {
    const d30 = (await server.graphql(QUERY, { days: 30 }, { token: tokens.admin })).data.hubDashboard;
    expect(d30.series).toHaveLength(30);
    const today = new Date(d30.today.from);
    expect(d30.series.at(-1).day).toBe(today.toISOString().slice(0, 10));
    const since = new Date(today.getTime() - 29 * DAY);
    expect(d30.series[0].day).toBe(since.toISOString().slice(0, 10));
    const all30 = expected(since, new Date(d30.today.to));
    expect(d30.series.reduce((s: number, x: any) => s + x.orderCount, 0)).toBe(all30.count);
    expect(d30.series.reduce((s: number, x: any) => s + Math.round(Number(x.value.amount) * 100), 0)).toBe(Math.round(Number(all30.amount) * 100));
    expect(all30.count).toBe(4);
    const a = expected(since, new Date(d30.today.to), 'D-A');
    const b = expected(since, new Date(d30.today.to), 'D-B');
    expect(d30.topCustomers).toEqual([
      { customerNumber: 'D-A', name: 'Alpha Bistro', orderCount: a.count, value: { amount: a.amount } },
      { customerNumber: 'D-B', name: 'Beta Bar', orderCount: b.count, value: { amount: b.amount } },
    ]);
    // Each order is 2 × coffee at 12.50: 4 counted orders in 30 days, 5 in 90.
    expect(d30.topProducts).toEqual([{ reference: 'COF-1', name: 'Espresso beans 1kg', quantity: 8, value: { amount: '100.00' } }]);

    const d90 = (await server.graphql(QUERY, { days: 90 }, { token: tokens.admin })).data.hubDashboard;
    expect(d90.series).toHaveLength(90);
    expect(d90.topCustomers[0]).toMatchObject({ customerNumber: 'D-A', orderCount: 3, value: { amount: '640.00' } });
    expect(d90.topProducts[0]).toMatchObject({ quantity: 10, value: { amount: '125.00' } });
  });

  it('gives staff each customer\'s orders at a glance: 12 months, their value, ever, the last one (issue 17 H6)', async () => {
    const q = `query($id: ID!) { customer(id: $id) { orderSummary { orderCount12Months value12Months { amount currencyCode } orderCount lastOrderAt } } }`;
    const em = server.app.services.orm.em.fork();
    const [a] = await em.execute(`select id from customer where customer_number = 'D-A'`);
    const [b] = await em.execute(`select id from customer where customer_number = 'D-B'`);
    const r = await server.graphql(q, { id: toGlobalId('Customer', a.id) }, { token: tokens.sales });
    expect(r.errors).toBeUndefined();
    // D-A: 100.00 today, 40.00 yesterday, 500.00 40 days ago.
    expect(r.data.customer.orderSummary).toEqual({ orderCount12Months: 3, value12Months: { amount: '640.00', currencyCode: 'EUR' }, orderCount: 3, lastOrderAt: placedAt[0]!.toISOString() });
    // D-B: the cancelled 1,000.00 is left out.
    const rb = await server.graphql(q, { id: toGlobalId('Customer', b.id) }, { token: tokens.admin });
    expect(rb.data.customer.orderSummary).toMatchObject({ orderCount12Months: 2, value12Months: { amount: '27.00' }, orderCount: 2 });
    // In a list, every customer's summary comes from one batched statement.
    const list = await server.graphql(`{ customers(first: 10) { edges { node { customerNumber orderSummary { orderCount } } } } }`, {}, { token: tokens.admin });
    expect(list.errors).toBeUndefined();
    const counts = Object.fromEntries(list.data.customers.edges.map((e: any) => [e.node.customerNumber, e.node.orderSummary.orderCount]));
    expect(counts).toMatchObject({ 'D-A': 3, 'D-B': 2, 'D-P': 0 });
    // A shop user reads its own customer through `me`, never this.
    const own = await server.graphql(`{ me { ... on ShopUser { customer { orderSummary { orderCount } } } } }`, {}, { token: tokens.A });
    expect(own.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|GRAPHQL_VALIDATION_FAILED/);
  });

  it('answers the same once past days are summed, and a cancelled order of a summed day leaves the top products', async () => {
    const em = server.app.services.orm.em.fork();
    const before = (await server.graphql(QUERY, { days: 90 }, { token: tokens.admin })).data.hubDashboard;
    const [{ through }] = await em.execute(`select dashboard_roll_up()::text as through`);
    expect(through).toBe(new Date(Date.now() - 10 * 60_000 - DAY).toISOString().slice(0, 10));
    // 40 days ago (500.00, DELIVERED) and a week ago (20.00, SHIPPED) are summed now; today is not.
    expect(Number((await em.execute(`select coalesce(sum(quantity), 0)::int as q from order_day_product`))[0].q)).toBeGreaterThanOrEqual(4);
    const after = (await server.graphql(QUERY, { days: 90 }, { token: tokens.admin })).data.hubDashboard;
    for (const key of ["series", "topCustomers", "topProducts"] as const) expect(after[key]).toEqual(before[key]);
    // A second roll-up the same day adds nothing.
    await em.execute(`select dashboard_roll_up()`);
    expect((await server.graphql(QUERY, { days: 90 }, { token: tokens.admin })).data.hubDashboard.topProducts).toEqual(before.topProducts);

    // The order of yesterday before the same time (VALIDATED, 2 coffees) is cancelled through the API:
    // if its day is summed, the summary moves its lines out in the same transaction.
    const [order] = await em.execute(`select id, (placed_at at time zone 'UTC')::date::text as day from customer_order where total = 40.00`);
    const summed = async () => Number((await em.execute(`select coalesce(sum(quantity), 0)::int as q from order_day_product where day = ?`, [order.day]))[0].q);
    const summedBefore = await summed();
    expect(summedBefore).toBe(order.day <= through ? 4 : 0); // with the 7.00 order of the same day, or not summed yet (just after midnight)
    const id = toGlobalId('Order', order.id);
    const r = await server.graphql(`mutation($i: OrderStatusChangeInput!) { orderCancel(input: $i) { userErrors { code } } }`, { i: { orderId: id } }, { token: tokens.admin });
    expect(r.errors).toBeUndefined();
    expect(r.data.orderCancel.userErrors).toEqual([]);
    expect(await summed()).toBe(summedBefore === 0 ? 0 : summedBefore - 2);
    const cancelled = (await server.graphql(QUERY, { days: 90 }, { token: tokens.admin })).data.hubDashboard;
    expect(cancelled.topProducts).toEqual([{ ...before.topProducts[0], quantity: before.topProducts[0].quantity - 2, value: { amount: (Number(before.topProducts[0].value.amount) - 25).toFixed(2) } }]);
  });

  it('shows sales the same figures, refuses customers and anonymous callers, and answers a bad period clearly', async () => {
    const admin = (await server.graphql(QUERY, { days: 30 }, { token: tokens.admin })).data.hubDashboard;
    const sales = (await server.graphql(QUERY, { days: 30 }, { token: tokens.sales })).data.hubDashboard;
    expect({ ...sales, today: null, yesterday: null, week: null, previousWeek: null }).toEqual({ ...admin, today: null, yesterday: null, week: null, previousWeek: null });
    expect((await server.graphql(QUERY, { days: 30 }, { token: tokens.A })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await server.graphql(QUERY, { days: 30 })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await server.graphql(QUERY, { days: 7 }, { token: tokens.admin });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toBe('This value is not valid.');
  });
});
