import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, shopCustomer } from '../support/fixtures.js';
import { subscribe } from '../../server/common/events.js';
import { StoreAccessBlockedEvent } from '../../server/modules/access/index.js';
import { toGlobalId } from '../../server/common/global-id.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { CUSTOMER_CREATE, GRANT } from '../support/graphql-ops.js';

let server: TestServer;
let admin: string;
let sales: string;
let coffeeId: string;

const ENTRIES = `query($f: AuditEntriesFilter, $first: Int, $after: String) { auditEntries(filter: $f, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { action actorName byApiToken targetType targetId targetLabel customer { id } staff { email } changes { field before after } } } } }`;

async function signIn(email: string, password: string): Promise<string> {
  const r = await server.graphql(`mutation($i: SignInInput!) { staffSignIn(input: $i) { token } }`, { i: { email, password } });
  return r.data.staffSignIn.token;
}

async function entries(filter: Record<string, unknown>, first = 50) {
  const r = await server.graphql(ENTRIES, { f: filter, first }, { token: admin });
  expect(r.errors).toBeUndefined();
  return r.data.auditEntries.edges.map((e: { node: Record<string, unknown> }) => e.node);
}

async function newCustomer(n: string) {
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name: `Audit ${n}`, customerNumber: `AU-${n}`, contacts: [{ email: `${n}@audit.test` }] } }, { token: admin });
  return c.data.customerCreate.customer.id as string;
}

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@audit.test', password: 'admin1234', role: StaffRole.ADMIN });
  await createStaff(em, { email: 'sales@audit.test', password: 'sales1234', role: StaffRole.SALES });
  const catalog = await createCatalog(em);
  coffeeId = catalog.gid('Product', catalog.coffee.id);
  admin = await signIn('admin@audit.test', 'admin1234');
  sales = await signIn('sales@audit.test', 'sales1234');
});
afterAll(async () => {
  await server?.close();
});

describe('audit trail (issue 17, H4)', () => {
  it('records grant, block, unblock and regenerate with who, target and status before -> after, and never a password', async () => {
    const customerId = await newCustomer('g1');
    const typed = 'Typed-Secret-9876';
    const g = await server.graphql(GRANT, { i: { customerId, email: 'g1@audit.test', password: typed, passwordConfirmation: typed } }, { token: sales });
    expect(g.data.storeAccessGrant.userErrors).toEqual([]);
    const accessId = g.data.storeAccessGrant.storeAccess.id;
    await server.graphql(`mutation($id: ID!) { storeAccessBlock(input: { id: $id }) { userErrors { code } } }`, { id: accessId }, { token: admin });
    await server.graphql(`mutation($id: ID!) { storeAccessUnblock(input: { id: $id }) { userErrors { code } } }`, { id: accessId }, { token: admin });
    const regen = await server.graphql(`mutation($id: ID!) { storeAccessRegeneratePassword(input: { id: $id }) { temporaryPassword userErrors { code } } }`, { id: accessId }, { token: admin });
    const generated = regen.data.storeAccessRegeneratePassword.temporaryPassword as string;
    expect(generated).toBeTruthy();

    const rows = await entries({ targetId: accessId });
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['STORE_ACCESS_PASSWORD_REGENERATED', 'STORE_ACCESS_UNBLOCKED', 'STORE_ACCESS_BLOCKED', 'STORE_ACCESS_GRANTED']);
    const granted = rows[3];
    expect(granted).toMatchObject({ actorName: 'sales', byApiToken: false, targetType: 'StoreAccess', targetId: accessId, targetLabel: 'g1@audit.test', customer: { id: customerId }, staff: { email: 'sales@audit.test' } });
    expect(granted.changes).toEqual([{ field: 'status', before: null, after: 'ACTIVE' }]);
    expect(rows[2].changes).toEqual([{ field: 'status', before: 'ACTIVE', after: 'BLOCKED' }]);
    expect(rows[1].changes).toEqual([{ field: 'status', before: 'BLOCKED', after: 'ACTIVE' }]);
    expect(rows[0].actorName).toBe('admin');

    // The customer's "Staff activity" lists them too.
    const c = await server.graphql(`query($id: ID!) { node(id: $id) { ... on Customer { auditEvents(first: 2) { totalCount edges { node { action actorName } } pageInfo { hasNextPage endCursor } } } } }`, { id: customerId }, { token: sales });
    const firstPage = c.data.node.auditEvents;
    expect(firstPage.edges).toHaveLength(2);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    // Keyset paging: the next page continues where the first stopped, with no row twice.
    const c2 = await server.graphql(`query($id: ID!, $after: String) { node(id: $id) { ... on Customer { auditEvents(first: 50, after: $after) { edges { node { action actorName } } pageInfo { hasNextPage } } } } }`, { id: customerId, after: firstPage.pageInfo.endCursor }, { token: sales });
    const all = [...firstPage.edges, ...c2.data.node.auditEvents.edges].map((e: { node: { action: string } }) => e.node.action);
    expect(all).toHaveLength(firstPage.totalCount);
    expect(all).toContain('STORE_ACCESS_GRANTED');
    expect(c2.data.node.auditEvents.pageInfo.hasNextPage).toBe(false);

    // Neither the typed nor the generated password is anywhere in the table.
    const [dump] = await server.app.services.orm.em.fork().execute<{ t: string }[]>(`select string_agg(row_to_json(a)::text, ' ') as t from audit_event a`);
    expect(dump.t).not.toContain(typed);
    expect(dump.t).not.toContain(generated);
  });

  it('records approval of a pending access', async () => {
    await server.graphql(`mutation { storeSettingsUpdate(input: { autoApproveBuyers: false }) { userErrors { code } } }`, {}, { token: admin });
    try {
      const customerId = await newCustomer('p1');
      const g = await server.graphql(GRANT, { i: { customerId, email: 'p1@audit.test' } }, { token: admin });
      const accessId = g.data.storeAccessGrant.storeAccess.id;
      expect(g.data.storeAccessGrant.storeAccess.status).toBe('PENDING_APPROVAL');
      await server.graphql(`mutation($id: ID!) { storeAccessApprove(input: { id: $id }) { userErrors { code } } }`, { id: accessId }, { token: admin });
      const rows = await entries({ targetId: accessId, actions: ['STORE_ACCESS_APPROVED'] });
      expect(rows).toHaveLength(1);
      expect(rows[0].changes).toEqual([{ field: 'status', before: 'PENDING_APPROVAL', after: 'ACTIVE' }]);
    } finally {
      await server.graphql(`mutation { storeSettingsUpdate(input: { autoApproveBuyers: true }) { userErrors { code } } }`, {}, { token: admin });
    }
  });

  it('records order status and shipping cost changes on the order, with before -> after', async () => {
    const shop = await shopCustomer(server, admin, 'o1', 'audit.test');
    await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: coffeeId, quantity: 6 }] } }, { token: shop });
    const placed = await server.graphql(`mutation { orderPlace(input: { idempotencyKey: "audit-o1" }) { order { id } userErrors { code } } }`, {}, { token: shop });
    const orderId = placed.data.orderPlace.order?.id;
    if (!orderId) return expect.fail(`no order placed: ${JSON.stringify(placed)}`);
    await server.graphql(`mutation($id: ID!) { orderShippingCostUpdate(input: { orderId: $id, shippingCost: "12.50" }) { userErrors { code } } }`, { id: orderId }, { token: sales });
    await server.graphql(`mutation($id: ID!) { orderReject(input: { orderId: $id, reason: "Out of season" }) { userErrors { code } } }`, { id: orderId }, { token: admin });
    const r = await server.graphql(`query($id: ID!) { order(id: $id) { auditEvents { edges { node { action actorName changes { field before after } } } } } }`, { id: orderId }, { token: sales });
    const rows = r.data.order.auditEvents.edges.map((e: { node: unknown }) => e.node);
    expect(rows).toEqual([
      { action: 'ORDER_STATUS_CHANGED', actorName: 'admin', changes: [{ field: 'status', before: 'SUBMITTED', after: 'REJECTED' }, { field: 'reason', before: null, after: 'Out of season' }] },
      { action: 'ORDER_SHIPPING_COST_CHANGED', actorName: 'sales', changes: [{ field: 'shippingCost', before: expect.any(String), after: '12.50' }] },
    ]);
  });

  it('records settings changes (changed fields only) and API token creation and revocation, never the token secret', async () => {
    await server.graphql(`mutation { storeSettingsUpdate(input: { showStock: false, storeName: "Audit Wholesale" }) { userErrors { code } } }`, {}, { token: admin });
    const [settings] = await entries({ actions: ['SETTINGS_UPDATED'] }, 1);
    expect(settings.changes).toEqual(expect.arrayContaining([{ field: 'storeName', before: expect.any(String), after: 'Audit Wholesale' }]));
    expect(settings.changes.every((c: { before: string; after: string }) => c.before !== c.after)).toBe(true);
    const created = await server.graphql(`mutation { apiTokenCreate(input: { name: "ERP audit", scopes: [ORDERS_MANAGE] }) { token apiToken { id } userErrors { code } } }`, {}, { token: admin });
    const tokenId = created.data.apiTokenCreate.apiToken.id;
    await server.graphql(`mutation($id: ID!) { apiTokenRevoke(input: { id: $id }) { userErrors { code } } }`, { id: tokenId }, { token: admin });
    const rows = await entries({ targetId: tokenId });
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['API_TOKEN_REVOKED', 'API_TOKEN_CREATED']);
    expect(rows[1]).toMatchObject({ targetLabel: 'ERP audit', changes: [{ field: 'scopes', before: null, after: 'ORDERS_MANAGE' }] });
    const [dump] = await server.app.services.orm.em.fork().execute<{ t: string }[]>(`select string_agg(row_to_json(a)::text, ' ') as t from audit_event a`);
    expect(dump.t).not.toContain(created.data.apiTokenCreate.token);
  });

  it('a failed mutation writes no entry', async () => {
    const customerId = await newCustomer('f1');
    const g = await server.graphql(GRANT, { i: { customerId, email: 'f1@audit.test' } }, { token: admin });
    const accessId = g.data.storeAccessGrant.storeAccess.id;
    // A later effect of the same event fails: the block and its audit row roll back together.
    const unsubscribe = subscribe(StoreAccessBlockedEvent, () => {
      throw new Error('effect failed');
    });
    try {
      const r = await server.graphql(`mutation($id: ID!) { storeAccessBlock(input: { id: $id }) { userErrors { code } } }`, { id: accessId }, { token: admin });
      expect(r.errors?.length).toBeGreaterThan(0);
    } finally {
      unsubscribe();
    }
    const [row] = await server.app.services.orm.em.fork().execute<{ status: string }[]>(`select status from store_access where email = 'f1@audit.test'`);
    expect(row.status).toBe('ACTIVE');
    const rows = await entries({ targetId: accessId });
    expect(rows.map((x: { action: string }) => x.action)).toEqual(['STORE_ACCESS_GRANTED']);
  });

  it('is append-only: the database refuses UPDATE and DELETE', async () => {
    const em = server.app.services.orm.em.fork();
    await expect(em.execute(`update audit_event set action = 'CUSTOMER_UPDATED'`)).rejects.toThrow(/append-only/);
    await expect(em.execute(`delete from audit_event`)).rejects.toThrow(/append-only/);
    const [{ n }] = await em.execute<{ n: string }[]>(`select count(*) as n from audit_event`);
    expect(Number(n)).toBeGreaterThan(0);
  });

  it('filters by actor, action, customer and dates, and pages by keyset without gaps or repeats', async () => {
    const salesId = (await server.graphql(`{ staffMembers { id email } }`, {}, { token: admin })).data.staffMembers.find((s: { email: string }) => s.email === 'sales@audit.test').id;
    const bySales = await entries({ actorId: salesId });
    expect(bySales.length).toBeGreaterThan(0);
    expect(bySales.every((r: { actorName: string }) => r.actorName === 'sales')).toBe(true);
    const future = await entries({ from: new Date(Date.now() + 3600_000).toISOString() });
    expect(future).toEqual([]);
    const all = await entries({}, 100);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: { data: { auditEntries: { edges: Array<{ node: { action: string; targetId: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } } } = await server.graphql(ENTRIES, { f: {}, first: 3, after }, { token: admin });
      const conn: typeof r.data.auditEntries = r.data.auditEntries;
      seen.push(...conn.edges.map((e: { node: { action: string; targetId: string } }) => `${e.node.action}|${e.node.targetId}`));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.map((n: { action: string; targetId: string }) => `${n.action}|${n.targetId}`));
    const bad = await server.graphql(ENTRIES, { f: { customerId: toGlobalId('Order', '00000000-0000-0000-0000-000000000000') } }, { token: admin });
    expect(bad.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
