import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, signInShop, signInStaff } from '../support/fixtures.js';
import { CUSTOMER_CREATE, GRANT, PASSWORD_CHANGE } from '../support/graphql-ops.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { Language } from '../../server/common/language.js';
import { Brand, Tag } from '../../server/modules/catalog/entities/taxonomy.entity.js';
import { bulkQuery } from '../../server/common/prepared.js';
import { toGlobalId } from '../../server/common/global-id.js';

// Exports (issue 14 E5): orders, customers and products as CSV and XLSX, with the hub's filters,
// for staff and scoped tokens; read back with csv-parse and exceljs.

let server: TestServer;
const tokens: Record<string, string> = {};
let catalog: Awaited<ReturnType<typeof createCatalog>>;
const customers: Record<string, { id: string; number: string }> = {};

const PREVIEW = `mutation($i: CatalogImportPreviewInput!) { catalogImportPreview(input: $i) {
  preview { lineCount createCount updateCount unchangedCount invalidCount errors { line column code } } userErrors { code message } } }`;

async function get(path: string, token?: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${path}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

/** Reads a CSV export: checks the BOM, then the records as objects by header. */
function readCsv(body: Buffer, delimiter: ';' | ','): Array<Record<string, string>> {
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(body.subarray(3).toString('utf8'), { delimiter, columns: true });
}

async function readXlsx(body: Buffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

async function placeOrder(number: string, name: string, email: string, lines: Array<{ product: string; quantity: number }>) {
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name, customerNumber: number, contacts: [{ name: 'Zoë Brünnhilde', email, phone: '+32 2 555 01 01' }], documentLanguage: 'FR' } }, { token: tokens.admin });
  expect(c.data.customerCreate.userErrors).toEqual([]);
  const id = c.data.customerCreate.customer.id as string;
  customers[number] = { id, number };
  await server.graphql(GRANT, { i: { customerId: id, email, password: 'pppp1234', passwordConfirmation: 'pppp1234' } }, { token: tokens.admin });
  const shop = await signInShop(server, email, 'pppp1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'pppp1234', newPassword: 'pppp5678', newPasswordConfirmation: 'pppp5678' } }, { token: shop });
  const add = await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: lines.map((l) => ({ productId: toGlobalId('Product', l.product), quantity: l.quantity })) } }, { token: shop });
  expect(add.data.cartLinesAdd.userErrors).toEqual([]);
  const placed = await server.graphql(`mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number } userErrors { code } } }`, { i: { idempotencyKey: `k-${number}`, purchaseOrderReference: `PO «${number}»; été` } }, { token: shop });
  expect(placed.data.orderPlace.userErrors).toEqual([]);
  return { shop, order: placed.data.orderPlace.order as { id: string; number: string } };
}

let orderA: { id: string; number: string };
let orderB: { id: string; number: string };

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@x.test', password: 'admin1234', role: StaffRole.ADMIN });
  await createStaff(em, { email: 'sales@x.test', password: 'sales1234', role: StaffRole.SALES, language: Language.FR });
  catalog = await createCatalog(em);
  // Non-ASCII, the separator, quotes and a line break: all must survive the round trip.
  const brand = em.create(Brand, { name: 'Brûlerie Émile' });
  const tag = em.create(Tag, { name: 'Équitable' });
  catalog.coffee.name = 'Café « crème »; grains 1kg';
  catalog.coffee.description = 'Torréfié "à l\'ancienne"\nsur deux lignes';
  catalog.coffee.brand = brand;
  catalog.coffee.tags.add(tag);
  await em.flush();
  tokens.admin = await signInStaff(server, 'admin@x.test', 'admin1234');
  tokens.sales = await signInStaff(server, 'sales@x.test', 'sales1234');
  const mk = async (scope: string) =>
    (await server.graphql(`mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token } }`, { i: { name: scope, scopes: [scope] } }, { token: tokens.admin })).data.apiTokenCreate.token as string;
  tokens.ORDERS_MANAGE = await mk('ORDERS_MANAGE');
  tokens.CUSTOMERS_MANAGE = await mk('CUSTOMERS_MANAGE');
  tokens.CATALOG_READ = await mk('CATALOG_READ');
  const a = await placeOrder('Z-100', 'Brasserie Zoë & Fils', 'zoe@x.test', [{ product: catalog.coffee.id, quantity: 3 }, { product: catalog.water.id, quantity: 48 }]);
  orderA = a.order;
  tokens.shop = a.shop;
  orderB = (await placeOrder('K-200', 'Kaffeehaus Größe', 'k@x.test', [{ product: catalog.coffee.id, quantity: 1 }])).order;
});
afterAll(() => server?.close());

describe('who may export', () => {
  // As the GraphQL lists they mirror: staff, and tokens with that list's scope.
  const table: Array<[string, Record<string, number>]> = [
    ['/api/exports/orders.csv', { anonymous: 401, shop: 403, admin: 200, sales: 200, ORDERS_MANAGE: 200, CUSTOMERS_MANAGE: 403, CATALOG_READ: 403 }],
    ['/api/exports/orders.xlsx', { anonymous: 401, shop: 403, admin: 200, sales: 200, ORDERS_MANAGE: 200, CUSTOMERS_MANAGE: 403, CATALOG_READ: 403 }],
    ['/api/exports/customers.csv', { anonymous: 401, shop: 403, admin: 200, sales: 200, ORDERS_MANAGE: 403, CUSTOMERS_MANAGE: 200, CATALOG_READ: 403 }],
    ['/api/exports/customers.xlsx', { anonymous: 401, shop: 403, admin: 200, sales: 200, ORDERS_MANAGE: 403, CUSTOMERS_MANAGE: 200, CATALOG_READ: 403 }],
    ['/api/exports/products.csv', { anonymous: 401, shop: 403, admin: 200, sales: 200, ORDERS_MANAGE: 403, CUSTOMERS_MANAGE: 403, CATALOG_READ: 200 }],
    ['/api/exports/products.xlsx', { anonymous: 401, shop: 403, admin: 200, sales: 200, ORDERS_MANAGE: 403, CUSTOMERS_MANAGE: 403, CATALOG_READ: 200 }],
  ];
  it.each(table)('%s', async (path, expected) => {
    const got: Record<string, number> = {};
    for (const caller of Object.keys(expected)) got[caller] = (await get(path, caller === 'anonymous' ? undefined : tokens[caller])).status;
    expect(got).toEqual(expected);
  });

  it('refuses with a code and a translated message, and knows only its exports', async () => {
    const anonymous = await get('/api/exports/orders.csv', undefined, { 'accept-language': 'fr' });
    expect(JSON.parse(anonymous.body.toString())).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.any(String) } });
    const shop = await get('/api/exports/customers.csv', tokens.shop);
    expect(JSON.parse(shop.body.toString()).error.code).toBe('FORBIDDEN');
    const badStatus = await get('/api/exports/orders.csv?status=LOST', tokens.sales);
    expect(badStatus.status).toBe(400);
    expect(JSON.parse(badStatus.body.toString())).toEqual({ error: { code: 'BAD_REQUEST', message: 'Le paramètre d’export « status » n’est pas valide.' } });
    expect((await get('/api/exports/orders.csv?from=yesterday', tokens.admin)).status).toBe(400);
    expect((await get('/api/exports/orders.csv?separator=tab', tokens.admin)).status).toBe(400);
    expect((await get('/api/exports/customers.csv?priceLevel=nope', tokens.admin)).status).toBe(400);
    expect((await get('/api/exports/products.csv?brand=nope', tokens.admin)).status).toBe(400);
    expect((await get('/api/exports/invoices.csv', tokens.admin)).status).toBe(404);
    expect((await get('/api/exports/orders.pdf', tokens.admin)).status).toBe(404);
  });
});

describe('orders', () => {
  it('one row per line, comma-separated for English staff, as a download', async () => {
    const r = await get('/api/exports/orders.csv', tokens.admin);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="orders-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = readCsv(r.body, ',');
    // newest first, lines in order
    expect(rows.map((x) => [x.order_number, x.customer_number, x.line, x.reference, x.quantity, x.unit_price, x.line_total])).toEqual([
      [orderB.number, 'K-200', '1', 'COF-1', '1', '12.5000', '12.50'],
      [orderA.number, 'Z-100', '1', 'COF-1', '3', '12.5000', '37.50'],
      [orderA.number, 'Z-100', '2', 'WAT-1', '48', '0.8000', '38.40'],
    ]);
    expect(rows[1]).toMatchObject({
      kind: 'ORDER', status: 'SUBMITTED', customer_name: 'Brasserie Zoë & Fils', purchase_order_reference: 'PO «Z-100»; été', external_reference: '',
      product_name: 'Café « crème »; grains 1kg', order_subtotal: '75.90', order_total: expect.stringMatching(/^\d+\.\d\d$/), currency: 'EUR',
    });
    expect(rows[1].placed_at).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  });

  it('semicolons and decimal commas for French staff (or when asked), commas when asked', async () => {
    const fr = await get(`/api/exports/orders.csv?customer=Z-100`, tokens.sales);
    const text = fr.body.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      'order_number;kind;status;customer_number;customer_name;purchase_order_reference;external_reference;placed_at;order_date;requested_delivery_date;delivery_site;line;reference;product_name;quantity;unit_price;line_total;order_subtotal;shipping_cost;order_total;currency;updated_at;tax_computed;line_tax_rate_name;line_tax_rate;order_total_excluding_tax;order_tax;order_total_including_tax;tax_exemption',
    );
    const rows = readCsv(fr.body, ';');
    expect(rows.map((x) => [x.unit_price, x.line_total, x.order_subtotal])).toEqual([['12,5000', '37,50', '75,90'], ['0,8000', '38,40', '75,90']]);
    // the cell with a semicolon is quoted
    expect(text).toContain('"Café « crème »; grains 1kg"');
    const semicolon = readCsv((await get('/api/exports/orders.csv?separator=semicolon', tokens.admin)).body, ';');
    expect(semicolon).toHaveLength(3);
    const comma = readCsv((await get('/api/exports/orders.csv?separator=comma&customer=Z-100', tokens.sales)).body, ',');
    expect(comma.map((x) => x.unit_price)).toEqual(['12.5000', '0.8000']);
  });

  it('honours the filters: another customer never appears', async () => {
    const byId = readCsv((await get(`/api/exports/orders.csv?customerId=${encodeURIComponent(customers['K-200'].id)}`, tokens.ORDERS_MANAGE)).body, ',');
    expect(byId.map((x) => x.customer_number)).toEqual(['K-200']);
    const bySearch = readCsv((await get(`/api/exports/orders.csv?customer=${encodeURIComponent('zoë')}`, tokens.admin)).body, ',');
    expect(new Set(bySearch.map((x) => x.customer_number))).toEqual(new Set(['Z-100']));
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(readCsv((await get(`/api/exports/orders.csv?from=${today}&to=${today}`, tokens.admin)).body, ',')).toHaveLength(3);
    expect(readCsv((await get(`/api/exports/orders.csv?from=${tomorrow}`, tokens.admin)).body, ',')).toHaveLength(0);
    expect(readCsv((await get('/api/exports/orders.csv?status=SHIPPED', tokens.admin)).body, ',')).toHaveLength(0);
    expect(readCsv((await get('/api/exports/orders.csv?status=SUBMITTED', tokens.admin)).body, ',')).toHaveLength(3);
  });

  it("carries the list's search and ERP filters (q, ack), as the hub's export links send them", async () => {
    const byNumber = readCsv((await get(`/api/exports/orders.csv?q=${encodeURIComponent(orderB.number)}`, tokens.admin)).body, ',');
    expect(new Set(byNumber.map((x) => x.order_number))).toEqual(new Set([orderB.number]));
    const ack = await server.graphql(
      `mutation($i: OrderAcknowledgeInput!) { orderAcknowledge(input: $i) { userErrors { code } } }`,
      { i: { orderId: orderA.id, externalReference: 'ERP-EXPORT-77' } },
      { token: tokens.ORDERS_MANAGE },
    );
    expect(ack.data.orderAcknowledge.userErrors).toEqual([]);
    const acknowledged = readCsv((await get('/api/exports/orders.csv?ack=yes', tokens.admin)).body, ',');
    expect(new Set(acknowledged.map((x) => x.order_number))).toEqual(new Set([orderA.number]));
    expect(acknowledged.every((x) => x.external_reference === 'ERP-EXPORT-77')).toBe(true);
    const waiting = readCsv((await get('/api/exports/orders.csv?ack=no', tokens.admin)).body, ',');
    expect(waiting.some((x) => x.order_number === orderA.number)).toBe(false);
    expect(waiting.length).toBeGreaterThan(0);
    expect(readCsv((await get('/api/exports/orders.csv?q=ERP-EXPORT-77', tokens.admin)).body, ',').map((x) => x.order_number)).toContain(orderA.number);
    expect((await get('/api/exports/orders.csv?ack=maybe', tokens.admin)).status).toBe(400);
  });

  it('XLSX: numbers as numbers, dates as dates', async () => {
    const r = await get('/api/exports/orders.xlsx?customer=K-200', tokens.ORDERS_MANAGE);
    expect(r.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const [header, row, ...rest] = await readXlsx(r.body);
    expect(rest).toEqual([]);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('customer_name')).toBe('Kaffeehaus Größe');
    expect(cell('quantity')).toBe(1);
    expect(cell('unit_price')).toBe(12.5);
    expect(cell('order_total')).toEqual(expect.any(Number));
    expect(cell('placed_at')).toBeInstanceOf(Date);
  });
});

describe('customers', () => {
  it('with contacts and access status, filtered as the hub', async () => {
    const rows = readCsv((await get('/api/exports/customers.csv', tokens.CUSTOMERS_MANAGE)).body, ',');
    expect(rows.map((x) => x.customer_number)).toEqual(['K-200', 'Z-100']);
    expect(rows[1]).toMatchObject({
      name: 'Brasserie Zoë & Fils', status: 'ACTIVE', document_language: 'fr', contacts: 'Zoë Brünnhilde <zoe@x.test> +32 2 555 01 01',
      access_status: 'ACTIVE', store_accesses: 'zoe@x.test (ACTIVE)',
    });
    const found = readCsv((await get(`/api/exports/customers.csv?q=${encodeURIComponent('größe')}`, tokens.sales)).body, ';');
    expect(found.map((x) => x.name)).toEqual(['Kaffeehaus Größe']);
    expect(readCsv((await get('/api/exports/customers.csv?access=NONE', tokens.admin)).body, ',')).toEqual([]);
    expect(readCsv((await get('/api/exports/customers.csv?language=EN', tokens.admin)).body, ',')).toEqual([]);
    expect(readCsv((await get('/api/exports/customers.csv?language=FR&status=ACTIVE', tokens.admin)).body, ',')).toHaveLength(2);
    const [header, ...xlsx] = await readXlsx((await get('/api/exports/customers.xlsx?q=Z-100', tokens.admin)).body);
    expect(xlsx.map((r) => r[header.indexOf('name')])).toEqual(['Brasserie Zoë & Fils']);
  });
});

describe('products', () => {
  it('in the import format: export, then import preview finds nothing to change', async () => {
    for (const [token, delimiter] of [[tokens.sales, ';'], [tokens.admin, ',']] as const) {
      const r = await get('/api/exports/products.csv', token);
      const csv = r.body.toString('utf8');
      const rows = readCsv(r.body, delimiter);
      expect(Object.keys(rows[0])).toEqual(['reference', 'barcode', 'name', 'description', 'brand', 'season', 'manufacturer', 'tags', 'unit', 'pack_size', 'min_quantity', 'max_quantity', 'order_increment', 'active', 'tax_rate',
        // Issue 16: the languages other than the catalog language (English here).
        ...['fr', 'nl', 'de', 'pt', 'pt-BR', 'es'].flatMap((l) => [`name:${l}`, `description:${l}`]),
        'price:HORECA', 'price:STANDARD', 'stock:NORTH', 'stock:SOUTH']);
      expect(rows.find((x) => x.reference === 'COF-1')).toEqual({
        reference: 'COF-1', barcode: '5400000000010', name: 'Café « crème »; grains 1kg', description: 'Torréfié "à l\'ancienne"\nsur deux lignes',
        brand: 'Brûlerie Émile', season: '', manufacturer: '', tags: 'Équitable', unit: 'kg', pack_size: '1', min_quantity: '', max_quantity: '', order_increment: '', active: 'true', tax_rate: '',
        ...Object.fromEntries(['fr', 'nl', 'de', 'pt', 'pt-BR', 'es'].flatMap((l) => [[`name:${l}`, ''], [`description:${l}`, '']])),
        'price:HORECA': delimiter === ';' ? '11,25' : '11.25', 'price:STANDARD': delimiter === ';' ? '12,5' : '12.5', 'stock:NORTH': '40', 'stock:SOUTH': '7',
      });
      const preview = await server.graphql(PREVIEW, { i: { csv } }, { token: tokens.admin });
      expect(preview.data.catalogImportPreview.userErrors).toEqual([]);
      expect(preview.data.catalogImportPreview.preview).toEqual({ lineCount: 4, createCount: 0, updateCount: 0, unchangedCount: 4, invalidCount: 0, errors: [] });
    }
  });

  it('honours the filters', async () => {
    const only = async (query: string) => readCsv((await get(`/api/exports/products.csv?${query}`, tokens.CATALOG_READ)).body, ',').map((x) => x.reference);
    expect(await only('status=inactive')).toEqual(['OLD-1']);
    expect(await only('status=active')).toEqual(['COF-1', 'NOP-1', 'WAT-1']);
    expect(await only(`q=${encodeURIComponent('sparkling')}`)).toEqual(['WAT-1']);
    expect(await only(`brand=${encodeURIComponent(toGlobalId('Brand', catalog.coffee.brand!.id))}`)).toEqual(['COF-1']);
    const [header, ...rows] = await readXlsx((await get('/api/exports/products.xlsx?q=COF-1', tokens.admin)).body);
    expect(rows).toHaveLength(1);
    expect(rows[0][header.indexOf('price:STANDARD')]).toBe(12.5);
    expect(rows[0][header.indexOf('name')]).toBe('Café « crème »; grains 1kg');
  });

  it('reads many rows in keyset batches: every product once, in order', async () => {
    const em = server.app.services.orm.em.fork();
    await bulkQuery(em, `insert into product (id, reference, name) select gen_random_uuid(), 'BULK-' || lpad(i::text, 5, '0'), 'Bulk ' || i from generate_series(1, 2500) i`);
    const refs = readCsv((await get('/api/exports/products.csv?q=BULK', tokens.admin)).body, ',').map((x) => x.reference);
    expect(refs).toHaveLength(2500);
    expect(new Set(refs).size).toBe(2500);
    expect(refs).toEqual([...refs].sort());
    const [, ...xlsx] = await readXlsx((await get('/api/exports/products.xlsx?q=BULK', tokens.admin)).body);
    expect(xlsx).toHaveLength(2500);
  });

  it('a client that goes away mid-download leaves the server serving the next one', async () => {
    for (const format of ['csv', 'xlsx']) {
      const abort = new AbortController();
      const res = await fetch(`${server.url}/api/exports/products.${format}?q=BULK`, { headers: { authorization: `Bearer ${tokens.admin}` }, signal: abort.signal });
      const reader = res.body!.getReader();
      await reader.read();
      abort.abort();
      await reader.closed.catch(() => {});
    }
    const again = readCsv((await get('/api/exports/products.csv?q=BULK', tokens.admin)).body, ',');
    expect(again).toHaveLength(2500);
  });
});
