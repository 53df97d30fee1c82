import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createStaff, shopCustomer, signInStaff } from '../support/fixtures.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';

// S8: auth_session.id holds the SHA-256 of a session's id, never the id itself, so a read of the
// table (a backup, a leaked dump, a read-only SQL account) hands out no session. The cookie and the
// bearer carry the id; every use of a session (sign-in, each request, renewal, view-as, password
// change, sign-out) finds its row by the hash. Sessions signed in before the change keep working.

let server: TestServer;
let staffToken: string;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => server.app.services.orm.em.fork().getConnection().execute<T[]>(query, params);
const viewerKind = async (auth: { token?: string; cookie?: string }) => (await server.graphql(`{ viewer { kind } }`, {}, auth)).data.viewer.kind as string;

beforeAll(async () => {
  server = await startTestServer();
  await createStaff(server.app.services.orm.em.fork(), { email: 'admin@hash.test', password: 'admin1234', role: StaffRole.ADMIN });
  staffToken = await signInStaff(server, 'admin@hash.test', 'admin1234');
});
afterAll(() => server?.close());

describe('hashed session ids', () => {
  it('after sign-in the table holds the hash of the token, no row with the token; the token works; sign-out removes the row', async () => {
    const token = await shopCustomer(server, staffToken, 'h1', 'hash.test');
    const ids = (await sql<{ id: string }>('select id from auth_session')).map((r) => r.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(ids).not.toContain(token);
    expect(ids).not.toContain(staffToken);
    expect(ids).toContain(sha256(token));
    expect(ids).toContain(sha256(staffToken));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{64}$/);

    expect(await viewerKind({ token })).toBe('SHOP_USER');
    expect(await viewerKind({ cookie: `comptoir_session=${token}` })).toBe('SHOP_USER');
    // the stored hash is not a session id
    expect(await viewerKind({ token: sha256(token) })).toBe('ANONYMOUS');

    const out = await server.graphql(`mutation { signOut { signedOut } }`, {}, { token });
    expect(out.data.signOut.signedOut).toBe(true);
    expect(await sql('select 1 from auth_session where id = ?', [sha256(token)])).toEqual([]);
    expect(await viewerKind({ token })).toBe('ANONYMOUS');
  });

  it('renewal extends the hashed row and the refreshed cookie still carries the id', async () => {
    const token = await shopCustomer(server, staffToken, 'h2', 'hash.test');
    await sql(`update auth_session set expires_at = now() + interval '1 day' where id = ?`, [sha256(token)]);
    server.app.services.viewerCache?.clear();
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `comptoir_session=${token}` },
      body: JSON.stringify({ query: '{ viewer { kind } }' }),
    });
    expect((await res.json()).data.viewer.kind).toBe('SHOP_USER');
    expect(res.headers.getSetCookie().find((c) => c.startsWith('comptoir_session='))).toMatch(new RegExp(`^comptoir_session=${token};`));
    const [row] = await sql<{ days: number }>(`select extract(epoch from expires_at - now()) / 86400 as days from auth_session where id = ?`, [sha256(token)]);
    expect(Number(row.days)).toBeGreaterThan(29);
  });

  it('what changes the session row by its id (view as a customer, a password change) finds the hashed row', async () => {
    const c = await server.graphql(`mutation { customerCreate(input: { name: "Hash View", customerNumber: "HV-1" }) { customer { id } } }`, {}, { token: staffToken });
    const customerId = c.data.customerCreate.customer.id;
    const start = await server.graphql(`mutation($i: ViewAsClientStartInput!) { viewAsClientStart(input: $i) { userErrors { code } } }`, { i: { customerId } }, { token: staffToken });
    expect(start.data.viewAsClientStart.userErrors).toEqual([]);
    const [acting] = await sql<{ acting_customer_id: string | null }>('select acting_customer_id from auth_session where id = ?', [sha256(staffToken)]);
    expect(acting.acting_customer_id).not.toBeNull();
    await server.graphql(`mutation { viewAsClientStop { userErrors { code } } }`, {}, { token: staffToken });
    const [stopped] = await sql<{ acting_customer_id: string | null }>('select acting_customer_id from auth_session where id = ?', [sha256(staffToken)]);
    expect(stopped.acting_customer_id).toBeNull();

    // a password change ends the user's other sessions, and keeps the one that made it
    const token = await shopCustomer(server, staffToken, 'h3', 'hash.test');
    const other = (await server.graphql(`mutation { shopUserSignIn(input: { email: "h3@hash.test", password: "mine5678" }) { token } }`)).data.shopUserSignIn.token;
    const change = await server.graphql(
      `mutation($i: ShopUserPasswordChangeInput!) { shopUserPasswordChange(input: $i) { userErrors { code } } }`,
      { i: { currentPassword: 'mine5678', newPassword: 'mine9012', newPasswordConfirmation: 'mine9012' } },
      { token },
    );
    expect(change.data.shopUserPasswordChange.userErrors).toEqual([]);
    expect(await viewerKind({ token })).toBe('SHOP_USER');
    expect(await viewerKind({ token: other })).toBe('ANONYMOUS');
  });

  it('the migration re-keys sessions stored as they were: nobody is signed out', async () => {
    const token = await shopCustomer(server, staffToken, 'h4', 'hash.test');
    // the rows as the previous version stored them, and the migration not yet applied
    await sql('delete from auth_session where id not in (?, ?)', [sha256(token), sha256(staffToken)]);
    for (const t of [token, staffToken]) await sql('update auth_session set id = ? where id = ?', [t, sha256(t)]);
    await sql(`delete from mikro_orm_migrations where name like 'Migration20261203010000_%'`);
    server.app.services.viewerCache?.clear();
    expect(await viewerKind({ token })).toBe('ANONYMOUS');

    const applied = await server.app.services.orm.getMigrator().up();
    expect(applied.map((m) => m.name)).toEqual(['Migration20261203010000_hashed_sessions']);
    expect((await sql<{ id: string }>('select id from auth_session order by id')).map((r) => r.id)).toEqual([sha256(token), sha256(staffToken)].sort());
    server.app.services.viewerCache?.clear();
    expect(await viewerKind({ token })).toBe('SHOP_USER');
    expect(await viewerKind({ token: staffToken })).toBe('STAFF');
  });
});
