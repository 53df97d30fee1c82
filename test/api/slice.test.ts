import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { startFakeResend } from '../support/fake-resend.js';
import { createCatalog, createStaff, eventually, signInShop, signInStaff } from '../support/fixtures.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';

// The walking skeleton through the API: staff → customer → access → email → shop user → order → staff.

let server: TestServer;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let staffToken: string;
let catalog: Awaited<ReturnType<typeof createCatalog>>;

const CREATE = `mutation($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id name customerNumber documentLanguage contacts { email } } userErrors { field code message } } }`;
const GRANT = `mutation($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { temporaryPassword storeAccess { id email status } userErrors { field code message } } }`;
const PRODUCTS = `query($q: String) { products(first: 10, query: $q) { totalCount edges { node { id reference name price { amount currencyCode } stock orderable } } } }`;
const ADD = `mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { cart { lines { id quantity product { reference } lineTotal { amount } } subtotal { amount } } userErrors { field code message } } }`;
const PLACE = `mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number status subtotal { amount } shippingCost { amount } total { amount currencyCode } lines { reference quantity unitPrice { amount } lineTotal { amount } } } userErrors { code message } } }`;

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({ RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url, PUBLIC_URL: 'https://shop.example.test' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'sales@supplier.test', password: 'sales1234', role: StaffRole.SALES });
  catalog = await createCatalog(em);
  staffToken = await signInStaff(server, 'sales@supplier.test', 'sales1234');
});

afterAll(async () => {
  await server?.close();
  await resend?.close();
});

describe('the thin slice', () => {
  let customerId: string;
  let temporaryPassword: string;
  let shopToken: string;
  let orderId: string;

  it('staff create a customer with an email and a document language', async () => {
    const r = await server.graphql(
      CREATE,
      { i: { name: 'Bistro Lumière', customerNumber: 'C-100', documentLanguage: 'FR', priceLevelId: catalog.gid('PriceLevel', catalog.horeca.id), storageLocationId: catalog.gid('StorageLocation', catalog.south.id), contacts: [{ name: 'Jeanne', email: ' Jeanne@Bistro.test ' }] } },
      { token: staffToken },
    );
    expect(r.data.customerCreate.userErrors).toEqual([]);
    expect(r.data.customerCreate.customer).toMatchObject({ name: 'Bistro Lumière', customerNumber: 'C-100', documentLanguage: 'FR', contacts: [{ email: 'jeanne@bistro.test' }] });
    customerId = r.data.customerCreate.customer.id;
  });

  it('refuses a duplicate customer number with a translated userError and writes nothing', async () => {
    const r = await server.graphql(CREATE, { i: { name: 'Other', customerNumber: 'C-100' } }, { token: staffToken, language: 'fr' });
    // the staff member's own language (EN) wins over Accept-Language
    expect(r.data.customerCreate).toEqual({
      customer: null,
      userErrors: [{ field: ['input', 'customerNumber'], code: 'CUSTOMER_NUMBER_TAKEN', message: 'Customer number C-100 is already used by another customer.' }],
    });
    const list = await server.graphql(`{ customers(first: 10) { totalCount } }`, {}, { token: staffToken });
    expect(list.data.customers.totalCount).toBe(1);
  });

  it('refuses blank names and bad emails field by field', async () => {
    const r = await server.graphql(CREATE, { i: { name: ' ', customerNumber: 'C-101', contacts: [{ email: 'not-an-email' }] } }, { token: staffToken });
    expect(r.data.customerCreate.userErrors.map((e: any) => [e.code, e.field.join('.')])).toEqual([
      ['REQUIRED', 'input.name'],
      ['INVALID_EMAIL', 'input.contacts.0.email'],
    ]);
  });

  it('grant refuses an email that is not the customer\'s, and mismatched typed passwords', async () => {
    const notTheirs = await server.graphql(GRANT, { i: { customerId, email: 'someone@else.test' } }, { token: staffToken });
    expect(notTheirs.data.storeAccessGrant.userErrors[0].code).toBe('EMAIL_NOT_OF_CUSTOMER');
    const weak = await server.graphql(GRANT, { i: { customerId, email: 'jeanne@bistro.test', password: 'short', passwordConfirmation: 'short' } }, { token: staffToken });
    expect(weak.data.storeAccessGrant.userErrors[0].code).toBe('PASSWORD_TOO_WEAK');
    const mismatch = await server.graphql(GRANT, { i: { customerId, email: 'jeanne@bistro.test', password: 'abcd1234', passwordConfirmation: 'abcd12345' } }, { token: staffToken });
    expect(mismatch.data.storeAccessGrant.userErrors[0]).toMatchObject({ code: 'PASSWORD_MISMATCH', field: ['input', 'passwordConfirmation'] });
  });

  it('grants store access with a generated temporary password and emails it in French through Resend', async () => {
    const r = await server.graphql(GRANT, { i: { customerId, email: 'jeanne@bistro.test' } }, { token: staffToken });
    expect(r.data.storeAccessGrant.userErrors).toEqual([]);
    expect(r.data.storeAccessGrant.storeAccess).toMatchObject({ email: 'jeanne@bistro.test', status: 'ACTIVE' });
    temporaryPassword = r.data.storeAccessGrant.temporaryPassword;
    expect(temporaryPassword).toMatch(/^(?=.*\d)(?=.*[a-zA-Z]).{12}$/);

    const sent = await eventually(async () => resend.emails.find((e) => e.to === 'jeanne@bistro.test'));
    expect(sent.subject).toContain('Votre accès');
    expect(sent.html).toContain('https://shop.example.test/sign-in');
    expect(sent.html).toContain('jeanne@bistro.test');
    expect(sent.html).toContain(temporaryPassword);
    expect(sent.text).toContain(temporaryPassword);
    expect(sent.idempotencyKey).toMatch(/^outbox-/);

    const again = await server.graphql(GRANT, { i: { customerId, email: 'jeanne@bistro.test' } }, { token: staffToken });
    expect(again.data.storeAccessGrant.userErrors[0].code).toBe('ACCESS_EXISTS');

    const mailbox = await server.graphql(`{ outboxEmails(first: 5) { edges { node { toAddress template language status providerMessageId } } } }`, {}, { token: staffToken });
    expect(mailbox.data.outboxEmails.edges[0].node).toMatchObject({ toAddress: 'jeanne@bistro.test', template: 'access-granted', language: 'fr', status: 'SENT', providerMessageId: sent.id });
  });

  it('the customer signs in with the temporary password and must change it before anything else', async () => {
    shopToken = await signInShop(server, 'JEANNE@bistro.test', temporaryPassword);
    const blocked = await server.graphql(PRODUCTS, {}, { token: shopToken });
    expect(blocked.errors?.[0].extensions.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(blocked.errors?.[0].message).toBe('Choisissez un nouveau mot de passe avant de continuer.');

    const viewer = await server.graphql(`{ viewer { kind mustChangePassword language customer { name } } }`, {}, { token: shopToken });
    expect(viewer.data.viewer).toEqual({ kind: 'SHOP_USER', mustChangePassword: true, language: 'FR', customer: { name: 'Bistro Lumière' } });

    const CHANGE = `mutation($i: ShopUserPasswordChangeInput!) { shopUserPasswordChange(input: $i) { shopUser { mustChangePassword } userErrors { field code } } }`;
    const same = await server.graphql(CHANGE, { i: { currentPassword: temporaryPassword, newPassword: temporaryPassword, newPasswordConfirmation: temporaryPassword } }, { token: shopToken });
    expect(same.data.shopUserPasswordChange.userErrors[0].code).toBe('PASSWORD_UNCHANGED');
    const weak = await server.graphql(CHANGE, { i: { currentPassword: temporaryPassword, newPassword: 'password', newPasswordConfirmation: 'password' } }, { token: shopToken });
    expect(weak.data.shopUserPasswordChange.userErrors[0].code).toBe('PASSWORD_TOO_WEAK');
    const wrong = await server.graphql(CHANGE, { i: { currentPassword: 'nope', newPassword: 'Bistro2026', newPasswordConfirmation: 'Bistro2026' } }, { token: shopToken });
    expect(wrong.data.shopUserPasswordChange.userErrors[0].code).toBe('WRONG_PASSWORD');
    const ok = await server.graphql(CHANGE, { i: { currentPassword: temporaryPassword, newPassword: 'Bistro2026', newPasswordConfirmation: 'Bistro2026' } }, { token: shopToken });
    expect(ok.data.shopUserPasswordChange).toEqual({ shopUser: { mustChangePassword: false }, userErrors: [] });
  });

  it('sees the products with its price level\'s prices and its location\'s stock; unpriced ones are not orderable', async () => {
    const r = await server.graphql(PRODUCTS, {}, { token: shopToken });
    const byRef = Object.fromEntries(r.data.products.edges.map((e: any) => [e.node.reference, e.node]));
    expect(Object.keys(byRef).sort()).toEqual(['COF-1', 'NOP-1', 'WAT-1']); // the inactive product is hidden
    expect(byRef['COF-1']).toMatchObject({ price: { amount: '11.25', currencyCode: 'EUR' }, stock: 7, orderable: true });
    expect(byRef['WAT-1']).toMatchObject({ price: null, orderable: false }); // no HORECA price: never zero
    const staffView = await server.graphql(PRODUCTS, { q: 'espresso' }, { token: staffToken });
    expect(staffView.data.products.edges.map((e: any) => e.node.price.amount)).toEqual(['12.50']);
    const byBarcode = await server.graphql(PRODUCTS, { q: '5400000000010' }, { token: shopToken });
    expect(byBarcode.data.products.totalCount).toBe(1);
  });

  it('adds to the cart, reporting bad lines while keeping good ones', async () => {
    const coffee = catalog.gid('Product', catalog.coffee.id);
    const r = await server.graphql(
      ADD,
      { i: { lines: [{ productId: coffee, quantity: 2 }, { productId: catalog.gid('Product', catalog.water.id), quantity: 1 }, { productId: catalog.gid('Product', catalog.inactive.id), quantity: 1 }, { productId: coffee, quantity: 0 }, { productId: coffee, quantity: 1 }] } },
      { token: shopToken },
    );
    expect(r.data.cartLinesAdd.userErrors.map((e: any) => [e.code, e.field.join('.')])).toEqual([
      ['PRODUCT_NOT_ORDERABLE', 'input.lines.1.productId'],
      ['PRODUCT_NOT_FOUND', 'input.lines.2.productId'],
      ['INVALID_QUANTITY', 'input.lines.3.quantity'],
    ]);
    expect(r.data.cartLinesAdd.cart.lines).toMatchObject([{ quantity: 3, product: { reference: 'COF-1' }, lineTotal: { amount: '33.75' } }]);
  });

  it('places the order once, however often the request is retried, even concurrently', async () => {
    const input = { i: { idempotencyKey: 'order-attempt-1', purchaseOrderReference: 'PO-77' } };
    const results = await Promise.all([1, 2, 3].map(() => server.graphql(PLACE, input, { token: shopToken })));
    const ids = new Set(results.map((r) => r.data.orderPlace.order?.id));
    expect(ids.size).toBe(1);
    const order = results[0].data.orderPlace.order;
    expect(order).toMatchObject({
      status: 'SUBMITTED',
      subtotal: { amount: '33.75' },
      shippingCost: { amount: '22.50' },
      total: { amount: '56.25', currencyCode: 'EUR' },
      lines: [{ reference: 'COF-1', quantity: 3, unitPrice: { amount: '11.25' }, lineTotal: { amount: '33.75' } }],
    });
    orderId = order.id;
    const cart = await server.graphql(`{ cart { lines { id } } }`, {}, { token: shopToken });
    expect(cart.data.cart.lines).toEqual([]);
    const retry = await server.graphql(PLACE, input, { token: shopToken });
    expect(retry.data.orderPlace.order.id).toBe(orderId);
    const confirmation = await eventually(async () => resend.emails.find((e) => e.subject.includes(order.number)));
    expect(confirmation.to).toBe('jeanne@bistro.test');
    expect(confirmation.html).toContain('PO-77');
  });

  it('an empty cart cannot be placed', async () => {
    const r = await server.graphql(PLACE, { i: { idempotencyKey: 'order-attempt-2' } }, { token: shopToken });
    expect(r.data.orderPlace.userErrors[0]).toMatchObject({ code: 'CART_EMPTY', message: 'Votre panier est vide.' });
  });

  it('staff see the order in the hub; another customer\'s user gets NOT_FOUND', async () => {
    const r = await server.graphql(`{ orders(first: 5) { totalCount edges { node { id number customer { name } placedBy { email } } } } }`, {}, { token: staffToken });
    expect(r.data.orders.totalCount).toBe(1);
    expect(r.data.orders.edges[0].node).toMatchObject({ id: orderId, customer: { name: 'Bistro Lumière' }, placedBy: { email: 'jeanne@bistro.test' } });

    const other = await server.graphql(CREATE, { i: { name: 'Café Zuid', customerNumber: 'C-200', contacts: [{ email: 'piet@zuid.test' }] } }, { token: staffToken });
    const grant = await server.graphql(GRANT, { i: { customerId: other.data.customerCreate.customer.id, email: 'piet@zuid.test', password: 'Zuid2026x', passwordConfirmation: 'Zuid2026x' } }, { token: staffToken });
    expect(grant.data.storeAccessGrant.userErrors).toEqual([]);
    const pietToken = await signInShop(server, 'piet@zuid.test', 'Zuid2026x');
    await server.graphql(`mutation { shopUserPasswordChange(input: { currentPassword: "Zuid2026x", newPassword: "Zuid2027y", newPasswordConfirmation: "Zuid2027y" }) { userErrors { code } } }`, {}, { token: pietToken });
    const peek = await server.graphql(`query($id: ID!) { order(id: $id) { number } }`, { id: orderId }, { token: pietToken });
    expect(peek.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const node = await server.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: orderId }, { token: pietToken });
    expect(node.data.node).toBeNull();
    const list = await server.graphql(`{ orders(first: 5) { totalCount } }`, {}, { token: pietToken });
    expect(list.data.orders.totalCount).toBe(0);
    const customers = await server.graphql(`{ customers(first: 5) { totalCount } }`, {}, { token: pietToken });
    expect(customers.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
