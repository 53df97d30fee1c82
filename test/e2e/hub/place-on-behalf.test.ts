import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession, screenshot, type Session } from '../../support/browser.js';
import { createCatalog, createStaff, eventually, signInStaff } from '../../support/fixtures.js';
import { createCustomer, en, replaceTemporaryPassword, signInToHub, signInToStore } from '../../support/e2e.js';
import { GRANT } from '../../support/graphql-ops.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// V1 + O3: a sales rep views the store as a customer, fills a cart and places the order on its
// behalf; the order records both, and the customer's user gets the confirmation saying so.

// Independent of order: each test has its own customer, store user and order, placed on its behalf
// by a staff session of its own (a session viewing one customer is that test's business).

let server: TestServer;
let browser: Browser;
let token: string;

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'rita@supplier.test', password: 'rita1234', role: StaffRole.SALES });
  await createCatalog(em);
  token = await signInStaff(server, 'rita@supplier.test', 'rita1234');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A customer of the test's own with a store user (temporary password) at `email`. */
async function customerWithUser(name: string, number: string, email: string) {
  const id = await createCustomer(server, token, { name, customerNumber: number, contacts: [{ email }] });
  const g = await server.graphql(GRANT, { i: { customerId: id, email } }, { token });
  expect(g.data.storeAccessGrant.userErrors).toEqual([]);
  return { id, name, email, temporaryPassword: g.data.storeAccessGrant.temporaryPassword };
}

/**
 * A fresh staff session views the store as the customer, fills a cart and places the order with a
 * PDF attached; returns the session (still viewing the customer) and the order's number.
 */
async function placeOnBehalf(customer: { id: string; name: string }, reference: string, shot = false): Promise<{ staff: Session; number: string }> {
  const staff = await openSession(browser);
  const page = staff.page;
  await signInToHub(page, server, 'rita@supplier.test', 'rita1234');
  await page.goto(`${server.url}/hub/customers/${encodeURIComponent(customer.id)}`);
  await page.getByRole('button', { name: en('viewAs.start') }).click();
  await page.waitForURL((url) => url.pathname === '/');
  await page.getByRole('link', { name: en('nav.cart') }).click();
  await page.getByText(en('checkout.onBehalfNote')).waitFor();
  await page.getByLabel(en('checkout.quickAdd.label')).pressSequentially('COF-1', { delay: 30 });
  await page.getByRole('button', { name: en('checkout.quickAdd.addItem', { name: 'Espresso beans 1kg' }) }).click();
  await page.getByRole('row', { name: /Espresso beans 1kg/ }).waitFor();
  await page.getByRole('link', { name: en('checkout.proceed') }).click();
  await page.getByText(en('checkout.onBehalfOf', { name: customer.name })).waitFor();
  await page.getByLabel(en('cart.purchaseOrderReference')).fill(reference);
  await page.getByLabel(en('checkout.documents.label')).setInputFiles({ name: 'phone-order.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% phone order\n%%EOF\n') });
  await page.getByRole('button', { name: en('checkout.placeOnBehalf') }).click();
  await page.getByText(en('orders.placedTitle')).waitFor();
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  const number = heading!.match(/C-\d+/)![0];
  if (shot) await screenshot(page, 'store-placed-on-behalf');
  await page.getByRole('link', { name: en('checkout.placedOnBehalf.open', { number }) }).waitFor();
  return { staff, number };
}

// Each test places an order through the pages first: more time than the default under load.
describe('placing an order on a customer\'s behalf', () => {
  it('views the store as the customer, fills a cart and places the order', async () => {
    const customer = await customerWithUser('Auberge du Lac', 'AL-1', 'gerant@lac.test');
    const { staff, number } = await placeOnBehalf(customer, 'PHONE-12', true);
    try {
      expect(staff.problems).toEqual([]);
    } finally {
      await staff.context.close();
    }

    const orders = await server.graphql(`{ orders(first: 50) { edges { node { number purchaseOrderReference placedOnBehalfBy placedBy { email } placedByStaff { email } } } } }`, {}, { token });
    expect(orders.data.orders.edges.map((e: any) => e.node).filter((o: any) => o.number === number)).toEqual([
      { number, purchaseOrderReference: 'PHONE-12', placedOnBehalfBy: 'rita', placedBy: { email: 'gerant@lac.test' }, placedByStaff: { email: 'rita@supplier.test' } },
    ]);
    const email = await eventually(async () => {
      const m = await server.graphql(`{ outboxEmails(first: 50) { edges { node { toAddress template text } } } }`, {}, { token });
      return m.data.outboxEmails.edges.map((e: any) => e.node).find((e: any) => e.template === 'order-placed' && e.toAddress === 'gerant@lac.test' && e.text);
    });
    expect(email.text).toContain('rita');
    expect(email.text).toContain('on your behalf');
  }, 180_000);

  it('the hub order page shows the details, the staff member who placed it and the document', async () => {
    const customer = await customerWithUser('Hôtel des Pins', 'HP-1', 'chef@pins.test');
    const { staff, number } = await placeOnBehalf(customer, 'PHONE-12');
    try {
      await hubOrderPage(staff, number);
    } finally {
      await staff.context.close();
    }
  }, 180_000);

  async function hubOrderPage(staff: Session, number: string) {
    const page = staff.page;
    await page.goto(`${server.url}/hub/orders`);
    await page.getByRole('link', { name: number, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(number) }).waitFor();
    const details = page.getByRole('region', { name: en('orders.details'), exact: true });
    await details.getByText('chef@pins.test').waitFor();
    await details.getByText(en('orderDetails.onBehalfBy', { name: 'rita' })).waitFor();
    await details.getByText('PHONE-12').waitFor();
    await details.getByText(en('orderDetails.order'), { exact: true }).waitFor();
    expect(await page.getByText(en('orderDetails.quote'), { exact: true }).count()).toBe(0);
    const documents = page.getByRole('region', { name: en('orderDetails.documents.title') });
    const link = documents.getByRole('link', { name: en('orderDetails.documents.download', { name: 'phone-order.pdf' }) });
    const href = await link.getAttribute('href');
    const download = await page.request.get(new URL(href!, page.url()).toString());
    expect(download.status()).toBe(200);
    expect((await download.body()).toString()).toContain('% phone order');
    await details.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'hub-order-details');
    expect(staff.problems).toEqual([]);
  }

  it('the customer\'s user sees it was placed on their behalf, without the staff member\'s name', async () => {
    const customer = await customerWithUser('Relais du Col', 'RC-1', 'patron@col.test');
    const placed = await placeOnBehalf(customer, 'PHONE-13');
    await placed.staff.context.close();
    const buyer = await openSession(browser, { viewport: { width: 390, height: 844 } });
    try {
      await buyerOrderPage(buyer, customer, placed.number);
    } finally {
      await buyer.context.close();
    }
  }, 180_000);

  async function buyerOrderPage(buyer: Session, customer: { email: string; temporaryPassword: string }, number: string) {
    const page = buyer.page;
    await signInToStore(page, server, customer.email, customer.temporaryPassword);
    await replaceTemporaryPassword(page, customer.temporaryPassword, 'Col2026xy');
    await page.goto(`${server.url}/orders`);
    await page.getByRole('link', { name: number, exact: true }).click();
    const details = page.getByRole('region', { name: en('orders.details'), exact: true });
    await details.getByText(en('orderDetails.onYourBehalf')).waitFor();
    expect(await page.locator('main').getByText('rita').count()).toBe(0);
    const documents = page.getByRole('region', { name: en('orderDetails.documents.title') });
    const href = await documents.getByRole('link', { name: en('orderDetails.documents.download', { name: 'phone-order.pdf' }) }).getAttribute('href');
    const download = await page.request.get(new URL(href!, page.url()).toString());
    expect(download.status()).toBe(200);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'store-order-on-behalf-phone');
    expect(buyer.problems).toEqual([]);
  }
});
