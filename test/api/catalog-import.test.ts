import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, eventually, signInShop, signInStaff } from '../support/fixtures.js';
import { CUSTOMER_CREATE, GRANT, PASSWORD_CHANGE } from '../support/graphql-ops.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { Product } from '../../server/modules/catalog/entities/product.entity.js';
import { Brand, Manufacturer, Season, Tag } from '../../server/modules/catalog/entities/taxonomy.entity.js';
import { runTask } from '../../server/modules/tasks/task.service.js';

// CSV catalog import (product C1): products with prices per level and stock per location, checked
// in a preview that writes nothing, then applied by a task in one of two modes.

let server: TestServer;
let admin: string;
let sales: string;

function ean13(twelve: string): string {
  const sum = [...twelve].reduce((acc, d, i) => acc + Number(d) * (i % 2 ? 3 : 1), 0);
  return `${twelve}${(10 - (sum % 10)) % 10}`;
}
const NEW_BARCODE = ean13('871234567890');
const TAKEN_BARCODE = ean13('871234500001'); // belongs to EXI-1 in the catalog

const PREVIEW = `mutation($i: CatalogImportPreviewInput!) { catalogImportPreview(input: $i) {
  preview { lineCount createCount updateCount unchangedCount invalidCount priceLevels { code } storageLocations { code } errors { line reference column value code message } }
  userErrors { field code message } } }`;
const START = `mutation($i: CatalogImportStartInput!) { catalogImportStart(input: $i) { task { id kind status total } userErrors { field code message } } }`;
const TASK = `query($id: ID!) { task(id: $id) { kind status total processed succeeded progress error skipped { id label code message } } }`;

const HEADER = 'reference;barcode;name;brand;season;manufacturer;tags;unit;pack_size;active;price:STANDARD;price:horeca;stock:NORTH;stock:SOUTH';
/** Lines 2–13; line 7 has a barcode with a wrong check digit. */
const MIXED = [
  HEADER,
  `NEW-1;${NEW_BARCODE};New juice;Nordic;Summer;Fjord Foods;organic|VEGAN;bottle;6;yes;"1,50";1.25;10;5`,
  'COF-1;;Espresso beans 1kg;;;;;;;;12.50;11.2500;40;7',
  'WAT-1;;;;;;;;;;0.95;;;',
  'NEW-2;;"Quoted; name with ""quotes""";;;;;;;;;;;',
  'NEW-3;;;;;;;;;;2;;;',
  `NEW-4;${NEW_BARCODE.slice(0, 12)}${(Number(NEW_BARCODE[12]) + 1) % 10};Bad check digit;;;;;;;;;;;`,
  'NEW-5;;Unknown brand;Acme;Winter;Nobody;organic|nope;;;;;;;',
  'NEW-1;;Same reference again;;;;;;;;;;;',
  `NEW-6;${NEW_BARCODE};Same barcode as NEW-1;;;;;;;;;;;`,
  `NEW-7;${TAKEN_BARCODE};Barcode of EXI-1;;;;;;;;;;;`,
  'NEW-8;;Numbers;;;;;;abc;maybe;-1;1.23456;ten;-5',
  ';;No reference;;;;;;;;;;;',
].join('\n');

const preview = (csv: string, token = admin) => server.graphql(PREVIEW, { i: { csv } }, { token });
const start = (csv: string, mode: string, key: string, token = admin) => server.graphql(START, { i: { csv, mode, idempotencyKey: key } }, { token });
const task = async (id: string) => (await server.graphql(TASK, { id }, { token: admin })).data.task;
const finished = (id: string) => eventually(async () => {
  const t = await task(id);
  return ['SUCCEEDED', 'FAILED'].includes(t.status) ? t : null;
});
const product = (reference: string) =>
  server.graphql(
    `query($r: String!) { product(reference: $r) { id reference barcode name unit packSize active brand { name } season { name } manufacturer { name } tags { name } prices { priceLevel { code } amount { amount } } stockLevels { storageLocation { code } quantity } updatedAt } }`,
    { r: reference },
    { token: admin },
  );
const count = () => server.app.services.orm.em.fork().count(Product, {});

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@imp.test', password: 'admin1234', role: StaffRole.ADMIN });
  await createStaff(em, { email: 'sales@imp.test', password: 'sales1234', role: StaffRole.SALES });
  await createCatalog(em);
  em.create(Brand, { name: 'Nordic' });
  em.create(Season, { name: 'Summer' });
  em.create(Manufacturer, { name: 'Fjord Foods' });
  em.create(Tag, { name: 'organic' });
  em.create(Tag, { name: 'vegan' });
  em.create(Product, { reference: 'EXI-1', barcode: TAKEN_BARCODE, name: 'Existing with a barcode' });
  await em.flush();
  admin = await signInStaff(server, 'admin@imp.test', 'admin1234');
  sales = await signInStaff(server, 'sales@imp.test', 'sales1234');
});
afterAll(() => server?.close());

describe('preview', () => {
  it('counts what would change and lists every problem with its line number; writes nothing', async () => {
    const before = await count();
    const r = await preview(MIXED);
    expect(r.data.catalogImportPreview.userErrors).toEqual([]);
    const p = r.data.catalogImportPreview.preview;
    expect(p).toMatchObject({ lineCount: 12, createCount: 2, updateCount: 1, unchangedCount: 1, invalidCount: 8, priceLevels: [{ code: 'STANDARD' }, { code: 'HORECA' }], storageLocations: [{ code: 'NORTH' }, { code: 'SOUTH' }] });
    expect(p.errors.map((e: any) => [e.line, e.reference, e.column, e.value, e.code])).toEqual([
      [6, 'NEW-3', 'name', null, 'NAME_REQUIRED'],
      [7, 'NEW-4', 'barcode', expect.stringMatching(/^\d{13}$/), 'INVALID_BARCODE'],
      [8, 'NEW-5', 'brand', 'Acme', 'UNKNOWN_BRAND'],
      [8, 'NEW-5', 'season', 'Winter', 'UNKNOWN_SEASON'],
      [8, 'NEW-5', 'manufacturer', 'Nobody', 'UNKNOWN_MANUFACTURER'],
      [8, 'NEW-5', 'tags', 'nope', 'UNKNOWN_TAG'],
      [9, 'NEW-1', 'reference', 'NEW-1', 'DUPLICATE_REFERENCE'],
      [10, 'NEW-6', 'barcode', NEW_BARCODE, 'BARCODE_TAKEN'],
      [11, 'NEW-7', 'barcode', TAKEN_BARCODE, 'BARCODE_TAKEN'],
      [12, 'NEW-8', 'pack_size', 'abc', 'NOT_A_NUMBER'],
      [12, 'NEW-8', 'active', 'maybe', 'INVALID_VALUE'],
      [12, 'NEW-8', 'price:STANDARD', '-1', 'INVALID_AMOUNT'],
      [12, 'NEW-8', 'price:horeca', '1.23456', 'INVALID_AMOUNT'],
      [12, 'NEW-8', 'stock:NORTH', 'ten', 'NOT_A_NUMBER'],
      [12, 'NEW-8', 'stock:SOUTH', '-5', 'INVALID_VALUE'],
      [13, null, 'reference', null, 'REQUIRED'],
    ]);
    expect(p.errors[1].message).toBe('This barcode is not a valid EAN/GTIN: check the digits and the check digit.');
    expect(await count()).toBe(before);
    expect((await product('NEW-1')).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('reads commas, a BOM, quotes with line breaks; skips blank lines but counts them', async () => {
    const csv = `\uFEFFReference,Name,Description,price:STANDARD\nML-1,"Two\nline name","a, b",3.5\n\n,,,\nML-2,,x,\nML-3,Ok,"",abc\n`;
    const r = await preview(csv, sales);
    const p = r.data.catalogImportPreview.preview;
    expect(p).toMatchObject({ lineCount: 3, createCount: 1, invalidCount: 2 });
    expect(p.errors.map((e: any) => [e.line, e.code])).toEqual([
      [6, 'NAME_REQUIRED'],
      [7, 'NOT_A_NUMBER'],
    ]);
    expect(p.errors[1].message).toBe('This is not a number.');
  });

  it('refuses the whole file for unknown columns, unknown codes, or a file that is not CSV', async () => {
    const unknown = await preview('reference;name;colour;size\nA;B;red;L');
    expect(unknown.data.catalogImportPreview).toEqual({
      preview: null,
      userErrors: [
        {
          field: ['input', 'csv'],
          code: 'UNKNOWN_COLUMN',
          message: expect.stringMatching(/^Unknown columns: colour, size\. Use reference/),
        },
      ],
    });
    const codes = await preview('reference;price:NOPE;stock:MOON\nA;1;2');
    expect(codes.data.catalogImportPreview.userErrors.map((e: any) => [e.code, e.message])).toEqual([
      ['UNKNOWN_PRICE_LEVEL', 'There is no price level with the code NOPE.'],
      ['UNKNOWN_STORAGE_LOCATION', 'There is no storage location with the code MOON.'],
    ]);
    const twice = await preview('reference;name;Name\nA;B;C');
    expect(twice.data.catalogImportPreview.userErrors.map((e: any) => e.code)).toEqual(['DUPLICATE_COLUMN']);
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]).toString('latin1');
    for (const csv of [binary, 'name;price\nA;1', '', 'just a sentence, not a table']) {
      const r = await preview(csv);
      expect(r.data.catalogImportPreview).toEqual({
        preview: null,
        userErrors: [{ field: ['input', 'csv'], code: 'NOT_CSV', message: 'This is not a CSV file: the first line must be a header with at least a reference column.' }],
      });
    }
    const broken = await preview('reference;name\nA;"unclosed\nB;x');
    expect(broken.data.catalogImportPreview.userErrors.map((e: any) => e.code)).toEqual(['INVALID_CSV']);
    const extra = await preview('reference;name\nA;B;C');
    expect(extra.data.catalogImportPreview.preview.errors.map((e: any) => [e.line, e.code])).toEqual([[2, 'EXTRA_CELLS']]);
  });
});

describe('import', () => {
  it('ALL_OR_NOTHING refuses a file with bad lines: userErrors per line, no task, nothing written', async () => {
    const before = await count();
    const r = await start(MIXED, 'ALL_OR_NOTHING', 'aon-bad');
    expect(r.data.catalogImportStart.task).toBeNull();
    const errors = r.data.catalogImportStart.userErrors;
    expect(errors[0]).toEqual({ field: ['input', 'csv'], code: 'IMPORT_HAS_ERRORS', message: '8 line(s) have errors, so nothing was imported. Fix them, or import only the valid lines.' });
    expect(errors.slice(1).map((e: any) => [e.field.join('.'), e.code])).toEqual([
      ['input.csv.6.name', 'NAME_REQUIRED'],
      ['input.csv.7.barcode', 'INVALID_BARCODE'],
      ['input.csv.8.brand', 'UNKNOWN_BRAND'],
      ['input.csv.9.reference', 'DUPLICATE_REFERENCE'],
      ['input.csv.10.barcode', 'BARCODE_TAKEN'],
      ['input.csv.11.barcode', 'BARCODE_TAKEN'],
      ['input.csv.12.pack_size', 'NOT_A_NUMBER'],
      ['input.csv.13.reference', 'REQUIRED'],
    ]);
    expect(errors[2].message).toBe('Line 7: This barcode is not a valid EAN/GTIN: check the digits and the check digit.');
    expect(await count()).toBe(before);
    const again = await start(MIXED, 'ALL_OR_NOTHING', 'aon-bad');
    expect(again.data.catalogImportStart.userErrors[0].code).toBe('IMPORT_HAS_ERRORS');
  });

  it('VALID_ROWS applies the good lines and reports the bad ones in the task', async () => {
    const coffeeBefore = (await product('COF-1')).data.product;
    const r = await start(MIXED, 'VALID_ROWS', 'valid-1', sales);
    expect(r.data.catalogImportStart.userErrors).toEqual([]);
    expect(r.data.catalogImportStart.task).toMatchObject({ kind: 'catalog-import', total: 12 });
    const t = await finished(r.data.catalogImportStart.task.id);
    expect(t).toMatchObject({ status: 'SUCCEEDED', total: 12, processed: 12, succeeded: 4, progress: 1, error: null });
    expect(t.skipped.map((s: any) => [s.id, s.label, s.code])).toEqual([
      ['6', 'NEW-3', 'NAME_REQUIRED'],
      ['7', 'NEW-4', 'INVALID_BARCODE'],
      ['8', 'NEW-5', 'UNKNOWN_BRAND'],
      ['9', 'NEW-1', 'DUPLICATE_REFERENCE'],
      ['10', 'NEW-6', 'BARCODE_TAKEN'],
      ['11', 'NEW-7', 'BARCODE_TAKEN'],
      ['12', 'NEW-8', 'NOT_A_NUMBER'],
      ['13', '', 'REQUIRED'],
    ]);
    expect(t.skipped[1].message).toBe('This barcode is not a valid EAN/GTIN: check the digits and the check digit.');

    const created = (await product('NEW-1')).data.product;
    expect(created).toMatchObject({
      barcode: NEW_BARCODE,
      name: 'New juice',
      unit: 'bottle',
      packSize: 6,
      active: true,
      brand: { name: 'Nordic' },
      season: { name: 'Summer' },
      manufacturer: { name: 'Fjord Foods' },
      tags: [{ name: 'organic' }, { name: 'vegan' }],
      prices: [
        { priceLevel: { code: 'HORECA' }, amount: { amount: '1.25' } },
        { priceLevel: { code: 'STANDARD' }, amount: { amount: '1.50' } },
      ],
      stockLevels: [
        { storageLocation: { code: 'NORTH' }, quantity: 10 },
        { storageLocation: { code: 'SOUTH' }, quantity: 5 },
      ],
    });
    expect((await product('NEW-2')).data.product).toMatchObject({ name: 'Quoted; name with "quotes"', unit: 'piece', packSize: 1, active: true, prices: [], tags: [] });
    const water = (await product('WAT-1')).data.product;
    expect(water).toMatchObject({ name: 'Sparkling water 50cl', packSize: 24, prices: [{ priceLevel: { code: 'STANDARD' }, amount: { amount: '0.95' } }] });
    const coffee = (await product('COF-1')).data.product;
    expect(coffee).toEqual(coffeeBefore); // unchanged lines are not written at all
    for (const bad of ['NEW-3', 'NEW-4', 'NEW-5', 'NEW-6', 'NEW-7', 'NEW-8']) expect((await product(bad)).errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('a repeated start with the same key returns the first task and imports nothing twice', async () => {
    const first = await start('reference;name\nIDEM-1;Once', 'VALID_ROWS', 'idem');
    const id = first.data.catalogImportStart.task.id;
    await finished(id);
    const before = await count();
    const again = await start('reference;name\nIDEM-2;Twice', 'ALL_OR_NOTHING', 'idem');
    expect(again.data.catalogImportStart).toEqual({ task: expect.objectContaining({ id, kind: 'catalog-import', status: 'SUCCEEDED' }), userErrors: [] });
    expect(await count()).toBe(before);
    expect((await product('IDEM-2')).errors?.[0].extensions.code).toBe('NOT_FOUND');
    const blank = await start('reference;name\nX;Y', 'VALID_ROWS', '  ');
    expect(blank.data.catalogImportStart.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([['input.idempotencyKey', 'INVALID_VALUE']]);
  });

  it('ALL_OR_NOTHING imports a clean file, updating only what the file gives', async () => {
    const csv = ['reference,name,pack_size,active,tags,price:HORECA,stock:SOUTH', 'NEW-1,,12,no,organic,1.10,', 'AON-1,All or nothing,,,,4,3'].join('\r\n');
    const r = await start(csv, 'ALL_OR_NOTHING', 'aon-good');
    expect(r.data.catalogImportStart.task.kind).toBe('catalog-import-all-or-nothing');
    expect(await finished(r.data.catalogImportStart.task.id)).toMatchObject({ status: 'SUCCEEDED', processed: 2, succeeded: 2, skipped: [] });
    expect((await product('NEW-1')).data.product).toMatchObject({
      name: 'New juice',
      barcode: NEW_BARCODE,
      packSize: 12,
      active: false,
      tags: [{ name: 'organic' }],
      prices: [
        { priceLevel: { code: 'HORECA' }, amount: { amount: '1.10' } },
        { priceLevel: { code: 'STANDARD' }, amount: { amount: '1.50' } },
      ],
      stockLevels: [
        { storageLocation: { code: 'NORTH' }, quantity: 10 },
        { storageLocation: { code: 'SOUTH' }, quantity: 5 },
      ],
    });
    expect((await product('AON-1')).data.product).toMatchObject({ name: 'All or nothing', stockLevels: [{ quantity: 0 }, { quantity: 3 }] });
    const p = await preview(csv);
    expect(p.data.catalogImportPreview.preview).toMatchObject({ createCount: 0, updateCount: 0, unchangedCount: 2 });
  });

  it('imports thousands of lines in chunks with progress; line numbers stay right across chunks', async () => {
    const lines = ['reference;name;barcode;price:STANDARD;stock:NORTH'];
    for (let i = 1; i <= 12_000; i++) {
      const bad = i % 4000 === 0;
      lines.push(`BULK-${i};Bulk product ${i};${bad ? '123' : ''};${(i / 100).toFixed(2)};${i % 50}`);
    }
    const r = await start(lines.join('\n'), 'VALID_ROWS', 'bulk');
    const t = await finished(r.data.catalogImportStart.task.id);
    expect(t).toMatchObject({ status: 'SUCCEEDED', total: 12_000, processed: 12_000, succeeded: 11_997 });
    expect(t.skipped.map((s: any) => [s.id, s.label, s.code])).toEqual([
      ['4001', 'BULK-4000', 'INVALID_BARCODE'],
      ['8001', 'BULK-8000', 'INVALID_BARCODE'],
      ['12001', 'BULK-12000', 'INVALID_BARCODE'],
    ]);
    expect((await product('BULK-11999')).data.product).toMatchObject({ name: 'Bulk product 11999', prices: [{ amount: { amount: '119.99' } }], stockLevels: [{ quantity: 49 }, { quantity: 0 }] });
    const rows = await server.app.services.orm.em.fork().execute(`select count(*)::int as n from catalog_import_row`);
    expect(rows[0].n).toBe(0); // staged lines are gone once applied
  });

  it('only staff may preview and import', async () => {
    const c = await server.graphql(CUSTOMER_CREATE, { i: { name: 'Shop', customerNumber: 'IMP-1', contacts: [{ email: 'shop@imp.test' }] } }, { token: admin });
    await server.graphql(GRANT, { i: { customerId: c.data.customerCreate.customer.id, email: 'shop@imp.test', password: 'iiii1234', passwordConfirmation: 'iiii1234' } }, { token: admin });
    const shop = await signInShop(server, 'shop@imp.test', 'iiii1234');
    await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'iiii1234', newPassword: 'iiii5678', newPasswordConfirmation: 'iiii5678' } }, { token: shop });
    const integrator = (await server.graphql(`mutation { apiTokenCreate(input: { name: "erp", scopes: [CATALOG_READ] }) { token } }`, {}, { token: admin })).data.apiTokenCreate.token;
    for (const [token, code] of [[undefined, 'UNAUTHENTICATED'], [shop, 'FORBIDDEN'], [integrator, 'FORBIDDEN']] as const) {
      expect((await server.graphql(PREVIEW, { i: { csv: 'reference\nA' } }, { token })).errors?.[0].extensions.code).toBe(code);
      expect((await server.graphql(START, { i: { csv: 'reference\nA', mode: 'VALID_ROWS', idempotencyKey: 'auth' } }, { token })).errors?.[0].extensions.code).toBe(code);
    }
    expect((await preview('reference\nA', sales)).errors).toBeUndefined();
  });
});

describe('ALL_OR_NOTHING when the catalog changes between the start and the run', () => {
  let quiet: TestServer;
  let token: string;
  beforeAll(async () => {
    quiet = await startTestServer({ JOBS: 'false', LOG_LEVEL: 'silent' });
    const em = quiet.app.services.orm.em.fork();
    await createStaff(em, { email: 'admin@q.test', password: 'admin1234' });
    await createCatalog(em);
    em.create(Brand, { name: 'Fleeting' });
    await em.flush();
    token = await signInStaff(quiet, 'admin@q.test', 'admin1234');
  });
  afterAll(() => quiet?.close());

  it('fails the task and writes nothing', async () => {
    const lines = ['reference;name;brand;price:STANDARD'];
    for (let i = 1; i <= 7000; i++) lines.push(`Q-${i};Quiet ${i};${i === 6500 ? 'Fleeting' : ''};1`);
    const r = await quiet.graphql(START, { i: { csv: lines.join('\n'), mode: 'ALL_OR_NOTHING', idempotencyKey: 'q' } }, { token });
    const id = r.data.catalogImportStart.task.id;
    const em = quiet.app.services.orm.em.fork();
    const before = await em.count(Product, {});
    await em.nativeDelete(Brand, { name: 'Fleeting' });
    await runTask(quiet.app.services, Buffer.from(id, 'base64url').toString().split(':')[1]);
    const t = (await quiet.graphql(TASK, { id }, { token })).data.task;
    expect(t).toMatchObject({ status: 'FAILED', succeeded: 0 });
    expect(t.error).toBe('Line 6501 (Q-6500): There is no brand with this name. Add it to the brands first. Nothing was imported.');
    expect(await em.fork().count(Product, {})).toBe(before);
  });
});
