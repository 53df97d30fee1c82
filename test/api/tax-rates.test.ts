import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, signInStaff } from '../support/fixtures.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';

// VAT rates (issue 15, D1): admins and CATALOG_MANAGE tokens manage them; one default; products
// are taxed at theirs or at the default; the store settings choose the shipping rate and rounding.

let server: TestServer;
let admin: string;
let catalog: Awaited<ReturnType<typeof createCatalog>>;

const RATE = `taxRate { id name percentage isDefault } userErrors { field code message }`;
const CREATE = `mutation($i: TaxRateCreateInput!) { taxRateCreate(input: $i) { ${RATE} } }`;
const UPDATE = `mutation($i: TaxRateUpdateInput!) { taxRateUpdate(input: $i) { ${RATE} } }`;
const DELETE = `mutation($i: TaxRateDeleteInput!) { taxRateDelete(input: $i) { deletedTaxRateId userErrors { field code } } }`;
const LIST = `{ taxRates { name percentage isDefault } }`;

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@tax.test', password: 'admin1234', role: StaffRole.ADMIN });
  catalog = await createCatalog(em);
  admin = await signInStaff(server, 'admin@tax.test', 'admin1234');
});
afterAll(() => server?.close());

describe('tax rates', () => {
  let standard: string;
  let reduced: string;

  it('a product has no rate while the store has none', async () => {
    const r = await server.graphql(`query($id: ID!) { product(id: $id) { taxRate { name } taxRateIsDefault } }`, { id: catalog.gid('Product', catalog.coffee.id) }, { token: admin });
    expect(r.data.product).toEqual({ taxRate: null, taxRateIsDefault: true });
  });

  it('creates rates; the first is the default, a later default replaces it', async () => {
    const a = await server.graphql(CREATE, { i: { name: 'TVA 20 %', percentage: '20' } }, { token: admin });
    expect(a.data.taxRateCreate).toEqual({ taxRate: { id: expect.any(String), name: 'TVA 20 %', percentage: '20', isDefault: true }, userErrors: [] });
    standard = a.data.taxRateCreate.taxRate.id;
    const b = await server.graphql(CREATE, { i: { name: 'TVA 5,5 %', percentage: '5,5' } }, { token: admin });
    expect(b.data.taxRateCreate.taxRate).toMatchObject({ percentage: '5.5', isDefault: false });
    reduced = b.data.taxRateCreate.taxRate.id;
    await server.graphql(CREATE, { i: { name: '0 %', percentage: '0' } }, { token: admin });
    expect((await server.graphql(LIST, {}, { token: admin })).data.taxRates).toEqual([
      { name: '0 %', percentage: '0', isDefault: false },
      { name: 'TVA 5,5 %', percentage: '5.5', isDefault: false },
      { name: 'TVA 20 %', percentage: '20', isDefault: true },
    ]);
    const c = await server.graphql(UPDATE, { i: { id: reduced, isDefault: true } }, { token: admin });
    expect(c.data.taxRateUpdate.taxRate.isDefault).toBe(true);
    expect((await server.graphql(LIST, {}, { token: admin })).data.taxRates.filter((r: any) => r.isDefault).map((r: any) => r.name)).toEqual(['TVA 5,5 %']);
    await server.graphql(UPDATE, { i: { id: standard, isDefault: true } }, { token: admin });
  });

  it('refuses bad input with userErrors and writes nothing', async () => {
    const bad = await server.graphql(CREATE, { i: { name: ' tva 20 % ', percentage: '100' } }, { token: admin });
    expect(bad.data.taxRateCreate.taxRate).toBeNull();
    expect(bad.data.taxRateCreate.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([['input.name', 'TAKEN'], ['input.percentage', 'INVALID_VALUE']]);
    for (const percentage of ['-1', '5.55555', 'abc', '']) {
      const r = await server.graphql(CREATE, { i: { name: `X${percentage}`, percentage } }, { token: admin });
      expect(r.data.taxRateCreate.userErrors[0].field).toEqual(['input', 'percentage']);
    }
    const undefault = await server.graphql(UPDATE, { i: { id: standard, isDefault: false } }, { token: admin });
    expect(undefault.data.taxRateUpdate.userErrors[0].code).toBe('DEFAULT_REQUIRED');
    const del = await server.graphql(DELETE, { i: { id: standard } }, { token: admin });
    expect(del.data.taxRateDelete).toEqual({ deletedTaxRateId: null, userErrors: [{ field: ['input', 'id'], code: 'DEFAULT_REQUIRED' }] });
    expect((await server.graphql(LIST, {}, { token: admin })).data.taxRates).toHaveLength(3);
  });

  it('a product takes a rate of its own, and falls back to the default when it is deleted', async () => {
    const id = catalog.gid('Product', catalog.coffee.id);
    const Q = `query($id: ID!) { product(id: $id) { taxRate { name percentage } taxRateIsDefault } }`;
    expect((await server.graphql(Q, { id }, { token: admin })).data.product).toEqual({ taxRate: { name: 'TVA 20 %', percentage: '20' }, taxRateIsDefault: true });
    const set = await server.graphql(`mutation($i: ProductUpdateInput!) { productUpdate(input: $i) { product { taxRate { name } } userErrors { code field } } }`, { i: { id, taxRateId: reduced } }, { token: admin });
    expect(set.data.productUpdate).toEqual({ product: { taxRate: { name: 'TVA 5,5 %' } }, userErrors: [] });
    const unknown = await server.graphql(`mutation($i: ProductUpdateInput!) { productUpdate(input: $i) { userErrors { code field } } }`, { i: { id, taxRateId: id } }, { token: admin });
    expect(unknown.data.productUpdate.userErrors).toEqual([{ code: 'INVALID_VALUE', field: ['input', 'taxRateId'] }]);
    const del = await server.graphql(DELETE, { i: { id: reduced } }, { token: admin });
    expect(del.data.taxRateDelete).toEqual({ deletedTaxRateId: reduced, userErrors: [] });
    expect((await server.graphql(Q, { id }, { token: admin })).data.product).toEqual({ taxRate: { name: 'TVA 20 %', percentage: '20' }, taxRateIsDefault: true });
  });

  it('the settings choose prices with or without VAT, the rounding and the shipping rate', async () => {
    const S = `storeSettings { pricesIncludeTax taxRounding shippingTaxRate { name } }`;
    expect((await server.graphql(`{ ${S} }`)).data.storeSettings).toEqual({ pricesIncludeTax: false, taxRounding: 'PER_LINE', shippingTaxRate: { name: 'TVA 20 %' } });
    const zero = (await server.graphql(LIST, {}, { token: admin })).data.taxRates[0];
    expect(zero.name).toBe('0 %');
    const zeroId = (await server.graphql(`{ taxRates { id name } }`, {}, { token: admin })).data.taxRates[0].id;
    const r = await server.graphql(`mutation($id: ID) { storeSettingsUpdate(input: { pricesIncludeTax: true, taxRounding: PER_TOTAL, shippingTaxRateId: $id }) { ${S} userErrors { code } } }`, { id: zeroId }, { token: admin });
    expect(r.data.storeSettingsUpdate).toEqual({ storeSettings: { pricesIncludeTax: true, taxRounding: 'PER_TOTAL', shippingTaxRate: { name: '0 %' } }, userErrors: [] });
    const bad = await server.graphql(`mutation($id: ID) { storeSettingsUpdate(input: { shippingTaxRateId: $id }) { userErrors { code field } } }`, { id: 'nope' }, { token: admin });
    expect(bad.data.storeSettingsUpdate.userErrors).toEqual([{ code: 'INVALID_VALUE', field: ['input', 'shippingTaxRateId'] }]);
  });

  it('a customer can be exempt: the reverse charge needs its VAT number; the mention is kept', async () => {
    const C = `customer { vatNumber taxExemption taxExemptionMention } userErrors { field code }`;
    const create = `mutation($i: CustomerCreateInput!) { customerCreate(input: $i) { ${C} } }`;
    const refused = await server.graphql(create, { i: { name: 'Export GmbH', customerNumber: 'T-1', taxExemption: 'REVERSE_CHARGE' } }, { token: admin });
    expect(refused.data.customerCreate).toEqual({ customer: null, userErrors: [{ field: ['input', 'vatNumber'], code: 'REQUIRED' }] });
    const badVat = await server.graphql(create, { i: { name: 'Export GmbH', customerNumber: 'T-1', vatNumber: 'DE 12!' } }, { token: admin });
    expect(badVat.data.customerCreate.userErrors).toEqual([{ field: ['input', 'vatNumber'], code: 'INVALID_VALUE' }]);
    const ok = await server.graphql(`mutation($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id } ${C} } }`, {
      i: { name: 'Export GmbH', customerNumber: 'T-1', vatNumber: 'de 123.456.789', taxExemption: 'REVERSE_CHARGE', taxExemptionMention: ' Reverse charge, art. 196 Directive 2006/112/EC ' },
    }, { token: admin });
    expect(ok.data.customerCreate).toMatchObject({ customer: { vatNumber: 'DE123456789', taxExemption: 'REVERSE_CHARGE', taxExemptionMention: 'Reverse charge, art. 196 Directive 2006/112/EC' }, userErrors: [] });
    const id = ok.data.customerCreate.customer.id;
    const update = `mutation($i: CustomerUpdateInput!) { customerUpdate(input: $i) { ${C} } }`;
    const dropVat = await server.graphql(update, { i: { id, vatNumber: null } }, { token: admin });
    expect(dropVat.data.customerUpdate.userErrors).toEqual([{ field: ['input', 'vatNumber'], code: 'REQUIRED' }]);
    const exportOnly = await server.graphql(update, { i: { id, taxExemption: 'EXPORT', vatNumber: null, taxExemptionMention: 'Export' } }, { token: admin });
    expect(exportOnly.data.customerUpdate).toEqual({ customer: { vatNumber: null, taxExemption: 'EXPORT', taxExemptionMention: 'Export' }, userErrors: [] });
    const pays = await server.graphql(update, { i: { id, taxExemption: null, taxExemptionMention: null } }, { token: admin });
    expect(pays.data.customerUpdate.customer).toEqual({ vatNumber: null, taxExemption: null, taxExemptionMention: null });
  });
});
