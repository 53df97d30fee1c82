import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession, screenshot, type Session } from '../../support/browser.js';
import { createCatalog, createStaff, eventually, signInStaff } from '../../support/fixtures.js';
import { createCustomer, en, signInToHub } from '../../support/e2e.js';
import { GRANT } from '../../support/graphql-ops.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// V1 + O3: a sales rep views the store as a customer, fills a cart and places the order on its
// behalf; the order records both, and the customer's user gets the confirmation saying so.

let server: TestServer;
let browser: Browser;
let staff: Session;
let token: string;
let customerPath: string;

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'rita@supplier.test', password: 'rita1234', role: StaffRole.SALES });
  await createCatalog(em);
  token = await signInStaff(server, 'rita@supplier.test', 'rita1234');
  const id = await createCustomer(server, token, { name: 'Auberge du Lac', customerNumber: 'AL-1', contacts: [{ email: 'gerant@lac.test' }] });
  const g = await server.graphql(GRANT, { i: { customerId: id, email: 'gerant@lac.test' } }, { token });
  expect(g.data.storeAccessGrant.userErrors).toEqual([]);
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
});
