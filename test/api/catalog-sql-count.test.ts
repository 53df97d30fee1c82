import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createStaff, signInShop, signInStaff } from '../support/fixtures.js';
import { CUSTOMER_CREATE, GRANT, PASSWORD_CHANGE } from '../support/graphql-ops.js';
import { seedDemo } from '../../server/seeders/demo.seeder.js';
import { activityRecorder } from '../../server/modules/activity/activity.service.js';

// The catalog page and the order list cost a small, constant number of SQL statements whatever the
// page size: no N+1. Counted at the driver, for one whole HTTP request (session, viewer, data).

const CATALOG_PAGE = `query($first: Int) { viewer { kind customer { name privateMessage } } products(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  edges { node { id name reference barcode unit packSize price { amount currencyCode } stock orderable brand { name } season { name } tags { name } } } } }`;
const ORDER_LIST = `query($first: Int) { orders(first: $first) { edges { node { id number status placedAt total { amount } customer { name } placedBy { email } lines { name quantity } } } } }`;

let server: TestServer;
let shop: string;
let staff: string;
let statements = 0;
const originalQuery = pg.Client.prototype.query;

beforeAll(async () => {
  server = await startTestServer({ JOBS: 'false' });
  await seedDemo(server.app.services.orm.em.fork(), { products: 120, customers: 10 });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'count@s.test', password: 'count1234' });
  staff = await signInStaff(server, 'count@s.test', 'count1234');
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name: 'Counter', customerNumber: 'CNT', contacts: [{ email: 'cnt@s.test' }] } }, { token: staff });
  await server.graphql(GRANT, { i: { customerId: c.data.customerCreate.customer.id, email: 'cnt@s.test', password: 'cccc1234', passwordConfirmation: 'cccc1234' } }, { token: staff });
  shop = await signInShop(server, 'cnt@s.test', 'cccc1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'cccc1234', newPassword: 'cccc5678', newPasswordConfirmation: 'cccc5678' } }, { token: shop });
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const sql = String((args[0] as { text?: string })?.text ?? args[0]);
    // Session settings run once per new pool connection: not the request's work.
    if (!/^set /i.test(sql)) statements++;
    if (process.env.SQL_LOG) console.log('SQL', String((args[0] as any)?.text ?? args[0]).slice(0, 160));
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof originalQuery;
});
afterAll(async () => {
  pg.Client.prototype.query = originalQuery;
  await server?.close();
});

async function count(query: string, variables: object, token: string, options: { sessionCached?: boolean } = {}): Promise<number> {
  // Buffered activity rows (V2) are written by a timer, not by the request measured: flush them first.
  await activityRecorder(server.app.services).flush();
  // The session is read by the request (the viewer cache forgotten), or kept from the one before.
  if (options.sessionCached) expect((await server.graphql(`{ viewer { kind } }`, {}, { token })).data.viewer.kind).not.toBe('ANONYMOUS');
  else server.app.services.viewerCache?.clear();
  statements = 0;
  const r = await server.graphql(query, variables as Record<string, unknown>, { token });
  expect(r.errors).toBeUndefined();
  return statements;
}

describe('SQL statements per page', () => {
  it('a catalog page costs the same for 5 or 100 products, and few statements', async () => {
    const small = await count(CATALOG_PAGE, { first: 5 }, shop);
    const large = await count(CATALOG_PAGE, { first: 100 }, shop);
    expect(large).toBe(small);
    // session + viewer + catalog view (one statement), the page, its count, tags, seasons.
    expect(large).toBeLessThanOrEqual(5);
  });

  it('a request whose session is kept in memory (decision 18) does not read it again', async () => {
    expect(server.app.services.viewerCache?.active).toBe(true);
    const read = await count(CATALOG_PAGE, { first: 24 }, shop);
    const kept = await count(CATALOG_PAGE, { first: 24 }, shop, { sessionCached: true });
    expect(kept).toBe(read - 1);
  });

  it('an order list costs the same for 2 or 12 orders', async () => {
    const small = await count(ORDER_LIST, { first: 2 }, staff);
    const large = await count(ORDER_LIST, { first: 12 }, staff);
    expect(large).toBe(small);
  });
});
