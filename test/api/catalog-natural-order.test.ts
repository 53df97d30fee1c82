import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createStaff, shopCustomer, signInStaff } from '../support/fixtures.js';

// Names in natural order (issue 18 M3, decision 0056): "#2" before "#10", on every path that sorts
// by name — the plain list, its keyset pages both ways, and the name search through the word table.

let server: TestServer;
let buyer: string;

const PAGE = `query($q: String, $first: Int, $after: String, $last: Int, $before: String, $sort: ProductSort) {
  products(query: $q, first: $first, after: $after, last: $last, before: $before, sort: $sort) {
    pageInfo { hasNextPage endCursor startCursor } edges { node { name } } } }`;

beforeAll(async () => {
  server = await startTestServer({ JOBS: 'false' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'staff@nat.test', password: 'staff1234' });
  const staff = await signInStaff(server, 'staff@nat.test', 'staff1234');
  await em.execute(`insert into product (id, reference, name) values
    (gen_random_uuid(), 'G-10', 'Tumbler glass #10'), (gen_random_uuid(), 'G-2', 'Tumbler glass #2'),
    (gen_random_uuid(), 'G-1', 'tumbler glass #1'), (gen_random_uuid(), 'G-100', 'Tumbler glass #100'),
    (gen_random_uuid(), 'G-9B', 'Tumbler glass #9 bis')`);
  buyer = await shopCustomer(server, staff, 'nat-1', 'nat.test');
});
afterAll(() => server?.close());

const names = (r: any) => r.data.products.edges.map((e: any) => e.node.name);
const ORDER = ['tumbler glass #1', 'Tumbler glass #2', 'Tumbler glass #9 bis', 'Tumbler glass #10', 'Tumbler glass #100'];

describe('natural order of names', () => {
  it('lists #2 before #10, descending the other way round', async () => {
    expect(names(await server.graphql(PAGE, { first: 10 }, { token: buyer }))).toEqual(ORDER);
    expect(names(await server.graphql(PAGE, { first: 10, sort: 'NAME_DESC' }, { token: buyer }))).toEqual([...ORDER].reverse());
  });

  it('pages through the same order forward and back (keyset on the collated name)', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let last: any;
    for (let i = 0; i < 5; i++) {
      last = await server.graphql(PAGE, { first: 2, after }, { token: buyer });
      seen.push(...names(last));
      if (!last.data.products.pageInfo.hasNextPage) break;
      after = last.data.products.pageInfo.endCursor;
    }
    expect(seen).toEqual(ORDER);
    const back = await server.graphql(PAGE, { last: 2, before: last.data.products.pageInfo.startCursor }, { token: buyer });
    expect(names(back)).toEqual(ORDER.slice(2, 4));
  });

  it('a name search (word table) answers in the same order', async () => {
    expect(names(await server.graphql(PAGE, { q: 'tumbler', first: 10 }, { token: buyer }))).toEqual(ORDER);
    expect(names(await server.graphql(PAGE, { q: 'glass', first: 2 }, { token: buyer }))).toEqual(ORDER.slice(0, 2));
  });
});
