import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, shopCustomer, signInStaff } from '../support/fixtures.js';
import { ViewerCache } from '../../server/modules/access/auth/viewer-cache.js';
import { connectionOptions } from '../../server/common/prepared.js';
import { toGlobalId } from '../../server/common/global-id.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';

// Sessions kept in memory between requests (decision 18) must never let a change wait: a mutation
// of this process is seen by the next request; a change made elsewhere (another worker process, a
// script, SQL) as soon as its notification arrives; with nobody listening, nothing is kept.

let server: TestServer;
let staff: string;
let outside: pg.Client; // another process's connection: no GraphQL mutation, only the notification

const kind = async (token: string) => (await server.graphql(`{ viewer { kind } }`, {}, { token })).data.viewer.kind;
const count = async (token: string) => (await server.graphql(`{ products(first: 50) { totalCount } }`, {}, { token })).data.products.totalCount;

/** Polls every 5 ms; returns how long `check` took to hold. */
async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const start = performance.now();
  for (;;) {
    if (await check()) return performance.now() - start;
    if (performance.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

beforeAll(async () => {
  server = await startTestServer({ JOBS: 'false' });
  const em = server.app.services.orm.em.fork();
  await createCatalog(em);
  await createStaff(em, { email: 'cache@s.test', password: 'cache1234', role: StaffRole.ADMIN });
  staff = await signInStaff(server, 'cache@s.test', 'cache1234');
  outside = new pg.Client(connectionOptions(server.app.services.orm));
  await outside.connect();
});
afterAll(async () => {
  await outside?.end();
  await server?.close();
});

describe('viewer cache', () => {
  it('serves a signed-in user from memory, and a block by a mutation ends the session at the next request', async () => {
    expect(server.app.services.viewerCache?.active).toBe(true);
    const token = await shopCustomer(server, staff, 'VC-1', 'vc.test');
    expect(await kind(token)).toBe('SHOP_USER');
    expect(await kind(token)).toBe('SHOP_USER'); // kept
    const access = (await outside.query(`select a.id from store_access a where a.email = 'vc-1@vc.test'`)).rows[0].id;
    const block = await server.graphql(`mutation($i: StoreAccessIdInput!) { storeAccessBlock(input: $i) { userErrors { code } } }`, { i: { id: toGlobalId('StoreAccess', access) } }, { token: staff });
    expect(block.data.storeAccessBlock.userErrors).toEqual([]);
    expect(await kind(token)).toBe('ANONYMOUS');
  });

  it('a change made outside this process (SQL, another worker) reaches it by notification', async () => {
    const token = await shopCustomer(server, staff, 'VC-2', 'vc.test');
    const all = await count(token);
    expect(all).toBeGreaterThan(1);
    expect(await kind(token)).toBe('SHOP_USER');
    // Visibility narrowed behind the server's back: a brand no product has.
    await outside.query(`with b as (insert into brand (id, name) values (gen_random_uuid(), 'Nobody') returning id)
      insert into customer_visible_brand (customer_id, brand_id) select c.id, b.id from customer c, b where c.customer_number = 'VC-2'`);
    const narrowedIn = await within(1000, async () => (await count(token)) === 0);
    expect(narrowedIn).toBeLessThan(1000);
    // Blocked behind its back: refused within the notification's delay, and from then on.
    await outside.query(`update store_access set status = 'BLOCKED' where email = 'vc-2@vc.test'`);
    await within(1000, async () => (await kind(token)) === 'ANONYMOUS');
    for (let i = 0; i < 5; i++) expect(await kind(token)).toBe('ANONYMOUS');
  });

  it('keeps nothing while its listening connection is down, and listens again', async () => {
    const token = await shopCustomer(server, staff, 'VC-3', 'vc.test');
    expect(await kind(token)).toBe('SHOP_USER');
    await outside.query(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'comptoir-viewer-listener' and datname = current_database()`);
    await within(2000, async () => server.app.services.viewerCache?.active === false);
    // Nobody hears this notification: the request reads the session.
    await outside.query(`update store_access set status = 'BLOCKED' where email = 'vc-3@vc.test'`);
    expect(await kind(token)).toBe('ANONYMOUS');
    await within(5000, async () => server.app.services.viewerCache?.active === true);
    await outside.query(`update store_access set status = 'ACTIVE' where email = 'vc-3@vc.test'`);
    await within(1000, async () => (await kind(token)) === 'SHOP_USER');
  });

  it('SESSION_CACHE_SECONDS=0 reads the session at every request', async () => {
    const off = await startTestServer({ JOBS: 'false', SESSION_CACHE_SECONDS: '0' });
    try {
      expect(off.app.services.viewerCache).toBeNull();
      expect((await off.graphql(`{ viewer { kind } }`)).data.viewer.kind).toBe('ANONYMOUS');
    } finally {
      await off.close();
    }
  });

  it('drops an answer read while something changed, old entries, and everything when not listening', () => {
    const cache = new ViewerCache(50);
    cache.setLive(true);
    const before = cache.mark();
    cache.clear(); // a notification arrives while the session is read
    cache.set('a', { v: 1 }, before);
    expect(cache.get('a')).toBeUndefined();
    cache.set('a', { v: 2 }, cache.mark());
    expect(cache.get('a')).toEqual({ v: 2 });
    expect(Object.isFrozen(cache.get('a'))).toBe(true);
    cache.setLive(false);
    expect(cache.get('a')).toBeUndefined();
    cache.set('b', { v: 3 }, cache.mark());
    cache.setLive(true);
    expect(cache.get('b')).toBeUndefined();
    const old = { generation: cache.mark().generation, at: performance.now() - 100 };
    cache.set('c', { v: 4 }, old);
    expect(cache.get('c')).toBeUndefined(); // older than its 50 ms
  });

  it('holds at most its number of entries, dropping the oldest', () => {
    const cache = new ViewerCache(60_000, 3);
    cache.setLive(true);
    for (const k of ['a', 'b', 'c', 'd']) cache.set(k, { k }, cache.mark());
    expect(['a', 'b', 'c', 'd'].map((k) => cache.get(k) !== undefined)).toEqual([false, true, true, true]);
    cache.set('b', { k: 'b2' }, cache.mark()); // read again: now the newest
    cache.set('e', { k: 'e' }, cache.mark());
    expect(['b', 'c', 'd', 'e'].map((k) => cache.get(k) !== undefined)).toEqual([true, false, true, true]);
  });
});
