import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createStaff, shopCustomer } from '../support/fixtures.js';
import { toGlobalId } from '../../server/common/global-id.js';
import { subscribe } from '../../server/common/events.js';
import { StoreAccess, StoreAccessGrantedEvent } from '../../server/modules/access/index.js';
import { CUSTOMER_CREATE, GRANT } from '../support/graphql-ops.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';

let server: TestServer;
let admin: string;

const BLOCK = `mutation($id: ID!) { storeAccessBlock(input: { id: $id }) { storeAccess { status } userErrors { code } } }`;
const REGENERATE = `mutation($id: ID!) { storeAccessRegeneratePassword(input: { id: $id }) { temporaryPassword userErrors { code } } }`;

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@supplier.test', password: 'admin1234', role: StaffRole.ADMIN });
  const r = await server.graphql(`mutation($i: SignInInput!) { staffSignIn(input: $i) { token } }`, { i: { email: 'admin@supplier.test', password: 'admin1234' } });
  admin = r.data.staffSignIn.token;
});
afterAll(async () => {
  await server?.close();
});

/** A signed-in shop user of a new customer: its token and its access's id. */
async function signedInBuyer(n: string) {
  const email = `${n}@buyer.test`;
  const token = await shopCustomer(server, admin, n, 'buyer.test');
  const [row] = await server.app.services.orm.em.fork().execute<{ id: string }[]>('select id from store_access where email = ?', [email]);
  return { token, accessId: toGlobalId('StoreAccess', row.id), email };
}

/**
 * Ending the sessions fails, as a crash between the two writes would: a trigger raises on the
 * delete from auth_session (after the access or password was already changed in the same request).
 */
async function withSessionEndFailing<T>(work: () => Promise<T>): Promise<T> {
  const em = server.app.services.orm.em.fork();
  await em.execute(`create function test_refuse_session_end() returns trigger language plpgsql as $$ begin raise exception 'crash while ending sessions'; end $$`);
  await em.execute(`create trigger test_refuse_session_end before delete on auth_session for each row execute function test_refuse_session_end()`);
  try {
    return await work();
  } finally {
    await em.execute(`drop trigger test_refuse_session_end on auth_session; drop function test_refuse_session_end()`);
  }
}

async function state(email: string) {
  const em = server.app.services.orm.em.fork();
  const [row] = await em.execute<{ status: string; password_hash: string; sessions: string }[]>(
    `select a.status, u.password_hash, (select count(*) from auth_session s where s.realm = 'shop' and s.user_id = u.id) as sessions
     from store_access a join shop_user u on u.id = a.shop_user_id where u.email = ?`,
    [email],
  );
  return { status: row.status, passwordHash: row.password_hash, sessions: Number(row.sessions) };
}

describe('one transaction per mutation (decision 27)', () => {
  it('blocking an access never leaves the blocked user signed in, even when ending the sessions fails', async () => {
    const buyer = await signedInBuyer('t1');
    expect((await server.graphql(`{ viewer { kind } }`, {}, { token: buyer.token })).data.viewer.kind).toBe('SHOP_USER');

    const r = await withSessionEndFailing(() => server.graphql(BLOCK, { id: buyer.accessId }, { token: admin }));
    expect(r.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    const after = await state(buyer.email);
    // Nothing of the request persisted: not "blocked but still signed in".
    expect(after).toMatchObject({ status: 'ACTIVE', sessions: 1 });

    // Once the fault is gone, both happen together.
    const ok = await server.graphql(BLOCK, { id: buyer.accessId }, { token: admin });
    expect(ok.data.storeAccessBlock.storeAccess.status).toBe('BLOCKED');
    expect(await state(buyer.email)).toMatchObject({ status: 'BLOCKED', sessions: 0 });
    expect((await server.graphql(`{ viewer { kind } }`, {}, { token: buyer.token })).data.viewer.kind).toBe('ANONYMOUS');
  });

  it('regenerating a password keeps the old password and the sessions together when ending the sessions fails', async () => {
    const buyer = await signedInBuyer('t2');
    const before = await state(buyer.email);
    const r = await withSessionEndFailing(() => server.graphql(REGENERATE, { id: buyer.accessId }, { token: admin }));
    expect(r.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(await state(buyer.email)).toEqual(before);
    // No email was queued for a password that never took effect.
    const [{ count }] = await server.app.services.orm.em.fork().execute(`select count(*) from outbox_email where to_address = ? and template = 'password-regenerated'`, [buyer.email]);
    expect(Number(count)).toBe(0);
  });
});

describe('domain events (decision 27)', () => {
  async function newCustomer(n: string, email: string) {
    const r = await server.graphql(CUSTOMER_CREATE, { i: { name: `Customer ${n}`, customerNumber: n, contacts: [{ email }] } }, { token: admin });
    return r.data.customerCreate.customer.id as string;
  }
  const rows = async (email: string) => {
    const [row] = await server.app.services.orm.em.fork().execute<{ accesses: string; users: string; emails: string }[]>(
      `select (select count(*) from store_access where email = ?) as accesses, (select count(*) from shop_user where email = ?) as users,
              (select count(*) from outbox_email where to_address = ?) as emails`,
      [email, email, email],
    );
    return { accesses: Number(row.accesses), users: Number(row.users), emails: Number(row.emails) };
  };

  it('handlers run in the publishing transaction: they see its writes, which no one else sees yet', async () => {
    const email = 'e1@buyer.test';
    const customerId = await newCustomer('e1', email);
    const seen: Array<{ inside: number; outside: number }> = [];
    const unsubscribe = subscribe(StoreAccessGrantedEvent, async (ctx, e) => {
      if (e.email !== email) return;
      seen.push({ inside: await ctx.em.count(StoreAccess, { email }), outside: await server.app.services.orm.em.fork().count(StoreAccess, { email }) });
    });
    try {
      const r = await server.graphql(GRANT, { i: { customerId, email } }, { token: admin });
      expect(r.data.storeAccessGrant.userErrors).toEqual([]);
    } finally {
      unsubscribe();
    }
    expect(seen).toEqual([{ inside: 1, outside: 0 }]);
    // The email handler subscribed at start-up ran too.
    expect(await rows(email)).toEqual({ accesses: 1, users: 1, emails: 1 });
  });

  it('a handler that throws rolls the publishing mutation back: nothing persisted, no email', async () => {
    const email = 'e2@buyer.test';
    const customerId = await newCustomer('e2', email);
    const unsubscribe = subscribe(StoreAccessGrantedEvent, async (ctx, e) => {
      if (e.email !== email) return;
      // Written to the database already, and still undone: the flush is inside the mutation's transaction.
      await ctx.em.flush();
      throw new Error('handler failed');
    });
    try {
      const r = await server.graphql(GRANT, { i: { customerId, email } }, { token: admin });
      expect(r.errors?.[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      unsubscribe();
    }
    expect(await rows(email)).toEqual({ accesses: 0, users: 0, emails: 0 });
    // Without the failing handler the same grant goes through.
    const again = await server.graphql(GRANT, { i: { customerId, email } }, { token: admin });
    expect(again.data.storeAccessGrant.userErrors).toEqual([]);
    expect(await rows(email)).toEqual({ accesses: 1, users: 1, emails: 1 });
  });
});
