import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession, type Session } from '../../support/browser.js';
import { createCatalog, createStaff, shopCustomer, signInStaff } from '../../support/fixtures.js';
import { en, signInToHub } from '../../support/e2e.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// Negotiated quotes in the hub (issue 19 B3): a buyer requests a quote through the API; staff find
// it from the bell and in the list (filtered by customer and status), change a price (typed with a
// comma) and a quantity, add a line by reference, meet a translated error (an expiry date in the
// past), then send it with a date and a message: the API shows SENT with those figures. A comment
// joins the thread. Once accepted the quote is read-only with a link to its order. Desktop and
// phone, axe clean on both pages.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 390, height: 844 };
let server: TestServer;
let browser: Browser;
let staff: Session;
let buyer: string;
let quote: { id: string; number: string };
let otherQuote: { number: string };

async function seriousAxeFindings(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await (window as any).axe.run(document, { resultTypes: ['violations'] })).violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const REQUEST = `mutation($i: QuoteRequestInput!) { quoteRequest(input: $i) { quote { id number } userErrors { code } } }`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'quotes@supplier.test', password: 'quotes1234', role: StaffRole.SALES });
  const cat = await createCatalog(em);
  const admin = await signInStaff(server, 'quotes@supplier.test', 'quotes1234');
  const fill = async (token: string, lines: Array<[string, number]>) => {
    const r = await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: lines.map(([id, quantity]) => ({ productId: cat.gid('Product', id), quantity })) } }, { token });
    expect(r.data.cartLinesAdd.userErrors).toEqual([]);
  };
  buyer = await shopCustomer(server, admin, 'QH-1', 'quai-brumes.test', undefined, 'Quai des Brumes');
  const other = await shopCustomer(server, admin, 'QH-2', 'autre-bar.test', undefined, 'Autre Bar');
  await fill(buyer, [[cat.coffee.id, 10], [cat.water.id, 48]]);
  const r = await server.graphql(REQUEST, { i: { message: 'We plan 20 kg a month.' } }, { token: buyer });
  expect(r.data.quoteRequest.userErrors).toEqual([]);
  quote = r.data.quoteRequest.quote;
  await fill(other, [[cat.water.id, 24]]);
  otherQuote = (await server.graphql(REQUEST, { i: {} }, { token: other })).data.quoteRequest.quote;
  browser = await launchBrowser();
  staff = await openSession(browser);
  await signInToHub(staff.page, server, 'quotes@supplier.test', 'quotes1234');
}, 120_000);

beforeEach(() => {
  staff.problems.length = 0;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hub quotes', () => {
  it('staff find a requested quote, change a price and a quantity, add a line and send it with an expiry date and a message', async () => {
    const page = staff.page;
    // The bell lists it.
    await page.goto(`${server.url}/hub/notifications`);
    await page.getByRole('heading', { name: en('hubQuotes.bell.title') }).waitFor();
    await page.getByRole('link', { name: en('hubQuotes.quoteTitle', { number: quote.number }) }).waitFor();

    // The list, from the sidebar, filtered by customer and status.
    await page.getByRole('navigation', { name: en('nav.main') }).getByRole('link', { name: en('hubQuotes.title') }).click();
    await page.getByRole('heading', { name: en('hubQuotes.title'), level: 1 }).waitFor();
    await page.getByRole('link', { name: otherQuote.number }).waitFor();
    await page.getByLabel(en('hubQuotes.customer')).fill('quai des');
    await page.getByLabel(en('hubQuotes.statusLabel')).selectOption('REQUESTED');
    await page.getByRole('button', { name: en('common.filter') }).click();
    await page.waitForURL((url) => url.searchParams.get('customer') === 'quai des' && url.searchParams.get('status') === 'REQUESTED');
    await expect.poll(() => page.getByRole('row').count()).toBe(2); // header + the quote
    await expect(page.getByRole('link', { name: otherQuote.number }).count()).resolves.toBe(0);
    const row = page.getByRole('row', { name: new RegExp(quote.number) });
    expect(await row.textContent()).toContain('Quai des Brumes');
    expect(await row.textContent()).toContain(en('hubQuotes.status.REQUESTED'));
    expect(await row.textContent()).toContain('163.40');
    expect(await seriousAxeFindings(page)).toEqual([]);

    await page.getByRole('link', { name: quote.number }).click();
    await page.getByRole('heading', { name: en('hubQuotes.quoteTitle', { number: quote.number }), level: 1 }).waitFor();
    await page.getByText('We plan 20 kg a month.').first().waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);

    // A price typed with a comma, a quantity, a line added by reference; an expiry date in the past first.
    await page.getByLabel(en('hubQuotes.unitPriceOf', { reference: 'COF-1' })).fill('11,00');
    await page.getByLabel(en('hubQuotes.quantityOf', { reference: 'WAT-1' })).fill('96');
    await page.getByLabel(en('hubQuotes.addProduct')).fill('nop-1');
    await page.getByLabel(en('hubQuotes.quantity'), { exact: true }).fill('3');
    await page.getByLabel(en('hubQuotes.unitPrice'), { exact: true }).fill('2.50');
    await page.getByLabel(en('hubQuotes.expiresOn')).fill(day(-1));
    await page.getByLabel(en('hubQuotes.staffMessage')).fill('Prices held for ten days.');
    await page.getByRole('button', { name: en('hubQuotes.send') }).click();
    await page.getByText('This date is in the past.').waitFor();
    // Nothing was written.
    const before = await server.graphql(`query($id: ID!) { quote(id: $id) { status lineCount total { amount } } }`, { id: quote.id }, { token: buyer });
    expect(before.data.quote).toEqual({ status: 'REQUESTED', lineCount: 2, total: { amount: '163.40' } });

    await page.getByLabel(en('hubQuotes.unitPriceOf', { reference: 'COF-1' })).fill('11,00');
    await page.getByLabel(en('hubQuotes.quantityOf', { reference: 'WAT-1' })).fill('96');
    await page.getByLabel(en('hubQuotes.addProduct')).fill('nop-1');
    await page.getByLabel(en('hubQuotes.quantity'), { exact: true }).fill('3');
    await page.getByLabel(en('hubQuotes.unitPrice'), { exact: true }).fill('2.50');
    await page.getByLabel(en('hubQuotes.expiresOn')).fill(day(10));
    await page.getByLabel(en('hubQuotes.staffMessage')).fill('Prices held for ten days.');
    await page.getByRole('button', { name: en('hubQuotes.send') }).click();
    await page.getByText(en('hubQuotes.done.send', { number: quote.number })).waitFor();

    const sent = await server.graphql(
      `query($id: ID!) { quote(id: $id) { status expiresOn staffMessage total { amount } lines { reference quantity unitPrice { amount } lineTotal { amount } } } }`,
      { id: quote.id },
      { token: buyer },
    );
    expect(sent.data.quote).toEqual({
      status: 'SENT',
      expiresOn: day(10),
      staffMessage: 'Prices held for ten days.',
      total: { amount: '194.30' },
      lines: [
        { reference: 'COF-1', quantity: 10, unitPrice: { amount: '11.00' }, lineTotal: { amount: '110.00' } },
        { reference: 'WAT-1', quantity: 96, unitPrice: { amount: '0.80' }, lineTotal: { amount: '76.80' } },
        { reference: 'NOP-1', quantity: 3, unitPrice: { amount: '2.50' }, lineTotal: { amount: '7.50' } },
      ],
    });
    await page.getByText(en('hubQuotes.status.SENT'), { exact: true }).first().waitFor();

    // A comment joins the thread, which holds the buyer's message and the proposal's.
    await page.getByLabel(en('hubQuotes.comment')).fill('Call me for the 2027 volumes.');
    await page.getByRole('button', { name: en('hubQuotes.addComment') }).click();
    await page.getByText(en('hubQuotes.done.comment', { number: quote.number })).waitFor();
    const thread = page.locator('#quote-thread');
    for (const text of ['We plan 20 kg a month.', 'Prices held for ten days.', 'Call me for the 2027 volumes.']) await thread.getByText(text).waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(staff.problems).toEqual([]);
  });

  it('works on a phone; an accepted quote is read-only with a link to its order', async () => {
    const phone = await openSession(browser, { viewport: PHONE });
    try {
      await signInToHub(phone.page, server, 'quotes@supplier.test', 'quotes1234');
      await phone.page.goto(`${server.url}/hub/quotes`);
      await phone.page.getByRole('link', { name: otherQuote.number }).waitFor();
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(await seriousAxeFindings(phone.page)).toEqual([]);

      // The other customer's quote, edited on the phone: a quantity, then saved.
      await phone.page.getByRole('link', { name: otherQuote.number }).click();
      await phone.page.getByLabel(en('hubQuotes.quantityOf', { reference: 'WAT-1' })).fill('48');
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(await seriousAxeFindings(phone.page)).toEqual([]);
      await phone.page.getByRole('button', { name: en('hubQuotes.save') }).click();
      await phone.page.getByText(en('hubQuotes.done.save', { number: otherQuote.number })).waitFor();
      await expect.poll(() => phone.page.getByLabel(en('hubQuotes.quantityOf', { reference: 'WAT-1' })).inputValue()).toBe('48');

      // The buyer accepts the first quote: read-only, with its order.
      const accepted = await server.graphql(`mutation($i: QuoteAcceptInput!) { quoteAccept(input: $i) { order { id number } userErrors { code } } }`, { i: { quoteId: quote.id } }, { token: buyer });
      expect(accepted.data.quoteAccept.userErrors).toEqual([]);
      await phone.page.goto(`${server.url}/hub/quotes/${encodeURIComponent(quote.id)}`);
      await phone.page.getByText(en('hubQuotes.readOnlyAccepted')).waitFor();
      expect(await phone.page.getByRole('button', { name: en('hubQuotes.send') }).count()).toBe(0);
      expect(await phone.page.getByLabel(en('hubQuotes.quantityOf', { reference: 'WAT-1' })).count()).toBe(0);
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      expect(await seriousAxeFindings(phone.page)).toEqual([]);
      await phone.page.getByRole('link', { name: en('hubQuotes.order', { number: accepted.data.quoteAccept.order.number }) }).click();
      await phone.page.waitForURL((url) => url.pathname === `/hub/orders/${encodeURIComponent(accepted.data.quoteAccept.order.id)}` || url.pathname === `/hub/orders/${accepted.data.quoteAccept.order.id}`);
      expect(phone.problems).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });
});
