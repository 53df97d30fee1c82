import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createStaff, signInShop, signInStaff } from '../support/fixtures.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { CUSTOMER_CREATE, GRANT, PASSWORD_CHANGE } from '../support/graphql-ops.js';
import type { Language } from '../generated/graphql.js';

// Issue 17, H2: each store user's language, seen and changed on the access; the credentials and
// account emails go in it (not in the customer's document language); the user's own choice in the
// store changes it too; staff changing it is audited.

let server: TestServer;
let staff: string;
let admin: string;

const LANGUAGE_UPDATE = `mutation($i: StoreAccessLanguageUpdateInput!) { storeAccessLanguageUpdate(input: $i) { storeAccess { id language } userErrors { code } } }`;
const ACCESS = `query($id: ID!) { customer(id: $id) { storeAccesses { language } } }`;

async function emailsTo(to: string): Promise<Array<{ template: string; language: string }>> {
  return server.app.services.orm.em.fork().execute(`select template, language from outbox_email where to_address = ? order by created_at, id`, [to]);
}

async function newCustomer(n: string, documentLanguage: Language, email: string) {
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name: `Lang ${n}`, customerNumber: `LG-${n}`, documentLanguage, contacts: [{ email }] } }, { token: staff });
  expect(c.data.customerCreate.userErrors).toEqual([]);
  return c.data.customerCreate.customer.id as string;
}

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'sales@lang.test', password: 'sales1234', role: StaffRole.SALES });
  await createStaff(em, { email: 'admin@lang.test', password: 'admin1234', role: StaffRole.ADMIN });
  staff = await signInStaff(server, 'sales@lang.test', 'sales1234');
  admin = await signInStaff(server, 'admin@lang.test', 'admin1234');
});
afterAll(async () => {
  await server?.close();
});

describe('the store language of each user (issue 17, H2)', () => {
  it('credentials go in the user\'s language; staff see and change it; the change is audited and the next emails follow it', async () => {
    const customerId = await newCustomer('1', 'EN', 'hans@lang.test');
    const g = await server.graphql(GRANT, { i: { customerId, email: 'hans@lang.test', language: 'DE' } }, { token: staff });
    expect(g.data.storeAccessGrant.userErrors).toEqual([]);
    const accessId = g.data.storeAccessGrant.storeAccess.id;
    // The WhatsApp message is in German as well ("Benutzername"/"Passwort"), not in the customer's English.
    expect(decodeURIComponent(g.data.storeAccessGrant.whatsAppUrl)).toContain('Benutzername');
    expect(await emailsTo('hans@lang.test')).toEqual([{ template: 'access-granted', language: 'de' }]);

    const seen = await server.graphql(`query($id: ID!) { customer(id: $id) { storeAccesses { id language } } }`, { id: customerId }, { token: staff });
    expect(seen.data.customer.storeAccesses).toEqual([{ id: accessId, language: 'DE' }]);

    const u = await server.graphql(LANGUAGE_UPDATE, { i: { id: accessId, language: 'FR' } }, { token: staff });
    expect(u.data.storeAccessLanguageUpdate).toEqual({ storeAccess: { id: accessId, language: 'FR' }, userErrors: [] });
    await server.graphql(`mutation($id: ID!) { storeAccessRegeneratePassword(input: { id: $id }) { userErrors { code } } }`, { id: accessId }, { token: staff });
    expect((await emailsTo('hans@lang.test')).map((e) => `${e.template}:${e.language}`)).toEqual(['access-granted:de', 'password-regenerated:fr']);

    const audit = await server.graphql(
      `query($id: ID!) { auditEntries(filter: { targetId: $id, actions: [STORE_ACCESS_LANGUAGE_CHANGED] }) { edges { node { actorName changes { field before after } } } } }`,
      { id: accessId },
      { token: admin },
    );
    expect(audit.data.auditEntries.edges.map((e: { node: unknown }) => e.node)).toEqual([{ actorName: 'sales', changes: [{ field: 'language', before: 'de', after: 'fr' }] }]);

    // The same language again changes nothing and records nothing.
    await server.graphql(LANGUAGE_UPDATE, { i: { id: accessId, language: 'FR' } }, { token: staff });
    const again = await server.graphql(`query($id: ID!) { auditEntries(filter: { targetId: $id, actions: [STORE_ACCESS_LANGUAGE_CHANGED] }) { totalCount } }`, { id: accessId }, { token: admin });
    expect(again.data.auditEntries.totalCount).toBe(1);
  });

  it('a user choosing a language in the store changes it on the access', async () => {
    const customerId = await newCustomer('2', 'FR', 'ana@lang.test');
    const g = await server.graphql(GRANT, { i: { customerId, email: 'ana@lang.test', password: 'temp1234', passwordConfirmation: 'temp1234' } }, { token: staff });
    expect(g.data.storeAccessGrant.userErrors).toEqual([]);
    // Without a choice, the user's language is the customer's document language.
    expect((await server.graphql(ACCESS, { id: customerId }, { token: staff })).data.customer.storeAccesses[0].language).toBe('FR');
    const shop = await signInShop(server, 'ana@lang.test', 'temp1234');
    await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'temp1234', newPassword: 'mine5678', newPasswordConfirmation: 'mine5678' } }, { token: shop });
    const shop2 = await signInShop(server, 'ana@lang.test', 'mine5678');
    const set = await server.graphql(`mutation { viewerLanguageSet(input: { language: ES }) { language userErrors { code } } }`, {}, { token: shop2 });
    expect(set.data.viewerLanguageSet.userErrors).toEqual([]);
    expect((await server.graphql(ACCESS, { id: customerId }, { token: staff })).data.customer.storeAccesses[0].language).toBe('ES');
    // The next credentials email follows it, not the customer's French.
    await server.graphql(`mutation($id: ID!) { storeAccessRegeneratePassword(input: { id: $id }) { userErrors { code } } }`, { id: g.data.storeAccessGrant.storeAccess.id }, { token: staff });
    expect((await emailsTo('ana@lang.test')).at(-1)).toEqual({ template: 'password-regenerated', language: 'es' });
  });

  it('"I will hand it over myself" (H4): no credentials email on grant or regenerate, and the password is in no audit row', async () => {
    const customerId = await newCustomer('3', 'NL', 'piet@lang.test');
    const typed = 'Handed-Over-4242';
    const g = await server.graphql(GRANT, { i: { customerId, email: 'piet@lang.test', password: typed, passwordConfirmation: typed, handOver: true } }, { token: staff });
    expect(g.data.storeAccessGrant.userErrors).toEqual([]);
    expect(g.data.storeAccessGrant.temporaryPassword).toBe(typed);
    const accessId = g.data.storeAccessGrant.storeAccess.id;
    const r = await server.graphql(`mutation($id: ID!) { storeAccessRegeneratePassword(input: { id: $id, handOver: true }) { temporaryPassword userErrors { code } } }`, { id: accessId }, { token: staff });
    const generated = r.data.storeAccessRegeneratePassword.temporaryPassword as string;
    expect(generated).toMatch(/^[A-Za-z0-9]{12}$/);
    expect(await emailsTo('piet@lang.test')).toEqual([]);
    // Without the option, the next new password is emailed again.
    await server.graphql(`mutation($id: ID!) { storeAccessRegeneratePassword(input: { id: $id }) { userErrors { code } } }`, { id: accessId }, { token: staff });
    expect(await emailsTo('piet@lang.test')).toEqual([{ template: 'password-regenerated', language: 'nl' }]);
    const [dump] = await server.app.services.orm.em.fork().execute<{ t: string }[]>(`select string_agg(row_to_json(a)::text, ' ') as t from audit_event a`);
    expect(dump.t).toContain('piet@lang.test');
    expect(dump.t).not.toContain(typed);
    expect(dump.t).not.toContain(generated);
  });

  it('answers NOT_FOUND for an unknown access', async () => {
    const r = await server.graphql(LANGUAGE_UPDATE, { i: { id: 'bm90OmFueXRoaW5n', language: 'FR' } }, { token: staff });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
