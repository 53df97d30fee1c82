import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, signInStaff } from '../support/fixtures.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { toGlobalId } from '../../server/common/global-id.js';

const naturalOrder = new Intl.Collator('und', { numeric: true });

// The catalog's word list, what a typo is matched against (issue 20, decision 0050): exactly the
// words (3+ letters, not numbers) of the products' names in every language, each with the number of
// products having it, through inserts, renames, translation changes, set-based updates and deletes;
// and a typo finds its product by the nearest words of that list.

let server: TestServer;
let admin: string;
let catalog: Awaited<ReturnType<typeof createCatalog>>;

const UPDATE = `mutation($i: ProductUpdateInput!) { productUpdate(input: $i) { userErrors { field code } } }`;
const SEARCH = `query($q: String) { products(query: $q, first: 10) { edges { node { reference } } } }`;

const find = async (q: string): Promise<string[]> => {
  const r = await server.graphql(SEARCH, { q }, { token: admin });
  expect(r.errors).toBeUndefined();
  return r.data.products.edges.map((e: any) => e.node.reference);
};

const sql = <T>(text: string, params: unknown[] = []) => server.app.services.orm.em.fork().execute<T[]>(text, params);

/** The list as kept by the triggers. */
const list = async () => new Map((await sql<{ word: string; products: number }>(`select word, products from catalog_word order by word`)).map((r) => [r.word, Number(r.products)]));

/** The list computed from the names themselves (every language), as it must be. */
async function truth(): Promise<Map<string, number>> {
  const rows = await sql<{ word: string; products: string }>(`
    select w as word, count(*) as products from product p, unnest(p.name_words) w
    where length(w) >= 3 and w !~ '^[0-9]+$' group by w order by w`);
  return new Map(rows.map((r) => [r.word, Number(r.products)]));
}

beforeAll(async () => {
  server = await startTestServer({ JOBS: 'false' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@words.test', password: 'admin1234', role: StaffRole.ADMIN });
  catalog = await createCatalog(em);
  admin = await signInStaff(server, 'admin@words.test', 'admin1234');
});
afterAll(() => server?.close());

const PAGE = `query($q: String, $first: Int, $after: String, $last: Int, $before: String, $sort: ProductSort) {
  products(query: $q, first: $first, after: $after, last: $last, before: $before, sort: $sort) {
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { reference } } } }`;

describe('several words with many matches: the walk over the word index (issue 20)', () => {
  it('gives exactly the products having every word, page after page, both ways and backward', async () => {
    // 7,200 herbal products: a third ginger, half of them tea, half syrup — "ginger tea" has 1,200
    // matches (many: the walk), and the "ginger" entries without "tea" come first in name order
    // (the walk leaps over them). Numbers that do not sort as numbers do.
    await sql(`insert into product (id, reference, name, active)
      select gen_random_uuid(), 'HB-' || lpad(i::text, 4, '0'),
        'Herbal ' || (array['mint', 'lemon', 'ginger'])[1 + i % 3] || case when i % 2 = 0 then ' tea ' else ' syrup ' end || (i * 7919 % 7201), true
      from generate_series(1, 7200) i`);
    const rows = await sql<{ reference: string; name: string; id: string }>(`select reference, name, id from product where reference like 'HB-%'`);
    const expected = (q: string) => {
      const words = q.split(' ');
      return rows
        .filter((r) => words.every((w) => r.name.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((o) => o.startsWith(w))))
        // Names in the database's natural collation (ICU root, numbers as numbers: decision 0056), then id.
        .sort((a, b) => naturalOrder.compare(a.name, b.name) || (a.id < b.id ? -1 : 1))
        .map((r) => r.reference);
    };
    /** Every page (or the first `max` ones), 100 products each. */
    const pages = async (q: string, sort: 'NAME_ASC' | 'NAME_DESC', max = 30) => {
      const refs: string[] = [];
      let after: string | null = null;
      for (let n = 0; n < max; n++) {
        const r: any = await server.graphql(PAGE, { q, first: 100, after, sort }, { token: admin });
        expect(r.errors).toBeUndefined();
        refs.push(...r.data.products.edges.map((e: any) => e.node.reference));
        if (!r.data.products.pageInfo.hasNextPage) return refs;
        after = r.data.products.pageInfo.endCursor;
      }
      return refs;
    };
    const want = expected('ginger tea');
    expect(want.length).toBe(1200);
    expect(await pages('ginger tea', 'NAME_ASC')).toEqual(want);
    // Any word order, a third word, the other direction: the first pages.
    expect(await pages('tea ginger', 'NAME_ASC', 2)).toEqual(want.slice(0, 200));
    expect(await pages('herbal ginger tea', 'NAME_ASC', 1)).toEqual(want.slice(0, 100));
    expect(await pages('ginger tea', 'NAME_DESC', 2)).toEqual([...want].reverse().slice(0, 200));
    // A short word checked on each match; words no product has together; a typo among them.
    expect(await pages('ginger tea 1', 'NAME_ASC')).toEqual(expected('ginger tea 1'));
    expect(await pages('mint lemon', 'NAME_ASC')).toEqual([]);
    expect(await pages('ginger tea herbals', 'NAME_ASC', 1)).toEqual(want.slice(0, 100));
    // Backward from a later page.
    const p1: any = await server.graphql(PAGE, { q: 'ginger tea', first: 100 }, { token: admin });
    const p2: any = await server.graphql(PAGE, { q: 'ginger tea', first: 100, after: p1.data.products.pageInfo.endCursor }, { token: admin });
    expect(p2.data.products.edges.map((e: any) => e.node.reference)).toEqual(want.slice(100, 200));
    const back: any = await server.graphql(PAGE, { q: 'ginger tea', last: 50, before: p2.data.products.pageInfo.startCursor }, { token: admin });
    expect(back.data.products.edges.map((e: any) => e.node.reference)).toEqual(want.slice(50, 100));
    await sql(`delete from product where reference like 'HB-%'`);
  }, 120_000);
});

describe('the word list of typo search (issue 20)', () => {
  it('holds the words of the names with their product counts, and a typo finds the product', async () => {
    const words = await list();
    expect(words).toEqual(await truth());
    expect(words.get('espresso')).toBe(1);
    expect(words.has('1kg')).toBe(true);
    expect(words.has('50cl')).toBe(true);
    expect([...words.keys()].some((w) => /^\d+$/.test(w) || w.length < 3)).toBe(false);
    expect(await find('expresso')).toEqual(['COF-1']);
    expect(await find('sparkiling')).toEqual(['WAT-1']);
    expect(await find('qqqqqqq')).toEqual([]);
  });

  it('follows inserts, renames, translations, set-based updates and deletes', async () => {
    // Insert: two products share a new word.
    await sql(`insert into product (id, reference, name) values (gen_random_uuid(), 'TEA-1', 'Rooibos infusion'), (gen_random_uuid(), 'TEA-2', 'Rooibos vanilla')`);
    expect((await list()).get('rooibos')).toBe(2);
    expect(await find('roiboos')).toEqual(['TEA-1', 'TEA-2']);

    // Rename through the API: the old word leaves the list when no product has it any more.
    const coffee = toGlobalId('Product', catalog.coffee.id);
    expect((await server.graphql(UPDATE, { i: { id: coffee, name: 'Ristretto beans 1kg' } }, { token: admin })).data.productUpdate.userErrors).toEqual([]);
    let words = await list();
    expect(words.has('espresso')).toBe(false);
    expect(words.get('ristretto')).toBe(1);
    expect(words).toEqual(await truth());
    expect(await find('ristreto')).toEqual(['COF-1']);
    expect(await find('expresso')).toEqual([]); // no product is named so any more

    // A translated name's words join the list, and leave it when the translation changes.
    expect((await server.graphql(UPDATE, { i: { id: coffee, translations: [{ language: 'NL', name: 'Koffiebonen ristretto' }] } }, { token: admin })).data.productUpdate.userErrors).toEqual([]);
    words = await list();
    expect(words.get('koffiebonen')).toBe(1);
    expect(words.get('ristretto')).toBe(1); // one product, named so in two languages
    expect(await find('kofiebonen')).toEqual(['COF-1']);
    expect((await server.graphql(UPDATE, { i: { id: coffee, translations: [{ language: 'NL', name: 'Bonen ristretto' }] } }, { token: admin })).data.productUpdate.userErrors).toEqual([]);
    words = await list();
    expect(words.has('koffiebonen')).toBe(false);
    expect(words.get('bonen')).toBe(1);
    expect(words).toEqual(await truth());

    // A set-based update (as an import does), then deletes (one of two products having a word, then the other).
    await sql(`update product set name = name || ' organic' where reference in ('TEA-1', 'TEA-2', 'WAT-1')`);
    expect((await list()).get('organic')).toBe(3);
    await sql(`delete from product where reference = 'TEA-1'`);
    words = await list();
    expect(words.get('rooibos')).toBe(1);
    expect(words.get('organic')).toBe(2);
    expect(words.has('infusion')).toBe(false);
    await sql(`delete from product where reference = 'TEA-2'`);
    words = await list();
    expect(words.has('rooibos')).toBe(false);
    expect(words.has('vanilla')).toBe(false);
    expect(words).toEqual(await truth());
    expect(await find('roiboos')).toEqual([]);
  });
});
