import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createStaff, signInStaff } from '../support/fixtures.js';
import { CUSTOMER_CREATE, CUSTOMER_UPDATE } from '../support/graphql-ops.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { translator } from '../../server/common/i18n.js';
import { Language } from '../../server/common/language.js';

// S4: a free text longer than its column is the caller's mistake: a TOO_LONG userError on its
// field, in the caller's language, with the limit the column has, never PostgreSQL's "value too
// long" as an Internal server error. Checked from the entities' column lengths for every text of a
// customer's delivery sites and contacts, and a staff member's name and email (the fields that had
// no hand-written limit).

let server: TestServer;
let token: string;
const x = (n: number) => 'x'.repeat(n);
const SITE = { name: 'Main', street: '1 Rue A', postalCode: '1000', city: 'Brussels', country: 'BE' };

beforeAll(async () => {
  server = await startTestServer();
  // a French-speaking admin: the errors come in the account's language
  await createStaff(server.app.services.orm.em.fork(), { email: 'admin@len.test', password: 'admin1234', role: StaffRole.ADMIN, language: Language.FR });
  token = await signInStaff(server, 'admin@len.test', 'admin1234');
});
afterAll(() => server?.close());

describe('texts longer than their column', () => {
  it('a delivery site street over 255 characters is a TOO_LONG userError, in the caller\'s language', async () => {
    const r = await server.graphql(CUSTOMER_CREATE, { i: { name: 'Long Street', customerNumber: 'LS-1', deliverySites: [{ ...SITE, street: x(256) }] } }, { token });
    expect(r.errors).toBeUndefined();
    expect(r.data.customerCreate).toEqual({
      customer: null,
      userErrors: [{ field: ['input', 'deliverySites', '0', 'street'], code: 'TOO_LONG', message: translator('fr')('userErrors.TOO_LONG', { max: 200 }) }],
    });
  });

  it('every text of a delivery site and of a contact, on create and on update, each on its field', async () => {
    const sites = [SITE, { name: x(121), street: x(201), postalCode: x(21), city: x(101), country: 'BE' }];
    const contacts = [{ name: x(201), email: `${x(250)}@long.test`, phone: x(51) }];
    const expected = [
      { field: ['input', 'contacts', '0', 'name'], code: 'TOO_LONG', message: expect.stringContaining('200') },
      { field: ['input', 'contacts', '0', 'email'], code: 'TOO_LONG', message: expect.stringContaining('254') },
      { field: ['input', 'contacts', '0', 'phone'], code: 'TOO_LONG', message: expect.stringContaining('50') },
      { field: ['input', 'deliverySites', '1', 'name'], code: 'TOO_LONG', message: expect.stringContaining('120') },
      { field: ['input', 'deliverySites', '1', 'street'], code: 'TOO_LONG', message: expect.stringContaining('200') },
      { field: ['input', 'deliverySites', '1', 'postalCode'], code: 'TOO_LONG', message: expect.stringContaining('20') },
      { field: ['input', 'deliverySites', '1', 'city'], code: 'TOO_LONG', message: expect.stringContaining('100') },
    ];
    const created = await server.graphql(CUSTOMER_CREATE, { i: { name: 'Long All', customerNumber: 'LA-1', contacts, deliverySites: sites } }, { token });
    expect(created.errors).toBeUndefined();
    expect(created.data.customerCreate.userErrors).toEqual(expected);

    const ok = await server.graphql(CUSTOMER_CREATE, { i: { name: 'Long Later', customerNumber: 'LL-1', deliverySites: [SITE] } }, { token });
    const id = ok.data.customerCreate.customer.id;
    const updated = await server.graphql(CUSTOMER_UPDATE, { i: { id, contacts, deliverySites: sites } }, { token });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.customerUpdate.userErrors).toEqual(expected);
    expect(updated.data.customerUpdate.customer.deliverySites).toEqual([{ name: 'Main', city: 'Brussels', country: 'BE' }]);
  });

  it('a staff member\'s name and email, on create and on update', async () => {
    const create = `mutation($i: StaffCreateInput!) { staffCreate(input: $i) { staff { id } userErrors { field code } } }`;
    const long = await server.graphql(create, { i: { email: `${x(250)}@len.test`, name: x(201), role: 'SALES', password: 'sales1234', passwordConfirmation: 'sales1234' } }, { token });
    expect(long.errors).toBeUndefined();
    expect(long.data.staffCreate).toEqual({ staff: null, userErrors: [{ field: ['input', 'email'], code: 'TOO_LONG' }, { field: ['input', 'name'], code: 'TOO_LONG' }] });
    const ok = await server.graphql(create, { i: { email: 'sam@len.test', name: 'Sam', role: 'SALES', password: 'sales1234', passwordConfirmation: 'sales1234' } }, { token });
    const update = await server.graphql(
      `mutation($i: StaffUpdateInput!) { staffUpdate(input: $i) { staff { name } userErrors { field code } } }`,
      { i: { id: ok.data.staffCreate.staff.id, name: x(201) } },
      { token },
    );
    expect(update.errors).toBeUndefined();
    expect(update.data.staffUpdate).toEqual({ staff: { name: 'Sam' }, userErrors: [{ field: ['input', 'name'], code: 'TOO_LONG' }] });
  });

  it('at the limit (counted in characters, as PostgreSQL counts) the text is kept', async () => {
    const street = '€'.repeat(199) + '😀'; // 200 characters, 201 UTF-16 code units
    const r = await server.graphql(CUSTOMER_CREATE, { i: { name: 'At Limit', customerNumber: 'AL-1', deliverySites: [{ ...SITE, street }] } }, { token });
    expect(r.data.customerCreate.userErrors).toEqual([]);
  });
});
