import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession, screenshot, type Session } from '../../support/browser.js';
import { createCatalog, createStaff, signInShop, signInStaff } from '../../support/fixtures.js';
import { createCustomer, en, replaceTemporaryPassword, signInToHub, signInToStore } from '../../support/e2e.js';
import { GRANT } from '../../support/graphql-ops.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// Checkout (O2) in the browser: delivery site, dates with an error shown next to its field, a PO
// reference, an attached PDF, a quote; the order page confirms; a login linked to two customers
// chooses which one it orders for.

let server: TestServer;
let browser: Browser;
let buyer: Session;
let staffToken: string;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'sam@supplier.test', password: 'sam12345', role: StaffRole.SALES });
  await createCatalog(em);
  staffToken = await signInStaff(server, 'sam@supplier.test', 'sam12345');
  const site = (name: string) => ({ name, street: '3 Quai', postalCode: '69001', city: 'Lyon', country: 'FR' });
  const first = await createCustomer(server, staffToken, { name: 'Brasserie Nord', customerNumber: 'BN-1', contacts: [{ email: 'chef@nord.test' }], deliverySites: [site('Kitchen'), site('Cellar')] });
  await createCustomer(server, staffToken, { name: 'Brasserie Sud', customerNumber: 'BS-1', contacts: [{ email: 'chef@nord.test' }], deliverySites: [site('Sud terrace')] });
  const g = await server.graphql(GRANT, { i: { customerId: first, email: 'chef@nord.test', password: 'temp12345', passwordConfirmation: 'temp12345' } }, { token: staffToken });
  expect(g.data.storeAccessGrant.userErrors).toEqual([]);
  browser = await launchBrowser();
  buyer = await openSession(browser);
  await signInToStore(buyer.page, server, 'chef@nord.test', 'temp12345');
  await replaceTemporaryPassword(buyer.page, 'temp12345', 'Nord2026x');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('checkout', () => {
  it('places a quote with a delivery site, dates, a reference and a PDF document', async () => {
    const page = buyer.page;
    await page.goto(`${server.url}/cart`);
    await page.getByLabel(en('checkout.import.paste')).fill('5400000000010;2');
    await page.getByRole('button', { name: en('checkout.import.submit') }).click();
    await page.getByRole('status').getByText(en('checkout.import.added_one', { count: 1 })).waitFor();
    await page.getByRole('link', { name: en('checkout.proceed') }).click();
    await page.getByRole('heading', { name: en('checkout.title'), level: 1 }).waitFor();
    // one login, one customer so far: no chooser
    expect(await page.getByLabel(en('checkout.customer.label')).count()).toBe(0);

    await page.getByLabel(en('checkout.kind.quote')).check();
    await page.getByLabel(en('checkout.deliverySite')).selectOption({ label: 'Cellar — 3 Quai, 69001 Lyon' });
    await page.getByLabel(en('checkout.orderDate')).fill(day(5));
    await page.getByLabel(en('checkout.requestedDeliveryDate')).fill(day(2));
    await page.getByLabel(en('cart.purchaseOrderReference')).fill('PO-77');
    await page.getByLabel(en('cart.notes')).fill('Ring twice');
    await page.getByLabel(en('checkout.documents.label')).setInputFiles({ name: 'po-77.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await page.getByRole('button', { name: en('cart.placeOrder') }).click();
    // the error sits next to its field, and the other values are kept
    await page.getByText('The requested delivery date is before the order date.').waitFor();
    expect(await page.getByLabel(en('cart.purchaseOrderReference')).inputValue()).toBe('PO-77');
    await page.getByLabel(en('checkout.requestedDeliveryDate')).fill(day(9));
    await page.getByLabel(en('checkout.documents.label')).setInputFiles({ name: 'po-77.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await screenshot(page, 'store-checkout');
    await page.getByRole('button', { name: en('cart.placeOrder') }).click();
    await page.getByText(en('orders.placedTitle')).waitFor();

    // the order page shows what checkout recorded (O3) and the document, downloadable with the session
    const details = page.getByRole('region', { name: en('orders.details'), exact: true });
    await page.locator('.order-heading').getByText(en('orderDetails.quote'), { exact: true }).waitFor();
    await details.getByText('Cellar', { exact: true }).waitFor();
    await details.getByText('3 Quai').waitFor();
    await details.getByText('PO-77').waitFor();
    await details.getByText('Ring twice').waitFor();
    await details.getByText('chef@nord.test').waitFor();
    expect(await details.getByText(en('orderDetails.onYourBehalf')).count()).toBe(0);
    const orderDate = await details.locator(`time[datetime="${day(5)}"]`).textContent();
    expect(orderDate).toBe(new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day(5)}T00:00:00Z`)));
    await details.locator(`time[datetime="${day(9)}"]`).waitFor();
    const documents = page.getByRole('region', { name: en('orderDetails.documents.title') });
    const link = documents.getByRole('link', { name: en('orderDetails.documents.download', { name: 'po-77.pdf' }) });
    await documents.getByText('PDF', { exact: true }).waitFor();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/api\/order-documents\//);
    const viaLink = await page.request.get(new URL(href!, page.url()).toString());
    expect(viaLink.status()).toBe(200);
    expect(viaLink.headers()['content-type']).toContain('application/pdf');
    expect((await viaLink.body()).toString()).toBe('%PDF-1.4\n%%EOF\n');
    // without the session the link answers 401, not the file
    const anonymous = await fetch(new URL(href!, server.url));
    expect(anonymous.status).toBe(401);
    // a phone: nothing wider than the screen
    await page.setViewportSize({ width: 390, height: 844 });
    await documents.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'store-order-details-phone');
    await page.setViewportSize({ width: 1280, height: 860 });
    // the list marks the quote
    await page.goto(`${server.url}/orders`);
    await page.getByRole('row', { name: /C-\d+/ }).getByText(en('orderDetails.quote'), { exact: true }).waitFor();
    expect(buyer.problems).toEqual([]);
    // staff see the quote marked in the hub's list and on its page
    const staff = await openSession(browser);
    await signInToHub(staff.page, server, 'sam@supplier.test', 'sam12345');
    await staff.page.goto(`${server.url}/hub/orders`);
    const row = staff.page.getByRole('row', { name: /Brasserie Nord/ });
    await row.getByText(en('orderDetails.quote'), { exact: true }).waitFor();
    await row.getByRole('link', { name: /^C-\d+$/ }).click();
    await staff.page.locator('.order-heading').getByText(en('orderDetails.quote'), { exact: true }).waitFor();
    await staff.page.getByRole('region', { name: en('orderDetails.documents.title') }).getByRole('link', { name: en('orderDetails.documents.download', { name: 'po-77.pdf' }) }).waitFor();
    expect(staff.problems).toEqual([]);
    await staff.context.close();

    const token = await signInShop(server, 'chef@nord.test', 'Nord2026x');
    const orders = await server.graphql(`{ orders(first: 5) { edges { node { kind orderDate requestedDeliveryDate purchaseOrderReference notes deliverySite { name } documents { fileName contentType url } } } } }`, {}, { token });
    expect(orders.data.orders.edges).toHaveLength(1);
    const order = orders.data.orders.edges[0].node;
    expect(order).toMatchObject({ kind: 'QUOTE', orderDate: day(5), requestedDeliveryDate: day(9), purchaseOrderReference: 'PO-77', notes: 'Ring twice', deliverySite: { name: 'Cellar' } });
    expect(order.documents.map((d: any) => [d.fileName, d.contentType])).toEqual([['po-77.pdf', 'application/pdf']]);
    // the buyer's browser session downloads it
    const download = await page.request.get(order.documents[0].url.replace(/^https?:\/\/[^/]+/, server.url));
    expect(download.status()).toBe(200);
    expect((await download.body()).toString()).toContain('%PDF-1.4');
  });

  it('a login linked to two customers chooses which one it orders for', async () => {
    const page = buyer.page;
    const customers = await server.graphql(`{ customers(first: 5, query: "Sud") { edges { node { id } } } }`, {}, { token: staffToken });
    const sud = customers.data.customers.edges[0].node.id;
    const g = await server.graphql(GRANT, { i: { customerId: sud, email: 'chef@nord.test' } }, { token: staffToken });
    expect(g.data.storeAccessGrant).toMatchObject({ temporaryPassword: null, userErrors: [] });
    await page.goto(`${server.url}/cart`);
    await page.getByLabel(en('checkout.import.paste')).fill('5400000000010;1');
    await page.getByRole('button', { name: en('checkout.import.submit') }).click();
    await page.getByRole('status').getByText(en('checkout.import.added_one', { count: 1 })).waitFor();
    await page.getByRole('link', { name: en('checkout.proceed') }).click();
    await page.getByLabel(en('checkout.customer.label')).selectOption({ label: 'Brasserie Sud (BS-1)' });
    await page.getByRole('button', { name: en('checkout.customer.switch') }).click();
    // Sud's cart is empty: back to the cart, now for Sud
    await page.waitForURL((url) => url.pathname === '/cart');
    await page.getByText(en('cart.empty')).waitFor();
    await page.getByText('Brasserie Sud').first().waitFor();
    expect(buyer.problems).toEqual([]);
  });
});
