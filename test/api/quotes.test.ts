import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createApiToken, createCatalog, createStaff, signInShop, signInStaff } from '../support/fixtures.js';
import { PASSWORD_CHANGE } from '../support/graphql-ops.js';
import { ApiScope } from '../../server/modules/access/entities/api-token.entity.js';
import { Language } from '../../server/common/language.js';
import { toGlobalId } from '../../server/common/global-id.js';

// Negotiated quotes (issue 19 B3, decision 60): requested from the cart, priced and sent by the
// supplier (staff or an ERP's token), accepted into an order at the quote's prices, declined,
// commented; expiry checked when accepting; another customer's quote does not exist.

let server: TestServer;
let staff: string;
let alice: string;
let other: string;
let erp: string;
let catalogToken: string;
let catalog: Awaited<ReturnType<typeof createCatalog>>;
const gid = (id: string) => toGlobalId('Product', id);

const QUOTE_FIELDS = `id number status expiresOn buyerMessage staffMessage lineCount total { amount currencyCode }
  lines { id reference name quantity listPrice { amount } unitPrice { amount } lineTotal { amount } discountPercent }
  history { kind authorName fromStaff message total { amount } } thread { kind message fromStaff }
  order { number subtotal { amount } shippingCost { amount } taxComputed taxTotal { amount } total { amount } lines { reference quantity unitPrice { amount } lineTotal { amount } } }`;
const REQUEST = `mutation($i: QuoteRequestInput!) { quoteRequest(input: $i) { quote { ${QUOTE_FIELDS} } userErrors { field code message } } }`;
const UPDATE = `mutation($i: QuoteUpdateInput!) { quoteUpdate(input: $i) { quote { ${QUOTE_FIELDS} } userErrors { field code message } } }`;
const SEND = `mutation($i: QuoteSendInput!) { quoteSend(input: $i) { quote { ${QUOTE_FIELDS} } userErrors { field code message } } }`;
const ACCEPT = `mutation($i: QuoteAcceptInput!) { quoteAccept(input: $i) { quote { ${QUOTE_FIELDS} } order { id number } userErrors { field code message } } }`;
const DECLINE = `mutation($i: QuoteDeclineInput!) { quoteDecline(input: $i) { quote { status } userErrors { field code message } } }`;
const COMMENT = `mutation($i: QuoteCommentInput!) { quoteComment(input: $i) { quote { thread { message fromStaff } } userErrors { field code message } } }`;
const QUOTE = `query($id: ID!) { quote(id: $id) { ${QUOTE_FIELDS} } }`;

async function user(customer: string, email: string): Promise<string> {
  await server.graphql(`mutation($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { userErrors { code } } }`, { i: { customerId: customer, email, password: 'quot1234', passwordConfirmation: 'quot1234' } }, { token: staff });
  const token = await signInShop(server, email, 'quot1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'quot1234', newPassword: 'quot5678', newPasswordConfirmation: 'quot5678' } }, { token });
  return token;
}
async function customer(n: string, email: string): Promise<string> {
  const r = await server.graphql(`mutation($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id } userErrors { code } } }`, { i: { name: `Quotes ${n}`, customerNumber: n, contacts: [{ email }] } }, { token: staff });
  return r.data.customerCreate.customer.id;
}
async function fillCart(token: string, lines: Array<[string, number]>) {
  const r = await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: lines.map(([id, quantity]) => ({ productId: gid(id), quantity })) } }, { token });
  expect(r.data.cartLinesAdd.userErrors).toEqual([]);
}
async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  return server.app.services.orm.em.fork().getConnection().execute(text, params);
}
const emails = (number: string) => sql<{ template: string; to_address: string; language: string; props: Record<string, string> }>(`select template, to_address, language, props from outbox_email where template = 'quote' and props->>'quoteNumber' = ? order by created_at, id`, [number]);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'staff@quotes.test', password: 'staff1234', language: Language.FR });
  catalog = await createCatalog(em);
  erp = await createApiToken(em, 'ERP', [ApiScope.ORDERS_MANAGE]);
  catalogToken = await createApiToken(em, 'Catalog', [ApiScope.CATALOG_READ]);
  staff = await signInStaff(server, 'staff@quotes.test', 'staff1234');
  // VAT is computed on the order as for any order: a default rate of 20 %.
  const rate = await server.graphql(`mutation { taxRateCreate(input: { name: "VAT 20 %", percentage: "20", isDefault: true }) { userErrors { code } } }`, {}, { token: staff });
  expect(rate.data.taxRateCreate.userErrors).toEqual([]);
  alice = await user(await customer('Q-1', 'alice@quotes.test'), 'alice@quotes.test');
  other = await user(await customer('Q-2', 'other@quotes.test'), 'other@quotes.test');
});
afterAll(() => server?.close());

describe('quotes', () => {
  it('go from the cart to a proposal to an order at the quoted prices, exact to the cent', async () => {
    await fillCart(alice, [[catalog.coffee.id, 10], [catalog.water.id, 48]]);
    const requested = await server.graphql(REQUEST, { i: { message: '  We plan 20 kg a month.  ' } }, { token: alice });
    expect(requested.data.quoteRequest.userErrors).toEqual([]);
    const q = requested.data.quoteRequest.quote;
    expect(q).toMatchObject({ status: 'REQUESTED', buyerMessage: 'We plan 20 kg a month.', lineCount: 2, total: { amount: '163.40', currencyCode: 'EUR' } });
    expect(q.lines.map((l: any) => [l.reference, l.quantity, l.listPrice.amount, l.unitPrice.amount, l.discountPercent])).toEqual([['COF-1', 10, '12.50', '12.50', null], ['WAT-1', 48, '0.80', '0.80', null]]);
    expect(q.number).toMatch(/^Q-\d{6}$/);
    // The cart's lines moved into the quote.
    expect((await server.graphql(`{ cart { lines { id } } }`, {}, { token: alice })).data.cart.lines).toEqual([]);
    // Staff see it in the bell and are emailed in their language.
    const bell = await server.graphql(`{ hubNotifications { requestedQuoteCount unreadQuoteCount requestedQuotes { number } } }`, {}, { token: staff });
    expect(bell.data.hubNotifications).toMatchObject({ requestedQuoteCount: 1, unreadQuoteCount: 1, requestedQuotes: [{ number: q.number }] });
    expect((await emails(q.number)).map((e) => [e.to_address, e.language, e.props.kind, e.props.audience])).toEqual([['staff@quotes.test', 'fr', 'requested', 'staff']]);

    // A buyer cannot accept a quote not sent yet, nor change it.
    expect((await server.graphql(ACCEPT, { i: { quoteId: q.id } }, { token: alice })).data.quoteAccept.userErrors.map((e: any) => e.code)).toEqual(['QUOTE_NOT_OPEN']);
    expect((await server.graphql(UPDATE, { i: { quoteId: q.id, discountPercent: '50' } }, { token: alice })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Staff: a bad line writes nothing (an unpriced product needs a price).
    const bad = await server.graphql(UPDATE, { i: { quoteId: q.id, discountPercent: '10', lines: [{ productId: gid(catalog.unpriced.id), quantity: 3 }, { lineId: q.lines[0].id, unitPrice: '-1' }] } }, { token: staff });
    expect(bad.data.quoteUpdate.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([['input.lines.0.unitPrice', 'REQUIRED'], ['input.lines.1.unitPrice', 'INVALID_AMOUNT']]);
    expect((await server.graphql(QUOTE, { id: q.id }, { token: staff })).data.quote.lines.map((l: any) => l.unitPrice.amount)).toEqual(['12.50', '0.80']);

    // An overall 10 % first, then per line: a price, a discount, a new line, a new quantity.
    const updated = await server.graphql(UPDATE, {
      i: {
        quoteId: q.id, discountPercent: '10', expiresOn: day(10), message: 'Our best price for 20 kg.',
        lines: [{ lineId: q.lines[0].id, quantity: 20, unitPrice: '11.1234' }, { lineId: q.lines[1].id, discountPercent: '12.5' }, { productId: gid(catalog.unpriced.id), quantity: 3, unitPrice: '2.3333' }],
      },
    }, { token: staff });
    expect(updated.data.quoteUpdate.userErrors).toEqual([]);
    const u = updated.data.quoteUpdate.quote;
    expect(u.lines.map((l: any) => [l.reference, l.quantity, l.unitPrice.amount, l.lineTotal.amount, l.discountPercent])).toEqual([
      ['COF-1', 20, '11.1234', '222.47', '11.01'],
      ['WAT-1', 48, '0.70', '33.60', '12.50'],
      ['NOP-1', 3, '2.3333', '7.00', null],
    ]);
    expect(u).toMatchObject({ status: 'REQUESTED', expiresOn: day(10), staffMessage: 'Our best price for 20 kg.', total: { amount: '263.07' } });

    // The thread: the buyer asks, staff answer; each side is emailed about the other's comment.
    expect((await server.graphql(COMMENT, { i: { quoteId: q.id, message: '   ' } }, { token: alice })).data.quoteComment.userErrors.map((e: any) => e.code)).toEqual(['REQUIRED']);
    await server.graphql(COMMENT, { i: { quoteId: q.id, message: 'Can you deliver on Fridays?' } }, { token: alice });
    const answered = await server.graphql(COMMENT, { i: { quoteId: q.id, message: 'Yes, every Friday.' } }, { token: staff });
    expect(answered.data.quoteComment.quote.thread.map((c: any) => [c.message, c.fromStaff])).toEqual([
      ['We plan 20 kg a month.', false], ['Can you deliver on Fridays?', false], ['Yes, every Friday.', true],
    ]);

    // Sending: the buyer is emailed in the customer's document language.
    expect((await server.graphql(SEND, { i: { quoteId: q.id, expiresOn: day(-1) } }, { token: staff })).data.quoteSend.userErrors.map((e: any) => e.code)).toEqual(['DATE_IN_PAST']);
    const sent = await server.graphql(SEND, { i: { quoteId: q.id } }, { token: staff });
    expect(sent.data.quoteSend.userErrors).toEqual([]);
    expect(sent.data.quoteSend.quote.status).toBe('SENT');
    const mails = await emails(q.number);
    expect(mails.filter((e) => e.props.audience === 'customer').map((e) => [e.to_address, e.props.kind])).toEqual([['alice@quotes.test', 'commented'], ['alice@quotes.test', 'sent']]);
    expect(mails.filter((e) => e.props.audience === 'staff').map((e) => e.props.kind)).toEqual(['requested', 'commented']);
    expect(mails.at(-1)!.props).toMatchObject({ total: '263.07', expiresOn: day(10), message: 'Our best price for 20 kg.' });

    // Today's price rises: accepting keeps the quote's prices; VAT and shipping as for any order.
    await sql(`update product_price set amount = 99 where product_id = ?`, [catalog.coffee.id]);
    const accepted = await server.graphql(ACCEPT, { i: { quoteId: q.id, purchaseOrderReference: 'PO-77' } }, { token: alice });
    expect(accepted.data.quoteAccept.userErrors).toEqual([]);
    const a = accepted.data.quoteAccept.quote;
    expect(a.status).toBe('ACCEPTED');
    expect(a.order.lines.map((l: any) => [l.reference, l.quantity, l.unitPrice.amount, l.lineTotal.amount])).toEqual([
      ['COF-1', 20, '11.1234', '222.47'], ['WAT-1', 48, '0.70', '33.60'], ['NOP-1', 3, '2.3333', '7.00'],
    ]);
    // 263.07 + 15.00 shipping = 278.07 excluding VAT; 20 % VAT per line: 44.49 + 6.72 + 1.40 + 3.00 = 55.61.
    expect(a.order).toMatchObject({ subtotal: { amount: '263.07' }, shippingCost: { amount: '15.00' }, taxComputed: true, taxTotal: { amount: '55.61' }, total: { amount: '333.68' } });
    expect(a.history.map((h: any) => [h.kind, h.fromStaff])).toEqual([
      ['REQUESTED', false], ['UPDATED', true], ['COMMENTED', false], ['COMMENTED', true], ['SENT', true], ['ACCEPTED', false],
    ]);
    expect(a.history.at(-1).message).toBe(a.order.number);
    await sql(`update product_price set amount = 12.50 where product_id = ?`, [catalog.coffee.id]);

    // Staff are told; the audit trail has staff's steps; the buyer's activity its own.
    expect((await emails(q.number)).at(-1)!.props).toMatchObject({ kind: 'accepted', audience: 'staff', orderNumber: a.order.number });
    const audit = await sql<{ action: string }>(`select action::text from audit_event where target_type = 'Quote' order by created_at, id`);
    expect(audit.map((r) => r.action)).toEqual(['QUOTE_UPDATED', 'QUOTE_COMMENTED', 'QUOTE_SENT']);

    // Once accepted: not again, and not editable.
    expect((await server.graphql(ACCEPT, { i: { quoteId: q.id } }, { token: alice })).data.quoteAccept.userErrors.map((e: any) => e.code)).toEqual(['QUOTE_NOT_OPEN']);
    expect((await server.graphql(UPDATE, { i: { quoteId: q.id, discountPercent: '50' } }, { token: staff })).data.quoteUpdate.userErrors.map((e: any) => e.code)).toEqual(['QUOTE_NOT_EDITABLE']);
    expect((await sql<{ n: number }>(`select count(*)::int as n from customer_order where purchase_order_reference = 'PO-77'`))[0]!.n).toBe(1);
  });

  it('cannot be accepted once expired, checked when accepting', async () => {
    await fillCart(alice, [[catalog.coffee.id, 2]]);
    const q = (await server.graphql(REQUEST, { i: {} }, { token: alice })).data.quoteRequest.quote;
    expect((await server.graphql(SEND, { i: { quoteId: q.id } }, { token: staff })).data.quoteSend.userErrors.map((e: any) => [e.field.join('.'), e.code])).toEqual([['input.expiresOn', 'REQUIRED']]);
    await server.graphql(SEND, { i: { quoteId: q.id, expiresOn: day(0) } }, { token: staff });
    expect((await server.graphql(QUOTE, { id: q.id }, { token: alice })).data.quote.status).toBe('SENT');
    // The day passes (no job involved).
    await sql(`update quote set expires_on = ? where id = (select id from quote where number = ?)`, [day(-1), q.number]);
    expect((await server.graphql(QUOTE, { id: q.id }, { token: alice })).data.quote.status).toBe('EXPIRED');
    const refused = await server.graphql(ACCEPT, { i: { quoteId: q.id } }, { token: alice });
    expect(refused.data.quoteAccept.userErrors.map((e: any) => e.code)).toEqual(['QUOTE_EXPIRED']);
    expect(refused.data.quoteAccept.userErrors[0].message).toContain(day(-1));
    expect(refused.data.quoteAccept.order).toBeNull();
    const expired = await server.graphql(`{ quotes(first: 10, status: EXPIRED) { totalCount edges { node { number } } } }`, {}, { token: staff });
    expect(expired.data.quotes.edges.map((e: any) => e.node.number)).toEqual([q.number]);
    // Staff may revise and send it again; the buyer may decline it.
    await server.graphql(SEND, { i: { quoteId: q.id, expiresOn: day(3) } }, { token: staff });
    const declined = await server.graphql(DECLINE, { i: { quoteId: q.id, reason: 'Too late for us.' } }, { token: alice });
    expect(declined.data.quoteDecline).toEqual({ quote: { status: 'DECLINED' }, userErrors: [] });
    expect((await emails(q.number)).at(-1)!.props).toMatchObject({ kind: 'declined', audience: 'staff', message: 'Too late for us.' });
  });

  it('belong to their customer only; an ERP token answers them', async () => {
    await fillCart(alice, [[catalog.water.id, 24]]);
    const q = (await server.graphql(REQUEST, { i: { message: 'x' } }, { token: alice })).data.quoteRequest.quote;

    // Another customer: not listed, and NOT_FOUND by id and for every action.
    const theirs = await server.graphql(`{ quotes(first: 50) { totalCount edges { node { id } } } }`, {}, { token: other });
    expect(theirs.data.quotes.totalCount).toBe(0);
    // The supplier finds it by its customer's name or number (the customer's own filter is ignored).
    const search = (token: string, text: string) => server.graphql(`query($s: String) { quotes(first: 50, customerSearch: $s) { edges { node { id } } } }`, { s: text }, { token });
    expect((await search(staff, 'q-1')).data.quotes.edges.map((e: any) => e.node.id)).toContain(q.id);
    expect((await search(staff, 'Quotes Q-2')).data.quotes.edges).toEqual([]);
    expect((await search(staff, '%')).data.quotes.edges).toEqual([]);
    expect((await search(other, 'Quotes Q-1')).data.quotes.edges).toEqual([]);
    for (const [query, variables] of [
      [QUOTE, { id: q.id }],
      [ACCEPT, { i: { quoteId: q.id } }],
      [DECLINE, { i: { quoteId: q.id } }],
      [COMMENT, { i: { quoteId: q.id, message: 'hello' } }],
    ] as const) {
      const r = await server.graphql(query, variables, { token: other });
      expect(r.errors?.[0]?.extensions?.code, query).toBe('NOT_FOUND');
    }

    // node(id:) answers null for an object the viewer may not see, as for orders.
    expect((await server.graphql(`query($id: ID!) { node(id: $id) { id } }`, { id: q.id }, { token: other })).data.node).toBeNull();
    expect((await server.graphql(`query($id: ID!) { node(id: $id) { ... on Quote { number } } }`, { id: q.id }, { token: alice })).data.node.number).toBe(q.number);

    // The ERP: lists, prices, sends and comments; a catalog token may not.
    const listed = await server.graphql(`{ quotes(first: 1, status: REQUESTED) { edges { node { id number } } } }`, {}, { token: erp });
    expect(listed.data.quotes.edges[0].node.number).toBe(q.number);
    const priced = await server.graphql(UPDATE, { i: { quoteId: q.id, lines: [{ lineId: q.lines[0].id, unitPrice: '0.75' }], expiresOn: day(5) } }, { token: erp });
    expect(priced.data.quoteUpdate.userErrors).toEqual([]);
    expect((await server.graphql(SEND, { i: { quoteId: q.id } }, { token: erp })).data.quoteSend.quote).toMatchObject({ status: 'SENT', total: { amount: '18.00' } });
    expect((await server.graphql(COMMENT, { i: { quoteId: q.id, message: 'From our ERP' } }, { token: erp })).data.quoteComment.quote.thread.at(-1)).toEqual({ message: 'From our ERP', fromStaff: true });
    expect((await server.graphql(QUOTE, { id: q.id }, { token: staff })).data.quote.history.at(-1)).toMatchObject({ kind: 'COMMENTED', authorName: 'ERP' });
    expect((await server.graphql(`{ quotes(first: 1) { totalCount } }`, {}, { token: catalogToken })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Keyset pages, newest first, for the buyer's own quotes.
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await server.graphql(`query($after: String) { quotes(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { number } } } }`, { after }, { token: alice });
      seen.push(...page.data.quotes.edges.map((e: any) => e.node.number));
      if (!page.data.quotes.pageInfo.hasNextPage) break;
      after = page.data.quotes.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(3);
    expect([...seen].sort().reverse()).toEqual(seen);

    // An empty cart cannot be quoted.
    expect((await server.graphql(REQUEST, { i: {} }, { token: alice })).data.quoteRequest.userErrors.map((e: any) => e.code)).toEqual(['CART_EMPTY']);
  });
});
