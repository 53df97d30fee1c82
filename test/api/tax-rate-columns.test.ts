import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, eventually, signInStaff } from '../support/fixtures.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';

// Issue 15 D1, decision 0053: a product's VAT rate in the hub's list, the catalog CSV (export and
// import, by the rate's name or a percentage one rate has) and the ERP's productsUpsert.

let server: TestServer;
let admin: string;
let erp: string;
const rates: Record<string, string> = {};

const PREVIEW = `mutation($i: CatalogImportPreviewInput!) { catalogImportPreview(input: $i) {
  preview { createCount updateCount unchangedCount invalidCount errors { line reference column value code message } } userErrors { code message } } }`;
const START = `mutation($i: CatalogImportStartInput!) { catalogImportStart(input: $i) { task { id } userErrors { code } } }`;
const PRODUCTS = `mutation($i: ProductsUpsertInput!) { productsUpsert(input: $i) { createdCount updatedCount unchangedCount userErrors { field code message } } }`;
const rateOf = async (reference: string) =>
  (await server.graphql(`query($r: String!) { product(reference: $r) { taxRate { name } taxRateIsDefault } }`, { r: reference }, { token: admin })).data.product;

async function exportCsv(): Promise<Array<Record<string, string>>> {
  const res = await fetch(`${server.url}/api/exports/products.csv`, { headers: { authorization: `Bearer ${admin}` } });
  expect(res.status).toBe(200);
  return parse(Buffer.from(await res.arrayBuffer()).subarray(3).toString('utf8'), { delimiter: [';', ','], columns: true });
}

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@taxcol.test', password: 'admin1234', role: StaffRole.ADMIN });
  await createCatalog(em);
  admin = await signInStaff(server, 'admin@taxcol.test', 'admin1234');
  for (const [name, percentage] of [['TVA 20 %', '20'], ['TVA 5,5 %', '5.5'], ['Reduced A 10 %', '10'], ['Reduced B 10 %', '10']]) {
    const r = await server.graphql(`mutation($i: TaxRateCreateInput!) { taxRateCreate(input: $i) { taxRate { id } userErrors { code } } }`, { i: { name, percentage } }, { token: admin });
    rates[name] = r.data.taxRateCreate.taxRate.id;
  }
  const t = await server.graphql(`mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token } }`, { i: { name: 'ERP', scopes: ['CATALOG_MANAGE'] } }, { token: admin });
  erp = t.data.apiTokenCreate.token;
});
afterAll(() => server?.close());

describe('tax_rate in the catalog CSV', () => {
  it('the preview resolves names (case aside) and percentages; unknown and ambiguous ones are line errors with a message', async () => {
    const csv = ['reference;name;tax_rate', 'COF-1;;tva 5,5 %', 'WAT-1;;20 %', 'NOP-1;;5,5', 'OLD-1;;7', 'TAX-1;New tea;10'].join('\n');
    const r = await server.graphql(PREVIEW, { i: { csv } }, { token: admin });
    expect(r.data.catalogImportPreview.userErrors).toEqual([]);
    const p = r.data.catalogImportPreview.preview;
    expect(p).toMatchObject({ updateCount: 3, invalidCount: 2 });
    expect(p.errors.map((e: any) => [e.line, e.reference, e.column, e.value, e.code])).toEqual([
      [5, 'OLD-1', 'tax_rate', '7', 'UNKNOWN_TAX_RATE'],
      [6, 'TAX-1', 'tax_rate', '10', 'AMBIGUOUS_TAX_RATE'],
    ]);
    expect(p.errors[1].message).toBe('Several VAT rates have this percentage: give the rate\'s name instead.');
  });

  it('an import sets the rates; the export writes the names back, and importing it changes nothing', async () => {
    const csv = ['reference;tax_rate', 'COF-1;tva 5,5 %', 'WAT-1;Reduced B 10 %', 'NOP-1;'].join('\n');
    const r = await server.graphql(START, { i: { csv, mode: 'ALL_OR_NOTHING', idempotencyKey: 'taxcol-1' } }, { token: admin });
    expect(r.data.catalogImportStart.userErrors).toEqual([]);
    await eventually(async () => (await rateOf('WAT-1')).taxRate.name === 'Reduced B 10 %');
    expect(await rateOf('COF-1')).toEqual({ taxRate: { name: 'TVA 5,5 %' }, taxRateIsDefault: false });
    // An empty cell leaves the product as it was: following the default.
    expect(await rateOf('NOP-1')).toEqual({ taxRate: { name: 'TVA 20 %' }, taxRateIsDefault: true });

    const rows = await exportCsv();
    expect(Object.keys(rows[0]).slice(9, 15)).toEqual(['pack_size', 'min_quantity', 'max_quantity', 'order_increment', 'active', 'tax_rate']);
    const byRef = Object.fromEntries(rows.map((x) => [x.reference, x.tax_rate]));
    expect(byRef).toMatchObject({ 'COF-1': 'TVA 5,5 %', 'WAT-1': 'Reduced B 10 %', 'NOP-1': '' });

    const res = await fetch(`${server.url}/api/exports/products.csv`, { headers: { authorization: `Bearer ${admin}` } });
    const back = await server.graphql(PREVIEW, { i: { csv: Buffer.from(await res.arrayBuffer()).toString('utf8') } }, { token: admin });
    expect(back.data.catalogImportPreview.preview).toMatchObject({ createCount: 0, updateCount: 0, invalidCount: 0, errors: [] });
  });

  it('the hub list gives each product its rate and whether it follows the default', async () => {
    const r = await server.graphql(`{ products(first: 10, sort: NAME_ASC) { edges { node { reference taxRate { name } taxRateIsDefault } } } }`, {}, { token: admin });
    const byRef = Object.fromEntries(r.data.products.edges.map((e: any) => [e.node.reference, e.node]));
    expect(byRef['COF-1']).toEqual({ reference: 'COF-1', taxRate: { name: 'TVA 5,5 %' }, taxRateIsDefault: false });
    expect(byRef['NOP-1']).toEqual({ reference: 'NOP-1', taxRate: { name: 'TVA 20 %' }, taxRateIsDefault: true });
  });
});

describe('taxRate in productsUpsert', () => {
  it('sets a rate by name or percentage, creates with one, reports unknown and ambiguous ones by item', async () => {
    const r = await server.graphql(PRODUCTS, { i: { items: [
      { reference: 'COF-1', taxRate: '20' },
      { reference: 'SYN-1', name: 'Synced syrup', taxRate: 'TVA 5,5 %' },
      { reference: 'WAT-1', taxRate: '10' },
      { reference: 'SYN-2', name: 'Unknown rate', taxRate: '21' },
    ] } }, { token: erp });
    expect(r.data.productsUpsert).toMatchObject({ createdCount: 1, updatedCount: 1 });
    expect(r.data.productsUpsert.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([
      ['input.items.2.taxRate', 'AMBIGUOUS_TAX_RATE'],
      ['input.items.3.taxRate', 'UNKNOWN_TAX_RATE'],
    ]);
    expect(await rateOf('COF-1')).toEqual({ taxRate: { name: 'TVA 20 %' }, taxRateIsDefault: false });
    expect(await rateOf('SYN-1')).toEqual({ taxRate: { name: 'TVA 5,5 %' }, taxRateIsDefault: false });
    expect(await rateOf('WAT-1')).toEqual({ taxRate: { name: 'Reduced B 10 %' }, taxRateIsDefault: false });
    const again = await server.graphql(PRODUCTS, { i: { items: [{ reference: 'SYN-1', taxRate: '5.5' }] } }, { token: erp });
    expect(again.data.productsUpsert).toMatchObject({ updatedCount: 0, unchangedCount: 1, userErrors: [] });
  });
});
