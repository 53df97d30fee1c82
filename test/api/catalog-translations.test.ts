import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, eventually, signInShop, signInStaff } from '../support/fixtures.js';
import { CUSTOMER_CREATE, GRANT, PASSWORD_CHANGE } from '../support/graphql-ops.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { toGlobalId } from '../../server/common/global-id.js';

// The catalog in the customer's language (issue 16, decision 0045): names and descriptions per
// language with fallback to the catalog language, tags and seasons too, the search finding a
// product by the words of the viewer's language, and orders freezing each line's name in the
// customer's document language at placing.

let server: TestServer;
let admin: string;
let dutch: string; // a shop user whose language is Dutch
let english: string;
let catalog: Awaited<ReturnType<typeof createCatalog>>;
let coffeeId: string;
let waterId: string;

const UPDATE = `mutation($i: ProductUpdateInput!) { productUpdate(input: $i) {
  product { name description translations { language name description } } userErrors { field code } } }`;
const PRODUCT = `query($id: ID!, $l: Language) { product(id: $id) { name description nl: name(language: $l) tags { name } } }`;
const SEARCH = `query($q: String) { products(query: $q, first: 10) { totalCount edges { node { reference name } } } }`;

async function shopUser(n: string, language: 'NL' | 'EN'): Promise<string> {
  const email = `${n}@i18n.test`;
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name: `Cafe ${n}`, customerNumber: n, contacts: [{ email }], documentLanguage: language } }, { token: admin });
  const customerId = c.data.customerCreate.customer.id as string;
  await server.graphql(GRANT, { i: { customerId, email, password: 'pppp1234', passwordConfirmation: 'pppp1234' } }, { token: admin });
  const token = await signInShop(server, email, 'pppp1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'pppp1234', newPassword: 'pppp5678', newPasswordConfirmation: 'pppp5678' } }, { token });
  await server.graphql(
    `mutation($i: CustomerUpdateInput!) { customerUpdate(input: $i) { userErrors { code } } }`,
    { i: { id: customerId, deliverySites: [{ name: 'Main', street: '1 Kerkstraat', postalCode: '9000', city: 'Gent', country: 'BE' }] } },
    { token: admin },
  );
  return token;
}

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@i18n.test', password: 'admin1234', role: StaffRole.ADMIN });
  catalog = await createCatalog(em);
  admin = await signInStaff(server, 'admin@i18n.test', 'admin1234');
  coffeeId = toGlobalId('Product', catalog.coffee.id);
  waterId = toGlobalId('Product', catalog.water.id);
  dutch = await shopUser('nl-1', 'NL');
  english = await shopUser('en-1', 'EN');
});
afterAll(() => server?.close());

describe('translations (L1)', () => {
  it('staff set a Dutch name and description; other languages fall back to the catalog language', async () => {
    const r = await server.graphql(UPDATE, { i: { id: coffeeId, translations: [{ language: 'NL', name: ' Koffiebonen   espresso 1kg ', description: 'Volle bonen' }] } }, { token: admin });
    expect(r.data.productUpdate.userErrors).toEqual([]);
    const p = r.data.productUpdate.product;
    // Staff read the catalog language by default (the master data).
    expect(p.name).toBe('Espresso beans 1kg');
    expect(p.translations).toHaveLength(7); // every language, Brazilian Portuguese included (decision 0054)
    expect(p.translations.find((t: any) => t.language === 'EN')).toEqual({ language: 'EN', name: 'Espresso beans 1kg', description: null });
    expect(p.translations.find((t: any) => t.language === 'NL')).toEqual({ language: 'NL', name: 'Koffiebonen espresso 1kg', description: 'Volle bonen' });
    expect(p.translations.find((t: any) => t.language === 'DE')).toEqual({ language: 'DE', name: null, description: null });

    const nl = await server.graphql(PRODUCT, { id: coffeeId, l: 'NL' }, { token: admin });
    expect(nl.data.product.nl).toBe('Koffiebonen espresso 1kg');
    const de = await server.graphql(PRODUCT, { id: coffeeId, l: 'DE' }, { token: admin });
    expect(de.data.product.nl).toBe('Espresso beans 1kg');
  });

  it('a shop user reads names in their language, else the catalog language', async () => {
    const nl = await server.graphql(PRODUCT, { id: coffeeId }, { token: dutch });
    expect(nl.errors).toBeUndefined();
    expect(nl.data.product.name).toBe('Koffiebonen espresso 1kg');
    expect(nl.data.product.description).toBe('Volle bonen');
    const en = await server.graphql(PRODUCT, { id: coffeeId }, { token: english });
    expect(en.data.product.name).toBe('Espresso beans 1kg');
    // Water has no Dutch name: the Dutch user sees the catalog language's.
    const water = await server.graphql(PRODUCT, { id: waterId }, { token: dutch });
    expect(water.data.product.name).toBe('Sparkling water 50cl');
    // The translations field is for staff and tokens only.
    const denied = await server.graphql(`query($id: ID!) { product(id: $id) { translations { language } } }`, { id: coffeeId }, { token: dutch });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses duplicate languages, an empty catalog-language name and names too long', async () => {
    const dup = await server.graphql(UPDATE, { i: { id: coffeeId, translations: [{ language: 'FR', name: 'Café' }, { language: 'FR', name: 'Grains' }] } }, { token: admin });
    expect(dup.data.productUpdate.userErrors).toEqual([{ field: ['input', 'translations', '1', 'language'], code: 'INVALID_VALUE' }]);
    const empty = await server.graphql(UPDATE, { i: { id: coffeeId, translations: [{ language: 'EN', name: '  ' }] } }, { token: admin });
    expect(empty.data.productUpdate.userErrors).toEqual([{ field: ['input', 'translations', '0', 'name'], code: 'REQUIRED' }]);
    const long = await server.graphql(UPDATE, { i: { id: coffeeId, translations: [{ language: 'DE', name: 'x'.repeat(301) }] } }, { token: admin });
    expect(long.data.productUpdate.userErrors).toEqual([{ field: ['input', 'translations', '0', 'name'], code: 'TOO_LONG' }]);
    const orphan = await server.graphql(UPDATE, { i: { id: coffeeId, translations: [{ language: 'DE', description: 'Ohne Namen' }] } }, { token: admin });
    expect(orphan.data.productUpdate.userErrors).toEqual([{ field: ['input', 'translations', '0', 'name'], code: 'REQUIRED' }]);
    const still = await server.graphql(PRODUCT, { id: coffeeId, l: 'NL' }, { token: admin });
    expect(still.data.product.nl).toBe('Koffiebonen espresso 1kg');
  });

  it('the catalog-language entry is the name itself; an empty name removes a language', async () => {
    const r = await server.graphql(
      UPDATE,
      { i: { id: waterId, translations: [{ language: 'EN', name: 'Sparkling water 50 cl', description: 'Glass bottle' }, { language: 'FR', name: 'Eau pétillante 50cl' }] } },
      { token: admin },
    );
    expect(r.data.productUpdate.userErrors).toEqual([]);
    expect(r.data.productUpdate.product.name).toBe('Sparkling water 50 cl');
    expect(r.data.productUpdate.product.description).toBe('Glass bottle');
    const removed = await server.graphql(UPDATE, { i: { id: waterId, translations: [{ language: 'FR', name: '' }] } }, { token: admin });
    expect(removed.data.productUpdate.product.translations.find((t: any) => t.language === 'FR').name).toBeNull();
  });

  it('tags and seasons have names per language; brands stay one name', async () => {
    const tag = await server.graphql(
      `mutation($i: TagCreateInput!) { tagCreate(input: $i) { tag { id name translations { language name } } userErrors { field code } } }`,
      { i: { name: 'organic', translations: [{ language: 'NL', name: 'biologisch' }, { language: 'FR', name: 'bio' }] } },
      { token: admin },
    );
    expect(tag.data.tagCreate.userErrors).toEqual([]);
    expect(tag.data.tagCreate.tag.translations.filter((t: any) => t.name)).toEqual([
      { language: 'EN', name: 'organic' },
      { language: 'FR', name: 'bio' },
      { language: 'NL', name: 'biologisch' },
    ]);
    const tagId = tag.data.tagCreate.tag.id;
    await server.graphql(UPDATE, { i: { id: coffeeId, tagIds: [tagId] } }, { token: admin });
    const nl = await server.graphql(PRODUCT, { id: coffeeId }, { token: dutch });
    expect(nl.data.product.tags).toEqual([{ name: 'biologisch' }]);
    const en = await server.graphql(PRODUCT, { id: coffeeId }, { token: english });
    expect(en.data.product.tags).toEqual([{ name: 'organic' }]);
    const facets = await server.graphql(`{ productFacets { tags { name count } } }`, {}, { token: dutch });
    expect(facets.data.productFacets.tags).toEqual([{ name: 'biologisch', count: 1 }]);

    const season = await server.graphql(
      `mutation($i: SeasonCreateInput!) { seasonCreate(input: $i) { season { id } userErrors { code } } }`,
      { i: { name: 'Summer 2027' } },
      { token: admin },
    );
    const renamed = await server.graphql(
      `mutation($i: SeasonUpdateInput!) { seasonUpdate(input: $i) { season { name nl: name(language: NL) de: name(language: DE) } userErrors { code } } }`,
      { i: { id: season.data.seasonCreate.season.id, name: 'Summer 2027', translations: [{ language: 'NL', name: 'Zomer 2027' }] } },
      { token: admin },
    );
    expect(renamed.data.seasonUpdate.season).toEqual({ name: 'Summer 2027', nl: 'Zomer 2027', de: 'Summer 2027' });
    const brandInput = await server.graphql(`mutation { brandCreate(input: { name: "Lavazza", translations: [] }) { userErrors { code } } }`, {}, { token: admin });
    expect(brandInput.errors?.[0]?.message).toMatch(/translations/);
  });
});

describe('search and orders in the user\'s language (L2)', () => {
  it('a Dutch user finds a product by a Dutch word, and still by the catalog language\'s', async () => {
    const nl = await server.graphql(SEARCH, { q: 'koffiebon' }, { token: dutch });
    expect(nl.data.products.edges.map((e: any) => e.node)).toEqual([{ reference: 'COF-1', name: 'Koffiebonen espresso 1kg' }]);
    const both = await server.graphql(SEARCH, { q: 'espresso koffie' }, { token: dutch });
    expect(both.data.products.edges.map((e: any) => e.node.reference)).toEqual(['COF-1']);
    const en = await server.graphql(SEARCH, { q: 'beans' }, { token: dutch });
    expect(en.data.products.edges.map((e: any) => e.node.name)).toEqual(['Koffiebonen espresso 1kg']);
    // A typo of a Dutch word finds it too (the catalog's word list holds every language's words).
    const typo = await server.graphql(SEARCH, { q: 'kofiebonen' }, { token: dutch });
    expect(typo.data.products.edges.map((e: any) => e.node.reference)).toEqual(['COF-1']);
    // Removing the Dutch name removes its words from the index.
    await server.graphql(UPDATE, { i: { id: coffeeId, translations: [{ language: 'NL', name: '' }] } }, { token: admin });
    const gone = await server.graphql(SEARCH, { q: 'koffiebonen' }, { token: dutch });
    expect(gone.data.products.totalCount).toBe(0);
    await server.graphql(UPDATE, { i: { id: coffeeId, translations: [{ language: 'NL', name: 'Koffiebonen espresso 1kg', description: 'Volle bonen' }] } }, { token: admin });
  });

  it('an order freezes each line\'s name in the customer\'s document language', async () => {
    const add = await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: coffeeId, quantity: 2 }] } }, { token: dutch });
    expect(add.data.cartLinesAdd.userErrors).toEqual([]);
    const cart = await server.graphql(`{ cart { lines { product { name } } } }`, {}, { token: dutch });
    expect(cart.data.cart.lines.map((l: any) => l.product.name)).toEqual(['Koffiebonen espresso 1kg']);
    const placed = await server.graphql(
      `mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id lines { name } } userErrors { field code } } }`,
      { i: { idempotencyKey: 'nl-order-1' } },
      { token: dutch },
    );
    expect(placed.data.orderPlace.userErrors).toEqual([]);
    expect(placed.data.orderPlace.order.lines).toEqual([{ name: 'Koffiebonen espresso 1kg' }]);
    // A later rename does not change the order.
    await server.graphql(UPDATE, { i: { id: coffeeId, translations: [{ language: 'NL', name: 'Espressobonen 1kg' }] } }, { token: admin });
    const order = await server.graphql(`query($id: ID!) { node(id: $id) { ... on Order { lines { name } } } }`, { id: placed.data.orderPlace.order.id }, { token: admin });
    expect(order.data.node.lines).toEqual([{ name: 'Koffiebonen espresso 1kg' }]);
    const em = server.app.services.orm.em.fork();
    // The confirmation email (and its PDF, made from the order's lines) carries the frozen name.
    const [row] = await em.execute<{ name: string; language: string }[]>(`select props->'lines'->0->>'name' as name, language from outbox_email where template = 'order-placed' and to_address = 'nl-1@i18n.test'`);
    expect(row).toEqual({ name: 'Koffiebonen espresso 1kg', language: 'nl' });
  });
});

describe('CSV import and export, ERP sync (L1 bulk)', () => {
  const exportCsv = async () => {
    const res = await fetch(`${server.url}/api/exports/products.csv`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    return (await res.text()).replace(/^\uFEFF/, '');
  };
  const importCsv = async (csv: string, key: string) => {
    const r = await server.graphql(
      `mutation($i: CatalogImportStartInput!) { catalogImportStart(input: $i) { task { id } userErrors { code } } }`,
      { i: { csv, mode: 'ALL_OR_NOTHING', idempotencyKey: key } },
      { token: admin },
    );
    expect(r.data.catalogImportStart.userErrors).toEqual([]);
    return eventually(async () => {
      const t = (await server.graphql(`query($id: ID!) { task(id: $id) { status succeeded skipped { code message } } }`, { id: r.data.catalogImportStart.task.id }, { token: admin })).data.task;
      return ['SUCCEEDED', 'FAILED'].includes(t.status) ? t : null;
    });
  };
  const preview = async (csv: string) =>
    (await server.graphql(
      `mutation($i: CatalogImportPreviewInput!) { catalogImportPreview(input: $i) { preview { createCount updateCount unchangedCount invalidCount errors { column code } } userErrors { code } } }`,
      { i: { csv } },
      { token: admin },
    )).data.catalogImportPreview;
  const translationsOf = async (reference: string) =>
    (await server.graphql(`query($r: String!) { product(reference: $r) { name description translations { language name description } } }`, { r: reference }, { token: admin })).data.product;

  it('exports name:<language> and description:<language> columns, and a re-import of the export changes nothing', async () => {
    const csv = await exportCsv();
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    const cols = header.split(/[;,]/);
    expect(cols).toEqual(expect.arrayContaining(['name', 'description', 'name:fr', 'description:fr', 'name:nl', 'description:nl', 'name:de', 'name:pt', 'name:es']));
    expect(cols).not.toContain('name:en'); // the catalog language is `name`
    const coffee = lines.find((l) => l.startsWith('COF-1'))!;
    expect(coffee).toContain('Espressobonen 1kg');
    const p = await preview(csv);
    expect(p.userErrors).toEqual([]);
    expect(p.preview).toMatchObject({ createCount: 0, updateCount: 0, invalidCount: 0 });
  });

  it('imports translations: merges languages, creates products with them, refuses a description without a name', async () => {
    const csv = [
      'reference;name;name:nl;description:nl;name:fr;name:en',
      'COF-1;;;Donker gebrand;Grains espresso 1kg;',
      'NEW-NL;New syrup;Nieuwe siroop;;Sirop nouveau;',
      'NEW-EN;;Alleen Nederlands;;;Only via name:en',
    ].join('\n');
    const t = await importCsv(csv, 'i18n-1');
    expect(t).toMatchObject({ status: 'SUCCEEDED', succeeded: 3 });
    const coffee = await translationsOf('COF-1');
    expect(coffee.translations.filter((x: any) => x.name)).toEqual([
      { language: 'EN', name: 'Espresso beans 1kg', description: null },
      { language: 'FR', name: 'Grains espresso 1kg', description: null },
      { language: 'NL', name: 'Espressobonen 1kg', description: 'Donker gebrand' },
    ]);
    expect((await translationsOf('NEW-NL')).translations.find((x: any) => x.language === 'NL').name).toBe('Nieuwe siroop');
    // The catalog language's column is the name itself.
    const en = await translationsOf('NEW-EN');
    expect(en.name).toBe('Only via name:en');
    expect(en.translations.find((x: any) => x.language === 'EN').name).toBe('Only via name:en');

    const orphan = await preview('reference;description:de\nCOF-1;Dunkel geröstet');
    expect(orphan.preview.errors).toEqual([{ column: 'name:de', code: 'NAME_REQUIRED' }]);
    const unknown = await server.graphql(`mutation { catalogImportPreview(input: { csv: "reference;name:xx\\nCOF-1;x" }) { userErrors { code } } }`, {}, { token: admin });
    expect(unknown.data.catalogImportPreview.userErrors.map((e: any) => e.code)).toEqual(['UNKNOWN_COLUMN']);

    // Round trip: what was imported comes back out, and importing that changes nothing.
    const again = await exportCsv();
    expect(again).toContain('Donker gebrand');
    expect((await preview(again)).preview).toMatchObject({ updateCount: 0, invalidCount: 0 });
  });

  it('productsUpsert takes translations', async () => {
    const r = await server.graphql(
      `mutation($i: ProductsUpsertInput!) { productsUpsert(input: $i) { createdCount updatedCount unchangedCount userErrors { field code } } }`,
      { i: { items: [
        { reference: 'ERP-1', name: 'Tonic water', translations: [{ language: 'NL', name: 'Tonicwater', description: 'Bitter' }, { language: 'DE', name: 'Tonic-Wasser' }] },
        { reference: 'COF-1', translations: [{ language: 'DE', name: 'Espressobohnen 1kg' }] },
      ] } },
      { token: admin },
    );
    expect(r.data.productsUpsert).toEqual({ createdCount: 1, updatedCount: 1, unchangedCount: 0, userErrors: [] });
    const erp = await translationsOf('ERP-1');
    expect(erp.translations.filter((x: any) => x.name).map((x: any) => [x.language, x.name, x.description])).toEqual([
      ['EN', 'Tonic water', null],
      ['NL', 'Tonicwater', 'Bitter'],
      ['DE', 'Tonic-Wasser', null],
    ]);
    const coffee = await translationsOf('COF-1');
    expect(coffee.translations.find((x: any) => x.language === 'NL').name).toBe('Espressobonen 1kg');
    expect(coffee.translations.find((x: any) => x.language === 'DE').name).toBe('Espressobohnen 1kg');
    const nl = await server.graphql(SEARCH, { q: 'tonicwater' }, { token: dutch });
    // Unpriced, so shown but not orderable; found by its Dutch name, shown in Dutch.
    expect(nl.data.products.edges.map((e: any) => e.node.name)).toEqual(['Tonicwater']);
  });
});
