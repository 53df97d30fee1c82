import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, signInStaff } from '../support/fixtures.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { Product } from '../../server/modules/catalog/entities/product.entity.js';

// The hub's product list: the active/inactive filter and keyset pages backwards (`last`/`before`).

let server: TestServer;
let admin: string;

const LIST = `query($first: Int, $after: String, $last: Int, $before: String, $active: Boolean, $sort: ProductSort) {
  products(first: $first, after: $after, last: $last, before: $before, active: $active, sort: $sort) {
    edges { node { reference active } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    totalCount
  }
}`;

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@paging.test', password: 'admin1234', role: StaffRole.ADMIN });
  await createCatalog(em);
  for (let i = 1; i <= 9; i++) em.create(Product, { reference: `PG-${i}`, name: `Paging product ${i}`, active: i !== 5 });
  await em.flush();
  admin = await signInStaff(server, 'admin@paging.test', 'admin1234');
});
afterAll(() => server?.close());

const refs = (r: any) => r.data.products.edges.map((e: any) => e.node.reference);

describe('products list for staff', () => {
  it('filters active and deactivated products', async () => {
    const inactive = await server.graphql(LIST, { first: 50, active: false, sort: 'REFERENCE_ASC' }, { token: admin });
    expect(inactive.errors).toBeUndefined();
    expect(refs(inactive)).toEqual(['OLD-1', 'PG-5']);
    const active = await server.graphql(LIST, { first: 50, active: true, sort: 'REFERENCE_ASC' }, { token: admin });
    expect(refs(active)).not.toContain('PG-5');
    expect(active.data.products.totalCount).toBe(11);
    const all = await server.graphql(LIST, { first: 50 }, { token: admin });
    expect(all.data.products.totalCount).toBe(13);
  });

  it('pages forwards with after and back with before, keeping the same pages', async () => {
    const vars = { sort: 'REFERENCE_ASC' };
    const p1 = await server.graphql(LIST, { ...vars, first: 4 }, { token: admin });
    const p2 = await server.graphql(LIST, { ...vars, first: 4, after: p1.data.products.pageInfo.endCursor }, { token: admin });
    const p3 = await server.graphql(LIST, { ...vars, first: 4, after: p2.data.products.pageInfo.endCursor }, { token: admin });
    expect(refs(p1)).toEqual(['COF-1', 'NOP-1', 'OLD-1', 'PG-1']);
    expect(refs(p2)).toEqual(['PG-2', 'PG-3', 'PG-4', 'PG-5']);
    expect(p2.data.products.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });

    const back2 = await server.graphql(LIST, { ...vars, last: 4, before: p3.data.products.pageInfo.startCursor }, { token: admin });
    expect(back2.errors).toBeUndefined();
    expect(refs(back2)).toEqual(refs(p2));
    expect(back2.data.products.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const back1 = await server.graphql(LIST, { ...vars, last: 4, before: back2.data.products.pageInfo.startCursor }, { token: admin });
    expect(refs(back1)).toEqual(refs(p1));
    expect(back1.data.products.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    // Backwards works for descending sorts too.
    const d1 = await server.graphql(LIST, { sort: 'NAME_DESC', first: 3 }, { token: admin });
    const d2 = await server.graphql(LIST, { sort: 'NAME_DESC', first: 3, after: d1.data.products.pageInfo.endCursor }, { token: admin });
    const dBack = await server.graphql(LIST, { sort: 'NAME_DESC', last: 3, before: d2.data.products.pageInfo.startCursor }, { token: admin });
    expect(refs(dBack)).toEqual(refs(d1));
  });
});
