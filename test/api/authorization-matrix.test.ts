import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleLogo } from '../support/png.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, eventually, signInShop, signInStaff } from '../support/fixtures.js';
import { CUSTOMER_CREATE, GRANT, PASSWORD_CHANGE } from '../support/graphql-ops.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { toGlobalId } from '../../server/common/global-id.js';

// Every query and mutation of access management, tried by every kind of caller. "ok" means the
// operation ran (it may still answer with userErrors); anything else is the GraphQL error code.

type Outcome = 'ok' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'PASSWORD_CHANGE_REQUIRED';
const ROLES = ['anonymous', 'shop', 'otherShop', 'blocked', 'pending', 'excluded', 'sales', 'admin', 'tokenWithScope', 'tokenWithoutScope'] as const;
type RoleName = (typeof ROLES)[number];

let server: TestServer;
const tokens: Partial<Record<RoleName, string>> = {};
let catalogToken: string;
const ids: Record<string, string> = {};

async function customer(n: string, email: string) {
  const r = await server.graphql(CUSTOMER_CREATE, { i: { name: `Matrix ${n}`, customerNumber: n, contacts: [{ email }] } }, { token: tokens.admin });
  return r.data.customerCreate.customer.id as string;
}
async function shopUser(customerId: string, email: string): Promise<{ token: string; accessId: string }> {
  const g = await server.graphql(GRANT, { i: { customerId, email, password: 'mmmm1234', passwordConfirmation: 'mmmm1234' } }, { token: tokens.admin });
  const token = await signInShop(server, email, 'mmmm1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'mmmm1234', newPassword: 'mmmm5678', newPasswordConfirmation: 'mmmm5678' } }, { token });
  return { token, accessId: g.data.storeAccessGrant.storeAccess.id };
}

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@m.test', password: 'admin1234', role: StaffRole.ADMIN });
  await createStaff(em, { email: 'sales@m.test', password: 'sales1234', role: StaffRole.SALES });
  const cat = await createCatalog(em);
  tokens.admin = await signInStaff(server, 'admin@m.test', 'admin1234');
  tokens.sales = await signInStaff(server, 'sales@m.test', 'sales1234');

  ids.customer = await customer('M-1', 'm1@m.test');
  ids.other = await customer('M-2', 'm2@m.test');
  const shop = await shopUser(ids.customer, 'm1@m.test');
  tokens.shop = shop.token;
  ids.access = shop.accessId;
  tokens.otherShop = (await shopUser(ids.other, 'm2@m.test')).token;

  const blockedCustomer = await customer('M-3', 'm3@m.test');
  const blocked = await shopUser(blockedCustomer, 'm3@m.test');
  await server.graphql(`mutation($i: StoreAccessIdInput!) { storeAccessBlock(input: $i) { userErrors { code } } }`, { i: { id: blocked.accessId } }, { token: tokens.admin });
  tokens.blocked = blocked.token;

  await server.graphql(`mutation { storeSettingsUpdate(input: { autoApproveBuyers: false, selfRegistrationEnabled: true }) { userErrors { code } } }`, {}, { token: tokens.admin });
  tokens.pending = (await shopUser(await customer('M-4', 'm4@m.test'), 'm4@m.test')).token;
  await server.graphql(`mutation { storeSettingsUpdate(input: { autoApproveBuyers: true }) { userErrors { code } } }`, {}, { token: tokens.admin });

  const excludedCustomer = await customer('M-5', 'm5@m.test');
  tokens.excluded = (await shopUser(excludedCustomer, 'm5@m.test')).token;
  await server.graphql(`mutation($i: CustomerExcludeInput!) { customerExclude(input: $i) { userErrors { code } } }`, { i: { id: excludedCustomer, reason: 'Unpaid' } }, { token: tokens.admin });

  ids.spare = (await shopUser(await customer('M-6', 'm6@m.test'), 'm6@m.test')).accessId;

  const mk = async (scopes: string[]) =>
    (await server.graphql(`mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token } }`, { i: { name: scopes.join('+'), scopes } }, { token: tokens.admin })).data.apiTokenCreate.token;
  tokens.tokenWithScope = await mk(['CUSTOMERS_MANAGE']);
  tokens.tokenWithoutScope = await mk(['CATALOG_READ']);
  catalogToken = await mk(['CATALOG_MANAGE']);
  ids.coffee = cat.gid('Product', cat.coffee.id);
  ids.standard = cat.gid('PriceLevel', cat.standard.id);
  ids.north = cat.gid('StorageLocation', cat.north.id);
  ids.revocable = (await server.graphql(`mutation { apiTokenCreate(input: { name: "x", scopes: [ORDERS_MANAGE] }) { apiToken { id } } }`, {}, { token: tokens.admin })).data.apiTokenCreate.apiToken.id;

  ids.staff = (await server.graphql(`{ staffMembers { id email } }`, {}, { token: tokens.admin })).data.staffMembers.find((s: any) => s.email === 'sales@m.test').id;
  await server.graphql(`mutation { registrationRequestSubmit(input: { companyName: "R", contactName: "R", email: "r@m.test" }) { received } }`);
  ids.registration = await eventually(async () => (await server.graphql(`{ registrationRequests(first: 1) { edges { node { id } } } }`, {}, { token: tokens.admin })).data.registrationRequests.edges[0]?.node.id);
  const task = await server.graphql(`mutation($i: StoreAccessBulkGrantInput!) { storeAccessBulkGrant(input: $i) { task { id } } }`, { i: { idempotencyKey: 'm', customerIds: [ids.other] } }, { token: tokens.admin });
  ids.task = task.data.storeAccessBulkGrant.task.id;
  ids.email = (await server.graphql(`{ outboxEmails(first: 1) { edges { node { id } } } }`, {}, { token: tokens.admin })).data.outboxEmails.edges[0].node.id;

  await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: cat.gid('Product', cat.coffee.id), quantity: 1 }] } }, { token: tokens.shop });
  ids.order = (await server.graphql(`mutation { orderPlace(input: { idempotencyKey: "matrix" }) { order { id } } }`, {}, { token: tokens.shop })).data.orderPlace.order.id;
  const listCreate = async (name: string, token?: string) =>
    (await server.graphql(`mutation($i: OrderListCreateInput!) { orderListCreate(input: $i) { orderList { id } } }`, { i: { name } }, { token })).data.orderListCreate.orderList.id as string;
  ids.orderList = await listCreate('Matrix usual', tokens.shop);
  ids.orderListSpare = await listCreate('Matrix spare', tokens.shop);
  ids.hubList = await listCreate('Matrix range', tokens.admin);
  const quoteRequest = async () => {
    await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: cat.gid('Product', cat.coffee.id), quantity: 1 }] } }, { token: tokens.shop });
    return (await server.graphql(`mutation { quoteRequest(input: { message: "Matrix" }) { quote { id } } }`, {}, { token: tokens.shop })).data.quoteRequest.quote.id as string;
  };
  ids.quote = await quoteRequest();
  ids.quoteSpare = await quoteRequest();
});
afterAll(() => server?.close());

const ADMIN_ONLY: Record<RoleName, Outcome> = {
  anonymous: 'UNAUTHENTICATED', shop: 'FORBIDDEN', otherShop: 'FORBIDDEN', blocked: 'UNAUTHENTICATED', pending: 'FORBIDDEN', excluded: 'FORBIDDEN',
  sales: 'FORBIDDEN', admin: 'ok', tokenWithScope: 'FORBIDDEN', tokenWithoutScope: 'FORBIDDEN',
};
const MANAGE: Record<RoleName, Outcome> = { ...ADMIN_ONLY, sales: 'ok', tokenWithScope: 'ok' };
const STAFF_ONLY: Record<RoleName, Outcome> = { ...ADMIN_ONLY, sales: 'ok' };
const PUBLIC: Record<RoleName, Outcome> = Object.fromEntries(ROLES.map((r) => [r, 'ok'])) as Record<RoleName, Outcome>;
const SIGNED_IN_SHOP: Record<RoleName, Outcome> = { ...PUBLIC, anonymous: 'UNAUTHENTICATED', blocked: 'UNAUTHENTICATED', tokenWithScope: 'FORBIDDEN', tokenWithoutScope: 'ok' };

// Cart and placing: shop users (a pending or excluded one gets userErrors, not an error); staff only
// while viewing the store as a customer (tested in order-placement.test.ts).
const SHOP_ORDERING: Record<RoleName, Outcome> = { ...SIGNED_IN_SHOP, sales: 'FORBIDDEN', admin: 'FORBIDDEN', tokenWithoutScope: 'FORBIDDEN' };
// Orders: the customer's own users see theirs; any other shop user is told it does not exist.
const OWN_ORDER: Record<RoleName, Outcome> = {
  anonymous: 'UNAUTHENTICATED', shop: 'ok', otherShop: 'NOT_FOUND', blocked: 'UNAUTHENTICATED', pending: 'NOT_FOUND', excluded: 'NOT_FOUND',
  sales: 'ok', admin: 'ok', tokenWithScope: 'FORBIDDEN', tokenWithoutScope: 'FORBIDDEN',
};

// Order lists (issue 19 B1): the customer's own users only; anyone else is told it does not exist.
const OWN_LIST: Record<RoleName, Outcome> = { ...OWN_ORDER, sales: 'NOT_FOUND', admin: 'NOT_FOUND' };

const OPS: Array<{ name: string; query: string; variables?: () => Record<string, unknown>; expected: Record<RoleName, Outcome> }> = [
  { name: 'staffMembers', query: `{ staffMembers { id } }`, expected: ADMIN_ONLY },
  { name: 'staffCreate', query: `mutation { staffCreate(input: { email: "z@m.test", name: "Z", role: SALES, password: "zzzz1234", passwordConfirmation: "zzzz1234" }) { userErrors { code } } }`, expected: ADMIN_ONLY },
  { name: 'staffUpdate', query: `mutation($id: ID!) { staffUpdate(input: { id: $id, name: "Sales" }) { userErrors { code } } }`, variables: () => ({ id: ids.staff }), expected: ADMIN_ONLY },
  { name: 'apiTokens', query: `{ apiTokens { id } }`, expected: ADMIN_ONLY },
  { name: 'apiTokenCreate', query: `mutation { apiTokenCreate(input: { name: "n", scopes: [CATALOG_READ] }) { userErrors { code } } }`, expected: ADMIN_ONLY },
  { name: 'apiTokenRevoke', query: `mutation($id: ID!) { apiTokenRevoke(input: { id: $id }) { userErrors { code } } }`, variables: () => ({ id: ids.revocable }), expected: ADMIN_ONLY },
  { name: 'storeSettingsUpdate', query: `mutation { storeSettingsUpdate(input: { showStock: true }) { userErrors { code } } }`, expected: ADMIN_ONLY },
  // The catalog is in English already: allowed callers change nothing (decision 0058).
  { name: 'catalogLanguageChange', query: `mutation { catalogLanguageChange(input: { language: EN }) { missingCount userErrors { code } } }`, expected: ADMIN_ONLY },
  { name: 'storeSettings', query: `{ storeSettings { storeName } }`, expected: PUBLIC },
  { name: 'customers', query: `{ customers(first: 1) { totalCount } }`, expected: MANAGE },
  { name: 'storeUsers', query: `{ storeUsers(first: 5) { totalCount edges { node { email language accessCount accesses { status customer { customerNumber } } } } } }`, expected: MANAGE },
  { name: 'customer', query: `query($id: ID!) { customer(id: $id) { name } }`, variables: () => ({ id: ids.customer }), expected: MANAGE },
  { name: 'customerCreate', query: `mutation { customerCreate(input: { name: "N", customerNumber: "M-1" }) { userErrors { code } } }`, expected: MANAGE },
  { name: 'customerUpdate', query: `mutation($id: ID!) { customerUpdate(input: { id: $id, name: "Matrix M-1" }) { userErrors { code } } }`, variables: () => ({ id: ids.customer }), expected: MANAGE },
  { name: 'customerExclude', query: `mutation($id: ID!) { customerExclude(input: { id: $id, reason: "" }) { userErrors { code } } }`, variables: () => ({ id: ids.customer }), expected: MANAGE },
  { name: 'customerExclusionLift', query: `mutation($id: ID!) { customerExclusionLift(input: { id: $id }) { userErrors { code } } }`, variables: () => ({ id: ids.customer }), expected: MANAGE },
  { name: 'storeAccessGrant', query: `mutation($id: ID!) { storeAccessGrant(input: { customerId: $id, email: "m1@m.test" }) { userErrors { code } } }`, variables: () => ({ id: ids.customer }), expected: MANAGE },
  { name: 'storeAccessApprove', query: `mutation($id: ID!) { storeAccessApprove(input: { id: $id }) { userErrors { code } } }`, variables: () => ({ id: ids.access }), expected: MANAGE },
  { name: 'storeAccessUnblock', query: `mutation($id: ID!) { storeAccessUnblock(input: { id: $id }) { userErrors { code } } }`, variables: () => ({ id: ids.access }), expected: MANAGE },
  { name: 'storeAccessRegeneratePassword', query: `mutation($id: ID!) { storeAccessRegeneratePassword(input: { id: $id }) { userErrors { code } } }`, variables: () => ({ id: ids.spare }), expected: MANAGE },
  { name: 'storeAccessBlock', query: `mutation($id: ID!) { storeAccessBlock(input: { id: $id }) { userErrors { code } } }`, variables: () => ({ id: ids.spare }), expected: MANAGE },
  { name: 'storeAccessLanguageUpdate', query: `mutation($id: ID!) { storeAccessLanguageUpdate(input: { id: $id, language: EN }) { storeAccess { language } userErrors { code } } }`, variables: () => ({ id: ids.access }), expected: MANAGE },
  { name: 'storeAccessBulkGrant', query: `mutation($id: ID!) { storeAccessBulkGrant(input: { idempotencyKey: "mx", customerIds: [$id] }) { userErrors { code } } }`, variables: () => ({ id: ids.other }), expected: MANAGE },
  { name: 'task', query: `query($id: ID!) { task(id: $id) { status } }`, variables: () => ({ id: ids.task }), expected: MANAGE },
  { name: 'registrationRequests', query: `{ registrationRequests(first: 1) { totalCount } }`, expected: MANAGE },
  { name: 'registrationRequest', query: `query($id: ID!) { registrationRequest(id: $id) { email } }`, variables: () => ({ id: ids.registration }), expected: MANAGE },
  { name: 'registrationRequestRefuse', query: `mutation { registrationRequestRefuse(input: { id: "bm90OmFueXRoaW5n" }) { userErrors { code } } }`, expected: { ...MANAGE, sales: 'NOT_FOUND', admin: 'NOT_FOUND', tokenWithScope: 'NOT_FOUND' } },
  { name: 'outboxEmailResend (not FAILED: a userError)', query: `mutation($id: ID!) { outboxEmailResend(input: { id: $id }) { userErrors { code } } }`, variables: () => ({ id: ids.email }), expected: ADMIN_ONLY },
  { name: 'outboxEmailsResendFailed', query: `mutation { outboxEmailsResendFailed { count } }`, expected: ADMIN_ONLY },
  { name: 'hubNotifications', query: `{ hubNotifications { total } }`, expected: STAFF_ONLY },
  { name: 'hubDashboard', query: `{ hubDashboard(days: 30) { days today { orderCount } } }`, expected: STAFF_ONLY },
  { name: 'registrationRequestSubmit', query: `mutation { registrationRequestSubmit(input: { companyName: "", contactName: "", email: "" }) { userErrors { code } } }`, expected: PUBLIC },
  { name: 'shopUserPasswordResetRequest', query: `mutation { shopUserPasswordResetRequest(input: { email: "" }) { userErrors { code } } }`, expected: PUBLIC },
  { name: 'shopUserPasswordResetComplete', query: `mutation { shopUserPasswordResetComplete(input: { token: "x", newPassword: "", newPasswordConfirmation: "" }) { userErrors { code } } }`, expected: PUBLIC },
  { name: 'cart', query: `{ cart { id } }`, expected: SHOP_ORDERING },
  { name: 'cartLinesImport', query: `mutation { cartLinesImport(input: { text: "5400000000010;1" }) { userErrors { code } } }`, expected: SHOP_ORDERING },
  { name: 'cartLinesAdd', query: `mutation { cartLinesAdd(input: { lines: [] }) { userErrors { code } } }`, expected: SHOP_ORDERING },
  { name: 'orderPlace', query: `mutation { orderPlace(input: { idempotencyKey: "matrix" }) { userErrors { code } } }`, expected: SHOP_ORDERING },
  { name: 'shopUserCustomers', query: `{ shopUserCustomers { id } }`, expected: SHOP_ORDERING },
  {
    name: 'shopUserCustomerSwitch (to the shop user\'s customer)',
    query: `mutation($id: ID!) { shopUserCustomerSwitch(input: { customerId: $id }) { userErrors { code } } }`,
    variables: () => ({ id: ids.customer }),
    expected: { ...SHOP_ORDERING, otherShop: 'NOT_FOUND', pending: 'NOT_FOUND', excluded: 'NOT_FOUND' },
  },
  { name: 'order', query: `query($id: ID!) { order(id: $id) { status timeline { kind } } }`, variables: () => ({ id: ids.order }), expected: OWN_ORDER },
  { name: 'orderDeliver (not allowed from SUBMITTED: a userError)', query: `mutation($id: ID!) { orderDeliver(input: { orderId: $id }) { userErrors { code } } }`, variables: () => ({ id: ids.order }), expected: STAFF_ONLY },
  { name: 'orderShippingCostUpdate (unchanged)', query: `mutation($id: ID!) { orderShippingCostUpdate(input: { orderId: $id, shippingCost: "15.00" }) { userErrors { code } } }`, variables: () => ({ id: ids.order }), expected: STAFF_ONLY },
  { name: 'order.auditEvents', query: `query($id: ID!) { order(id: $id) { auditEvents { totalCount } } }`, variables: () => ({ id: ids.order }), expected: { ...OWN_ORDER, shop: 'FORBIDDEN' } },
  { name: 'auditEntries', query: `{ auditEntries(first: 5) { edges { node { action actorName targetId changes { field before after } } } } }`, expected: ADMIN_ONLY },
  { name: 'customer.auditEvents', query: `query($id: ID!) { customer(id: $id) { auditEvents(first: 5) { totalCount } } }`, variables: () => ({ id: ids.customer }), expected: STAFF_ONLY },
  { name: 'orderReorder', query: `mutation($id: ID!) { orderReorder(input: { orderId: $id }) { addedLineCount } }`, variables: () => ({ id: ids.order }), expected: { ...OWN_ORDER, sales: 'FORBIDDEN', admin: 'FORBIDDEN' } },
  // Issue 14, E3: delta pulls and acknowledgement (tokenWithScope has CUSTOMERS_MANAGE, not ORDERS_MANAGE).
  { name: 'orders (updatedSince, acknowledged, search)', query: `{ orders(updatedSince: "2020-01-01T00:00:00Z", acknowledged: false, search: "C-", first: 1) { totalCount } }`, expected: { ...SIGNED_IN_SHOP, tokenWithoutScope: 'FORBIDDEN' } },
  { name: 'customers (updatedSince)', query: `{ customers(updatedSince: "2020-01-01T00:00:00Z", first: 1) { totalCount } }`, expected: MANAGE },
  { name: 'orderAcknowledge', query: `mutation($id: ID!) { orderAcknowledge(input: { orderId: $id, externalReference: "M-ACK" }) { userErrors { code } } }`, variables: () => ({ id: ids.order }), expected: ADMIN_ONLY },
  { name: 'hubNotificationsMarkRead', query: `mutation { hubNotificationsMarkRead(input: { kinds: [NEW_ORDERS] }) { userErrors { code } } }`, expected: STAFF_ONLY },
  { name: 'customer.activities', query: `query($id: ID!) { customer(id: $id) { activities(first: 1) { totalCount } } }`, variables: () => ({ id: ids.customer }), expected: STAFF_ONLY },
  // Issue 19 B1: order lists. A customer's list exists only for its users; staff in the hub see the
  // lists they publish (not the customers' own); integrators have no access.
  { name: 'orderLists', query: `{ orderLists(first: 5) { totalCount edges { node { name lineCount } } } }`, expected: { ...SIGNED_IN_SHOP, sales: 'ok', admin: 'ok', tokenWithoutScope: 'FORBIDDEN' } },
  { name: 'orderList', query: `query($id: ID!) { orderList(id: $id) { name lines { quantity } csv } }`, variables: () => ({ id: ids.orderList }), expected: OWN_LIST },
  { name: 'orderList (hub list, not published)', query: `query($id: ID!) { orderList(id: $id) { name } }`, variables: () => ({ id: ids.hubList }), expected: { ...OWN_LIST, shop: 'NOT_FOUND', sales: 'ok', admin: 'ok' } },
  { name: 'orderList.publishedTo', query: `query($id: ID!) { orderList(id: $id) { publishedTo { name } } }`, variables: () => ({ id: ids.hubList }), expected: { ...OWN_LIST, shop: 'NOT_FOUND', sales: 'ok', admin: 'ok' } },
  { name: 'orderListCreate (no name: a userError)', query: `mutation { orderListCreate(input: { name: "" }) { userErrors { code } } }`, expected: { ...SIGNED_IN_SHOP, sales: 'ok', admin: 'ok', tokenWithoutScope: 'FORBIDDEN' } },
  { name: 'orderListUpdate (no name: a userError)', query: `mutation($id: ID!) { orderListUpdate(input: { orderListId: $id, name: "" }) { userErrors { code } } }`, variables: () => ({ id: ids.orderList }), expected: OWN_LIST },
  { name: 'orderListLinesAdd', query: `mutation($id: ID!) { orderListLinesAdd(input: { orderListId: $id, lines: [] }) { userErrors { code } } }`, variables: () => ({ id: ids.orderList }), expected: OWN_LIST },
  { name: 'orderListLinesUpdate', query: `mutation($id: ID!) { orderListLinesUpdate(input: { orderListId: $id, lines: [] }) { userErrors { code } } }`, variables: () => ({ id: ids.orderList }), expected: OWN_LIST },
  { name: 'orderListLinesReorder', query: `mutation($id: ID!) { orderListLinesReorder(input: { orderListId: $id, lineIds: [] }) { userErrors { code } } }`, variables: () => ({ id: ids.orderList }), expected: OWN_LIST },
  { name: 'orderListLinesImport', query: `mutation($id: ID!) { orderListLinesImport(input: { orderListId: $id, text: "0000000000000;1" }) { problems { reason } userErrors { code } } }`, variables: () => ({ id: ids.orderList }), expected: OWN_LIST },
  { name: 'orderListCartAdd (an empty list: a userError)', query: `mutation($id: ID!) { orderListCartAdd(input: { orderListId: $id }) { addedLineCount userErrors { code } } }`, variables: () => ({ id: ids.orderList }), expected: { ...OWN_LIST, sales: 'FORBIDDEN', admin: 'FORBIDDEN' } },
  { name: 'orderListCopy', query: `mutation($id: ID!) { orderListCopy(input: { orderListId: $id, name: "" }) { userErrors { code } } }`, variables: () => ({ id: ids.orderList }), expected: OWN_LIST },
  { name: 'orderListDelete', query: `mutation($id: ID!) { orderListDelete(input: { orderListId: $id }) { userErrors { code } } }`, variables: () => ({ id: ids.orderListSpare }), expected: OWN_LIST },
  { name: 'quotes', query: `{ quotes(first: 5) { totalCount edges { node { number status total { amount } } } } }`, expected: { ...SIGNED_IN_SHOP, sales: 'ok', admin: 'ok', tokenWithoutScope: 'FORBIDDEN' } },
  { name: 'quote', query: `query($id: ID!) { quote(id: $id) { number lines { unitPrice { amount } } thread { message } history { kind } } }`, variables: () => ({ id: ids.quote }), expected: OWN_ORDER },
  { name: 'quoteRequest (an empty cart: a userError)', query: `mutation { quoteRequest(input: {}) { userErrors { code } } }`, expected: SHOP_ORDERING },
  { name: 'quoteUpdate (a bad discount: a userError)', query: `mutation($id: ID!) { quoteUpdate(input: { quoteId: $id, discountPercent: "150" }) { userErrors { code } } }`, variables: () => ({ id: ids.quote }), expected: STAFF_ONLY },
  { name: 'quoteSend (no expiry date: a userError)', query: `mutation($id: ID!) { quoteSend(input: { quoteId: $id }) { userErrors { code } } }`, variables: () => ({ id: ids.quote }), expected: STAFF_ONLY },
  { name: 'quoteAccept (not sent: a userError)', query: `mutation($id: ID!) { quoteAccept(input: { quoteId: $id }) { userErrors { code } } }`, variables: () => ({ id: ids.quote }), expected: { ...OWN_ORDER, sales: 'FORBIDDEN', admin: 'FORBIDDEN' } },
  { name: 'quoteDecline', query: `mutation($id: ID!) { quoteDecline(input: { quoteId: $id }) { userErrors { code } } }`, variables: () => ({ id: ids.quoteSpare }), expected: { ...OWN_ORDER, sales: 'FORBIDDEN', admin: 'FORBIDDEN' } },
  { name: 'quoteComment (empty: a userError)', query: `mutation($id: ID!) { quoteComment(input: { quoteId: $id, message: "" }) { userErrors { code } } }`, variables: () => ({ id: ids.quote }), expected: OWN_ORDER },
  { name: 'orderListPublish (to no customer)', query: `mutation($id: ID!) { orderListPublish(input: { orderListId: $id, customerIds: [] }) { userErrors { code } } }`, variables: () => ({ id: ids.hubList }), expected: STAFF_ONLY },
  { name: 'orderListPublish (a customer\'s own list)', query: `mutation($id: ID!) { orderListPublish(input: { orderListId: $id, customerIds: [] }) { userErrors { code } } }`, variables: () => ({ id: ids.orderList }), expected: { ...STAFF_ONLY, sales: 'NOT_FOUND', admin: 'NOT_FOUND' } },
  { name: 'products (browse)', query: `{ products(first: 1) { totalCount } }`, expected: { ...SIGNED_IN_SHOP, sales: 'ok', admin: 'ok' } },
];

describe('authorization matrix for access management', () => {
  for (const op of OPS) {
    it(op.name, async () => {
      const actual: Record<string, Outcome> = {};
      for (const role of ROLES) {
        const r = await server.graphql(op.query, op.variables?.() ?? {}, { token: tokens[role] });
        actual[role] = r.errors?.length ? (r.errors[0].extensions.code as Outcome) : 'ok';
      }
      expect(actual).toEqual(op.expected);
    });
  }

  it('another customer\'s objects do not exist for a shop user, whatever the way in', async () => {
    for (const id of [ids.other, ids.customer, ids.registration, ids.task]) {
      const r = await server.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id }, { token: tokens.shop });
      expect(r.data.node).toBeNull();
    }
    const list = await server.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: ids.orderList }, { token: tokens.otherShop });
    expect(list.data.node).toBeNull();
    const viewer = await server.graphql(`{ viewer { customer { name } } }`, {}, { token: tokens.otherShop });
    expect(viewer.data.viewer.customer.name).toBe('Matrix M-2');
  });

  it('a blocked user cannot sign in again', async () => {
    const r = await server.graphql(`mutation { shopUserSignIn(input: { email: "m3@m.test", password: "mmmm5678" }) { token userErrors { code } } }`);
    expect(r.data.shopUserSignIn).toEqual({ token: null, userErrors: [{ code: 'ACCESS_BLOCKED' }] });
  });
});

// Catalog management (issue 14 E1): staff and CATALOG_MANAGE tokens; a CATALOG_READ token
// (tokenWithoutScope) and a CUSTOMERS_MANAGE token (tokenWithScope) are refused.
const CATALOG_ROLES = [...ROLES, 'catalogToken'] as const;
type CatalogRoleName = (typeof CATALOG_ROLES)[number];
const CATALOG_MANAGE: Record<CatalogRoleName, Outcome> = { ...STAFF_ONLY, catalogToken: 'ok' };
const CUSTOMERS_SYNC: Record<CatalogRoleName, Outcome> = { ...MANAGE, catalogToken: 'FORBIDDEN' };
const CATALOG_OPS: Array<{ name: string; query: string; variables?: () => Record<string, unknown>; expected: Record<CatalogRoleName, Outcome> }> = [
  { name: 'productCreate', query: `mutation { productCreate(input: { reference: "COF-1", name: "Taken" }) { userErrors { code } } }`, expected: CATALOG_MANAGE },
  { name: 'productUpdate', query: `mutation($id: ID!) { productUpdate(input: { id: $id, name: "Espresso beans 1kg" }) { userErrors { code } } }`, variables: () => ({ id: ids.coffee }), expected: CATALOG_MANAGE },
  { name: 'priceLevelCreate', query: `mutation { priceLevelCreate(input: { code: "STANDARD", name: "Taken" }) { userErrors { code } } }`, expected: CATALOG_MANAGE },
  { name: 'priceLevelUpdate', query: `mutation($id: ID!) { priceLevelUpdate(input: { id: $id, name: "Standard" }) { userErrors { code } } }`, variables: () => ({ id: ids.standard }), expected: CATALOG_MANAGE },
  { name: 'storageLocationCreate', query: `mutation { storageLocationCreate(input: { code: "NORTH", name: "Taken" }) { userErrors { code } } }`, expected: CATALOG_MANAGE },
  { name: 'storageLocationUpdate', query: `mutation($id: ID!) { storageLocationUpdate(input: { id: $id, name: "North" }) { userErrors { code } } }`, variables: () => ({ id: ids.north }), expected: CATALOG_MANAGE },
  { name: 'productPricesSet', query: `mutation($id: ID!) { productPricesSet(input: { priceLevelId: $id, prices: [] }) { userErrors { code } } }`, variables: () => ({ id: ids.standard }), expected: CATALOG_MANAGE },
  { name: 'stockLevelsSet', query: `mutation($id: ID!) { stockLevelsSet(input: { storageLocationId: $id, levels: [] }) { userErrors { code } } }`, variables: () => ({ id: ids.north }), expected: CATALOG_MANAGE },
  { name: 'brandCreate', query: `mutation { brandCreate(input: { name: "" }) { userErrors { code } } }`, expected: CATALOG_MANAGE },
  { name: 'tagCreate', query: `mutation { tagCreate(input: { name: "" }) { userErrors { code } } }`, expected: CATALOG_MANAGE },
  { name: 'catalogImportPreview', query: `mutation { catalogImportPreview(input: { csv: "reference;name" }) { userErrors { code } } }`, expected: CATALOG_MANAGE },
  // Issue 15, D1: VAT rates are managed like price levels and read like them.
  { name: 'taxRates', query: `{ taxRates { id } }`, expected: { ...STAFF_ONLY, tokenWithoutScope: 'ok', catalogToken: 'ok' } },
  { name: 'taxRateCreate', query: `mutation { taxRateCreate(input: { name: "", percentage: "20" }) { userErrors { code } } }`, expected: { ...CATALOG_MANAGE, sales: 'FORBIDDEN' } },
  { name: 'taxRateUpdate', query: `mutation { taxRateUpdate(input: { id: "bm90OmFueXRoaW5n", name: "x" }) { userErrors { code } } }`, expected: { ...CATALOG_MANAGE, sales: 'FORBIDDEN', admin: 'NOT_FOUND', catalogToken: 'NOT_FOUND' } },
  { name: 'taxRateDelete', query: `mutation { taxRateDelete(input: { id: "bm90OmFueXRoaW5n" }) { userErrors { code } } }`, expected: { ...CATALOG_MANAGE, sales: 'FORBIDDEN', admin: 'NOT_FOUND', catalogToken: 'NOT_FOUND' } },
  { name: 'catalogImportStart', query: `mutation { catalogImportStart(input: { csv: "", mode: VALID_ROWS, idempotencyKey: "matrix" }) { userErrors { code } } }`, expected: CATALOG_MANAGE },
  { name: 'productsUpsert', query: `mutation { productsUpsert(input: { items: [] }) { userErrors { code } } }`, expected: CATALOG_MANAGE },
  { name: 'productPricesUpsert', query: `mutation { productPricesUpsert(input: { items: [] }) { userErrors { code } } }`, expected: CATALOG_MANAGE },
  { name: 'stockLevelsUpsert', query: `mutation { stockLevelsUpsert(input: { items: [] }) { userErrors { code } } }`, expected: CATALOG_MANAGE },
  { name: 'customersUpsert', query: `mutation { customersUpsert(input: { items: [] }) { userErrors { code } } }`, expected: CUSTOMERS_SYNC },
  { name: 'task (CATALOG_MANAGE follows its imports)', query: `query($id: ID!) { task(id: $id) { status } }`, variables: () => ({ id: ids.task }), expected: { ...MANAGE, catalogToken: 'ok' } },
  { name: 'product prices (CATALOG_MANAGE includes CATALOG_READ)', query: `query($id: ID!) { product(id: $id) { prices { amount { amount } } } }`, variables: () => ({ id: ids.coffee }), expected: { ...STAFF_ONLY, tokenWithoutScope: 'ok', catalogToken: 'ok' } },
  // Issue 16: names per language; their list is for staff and catalog tokens.
  { name: 'product translations', query: `query($id: ID!) { product(id: $id) { translations { language name } } }`, variables: () => ({ id: ids.coffee }), expected: { ...STAFF_ONLY, tokenWithoutScope: 'ok', catalogToken: 'ok' } },
  { name: 'productUpdate translations', query: `mutation($id: ID!) { productUpdate(input: { id: $id, translations: [{ language: NL, name: "Koffiebonen" }] }) { userErrors { code } } }`, variables: () => ({ id: ids.coffee }), expected: CATALOG_MANAGE },
  { name: 'seasonCreate translations', query: `mutation { seasonCreate(input: { name: "", translations: [{ language: FR, name: "Été" }] }) { userErrors { code } } }`, expected: CATALOG_MANAGE },
];

describe('authorization matrix for catalog management', () => {
  for (const op of CATALOG_OPS) {
    it(op.name, async () => {
      const actual: Record<string, Outcome> = {};
      for (const role of CATALOG_ROLES) {
        const token = role === 'catalogToken' ? catalogToken : tokens[role];
        const r = await server.graphql(op.query, op.variables?.() ?? {}, { token });
        actual[role] = r.errors?.length ? (r.errors[0].extensions.code as Outcome) : 'ok';
      }
      expect(actual).toEqual(op.expected);
    });
  }
});

// Webhooks (issue 14 E4, decision 34): admins and WEBHOOKS_MANAGE tokens; sales staff and tokens of
// other scopes are refused.
const WEBHOOK_ROLES = [...ROLES, 'webhooksToken'] as const;
type WebhookRoleName = (typeof WEBHOOK_ROLES)[number];
const WEBHOOKS: Record<WebhookRoleName, Outcome> = { ...ADMIN_ONLY, webhooksToken: 'ok' };
const WEBHOOKS_NOT_FOUND: Record<WebhookRoleName, Outcome> = { ...ADMIN_ONLY, admin: 'NOT_FOUND', webhooksToken: 'NOT_FOUND' };
const webhookIds: Record<string, string> = {};
let webhooksToken: string;
const WEBHOOK_OPS: Array<{ name: string; query: string; variables?: () => Record<string, unknown>; expected: Record<WebhookRoleName, Outcome> }> = [
  { name: 'webhookEndpoints', query: `{ webhookEndpoints(first: 5) { edges { node { id url deliveries(first: 1) { totalCount } } } } }`, expected: WEBHOOKS },
  { name: 'webhookEndpointCreate', query: `mutation { webhookEndpointCreate(input: { url: "not a url", events: [ORDER_PLACED] }) { secret userErrors { code } } }`, expected: WEBHOOKS },
  { name: 'webhookEndpointUpdate', query: `mutation($id: ID!) { webhookEndpointUpdate(input: { id: $id }) { userErrors { code } } }`, variables: () => ({ id: webhookIds.endpoint }), expected: WEBHOOKS },
  { name: 'webhookEndpointRotateSecret', query: `mutation($id: ID!) { webhookEndpointRotateSecret(input: { id: $id }) { userErrors { code } } }`, variables: () => ({ id: webhookIds.endpoint }), expected: WEBHOOKS },
  { name: 'webhookEndpointSendTest', query: `mutation($id: ID!) { webhookEndpointSendTest(input: { id: $id }) { userErrors { code } } }`, variables: () => ({ id: webhookIds.endpoint }), expected: WEBHOOKS },
  { name: 'webhookDeliveryRedeliver', query: `mutation($id: ID!) { webhookDeliveryRedeliver(input: { id: $id }) { userErrors { code } } }`, variables: () => ({ id: webhookIds.delivery }), expected: WEBHOOKS },
  { name: 'webhookEndpointDelete (no such endpoint)', query: `mutation($id: ID!) { webhookEndpointDelete(input: { id: $id }) { deletedId } }`, variables: () => ({ id: toGlobalId('WebhookEndpoint', '00000000-0000-4000-8000-000000000000') }), expected: WEBHOOKS_NOT_FOUND },
  // node(id) answers null to whoever may not see the type (as for every other node type).
  {
    name: 'node(WebhookEndpoint)', query: `query($id: ID!) { node(id: $id) { id } }`, variables: () => ({ id: webhookIds.endpoint }),
    expected: { ...(Object.fromEntries(WEBHOOK_ROLES.map((r) => [r, 'NOT_FOUND'])) as Record<WebhookRoleName, Outcome>), anonymous: 'UNAUTHENTICATED', blocked: 'UNAUTHENTICATED', admin: 'ok', webhooksToken: 'ok' },
  },
];

describe('authorization matrix for webhooks', () => {
  beforeAll(async () => {
    webhooksToken = (await server.graphql(`mutation { apiTokenCreate(input: { name: "hooks", scopes: [WEBHOOKS_MANAGE] }) { token } }`, {}, { token: tokens.admin })).data.apiTokenCreate.token;
    const created = await server.graphql(`mutation { webhookEndpointCreate(input: { url: "http://127.0.0.1:9/hook", events: [ORDER_PLACED], active: false }) { webhookEndpoint { id } } }`, {}, { token: tokens.admin });
    webhookIds.endpoint = created.data.webhookEndpointCreate.webhookEndpoint.id;
    const test = await server.graphql(`mutation($id: ID!) { webhookEndpointSendTest(input: { id: $id }) { webhookDelivery { id } } }`, { id: webhookIds.endpoint }, { token: tokens.admin });
    webhookIds.delivery = test.data.webhookEndpointSendTest.webhookDelivery.id;
  });
  for (const op of WEBHOOK_OPS) {
    it(op.name, async () => {
      const actual: Record<string, Outcome> = {};
      for (const role of WEBHOOK_ROLES) {
        const token = role === 'webhooksToken' ? webhooksToken : tokens[role];
        const r = await server.graphql(op.query, op.variables?.() ?? {}, { token });
        actual[role] = r.errors?.length ? (r.errors[0].extensions.code as Outcome) : r.data && 'node' in r.data && !r.data.node ? 'NOT_FOUND' : 'ok';
      }
      expect(actual).toEqual(op.expected);
    });
  }
});

// Order documents as PDF (issue 15 D2): the same callers as `order(id:)`, as HTTP statuses. The
// delivery note of an order not yet shipped answers 409 to whoever may see the order.
const STATUS: Record<Outcome, number> = { ok: 200, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, PASSWORD_CHANGE_REQUIRED: 403 };
describe('authorization matrix for order PDFs', () => {
  for (const [name, okStatus] of [['confirmation', 200], ['delivery-note', 409]] as const) {
    it(`GET /api/orders/:id/${name}.pdf`, async () => {
      const actual: Record<string, number> = {};
      for (const role of ROLES) {
        const token = tokens[role];
        const res = await fetch(`${server.url}/api/orders/${ids.order}/${name}.pdf`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
        await res.arrayBuffer();
        actual[role] = res.status;
      }
      const expected = Object.fromEntries(ROLES.map((r) => [r, OWN_ORDER[r] === 'ok' ? okStatus : STATUS[OWN_ORDER[r]]]));
      expect(actual).toEqual(expected);
    });
  }
});

// The letterhead (issue 15 D2, decision 44): the logo is set and removed by admins, seen by staff;
// the sample confirmation (the letterhead's preview) is for staff.
describe('authorization matrix for the letterhead', () => {
  const call = async (method: string, path: string, role: RoleName) => {
    const token = tokens[role];
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    let body: FormData | undefined;
    if (method === 'POST') {
      body = new FormData();
      body.append('logo', new Blob([new Uint8Array(sampleLogo())], { type: 'image/png' }), 'logo.png');
    }
    const res = await fetch(`${server.url}${path}`, { method, headers, body });
    await res.arrayBuffer();
    return res.status;
  };
  const run = async (method: string, path: string, expected: Record<RoleName, Outcome>, okStatus: number) => {
    const actual: Record<string, number> = {};
    for (const role of ROLES) actual[role] = await call(method, path, role);
    expect(actual).toEqual(Object.fromEntries(ROLES.map((r) => [r, expected[r] === 'ok' ? okStatus : STATUS[expected[r]]])));
  };
  it('POST /api/settings/logo', () => run('POST', '/api/settings/logo', ADMIN_ONLY, 200));
  it('GET /api/settings/logo', () => run('GET', '/api/settings/logo', STAFF_ONLY, 200));
  it('GET /api/settings/sample-confirmation.pdf', () => run('GET', '/api/settings/sample-confirmation.pdf', STAFF_ONLY, 200));
  it('DELETE /api/settings/logo', () => run('DELETE', '/api/settings/logo', ADMIN_ONLY, 204));
});

// The PDFs an email carried, in the hub's mailbox (decision 0059): staff only; any other signed-in
// caller (a shop user, a token) gets 404, as if the email did not exist.
describe('authorization matrix for the mailbox\'s attachments', () => {
  it('GET /api/mailbox/:id/attachments/:position', async () => {
    const emails = await eventually(async () => {
      const r = await server.graphql(`{ outboxEmails(first: 50) { edges { node { id template attachments { downloadUrl } } } } }`, {}, { token: tokens.admin });
      return r.data.outboxEmails.edges.find((e: any) => e.node.template === 'order-placed') ?? null;
    });
    const path = new URL(emails.node.attachments[0].downloadUrl).pathname;
    expect(path).toBe(`/api/mailbox/${encodeURIComponent(emails.node.id)}/attachments/0`);
    const actual: Record<string, number> = {};
    for (const role of ROLES) {
      const token = tokens[role];
      const res = await fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      await res.arrayBuffer();
      actual[role] = res.status;
    }
    expect(actual).toEqual(Object.fromEntries(ROLES.map((r) => [r, STAFF_ONLY[r] === 'ok' ? 200 : STAFF_ONLY[r] === 'UNAUTHENTICATED' ? 401 : 404])));
  });
});
