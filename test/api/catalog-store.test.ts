import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createStaff, signInStaff } from '../support/fixtures.js';
import { Brand } from '../../server/modules/catalog/entities/taxonomy.entity.js';
import { Product } from '../../server/modules/catalog/entities/product.entity.js';
import { toGlobalId } from '../../server/common/global-id.js';

// What the store's catalog page asks of the API. Keyset paging in both directions: `after` goes
// forward, `before` (with `last`) comes back to exactly the page seen before, in every sort order,
// with filters and searches. And the page's one operation (products, count, facets) costs the same
// number of SQL statements whatever the page size.

let server: TestServer;
let staff: string;
let brisa: string;

const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $sort: ProductSort, $q: String, $brandIds: [ID!]) {
  products(first: $first, after: $after, last: $last, before: $before, sort: $sort, query: $q, brandIds: $brandIds) {
    edges { node { reference } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } }`;

async function page(variables: Record<string, unknown>) {
  const r = await server.graphql(PAGE, variables, { token: staff });
  expect(r.errors).toBeUndefined();
  return { refs: r.data.products.edges.map((e: any) => e.node.reference) as string[], info: r.data.products.pageInfo };
}

beforeAll(async () => {
  // No background jobs: their queries would be counted with the page's.
  server = await startTestServer({ JOBS: 'false' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'pager@s.test', password: 'pager1234' });
  const brand = em.create(Brand, { name: 'Brisa' });
  for (let i = 1; i <= 11; i++) {
    const n = String(i).padStart(2, '0');
    em.create(Product, { reference: `P-${n}`, name: `Product ${n}`, brand: i % 2 ? brand : undefined });
  }
  await em.flush();
  brisa = toGlobalId('Brand', brand.id);
  staff = await signInStaff(server, 'pager@s.test', 'pager1234');
});
afterAll(() => server?.close());

describe('products paged backward', () => {
  it('goes forward with after and back with before to the same pages', async () => {
    const p1 = await page({ first: 4 });
    expect(p1.refs).toEqual(['P-01', 'P-02', 'P-03', 'P-04']);
    expect(p1.info).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const p2 = await page({ first: 4, after: p1.info.endCursor });
    const p3 = await page({ first: 4, after: p2.info.endCursor });
    expect(p3.refs).toEqual(['P-09', 'P-10', 'P-11']);
    expect(p3.info.hasNextPage).toBe(false);

    const back2 = await page({ last: 4, before: p3.info.startCursor });
    expect(back2.refs).toEqual(p2.refs);
    expect(back2.info).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const back1 = await page({ last: 4, before: back2.info.startCursor });
    expect(back1.refs).toEqual(p1.refs);
    expect(back1.info).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('pages backward in a descending order, within a filter and a search', async () => {
    const p1 = await page({ first: 3, sort: 'NAME_DESC', brandIds: [brisa] });
    expect(p1.refs).toEqual(['P-11', 'P-09', 'P-07']);
    const p2 = await page({ first: 3, after: p1.info.endCursor, sort: 'NAME_DESC', brandIds: [brisa] });
    expect(p2.refs).toEqual(['P-05', 'P-03', 'P-01']);
    const back = await page({ last: 3, before: p2.info.startCursor, sort: 'NAME_DESC', brandIds: [brisa] });
    expect(back.refs).toEqual(p1.refs);
    expect(back.info.hasPreviousPage).toBe(false);

    const s1 = await page({ first: 2, q: 'Product 1', sort: 'REFERENCE_ASC' });
    expect(s1.refs).toEqual(['P-10', 'P-11']);
    const s0 = await page({ last: 5, before: s1.info.endCursor, q: 'Product 1', sort: 'REFERENCE_ASC' });
    expect(s0.refs).toEqual(['P-10']);
  });

  it('refuses after and before together', async () => {
    const p1 = await page({ first: 2 });
    const r = await server.graphql(PAGE, { after: p1.info.startCursor, before: p1.info.endCursor }, { token: staff });
    expect(r.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

// The store's catalog page operation (web/app/graphql/catalog.server.ts), as the web sends it.
const STORE_PAGE = `query($first: Int, $q: String, $brandIds: [ID!]) {
  products(first: $first, query: $q, brandIds: $brandIds) { totalCount
    edges { node { id name reference barcode unit packSize orderable stock imageUrl price { amount currencyCode } brand { name } tags { name } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
  productFacets(query: $q, brandIds: $brandIds) { brands { id name count } seasons { id name count } tags { id name count } manufacturers { id name count } } }`;

describe('the store catalog page', () => {
  it('costs the same number of SQL statements for 2 or 11 products', async () => {
    let statements = 0;
    const original = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      if (!/^set /i.test(String((args[0] as { text?: string })?.text ?? args[0]))) statements++;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
    const count = async (variables: Record<string, unknown>) => {
      statements = 0;
      const r = await server.graphql(STORE_PAGE, variables, { token: staff });
      expect(r.errors).toBeUndefined();
      return statements;
    };
    try {
      await count({ first: 1 }); // warm: pool connections opened
      const small = await count({ first: 2, brandIds: [brisa] });
      const large = await count({ first: 11, brandIds: [brisa] });
      expect(large).toBe(small);
      expect(large).toBeLessThanOrEqual(16);
    } finally {
      pg.Client.prototype.query = original;
    }
  });
});
