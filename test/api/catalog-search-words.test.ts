import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createStaff, shopCustomer, signInStaff } from '../support/fixtures.js';
import { toGlobalId } from '../../server/common/global-id.js';

// The name search through the words of names (decision 17): a search sorted by name takes its page
// from the matches when they are few (the words' GIN index) and reads them in name order from the
// word table when they are many. Both must give exactly what a plain reading of the rule gives —
// every search word starts a word of the name — page after page, both ways, for every viewer, and
// follow renames, deactivations and brand changes at once.

let server: TestServer;
let staff: string;
let buyer: string; // sees every brand
let limited: string; // sees brand "Alpha" only
const names = new Map<string, { name: string; brand: 'Alpha' | 'Beta'; active: boolean }>(); // by reference

const shopFor = (n: string, visibility?: object) => shopCustomer(server, staff, n, 'w.test', visibility);

/** Names in the database's "natural" collation (ICU root, numbers as numbers: decision 0056). */
const naturalOrder = new Intl.Collator('und', { numeric: true });

/** What the rule says a viewer finds, by name then reference order (the API sorts by name, then id). */
function expected(query: string, brands: Array<'Alpha' | 'Beta'>): string[] {
  const words = query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [...names]
    .filter(([, p]) => p.active && brands.includes(p.brand))
    .filter(([, p]) => {
      const own = p.name.toLowerCase().split(/[^\p{L}\p{N}]+/u);
      return words.every((w) => own.some((o) => o.startsWith(w)));
    })
    .map(([reference, p]) => ({ reference, name: p.name }))
    .sort((a, b) => naturalOrder.compare(a.name, b.name))
    .map((p) => p.reference);
}

const PAGE = `query($q: String, $first: Int, $after: String, $last: Int, $before: String, $sort: ProductSort) {
  products(query: $q, first: $first, after: $after, last: $last, before: $before, sort: $sort) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { reference name } } } }`;

/** Every page of a search, forward, as references. */
async function allPages(token: string, q: string, first = 100): Promise<{ refs: string[]; total: number; pages: number }> {
  const refs: string[] = [];
  let after: string | null = null;
  let total = 0;
  let pages = 0;
  for (;;) {
    const r: any = await server.graphql(PAGE, { q, first, after }, { token });
    expect(r.errors).toBeUndefined();
    total = r.data.products.totalCount;
    pages += 1;
    refs.push(...r.data.products.edges.map((e: any) => e.node.reference));
    if (!r.data.products.pageInfo.hasNextPage) break;
    after = r.data.products.pageInfo.endCursor;
    if (pages > 50) throw new Error('too many pages');
  }
  return { refs, total, pages };
}

beforeAll(async () => {
  server = await startTestServer({ JOBS: 'false' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'staff@w.test', password: 'staff1234' });
  staff = await signInStaff(server, 'staff@w.test', 'staff1234');
  const [alpha] = await em.execute<{ id: string }[]>(`insert into brand (id, name) values (gen_random_uuid(), 'Alpha') returning id`);
  await em.execute(`insert into brand (id, name) values (gen_random_uuid(), 'Beta')`);
  // 1,200 products: "Sparkle water N", a third of them "premium", every other one Alpha's; names
  // whose numbers do not sort as numbers do (name order, not insertion order).
  await em.execute(`insert into product (id, reference, name, brand_id, active)
    select gen_random_uuid(), 'SW-' || lpad(i::text, 4, '0'),
      'Sparkle water ' || case when i % 3 = 0 then 'premium ' else '' end || (i * 7919 % 1201),
      (select id from brand where name = case when i % 2 = 0 then 'Alpha' else 'Beta' end), i % 97 <> 0
    from generate_series(1, 1200) i`);
  for (const r of await em.execute<{ reference: string; name: string; brand: 'Alpha' | 'Beta'; active: boolean }[]>(
    `select p.reference, p.name, b.name as brand, p.active from product p join brand b on b.id = p.brand_id`,
  ))
    names.set(r.reference, { name: r.name, brand: r.brand, active: r.active });
  buyer = await shopFor('sw-all');
  limited = await shopFor('sw-alpha', { brandIds: [toGlobalId('Brand', alpha.id)] });
});
afterAll(() => server?.close());

describe('name search by words (C6)', () => {
  it('many matches (read in name order from the word table): every page, in order, nothing twice', async () => {
    const want = expected('sparkle wat', ['Alpha', 'Beta']);
    expect(want.length).toBeGreaterThan(1000);
    const got = await allPages(buyer, 'sparkle wat');
    expect(got.refs).toEqual(want);
    expect(got.total).toBe(want.length);
  });

  it('few matches (taken from the GIN index), and a short last word checked on each name', async () => {
    for (const q of ['premium sparkle', 'prem', 'sparkle premium 1', 'water p']) {
      const want = expected(q, ['Alpha', 'Beta']);
      expect(want.length, q).toBeGreaterThan(0);
      const got = await allPages(buyer, q, 50);
      expect(got.refs, q).toEqual(want);
      expect(got.total, q).toBe(want.length);
    }
    expect((await allPages(buyer, 'sparkle nothing')).refs).toEqual([]);
    // No letter or digit: only a reference could start so; none does.
    expect((await allPages(buyer, '%')).refs).toEqual([]);
    expect((await allPages(buyer, 'SW-000')).refs).toEqual(expected('', ['Alpha', 'Beta']).filter((r) => r.startsWith('SW-000')));
  });

  it('a customer restricted to one brand gets exactly its share, in both ways', async () => {
    for (const q of ['sparkle', 'premium water']) {
      const want = expected(q, ['Alpha']);
      expect((await allPages(limited, q)).refs, q).toEqual(want);
    }
  });

  it('sorted Z to A and paged backward, the same products', async () => {
    const want = expected('sparkle', ['Alpha', 'Beta']);
    const desc = await server.graphql(PAGE, { q: 'sparkle', first: 30, sort: 'NAME_DESC' }, { token: buyer });
    expect(desc.data.products.edges.map((e: any) => e.node.reference)).toEqual([...want].reverse().slice(0, 30));
    const p1 = await server.graphql(PAGE, { q: 'sparkle', first: 40 }, { token: buyer });
    const p2 = await server.graphql(PAGE, { q: 'sparkle', first: 40, after: p1.data.products.pageInfo.endCursor }, { token: buyer });
    const back = await server.graphql(PAGE, { q: 'sparkle', last: 40, before: p2.data.products.pageInfo.startCursor }, { token: buyer });
    expect(back.data.products.edges.map((e: any) => e.node.reference)).toEqual(want.slice(0, 40));
    expect(p2.data.products.edges.map((e: any) => e.node.reference)).toEqual(want.slice(40, 80));
  });

  it('follows renames, deactivations and brand changes at once, one by one or set-based', async () => {
    const ref = expected('sparkle premium', ['Alpha'])[0];
    const id = (await server.graphql(`query($r: String) { product(reference: $r) { id } }`, { r: ref }, { token: staff })).data.product.id;
    const rename = await server.graphql(`mutation($i: ProductUpdateInput!) { productUpdate(input: $i) { userErrors { code } } }`, { i: { id, name: 'Fizzy lemonade Zitrone' } }, { token: staff });
    expect(rename.data.productUpdate.userErrors).toEqual([]);
    names.set(ref, { ...names.get(ref)!, name: 'Fizzy lemonade Zitrone' });
    expect((await allPages(limited, 'zitr')).refs).toEqual([ref]);
    expect((await allPages(limited, 'sparkle premium')).refs).toEqual(expected('sparkle premium', ['Alpha']));
    expect((await allPages(limited, 'sparkle premium')).refs).not.toContain(ref);

    // Set-based, as an import writes: deactivate some, move others to the other brand.
    const em = server.app.services.orm.em.fork();
    await em.execute(`update product set active = false where reference in ('SW-0002', 'SW-0004')`);
    await em.execute(`update product set brand_id = (select id from brand where name = 'Beta') where reference in ('SW-0006', 'SW-0008')`);
    for (const r of ['SW-0002', 'SW-0004']) names.set(r, { ...names.get(r)!, active: false });
    for (const r of ['SW-0006', 'SW-0008']) names.set(r, { ...names.get(r)!, brand: 'Beta' });
    for (const q of ['sparkle', 'sparkle premium', 'water']) {
      expect((await allPages(limited, q)).refs, q).toEqual(expected(q, ['Alpha']));
      expect((await allPages(buyer, q)).refs, q).toEqual(expected(q, ['Alpha', 'Beta']));
    }
    // Deleted products leave the word table with them.
    await em.execute(`delete from product where reference = 'SW-0010'`);
    names.delete('SW-0010');
    expect((await allPages(limited, 'sparkle')).refs).toEqual(expected('sparkle', ['Alpha']));
  });

  it('counts and facets use the same matches', async () => {
    const facets = await server.graphql(`query($q: String) { productFacets(query: $q) { brands { name count } } }`, { q: 'premium sparkle' }, { token: buyer });
    const byBrand = (b: 'Alpha' | 'Beta') => expected('premium sparkle', [b]).length;
    expect(facets.data.productFacets.brands).toEqual([
      { name: 'Alpha', count: byBrand('Alpha') },
      { name: 'Beta', count: byBrand('Beta') },
    ]);
  });
});
