import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, eventually, signInShop, signInStaff } from '../support/fixtures.js';
import { CUSTOMER_CREATE, GRANT, PASSWORD_CHANGE, SHOP_SIGN_IN } from '../support/graphql-ops.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { toGlobalId } from '../../server/common/global-id.js';
import { toLanguage } from '../../server/common/language.js';
import { renderEmail, type AccessGrantedProps } from '../../emails/index.js';

// Issue 17 H7 (decision 0054): Brazilian Portuguese is a language of its own beside European
// Portuguese: the API negotiates it, answers in it ("senha", not "palavra-passe"), stores it on users
// and customers, writes emails in it, and the catalog's pt-BR names fall back to the catalog language
// (not to the European Portuguese ones).

let server: TestServer;
let admin: string;
let brazilian: string; // a shop user whose language is pt-BR
let catalog: Awaited<ReturnType<typeof createCatalog>>;

let attempt = 0;
// A different address each time, so that sign-in throttling (five failures per address) stays out of the way.
const signInMessage = async (options: { language?: string; cookie?: string }) =>
  (await server.graphql(SHOP_SIGN_IN, { i: { email: `nobody${++attempt}@ptbr.test`, password: 'wrong-password' } }, options)).data.shopUserSignIn.userErrors[0].message as string;

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@ptbr.test', password: 'admin1234', role: StaffRole.ADMIN });
  catalog = await createCatalog(em);
  admin = await signInStaff(server, 'admin@ptbr.test', 'admin1234');
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name: 'Padaria Pão de Açúcar', customerNumber: 'BR-1', documentLanguage: 'PT_BR', contacts: [{ email: 'compras@padaria.test' }] } }, { token: admin });
  expect(c.data.customerCreate.userErrors).toEqual([]);
  expect(c.data.customerCreate.customer.documentLanguage).toBe('PT_BR');
  const customerId = c.data.customerCreate.customer.id as string;
  const g = await server.graphql(GRANT, { i: { customerId, email: 'compras@padaria.test', password: 'temp1234', passwordConfirmation: 'temp1234' } }, { token: admin });
  expect(g.data.storeAccessGrant.userErrors).toEqual([]);
  const first = await signInShop(server, 'compras@padaria.test', 'temp1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'temp1234', newPassword: 'mine5678', newPasswordConfirmation: 'mine5678' } }, { token: first });
  brazilian = await signInShop(server, 'compras@padaria.test', 'mine5678');
});
afterAll(() => server?.close());

describe('Brazilian Portuguese (issue 17 H7)', () => {
  it('reads language tags: pt-BR in any spelling is Brazilian, any other Portuguese is European', () => {
    expect(['pt-BR', 'pt_br', 'PT_BR', 'pt-br'].map((v) => toLanguage(v))).toEqual(['pt-BR', 'pt-BR', 'pt-BR', 'pt-BR']);
    expect(['pt', 'pt-PT', 'PT', 'pt-AO'].map((v) => toLanguage(v))).toEqual(['pt', 'pt', 'pt', 'pt']);
    expect(toLanguage('fr-BE')).toBe('fr');
  });

  it('negotiates Accept-Language: pt-BR browsers get pt-BR, other Portuguese get pt; the cookie wins', async () => {
    expect(await signInMessage({ language: 'pt-BR,pt;q=0.9,en;q=0.8' })).toBe('E-mail ou senha incorretos.');
    expect(await signInMessage({ language: 'pt-br' })).toBe('E-mail ou senha incorretos.');
    expect(await signInMessage({ language: 'pt-PT,pt;q=0.9' })).toBe('E-mail ou palavra-passe incorretos.');
    expect(await signInMessage({ language: 'pt' })).toBe('E-mail ou palavra-passe incorretos.');
    expect(await signInMessage({ language: 'pt-PT', cookie: 'comptoir_lang=pt-BR' })).toBe('E-mail ou senha incorretos.');
    expect(await signInMessage({ language: 'en' })).toBe('Wrong email or password.');
  });

  it('a pt-BR user reads the API messages in Brazilian Portuguese and keeps the language', async () => {
    const mismatch = await server.graphql(`mutation($i: ShopUserPasswordChangeInput!) { shopUserPasswordChange(input: $i) { userErrors { code message } } }`, { i: { currentPassword: 'mine5678', newPassword: 'other9876', newPasswordConfirmation: 'other0000' } }, { token: brazilian });
    expect(mismatch.data.shopUserPasswordChange.userErrors).toEqual([{ code: 'PASSWORD_MISMATCH', message: 'As duas senhas não coincidem.' }]);
    const add = await server.graphql(
      `mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code message } } }`,
      { i: { lines: [{ productId: toGlobalId('Product', catalog.coffee.id), quantity: 0 }] } },
      { token: brazilian },
    );
    expect(add.data.cartLinesAdd.userErrors[0].message).toMatch(/^A quantidade precisa ser um número inteiro entre 1 e \d/);
    // Choosing European Portuguese and back again.
    const set = await server.graphql(`mutation($l: Language!) { viewerLanguageSet(input: { language: $l }) { language userErrors { code } } }`, { l: 'PT' }, { token: brazilian });
    expect(set.data.viewerLanguageSet).toEqual({ language: 'PT', userErrors: [] });
    expect(await server.graphql(`mutation { viewerLanguageSet(input: { language: PT_BR }) { language } }`, {}, { token: brazilian })).toMatchObject({ data: { viewerLanguageSet: { language: 'PT_BR' } } });
    const [row] = await server.app.services.orm.em.fork().execute<{ language: string }[]>(`select language from shop_user where email = 'compras@padaria.test'`);
    expect(row.language).toBe('pt-BR');
  });

  it('writes the credentials email in Brazilian Portuguese', async () => {
    const [row] = await server.app.services.orm.em.fork().execute<{ template: string; language: string; props: unknown }[]>(
      `select template, language, props from outbox_email where to_address = 'compras@padaria.test' and template = 'access-granted'`,
    );
    expect(row.language).toBe('pt-BR');
    // What the email worker renders from this row: the Brazilian texts, not the European ones.
    const email = await renderEmail('access-granted', row.props as AccessGrantedProps, row.language);
    expect(email.language).toBe('pt-BR');
    expect(email.subject).toMatch(/^Seu acesso à loja /);
    expect(email.html).toContain('lang="pt-BR"');
    expect(email.text).toContain('Nome de usuário:');
    expect(email.text).not.toMatch(/palavra-passe|utilizador/i);
  });

  it('shows the catalog in pt-BR with fallback to the catalog language, not to European Portuguese', async () => {
    const coffeeId = toGlobalId('Product', catalog.coffee.id);
    const waterId = toGlobalId('Product', catalog.water.id);
    const UPDATE = `mutation($i: ProductUpdateInput!) { productUpdate(input: $i) { product { translations { language name } } userErrors { field code } } }`;
    const a = await server.graphql(UPDATE, { i: { id: coffeeId, translations: [{ language: 'PT_BR', name: 'Café em grãos 1kg' }, { language: 'PT', name: 'Café em grão 1kg' }] } }, { token: admin });
    expect(a.data.productUpdate.userErrors).toEqual([]);
    expect(a.data.productUpdate.product.translations).toEqual(
      expect.arrayContaining([
        { language: 'PT', name: 'Café em grão 1kg' },
        { language: 'PT_BR', name: 'Café em grãos 1kg' },
      ]),
    );
    // Water has only a European Portuguese name: the Brazilian buyer sees the catalog language's.
    const b = await server.graphql(UPDATE, { i: { id: waterId, translations: [{ language: 'PT', name: 'Água com gás 50cl' }] } }, { token: admin });
    expect(b.data.productUpdate.userErrors).toEqual([]);
    const page = await server.graphql(`{ products(first: 10) { edges { node { reference name } } } }`, {}, { token: brazilian });
    expect(page.errors).toBeUndefined();
    const names = Object.fromEntries(page.data.products.edges.map((e: { node: { reference: string; name: string } }) => [e.node.reference, e.node.name]));
    expect(names).toMatchObject({ 'COF-1': 'Café em grãos 1kg', 'WAT-1': 'Sparkling water 50cl' });
    // Searching a Brazilian word finds the product.
    const search = await server.graphql(`query($q: String) { products(query: $q, first: 5) { edges { node { reference } } } }`, { q: 'grãos' }, { token: brazilian });
    expect(search.data.products.edges.map((e: { node: { reference: string } }) => e.node.reference)).toEqual(['COF-1']);
  });

  it('imports a name:pt-BR column (any case) into the pt-BR translation', async () => {
    const r = await server.graphql(
      `mutation($i: CatalogImportStartInput!) { catalogImportStart(input: $i) { task { id } userErrors { code } } }`,
      { i: { csv: 'reference;name:PT-br;description:pt-BR\nWAT-1;Água com gás 50cl;Garrafa de vidro', mode: 'ALL_OR_NOTHING', idempotencyKey: 'ptbr-csv-1' } },
      { token: admin },
    );
    expect(r.data.catalogImportStart.userErrors).toEqual([]);
    const task = await eventually(async () => {
      const t = (await server.graphql(`query($id: ID!) { task(id: $id) { status succeeded } }`, { id: r.data.catalogImportStart.task.id }, { token: admin })).data.task;
      return ['SUCCEEDED', 'FAILED'].includes(t.status) ? t : null;
    });
    expect(task).toMatchObject({ status: 'SUCCEEDED', succeeded: 1 });
    const water = await server.graphql(`{ product(reference: "WAT-1") { name translations { language name description } } }`, {}, { token: admin });
    expect(water.data.product.name).toBe('Sparkling water 50cl');
    expect(water.data.product.translations).toEqual(expect.arrayContaining([{ language: 'PT_BR', name: 'Água com gás 50cl', description: 'Garrafa de vidro' }]));
    // The export writes the column back as name:pt-BR.
    const csv = await (await fetch(`${server.url}/api/exports/products.csv`, { headers: { authorization: `Bearer ${admin}` } })).text();
    expect(csv.split(/\r?\n/)[0]).toContain('name:pt-BR');
    await server.graphql(`mutation($i: ProductUpdateInput!) { productUpdate(input: $i) { userErrors { code } } }`, { i: { id: toGlobalId('Product', catalog.water.id), translations: [{ language: 'PT_BR', name: '' }] } }, { token: admin });
  });

  it('freezes order lines and writes the confirmation in pt-BR', async () => {
    const coffeeId = toGlobalId('Product', catalog.coffee.id);
    await server.graphql(`mutation($i: ProductUpdateInput!) { productUpdate(input: $i) { userErrors { code } } }`, { i: { id: coffeeId, translations: [{ language: 'PT_BR', name: 'Café em grãos 1kg' }] } }, { token: admin });
    const add = await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: coffeeId, quantity: 2 }] } }, { token: brazilian });
    expect(add.data.cartLinesAdd.userErrors).toEqual([]);
    const placed = await server.graphql(`mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { order { lines { name } } userErrors { field code message } } }`, { i: { idempotencyKey: 'ptbr-order-1' } }, { token: brazilian });
    expect(placed.data.orderPlace.userErrors).toEqual([]);
    expect(placed.data.orderPlace.order.lines).toEqual([{ name: 'Café em grãos 1kg' }]);
    const [row] = await server.app.services.orm.em.fork().execute<{ name: string; language: string }[]>(
      `select props->'lines'->0->>'name' as name, language from outbox_email where template = 'order-placed' and to_address = 'compras@padaria.test'`,
    );
    expect(row).toEqual({ name: 'Café em grãos 1kg', language: 'pt-BR' });
  });
});
