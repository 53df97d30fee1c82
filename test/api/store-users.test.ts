import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createStaff, signInShop, signInStaff } from '../support/fixtures.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { CUSTOMER_CREATE, GRANT, PASSWORD_CHANGE } from '../support/graphql-ops.js';
import { graphql } from '../generated/index.js';
import type { Language } from '../generated/graphql.js';

// Issue 17, H3: every store login across customers, searched, filtered and keyset paged, for staff
// (sales see every login, as they see every customer), never for a store user.

let server: TestServer;
let sales: string;
let admin: string;
const customers: Record<string, string> = {};
const accesses: Record<string, string> = {};

const USERS = graphql(`query StoreUsers_StoreUsers($search: String, $status: StoreAccessStatus, $customerId: ID, $language: Language, $before: DateTimeISO, $after: DateTimeISO, $first: Int, $cursor: String) {
  storeUsers(search: $search, status: $status, customerId: $customerId, language: $language, lastAccessBefore: $before, lastAccessAfter: $after, first: $first, after: $cursor) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id email phone language grantedAt lastAccessAt accessCount accesses { id status customer { id name customerNumber } } } }
  }
}`);

type UserNode = { email: string; phone: string | null; language: string; lastAccessAt: string | null; accessCount: number; accesses: Array<{ id: string; status: string; customer: { customerNumber: string } }> };

async function list(vars: Record<string, unknown>, token = sales): Promise<{ emails: string[]; nodes: UserNode[]; totalCount: number }> {
  const r = await server.graphql(USERS, vars, { token });
  expect(r.errors).toBeUndefined();
  const nodes = r.data.storeUsers.edges.map((e: { node: UserNode }) => e.node);
  return { emails: nodes.map((n: UserNode) => n.email), nodes, totalCount: r.data.storeUsers.totalCount };
}

async function newCustomer(key: string, name: string, emails: string[]) {
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name, customerNumber: key, documentLanguage: 'EN', contacts: emails.map((email) => ({ email, phone: email === 'shared@multi.test' && key === 'U-200' ? '+32 470 12 34 56' : null })) } }, { token: admin });
  expect(c.data.customerCreate.userErrors).toEqual([]);
  customers[key] = c.data.customerCreate.customer.id;
}

async function grant(key: string, email: string, language?: Language) {
  const g = await server.graphql(GRANT, { i: { customerId: customers[key], email, language, password: 'temp1234', passwordConfirmation: 'temp1234' } }, { token: admin });
  expect(g.data.storeAccessGrant.userErrors).toEqual([]);
  accesses[`${key}/${email}`] = g.data.storeAccessGrant.storeAccess.id;
}

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'sales@users.test', password: 'sales1234', role: StaffRole.SALES });
  await createStaff(em, { email: 'admin@users.test', password: 'admin1234', role: StaffRole.ADMIN });
  sales = await signInStaff(server, 'sales@users.test', 'sales1234');
  admin = await signInStaff(server, 'admin@users.test', 'admin1234');

  await newCustomer('U-100', 'Bakery Alpha', ['anna@alpha.test', 'bob@alpha.test', 'shared@multi.test']);
  await newCustomer('U-200', 'Cafe Beta', ['carl@beta.test', 'shared@multi.test']);
  await newCustomer('U-300', 'Deli Gamma', ['dora@gamma.test']);
  await grant('U-100', 'anna@alpha.test', 'FR');
  await grant('U-100', 'bob@alpha.test', 'DE');
  await grant('U-100', 'shared@multi.test', 'NL');
  await grant('U-200', 'shared@multi.test'); // the same login, linked to a second customer
  await grant('U-200', 'carl@beta.test', 'FR');
  // Pending: buyers not auto-approved.
  await server.graphql(graphql(`mutation StoreUsers_StoreSettingsUpdate { storeSettingsUpdate(input: { autoApproveBuyers: false }) { userErrors { code } } }`), {}, { token: admin });
  await grant('U-300', 'dora@gamma.test', 'ES');
  await server.graphql(graphql(`mutation StoreUsers_StoreSettingsUpdate2 { storeSettingsUpdate(input: { autoApproveBuyers: true }) { userErrors { code } } }`), {}, { token: admin });
  await server.graphql(graphql(`mutation StoreUsers_StoreAccessBlock($id: ID!) { storeAccessBlock(input: { id: $id }) { userErrors { code } } }`), { id: accesses['U-200/carl@beta.test'] }, { token: admin });
  // Last accesses: anna recently, shared long ago on one customer and recently on the other, bob never.
  const db = server.app.services.orm.em.fork();
  const setLast = (email: string, number: string, at: string) =>
    db.execute(`update store_access set last_access_at = ? where email = ? and customer_id = (select id from customer where customer_number = ?)`, [at, email, number]);
  await setLast('anna@alpha.test', 'U-100', '2026-11-20T10:00:00Z');
  await setLast('shared@multi.test', 'U-100', '2026-01-05T10:00:00Z');
  await setLast('shared@multi.test', 'U-200', '2026-06-01T10:00:00Z');
  await setLast('carl@beta.test', 'U-200', '2026-03-01T10:00:00Z');
});
afterAll(async () => {
  await server?.close();
});

describe('storeUsers (issue 17, H3)', () => {
  it('lists each login once, by email, with its customers, states, language, dates and access count', async () => {
    const all = await list({ first: 50 });
    expect(all.emails).toEqual(['anna@alpha.test', 'bob@alpha.test', 'carl@beta.test', 'dora@gamma.test', 'shared@multi.test']);
    expect(all.totalCount).toBe(5);
    const shared = all.nodes.find((n) => n.email === 'shared@multi.test')!;
    expect(shared.language).toBe('NL');
    expect(shared.phone).toBe('+32 470 12 34 56'); // from its contact at the second customer
    expect(all.nodes.find((n) => n.email === 'anna@alpha.test')!.phone).toBeNull();
    expect(shared.accessCount).toBe(2);
    expect(shared.accesses.map((a) => `${a.customer.customerNumber}:${a.status}`)).toEqual(['U-100:ACTIVE', 'U-200:ACTIVE']);
    expect(shared.accesses[1].id).toBe(accesses['U-200/shared@multi.test']);
    // The latest access over both customers.
    expect(shared.lastAccessAt).toBe('2026-06-01T10:00:00.000Z');
    expect(all.nodes.find((n) => n.email === 'bob@alpha.test')!.lastAccessAt).toBeNull();
    expect(all.nodes.find((n) => n.email === 'carl@beta.test')!.accesses.map((a) => a.status)).toEqual(['BLOCKED']);
    expect(all.nodes.find((n) => n.email === 'dora@gamma.test')!.accesses.map((a) => a.status)).toEqual(['PENDING_APPROVAL']);
  });

  it('filters by search (email, customer name or number), state, customer, language and last access', async () => {
    expect((await list({ search: 'ALPHA' })).emails).toEqual(['anna@alpha.test', 'bob@alpha.test', 'shared@multi.test']);
    expect((await list({ search: 'U-200' })).emails).toEqual(['carl@beta.test', 'shared@multi.test']);
    expect((await list({ search: 'dora' })).emails).toEqual(['dora@gamma.test']);
    expect((await list({ search: '%' })).emails).toEqual([]); // a wildcard is a character, not "anything"
    expect((await list({ status: 'BLOCKED' })).emails).toEqual(['carl@beta.test']);
    expect((await list({ status: 'PENDING_APPROVAL' })).emails).toEqual(['dora@gamma.test']);
    expect((await list({ status: 'NONE' })).emails).toEqual([]);
    expect((await list({ customerId: customers['U-200'] })).emails).toEqual(['carl@beta.test', 'shared@multi.test']);
    // A wrong or foreign id matches nothing (and is no error).
    expect((await list({ customerId: 'bm90OmFueXRoaW5n' })).emails).toEqual([]);
    expect((await list({ language: 'FR' })).emails).toEqual(['anna@alpha.test', 'carl@beta.test']);
    expect((await list({ before: '2026-07-01T00:00:00Z' })).emails).toEqual(['carl@beta.test', 'shared@multi.test']);
    expect((await list({ after: '2026-05-01T00:00:00Z' })).emails).toEqual(['anna@alpha.test', 'shared@multi.test']);
    const between = await list({ after: '2026-05-01T00:00:00Z', before: '2026-07-01T00:00:00Z', language: 'NL' });
    expect(between.emails).toEqual(['shared@multi.test']);
    expect(between.totalCount).toBe(1);
    expect((await list({ search: 'alpha', status: 'ACTIVE', language: 'DE' })).emails).toEqual(['bob@alpha.test']);
  });

  it('pages every login exactly once, with filters and the total kept across pages', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    for (;;) {
      const r: { data: { storeUsers: { totalCount: number; edges: Array<{ node: { email: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } } = await server.graphql(USERS, { first: 2, cursor }, { token: sales });
      const c: { totalCount: number; edges: Array<{ node: { email: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } = r.data.storeUsers;
      expect(c.totalCount).toBe(5);
      seen.push(...c.edges.map((e: { node: { email: string } }) => e.node.email));
      pages += 1;
      if (!c.pageInfo.hasNextPage) break;
      cursor = c.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['anna@alpha.test', 'bob@alpha.test', 'carl@beta.test', 'dora@gamma.test', 'shared@multi.test']);
    const first = await server.graphql(USERS, { first: 1, search: 'alpha' }, { token: sales });
    const second = await server.graphql(USERS, { first: 5, search: 'alpha', cursor: first.data.storeUsers.pageInfo.endCursor }, { token: sales });
    expect(second.data.storeUsers.edges.map((e: { node: { email: string } }) => e.node.email)).toEqual(['bob@alpha.test', 'shared@multi.test']);
    expect(second.data.storeUsers.totalCount).toBe(3);
    const bad = await server.graphql(USERS, { cursor: 'not-a-cursor' }, { token: sales });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers a page in the same number of SQL statements for 1 row as for 50 (no N+1)', async () => {
    const originalQuery = pg.Client.prototype.query;
    let statements = 0;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const sql = String((args[0] as { text?: string })?.text ?? args[0]);
      // The server's own jobs poll in the same process (pg-boss, sweeps): only the request's statements count.
      if (!/^set /i.test(sql) && !/pgboss|outbox_email|webhook_delivery|"?task"?\b|dashboard_roll_up|rate_limit/i.test(sql)) statements++;
      return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof originalQuery;
    try {
      await list({ first: 1 }); // warm the session cache
      statements = 0;
      const one = await list({ first: 1 });
      const forOne = statements;
      statements = 0;
      const all = await list({ first: 50 });
      const forAll = statements;
      expect(one.nodes).toHaveLength(1);
      expect(all.nodes).toHaveLength(5);
      expect(forAll).toBe(forOne);
      expect(forAll).toBeLessThanOrEqual(6);
    } finally {
      pg.Client.prototype.query = originalQuery;
    }
  });

  it('sales see every login, as on customer pages; store users and anonymous callers are refused', async () => {
    expect((await list({ first: 50 }, sales)).totalCount).toBe((await list({ first: 50 }, admin)).totalCount);
    const shop = await signInShop(server, 'anna@alpha.test', 'temp1234');
    await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'temp1234', newPassword: 'mine5678', newPasswordConfirmation: 'mine5678' } }, { token: shop });
    const shop2 = await signInShop(server, 'anna@alpha.test', 'mine5678');
    const refused = await server.graphql(USERS, {}, { token: shop2 });
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await server.graphql(USERS, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
