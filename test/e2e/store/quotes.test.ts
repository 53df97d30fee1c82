import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession } from '../../support/browser.js';
import { createCatalog, createStaff, signInShop, signInStaff } from '../../support/fixtures.js';
import { createCustomer, en, pathOf, signInToStore } from '../../support/e2e.js';
import { GRANT, PASSWORD_CHANGE } from '../../support/graphql-ops.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// Issue 19 B3 in the store: a buyer requests a quote from the cart, the supplier answers through
// the API, the buyer reads the proposal, comments and accepts it (an order at the quote's prices),
// on a phone; on a desktop, a proposal being revised, then expired, cannot be accepted, and is declined.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function seriousAxeFindings(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await (window as any).axe.run(document, { resultTypes: ['violations'] })).violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>);
  // The store's footer (language switcher, contrast) has findings of its own, older than these pages.
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`)).filter((f) => !f.includes('.store-footer'));
}

const UPDATE = `mutation($i: QuoteUpdateInput!) { quoteUpdate(input: $i) { quote { status } userErrors { field code } } }`;
const SEND = `mutation($i: QuoteSendInput!) { quoteSend(input: $i) { quote { status } userErrors { field code } } }`;
const QUOTE = `query($id: ID!) { quote(id: $id) { id number status lines { id reference } } }`;

let server: TestServer;
let browser: Browser;
let catalog: Awaited<ReturnType<typeof createCatalog>>;
let staffToken: string;

/** The text of a translation before its placeholder (given as '@'), to find it whatever the date's format. */
const before = (text: string) => text.slice(0, text.indexOf('@')).trim();
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A customer of its own with one buyer (password changed), and that buyer's API token. */
async function buyer(number: string, email: string): Promise<string> {
  const customerId = await createCustomer(server, staffToken, { name: `Quotes ${number}`, customerNumber: number, contacts: [{ email }] });
  await server.graphql(GRANT, { i: { customerId, email, password: 'temp1234', passwordConfirmation: 'temp1234' } }, { token: staffToken });
  const first = await signInShop(server, email, 'temp1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'temp1234', newPassword: 'quot5678', newPasswordConfirmation: 'quot5678' } }, { token: first });
  return signInShop(server, email, 'quot5678');
}

async function fillCart(token: string, lines: Array<[string, number]>) {
  const r = await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: lines.map(([id, quantity]) => ({ productId: catalog.gid('Product', id), quantity })) } }, { token });
  expect(r.data.cartLinesAdd.userErrors).toEqual([]);
}

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'desk@quotes-store.test', password: 'desk1234', role: StaffRole.SALES });
  catalog = await createCatalog(em);
  staffToken = await signInStaff(server, 'desk@quotes-store.test', 'desk1234');
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('store quotes', () => {
  it('on a phone: requests a quote from the cart, reads the proposal, comments and accepts it at its prices', async () => {
    const shop = await buyer('QS-1', 'bar@quotes-store.test');
    await fillCart(shop, [[catalog.coffee.id, 10], [catalog.water.id, 48]]);
    const { page, problems, context } = await openSession(browser, { viewport: { width: 390, height: 844 } });
    await signInToStore(page, server, 'bar@quotes-store.test', 'quot5678');
    await page.goto(`${server.url}/cart`);
    await page.getByLabel(en('storeQuotes.requestMessage')).fill('We plan 20 kg a month.');
    await page.getByRole('button', { name: en('storeQuotes.request') }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/quotes/'));
    await page.getByRole('status').filter({ hasText: en('storeQuotes.requestedTitle') }).waitFor();
    const quoteId = decodeURIComponent(pathOf(page).split('/')[2]!);
    // Not sent yet: nothing to accept, and the page says why.
    await page.getByText(en('storeQuotes.state.requested')).waitFor();
    expect(await page.getByRole('button', { name: en('storeQuotes.accept') }).isDisabled()).toBe(true);
    expect(await page.locator('.quote-thread__entry').allInnerTexts()).toEqual([expect.stringContaining('We plan 20 kg a month.')]);
    // The cart's lines moved into the quote.
    expect((await server.graphql('{ cart { lines { id } } }', {}, { token: shop })).data.cart.lines).toEqual([]);

    // The supplier answers through the API: a price for the coffee, 10 % off the water, an expiry date, a message.
    const { quote } = (await server.graphql(QUOTE, { id: quoteId }, { token: staffToken })).data;
    const [coffee, water] = quote.lines as Array<{ id: string }>;
    const updated = await server.graphql(UPDATE, { i: { quoteId, expiresOn: day(10), message: 'Our best price for 20 kg.', lines: [{ lineId: coffee!.id, unitPrice: '11.00' }, { lineId: water!.id, discountPercent: '10' }] } }, { token: staffToken });
    expect(updated.data.quoteUpdate.userErrors).toEqual([]);
    const sent = await server.graphql(SEND, { i: { quoteId } }, { token: staffToken });
    expect(sent.data.quoteSend.userErrors).toEqual([]);

    // The email's link lands on the quote's page.
    await page.goto(`${server.url}/quotes/${encodeURIComponent(quoteId)}`);
    await page.getByText('Our best price for 20 kg.').first().waitFor();
    await page.getByText(before(en('storeQuotes.state.sent', { date: '@' }))).waitFor();
    expect(await page.locator('.quote-line td:nth-child(1)').allInnerTexts()).toEqual(['COF-1', 'WAT-1']);
    expect(await page.locator('.quote-line td:nth-child(3)').allInnerTexts()).toEqual(['10', '48']);
    expect(await page.locator('.quote-line td:last-child').allInnerTexts()).toEqual([expect.stringMatching(/110\.00/), expect.stringMatching(/34\.56/)]);
    expect(await page.locator('.quote-line td:nth-child(5)').allInnerTexts()).toEqual([expect.stringMatching(/12/), expect.stringMatching(/10/)]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await seriousAxeFindings(page)).toEqual([]);

    // A comment from the buyer joins the thread; the supplier reads it through the API.
    await page.getByLabel(en('storeQuotes.comment')).fill('Can you deliver on Fridays?');
    await page.getByRole('button', { name: en('storeQuotes.send') }).click();
    await page.locator('.quote-thread__entry').filter({ hasText: 'Can you deliver on Fridays?' }).waitFor();
    expect(await page.getByLabel(en('storeQuotes.comment')).inputValue()).toBe('');
    const thread = await server.graphql(`query($id: ID!) { quote(id: $id) { thread { message fromStaff } } }`, { id: quoteId }, { token: staffToken });
    expect(thread.data.quote.thread.at(-1)).toEqual({ message: 'Can you deliver on Fridays?', fromStaff: false });

    // "My quotes", from the store's main navigation.
    await page.goto(`${server.url}/`);
    await page.getByRole('navigation', { name: en('nav.main') }).getByRole('link', { name: en('storeQuotes.nav') }).click();
    await page.getByRole('heading', { name: en('storeQuotes.title'), level: 1 }).waitFor();
    await page.getByRole('link', { name: quote.number }).waitFor();
    expect(await page.locator('.store-quotes tbody tr').allInnerTexts()).toEqual([expect.stringContaining(en('storeQuotes.status.SENT'))]);
    expect(await page.locator('.store-quotes tbody tr').innerText()).toMatch(/144\.56/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await seriousAxeFindings(page)).toEqual([]);
    await page.getByRole('link', { name: quote.number }).click();

    // Accepting: the order page, at the quote's prices.
    await page.getByLabel(en('storeQuotes.purchaseOrderReference')).fill('PO-778');
    await page.getByRole('button', { name: en('storeQuotes.accept') }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/orders/'));
    await page.getByRole('status').filter({ hasText: en('orders.placedTitle') }).waitFor();
    const orderId = decodeURIComponent(pathOf(page).split('/')[2]!);
    const order = await server.graphql(`query($id: ID!) { order(id: $id) { purchaseOrderReference lines { quantity unitPrice { amount } reference } } }`, { id: orderId }, { token: shop });
    expect(order.data.order.purchaseOrderReference).toBe('PO-778');
    expect(order.data.order.lines.map((l: any) => [l.reference, l.quantity, l.unitPrice.amount])).toEqual([['COF-1', 10, '11.00'], ['WAT-1', 48, '0.72']]);
    expect(await seriousAxeFindings(page)).toEqual([]);

    // The quote now says it became this order, and offers no answer any more.
    await page.goto(`${server.url}/quotes/${encodeURIComponent(quoteId)}`);
    await page.getByText(en('storeQuotes.state.accepted')).waitFor();
    expect(await page.getByRole('button', { name: en('storeQuotes.accept') }).count()).toBe(0);
    await page.getByRole('link', { name: new RegExp(en('storeQuotes.openOrder', { number: '' }).trim()) }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it('on a desktop: a proposal being revised, then expired, cannot be accepted; the buyer declines it after confirming', async () => {
    const shop = await buyer('QS-2', 'cafe@quotes-store.test');
    await fillCart(shop, [[catalog.coffee.id, 4]]);
    const requested = await server.graphql(`mutation { quoteRequest(input: {}) { quote { id number } userErrors { code } } }`, {}, { token: shop });
    expect(requested.data.quoteRequest.userErrors).toEqual([]);
    const { id: quoteId, number } = requested.data.quoteRequest.quote as { id: string; number: string };
    expect((await server.graphql(SEND, { i: { quoteId, expiresOn: day(5) } }, { token: staffToken })).data.quoteSend.userErrors).toEqual([]);
    // Changed after sending: back to the supplier until sent again.
    expect((await server.graphql(UPDATE, { i: { quoteId, discountPercent: '5' } }, { token: staffToken })).data.quoteUpdate.quote.status).toBe('REQUESTED');

    const { page, problems, context } = await openSession(browser);
    await signInToStore(page, server, 'cafe@quotes-store.test', 'quot5678');
    await page.goto(`${server.url}/quotes/${encodeURIComponent(quoteId)}`);
    await page.getByText(en('storeQuotes.state.revising')).waitFor();
    expect(await page.getByRole('button', { name: en('storeQuotes.accept') }).isDisabled()).toBe(true);
    expect(await seriousAxeFindings(page)).toEqual([]);

    // Sent again, then past its expiry date (as if days went by).
    expect((await server.graphql(SEND, { i: { quoteId } }, { token: staffToken })).data.quoteSend.userErrors).toEqual([]);
    await server.app.services.orm.em.fork().getConnection().execute(`update quote set expires_on = current_date - 1 where number = ?`, [number]);
    await page.reload();
    await page.getByText(before(en('storeQuotes.state.expired', { date: '@' }))).waitFor();
    expect(await page.getByRole('button', { name: en('storeQuotes.accept') }).isDisabled()).toBe(true);
    await page.getByText(en('storeQuotes.status.EXPIRED'), { exact: true }).first().waitFor();

    // Declining asks first: dismissing keeps the quote as it is.
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: en('storeQuotes.decline') }).click();
    expect((await server.graphql(`query($id: ID!) { quote(id: $id) { status } }`, { id: quoteId }, { token: shop })).data.quote.status).toBe('EXPIRED');
    await page.getByLabel(en('storeQuotes.declineReason')).fill('Found it cheaper.');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: en('storeQuotes.decline') }).click();
    await page.getByRole('status').filter({ hasText: en('storeQuotes.declinedMessage') }).waitFor();
    await page.getByText(en('storeQuotes.state.declined')).waitFor();
    expect(await page.locator('.quote-thread__entry').last().innerText()).toContain('Found it cheaper.');
    expect((await server.graphql(`query($id: ID!) { quote(id: $id) { status } }`, { id: quoteId }, { token: shop })).data.quote.status).toBe('DECLINED');
    expect(await seriousAxeFindings(page)).toEqual([]);

    // One customer never sees another's quote: the first buyer's list holds only its own.
    const mine = await server.graphql('{ quotes(first: 10) { edges { node { number } } } }', {}, { token: shop });
    expect(mine.data.quotes.edges.map((e: any) => e.node.number)).toEqual([number]);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);
});
