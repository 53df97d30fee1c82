import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, signInStaff } from '../support/fixtures.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { toGlobalId } from '../../server/common/global-id.js';

// Changing the catalog language (issue 16, decision 0058): English → Dutch moves every product's
// English texts into translations.en and its Dutch texts into the columns, in set-based
// statements; refused while products lack a Dutch name unless the admin confirms; the name
// search's word rows and typo list follow; changing back restores every product.

let server: TestServer;
let admin: string;
let sales: string;
let catalog: Awaited<ReturnType<typeof createCatalog>>;
let tagId: string;
const N = 1200;

const CHANGE = `mutation($i: CatalogLanguageChangeInput!) { catalogLanguageChange(input: $i) {
  storeSettings { catalogLanguage } missingCount missingReferences productsChanged userErrors { field code message } } }`;
const SEARCH = `query($q: String) { products(query: $q, first: 5) { totalCount edges { node { reference name } } } }`;

type Row = { reference: string; name: string; description: string | null; translations: Record<string, { name: string; description?: string }> };
const db = () => server.app.services.orm.em.fork();
const rows = async (): Promise<Map<string, Row>> =>
  new Map((await db().execute<Row[]>(`select reference, name, description, translations from product order by reference`)).map((r) => [r.reference, r]));

/** Word rows that disagree with their product: a name other than the product's, or a word of name_words with no row. */
async function wordIndexDrift(): Promise<number> {
  const [{ stale }] = await db().execute<Array<{ stale: string }>>(
    `select count(*) as stale from product_word pw join product p on p.id = pw.product_id where pw.name <> p.name or not (pw.word = any (p.name_words))`,
  );
  const [{ missing }] = await db().execute<Array<{ missing: string }>>(
    `select count(*) as missing from product p, unnest(p.name_words) w where not exists (select 1 from product_word pw where pw.product_id = p.id and pw.word = w and pw.name = p.name)`,
  );
  return Number(stale) + Number(missing);
}

beforeAll(async () => {
  server = await startTestServer();
  const em = db();
  await createStaff(em, { email: 'admin@lang.test', password: 'admin1234', role: StaffRole.ADMIN });
  await createStaff(em, { email: 'sales@lang.test', password: 'sales1234', role: StaffRole.SALES });
  catalog = await createCatalog(em);
  admin = await signInStaff(server, 'admin@lang.test', 'admin1234');
  sales = await signInStaff(server, 'sales@lang.test', 'sales1234');
  // 1,200 products with English names; all but every 300th have a Dutch name, every other one a
  // Dutch description too (the rest show the English description in Dutch).
  await em.execute(`insert into product (id, reference, name, description, translations)
    select gen_random_uuid(), 'LG-' || lpad(i::text, 4, '0'), 'Sparkle water ' || i, 'Fresh water ' || i,
      case when i % 300 = 0 then '{}'::jsonb
           when i % 2 = 0 then jsonb_build_object('nl', jsonb_build_object('name', 'Bruiswater ' || i, 'description', 'Vers water ' || i))
           else jsonb_build_object('nl', jsonb_build_object('name', 'Bruiswater ' || i)) end
    from generate_series(1, ${N}) i`);
  // The fixture's products get Dutch names, but for the napkins and the tea.
  await em.execute(`update product set translations = jsonb_build_object('nl', jsonb_build_object('name', 'Koffiebonen ' || reference)) where reference in ('COF-1', 'WAT-1')`);
  const tag = await server.graphql(
    `mutation($i: TagCreateInput!) { tagCreate(input: $i) { tag { id } userErrors { code } } }`,
    { i: { name: 'Organic', translations: [{ language: 'NL', name: 'Biologisch' }] } },
    { token: admin },
  );
  tagId = tag.data.tagCreate.tag.id;
  await server.graphql(`mutation($i: TagCreateInput!) { tagCreate(input: $i) { userErrors { code } } }`, { i: { name: 'Vegan' } }, { token: admin });
});
afterAll(() => server?.close());

describe('changing the catalog language (decision 0058)', () => {
  it('is for admins only', async () => {
    const r = await server.graphql(CHANGE, { i: { language: 'NL' } }, { token: sales });
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('is refused while products have no Dutch name, saying how many and which', async () => {
    const before = await rows();
    const r = await server.graphql(CHANGE, { i: { language: 'NL' } }, { token: admin });
    expect(r.errors).toBeUndefined();
    const p = r.data.catalogLanguageChange;
    // 4 of the generated ones, the napkins and the tea.
    expect(p.missingCount).toBe(6);
    expect(p.missingReferences).toEqual(['LG-0300', 'LG-0600', 'LG-0900', 'LG-1200', 'NOP-1', 'OLD-1']);
    expect(p.userErrors).toHaveLength(1);
    expect(p.userErrors[0].code).toBe('TRANSLATIONS_MISSING');
    expect(p.userErrors[0].message).toContain('6');
    expect(p.userErrors[0].message).toContain('name:nl');
    expect(p.storeSettings.catalogLanguage).toBe('EN');
    expect(await rows()).toEqual(before);
  });

  it('with the admin\'s confirmation moves every text in one go; nobody reads anything else', async () => {
    const before = await rows();
    const [{ words }] = await db().execute<Array<{ words: string }>>(`select count(*) as words from product_word`);
    const t0 = performance.now();
    const r = await server.graphql(CHANGE, { i: { language: 'NL', keepNamesAsFallback: true } }, { token: admin });
    const ms = performance.now() - t0;
    console.log(`catalogLanguageChange EN → NL on ${before.size} products: ${ms.toFixed(0)} ms`);
    expect(r.errors).toBeUndefined();
    const p = r.data.catalogLanguageChange;
    expect(p.userErrors).toEqual([]);
    expect(p.storeSettings.catalogLanguage).toBe('NL');
    expect(p.missingCount).toBe(6);
    expect(p.productsChanged).toBe(before.size);

    const after = await rows();
    // A Dutch name and description: the columns; the English ones in translations.en.
    expect(after.get('LG-0002')).toEqual({ reference: 'LG-0002', name: 'Bruiswater 2', description: 'Vers water 2', translations: { en: { name: 'Sparkle water 2', description: 'Fresh water 2' } } });
    // A Dutch name only: the English description stays the one Dutch buyers read, and English keeps it.
    expect(after.get('LG-0001')).toEqual({ reference: 'LG-0001', name: 'Bruiswater 1', description: 'Fresh water 1', translations: { en: { name: 'Sparkle water 1' } } });
    // No Dutch name (confirmed): the English name stays, and is kept as English.
    expect(after.get('LG-0300')).toEqual({ reference: 'LG-0300', name: 'Sparkle water 300', description: 'Fresh water 300', translations: { en: { name: 'Sparkle water 300' } } });
    // What English and Dutch viewers read is unchanged, for every product.
    const read = (row: Row, lang: 'en' | 'nl') => {
      const tr = row.translations[lang];
      return { name: tr?.name || row.name, description: tr ? (tr.description ?? row.description) : row.description };
    };
    for (const [ref, b] of before) {
      const a = after.get(ref)!;
      expect(read(a, 'en'), ref).toEqual(read(b, 'en'));
      expect(read(a, 'nl'), ref).toEqual(read(b, 'nl'));
    }

    // The name search's word rows and typo list followed the set-based update (statement triggers).
    expect(await wordIndexDrift()).toBe(0);
    const [{ words: wordsAfter }] = await db().execute<Array<{ words: string }>>(`select count(*) as words from product_word`);
    expect(wordsAfter).toBe(words);
    const nl = await server.graphql(SEARCH, { q: 'bruiswater 17' }, { token: admin });
    expect(nl.data.products.edges.map((e: any) => e.node.reference)).toContain('LG-0017');
    const en = await server.graphql(SEARCH, { q: 'sparkle 17' }, { token: admin });
    expect(en.data.products.edges.map((e: any) => e.node.reference)).toContain('LG-0017');
    const [typo] = await db().execute<Array<{ word: string }>>(`select word from catalog_word where word = 'bruiswater'`);
    expect(typo?.word).toBe('bruiswater');

    // Staff read the catalog language now: Dutch.
    const staff = await server.graphql(`query($id: ID!) { product(id: $id) { name en: name(language: EN) } }`, { id: toGlobalId('Product', catalog.coffee.id) }, { token: admin });
    expect(staff.data.product).toEqual({ name: 'Koffiebonen COF-1', en: 'Espresso beans 1kg' });

    // Tags: the Dutch name is the name, English a translation; a tag without a Dutch name keeps its name.
    const tags = await db().execute<Array<{ name: string; translations: Record<string, string> }>>(`select name, translations from tag order by name`);
    expect(tags).toEqual([
      { name: 'Biologisch', translations: { en: 'Organic' } },
      { name: 'Vegan', translations: { en: 'Vegan' } },
    ]);
    const tag = await server.graphql(`{ tags { id name en: name(language: EN) } }`, {}, { token: admin });
    expect(tag.data.tags.find((x: { id: string }) => x.id === tagId)).toEqual({ id: tagId, name: 'Biologisch', en: 'Organic' });

    // One audit row names the change.
    const audit = await server.graphql(
      `{ auditEntries(filter: { actions: [SETTINGS_UPDATED] }, first: 5) { edges { node { action changes { field before after } } } } }`,
      {},
      { token: admin },
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data.auditEntries.edges[0].node.changes).toEqual([
      { field: 'catalogLanguage', before: 'en', after: 'nl' },
      { field: 'productsKeepingTheirName', before: null, after: '6' },
    ]);
  });

  it('changing back restores every product, tag and word row as it was', async () => {
    const r = await server.graphql(CHANGE, { i: { language: 'EN' } }, { token: admin });
    expect(r.data.catalogLanguageChange.userErrors).toEqual([]);
    expect(r.data.catalogLanguageChange.missingCount).toBe(0);
    const back = await rows();
    expect(back.get('LG-0002')).toEqual({ reference: 'LG-0002', name: 'Sparkle water 2', description: 'Fresh water 2', translations: { nl: { name: 'Bruiswater 2', description: 'Vers water 2' } } });
    expect(back.get('LG-0001')).toEqual({ reference: 'LG-0001', name: 'Sparkle water 1', description: 'Fresh water 1', translations: { nl: { name: 'Bruiswater 1' } } });
    expect(back.get('LG-0300')).toEqual({ reference: 'LG-0300', name: 'Sparkle water 300', description: 'Fresh water 300', translations: {} });
    expect(back.get('NOP-1')?.translations).toEqual({});
    const tags = await db().execute<Array<{ name: string; translations: Record<string, string> }>>(`select name, translations from tag order by name`);
    expect(tags).toEqual([
      { name: 'Organic', translations: { nl: 'Biologisch' } },
      { name: 'Vegan', translations: {} },
    ]);
    expect(await wordIndexDrift()).toBe(0);
  });

  it('refuses when two tags would share a name in the new language, changing nothing', async () => {
    await server.graphql(
      `mutation($i: TagCreateInput!) { tagCreate(input: $i) { userErrors { code } } }`,
      { i: { name: 'Bio', translations: [{ language: 'FR', name: 'Bio' }] } },
      { token: admin },
    );
    await server.graphql(
      `mutation($i: TagUpdateInput!) { tagUpdate(input: $i) { userErrors { code } } }`,
      { i: { id: tagId, name: 'Organic', translations: [{ language: 'FR', name: 'bio' }] } },
      { token: admin },
    );
    const r = await server.graphql(CHANGE, { i: { language: 'FR', keepNamesAsFallback: true } }, { token: admin });
    expect(r.data.catalogLanguageChange.userErrors.map((e: any) => e.code)).toEqual(['LIST_NAME_CLASH']);
    expect(r.data.catalogLanguageChange.storeSettings.catalogLanguage).toBe('EN');
  });
});
