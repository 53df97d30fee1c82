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

let server: TestServer;
let browser: Browser;
let staff: Session;
let token: string;
let customerPath: string;
let temporaryPassword: string;

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'rita@supplier.test', password: 'rita1234', role: StaffRole.SALES });
  await createCatalog(em);
  token = await signInStaff(server, 'rita@supplier.test', 'rita1234');
  const id = await createCustomer(server, token, { name: 'Auberge du Lac', customerNumber: 'AL-1', contacts: [{ email: 'gerant@lac.test' }] });
  const g = await server.graphql(GRANT, { i: { customerId: id, email: 'gerant@lac.test' } }, { token });
  expect(g.data.storeAccessGrant.userErrors).toEqual([]);
  temporaryPassword = g.data.storeAccessGrant.temporaryPassword;
  customerPath = `/hub/customers/${encodeURIComponent(id)}`;
  browser = await launchBrowser();
  staff = await openSession(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('placing an order on a customer\'s behalf', () => {
  it('views the store as the customer, fills a cart and places the order', async () => {
    const page = staff.page;
    await signInToHub(page, server, 'rita@supplier.test', 'rita1234');
    await page.goto(`${server.url}${customerPath}`);
    await page.getByRole('button', { name: en('viewAs.start') }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('link', { name: en('nav.cart') }).click();
    await page.getByText(en('checkout.onBehalfNote')).waitFor();
    await page.getByLabel(en('checkout.quickAdd.label')).pressSequentially('COF-1', { delay: 30 });
    await page.getByRole('button', { name: en('checkout.quickAdd.addItem', { name: 'Espresso beans 1kg' }) }).click();
    await page.getByRole('row', { name: /Espresso beans 1kg/ }).waitFor();
    await page.getByRole('link', { name: en('checkout.proceed') }).click();
    await page.getByText(en('checkout.onBehalfOf', { name: 'Auberge du Lac' })).waitFor();
    await page.getByLabel(en('cart.purchaseOrderReference')).fill('PHONE-12');
    await page.getByLabel(en('checkout.documents.label')).setInputFiles({ name: 'phone-order.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% phone order\n%%EOF\n') });
    await page.getByRole('button', { name: en('checkout.placeOnBehalf') }).click();
    await page.getByText(en('orders.placedTitle')).waitFor();
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    const number = heading!.match(/C-\d+/)![0];
    await screenshot(page, 'store-placed-on-behalf');
    await page.getByRole('link', { name: en('checkout.placedOnBehalf.open', { number }) }).waitFor();
    expect(staff.problems).toEqual([]);

    const orders = await server.graphql(`{ orders(first: 5) { edges { node { number purchaseOrderReference placedOnBehalfBy placedBy { email } placedByStaff { email } } } } }`, {}, { token });
    expect(orders.data.orders.edges.map((e: any) => e.node)).toEqual([
      { number, purchaseOrderReference: 'PHONE-12', placedOnBehalfBy: 'rita', placedBy: { email: 'gerant@lac.test' }, placedByStaff: { email: 'rita@supplier.test' } },
    ]);
    const email = await eventually(async () => {
      const m = await server.graphql(`{ outboxEmails(first: 20) { edges { node { toAddress template text } } } }`, {}, { token });
      return m.data.outboxEmails.edges.map((e: any) => e.node).find((e: any) => e.template === 'order-placed' && e.text);
    });
    expect(email.toAddress).toBe('gerant@lac.test');
    expect(email.text).toContain('rita');
    expect(email.text).toContain('on your behalf');
  });

  it('the hub order page shows the details, the staff member who placed it and the document', async () => {
    const page = staff.page;
    await page.goto(`${server.url}/hub/orders`);
    await page.getByRole('link', { name: /^C-\d+$/ }).first().click();
    await page.getByRole('heading', { level: 1, name: /C-\d+/ }).waitFor();
    const details = page.getByRole('region', { name: en('orders.details'), exact: true });
    await details.getByText('gerant@lac.test').waitFor();
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
  });

  it('the customer\'s user sees it was placed on their behalf, without the staff member\'s name', async () => {
    const buyer = await openSession(browser, { viewport: { width: 390, height: 844 } });
    const page = buyer.page;
    await signInToStore(page, server, 'gerant@lac.test', temporaryPassword);
    await replaceTemporaryPassword(page, temporaryPassword, 'Lac2026xy');
    await page.goto(`${server.url}/orders`);
    await page.getByRole('link', { name: /^C-\d+$/ }).first().click();
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
    await buyer.context.close();
  });
});
