import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createStaff, eventually, signInStaff } from '../support/fixtures.js';
import { CUSTOMER_CREATE, GRANT } from '../support/graphql-ops.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { Language } from '../../server/common/language.js';
import { OutboxEmail } from '../../server/modules/notifications/index.js';
import type { Language as ApiLanguage } from '../generated/graphql.js';

// The access lifecycle told to everyone concerned (issue 17, H1): staff learn that a buyer waits
// for approval, each in their language and as the store setting chooses; the pending buyer is not
// told "you can order now" until approved; an applicant of the access-request form is acknowledged.

const SETTINGS = `mutation($i: StoreSettingsUpdateInput!) { storeSettingsUpdate(input: $i) { storeSettings { autoApproveBuyers pendingApprovalRecipients } userErrors { code } } }`;
const APPROVE = `mutation($id: ID!) { storeAccessApprove(input: { id: $id }) { storeAccess { status } userErrors { code } } }`;
const BLOCK = `mutation($id: ID!) { storeAccessBlock(input: { id: $id }) { storeAccess { status } userErrors { code } } }`;
const REGENERATE = `mutation($id: ID!) { storeAccessRegeneratePassword(input: { id: $id }) { temporaryPassword storeAccess { status } userErrors { code } } }`;
const SUBMIT = `mutation($i: RegistrationRequestSubmitInput!) { registrationRequestSubmit(input: $i) { received userErrors { code } } }`;

let server: TestServer;
let admin: string;
let sales: string;

const emails = (template: string) =>
  server.app.services.orm.em.fork().find(OutboxEmail, { template }, { orderBy: { toAddress: 'asc' }, populate: ['html', 'text'] });

async function settings(input: Record<string, unknown>) {
  const r = await server.graphql(SETTINGS, { i: input }, { token: admin });
  expect(r.errors ?? r.data.storeSettingsUpdate.userErrors).toEqual([]);
}

async function customerOf(number: string) {
  const r = await server.graphql(`query($q: String) { customers(first: 1, query: $q) { edges { node { accessCount pendingAccessCount } } } }`, { q: number }, { token: sales });
  expect(r.errors).toBeUndefined();
  return r.data.customers.edges[0].node;
}

async function grant(n: string, email: string, documentLanguage: ApiLanguage = 'FR') {
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name: `Bistro ${n}`, customerNumber: n, documentLanguage, contacts: [{ name: 'Buyer', email }] } }, { token: sales });
  expect(c.errors ?? c.data.customerCreate.userErrors).toEqual([]);
  const g = await server.graphql(GRANT, { i: { customerId: c.data.customerCreate.customer.id, email } }, { token: sales });
  expect(g.errors ?? g.data.storeAccessGrant.userErrors).toEqual([]);
  return g.data.storeAccessGrant.storeAccess;
}

beforeAll(async () => {
  server = await startTestServer({ PUBLIC_URL: 'https://shop.example.test' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin-fr@supplier.test', password: 'admin1234', role: StaffRole.ADMIN, language: Language.FR });
  await createStaff(em, { email: 'admin-de@supplier.test', password: 'admin1234', role: StaffRole.ADMIN, language: Language.DE });
  await createStaff(em, { email: 'gone@supplier.test', password: 'admin1234', role: StaffRole.ADMIN, active: false });
  await createStaff(em, { email: 'sales@supplier.test', password: 'sales1234', role: StaffRole.SALES });
  admin = await signInStaff(server, 'admin-fr@supplier.test', 'admin1234');
  sales = await signInStaff(server, 'sales@supplier.test', 'sales1234');
});
afterAll(async () => {
  await server?.close();
});

describe('an access awaiting approval', () => {
  let accessId: string;

  it('emails every active admin in their language, with a link to the approval', async () => {
    await settings({ autoApproveBuyers: false });
    const access = await grant('P-1', 'buyer@p1.test');
    accessId = access.id;
    expect(access.status).toBe('PENDING_APPROVAL');
    const sent = await emails('access-pending-approval');
    expect(sent.map((e) => [e.toAddress, e.language])).toEqual([['admin-de@supplier.test', 'de'], ['admin-fr@supplier.test', 'fr']]);
    expect(sent[0].props).toMatchObject({ customerName: 'Bistro P-1', email: 'buyer@p1.test' });
    expect(String(sent[0].props.reviewUrl)).toMatch(/^https:\/\/shop\.example\.test\/hub\/customers\/[^/]+#access-title$/);
  });

  it('tells the buyer the access awaits the supplier\'s approval, not "you can order now"', async () => {
    const [granted] = (await emails('access-granted')).filter((e) => e.toAddress === 'buyer@p1.test');
    expect(granted.props).toMatchObject({ pendingApproval: true });
    const text = await eventually(async () => (await emails('access-granted')).find((e) => e.toAddress === 'buyer@p1.test' && e.text)?.text);
    expect(text).toContain('attend la validation du fournisseur');
    expect(text).not.toContain('Vous pouvez dès à présent');
  });

  it('the customer counts active accesses, the pending ones apart', async () => {
    expect(await customerOf('P-1')).toEqual({ accessCount: 0, pendingAccessCount: 1 });
  });

  it('emails the buyer "you can order now" once approved', async () => {
    const r = await server.graphql(APPROVE, { id: accessId }, { token: sales });
    expect(r.data.storeAccessApprove).toEqual({ storeAccess: { status: 'ACTIVE' }, userErrors: [] });
    const approved = await emails('access-approved');
    expect(approved.map((e) => [e.toAddress, e.language])).toEqual([['buyer@p1.test', 'fr']]);
    expect(await customerOf('P-1')).toEqual({ accessCount: 1, pendingAccessCount: 0 });
  });

  it('nobody is emailed when the setting says so; an active access emails no admin', async () => {
    await settings({ pendingApprovalRecipients: 'NOBODY' });
    await grant('P-2', 'buyer@p2.test');
    await settings({ autoApproveBuyers: true, pendingApprovalRecipients: 'ADMINS' });
    await grant('P-3', 'buyer@p3.test');
    const sent = await emails('access-pending-approval');
    expect(sent.filter((e) => /p2|p3/.test(String(e.props.email)))).toEqual([]);
    const [active] = (await emails('access-granted')).filter((e) => e.toAddress === 'buyer@p3.test');
    expect(active.props).toMatchObject({ pendingApproval: false });
  });
});

describe('a new password on a blocked access', () => {
  it('is issued in one step and unblocks it', async () => {
    const access = await grant('B-1', 'buyer@b1.test');
    await server.graphql(BLOCK, { id: access.id }, { token: sales });
    const r = await server.graphql(REGENERATE, { id: access.id }, { token: sales });
    expect(r.data.storeAccessRegeneratePassword.userErrors).toEqual([]);
    expect(r.data.storeAccessRegeneratePassword.storeAccess.status).toBe('ACTIVE');
    expect(r.data.storeAccessRegeneratePassword.temporaryPassword).toMatch(/^[A-Za-z0-9]{12}$/);
    expect((await emails('password-regenerated')).map((e) => e.toAddress)).toEqual(['buyer@b1.test']);
  });
});

describe('a new password on a pending access', () => {
  it('is issued; the access still awaits approval', async () => {
    await settings({ autoApproveBuyers: false, pendingApprovalRecipients: 'NOBODY' });
    const access = await grant('Q-1', 'buyer@q1.test');
    await settings({ autoApproveBuyers: true, pendingApprovalRecipients: 'ADMINS' });
    const r = await server.graphql(REGENERATE, { id: access.id }, { token: sales });
    expect(r.data.storeAccessRegeneratePassword.userErrors).toEqual([]);
    expect(r.data.storeAccessRegeneratePassword.storeAccess.status).toBe('PENDING_APPROVAL');
    expect((await emails('password-regenerated')).map((e) => e.toAddress)).toContain('buyer@q1.test');
  });
});

describe('the access-request form', () => {
  it('acknowledges the request to the applicant in the language of the form', async () => {
    await settings({ selfRegistrationEnabled: true });
    const r = await server.graphql(SUBMIT, { i: { companyName: 'Café Novo', contactName: 'Ana Lima', email: 'ana@novo.test', language: 'PT' } });
    expect(r.data.registrationRequestSubmit).toEqual({ received: true, userErrors: [] });
    const ack = await eventually(async () => (await emails('registration-acknowledged'))[0]);
    expect([ack.toAddress, ack.language]).toEqual(['ana@novo.test', 'pt']);
    expect(ack.props).toMatchObject({ companyName: 'Café Novo', contactName: 'Ana Lima' });
  });

  it('flags a repeat request from a refused email to staff', async () => {
    const LIST = `{ registrationRequests(first: 10, status: PENDING) { edges { node { id email previouslyRefused } } } }`;
    const first = await server.graphql(LIST, {}, { token: sales });
    const ana = first.data.registrationRequests.edges.map((e: any) => e.node).find((n: any) => n.email === 'ana@novo.test');
    expect(ana.previouslyRefused).toBe(false);
    const refused = await server.graphql(`mutation($id: ID!) { registrationRequestRefuse(input: { id: $id }) { userErrors { code } } }`, { id: ana.id }, { token: sales });
    expect(refused.data.registrationRequestRefuse.userErrors).toEqual([]);
    await server.graphql(SUBMIT, { i: { companyName: 'Café Novo', contactName: 'Ana Lima', email: 'ana@novo.test', language: 'PT' } });
    const again = await eventually(async () => {
      const r = await server.graphql(LIST, {}, { token: sales });
      return r.data.registrationRequests.edges.map((e: any) => e.node).find((n: any) => n.email === 'ana@novo.test');
    });
    expect(again.previouslyRefused).toBe(true);
  });
});
