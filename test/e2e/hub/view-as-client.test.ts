import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession, type Session } from '../../support/browser.js';
import { createCatalog, createStaff, signInStaff } from '../../support/fixtures.js';
import { createCustomer, en, signInToHub } from '../../support/e2e.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// V1 as staff click it: open the store as one customer (its message, its price level), read-only,
// with a banner to leave; the start and the stop show in the customer's activity.

let server: TestServer;
let browser: Browser;
let staff: Session;
let customerPath: string;
let otherPath: string;

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'victor@supplier.test', password: 'victor123', role: StaffRole.SALES });
  const catalog = await createCatalog(em);
  const token = await signInStaff(server, 'victor@supplier.test', 'victor123');
  const id = await createCustomer(server, token, {
    name: 'Hôtel Beau Séjour',
    customerNumber: 'H-7',
    priceLevelId: catalog.gid('PriceLevel', catalog.horeca.id),
    privateMessage: 'Your Christmas prices are live until 31 December.',
    contacts: [{ email: 'chef@beausejour.test' }],
  });
  customerPath = `/hub/customers/${encodeURIComponent(id)}`;
  // The exit test views a customer of its own, so it needs nothing the other tests leave behind.
  const other = await createCustomer(server, token, { name: 'Café du Port', customerNumber: 'H-8', contacts: [{ email: 'bar@duport.test' }] });
  otherPath = `/hub/customers/${encodeURIComponent(other)}`;
  browser = await launchBrowser();
  staff = await openSession(browser);
  await signInToHub(staff.page, server, 'victor@supplier.test', 'victor123');
});

beforeEach(() => {
  staff.problems.length = 0;
});

/** Starts viewing the store as the customer of `path` from its hub page (replacing any earlier view-as). */
async function viewAs(path: string, name: string) {
  await staff.page.goto(`${server.url}${path}`);
  await staff.page.getByRole('button', { name: en('viewAs.start') }).click();
  await staff.page.waitForURL((url) => url.pathname === '/');
  await staff.page.getByRole('region', { name: en('viewAs.banner', { name }) }).waitFor();
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('view the store as a customer', () => {
  it('without viewing as a customer, staff opening the store are sent to the hub', async () => {
    // A session of its own: the shared one may be viewing a customer.
    const fresh = await openSession(browser);
    await signInToHub(fresh.page, server, 'victor@supplier.test', 'victor123');
    await fresh.page.goto(`${server.url}/`);
    await fresh.page.waitForURL((url) => url.pathname === '/hub');
    expect(fresh.problems).toEqual([]);
    await fresh.context.close();
  });

  it('shows the store exactly as the customer sees it, under a banner', async () => {
    const page = staff.page;
    await viewAs(customerPath, 'Hôtel Beau Séjour');
    await page.getByText('Your Christmas prices are live until 31 December.').waitFor();
    const coffee = page.getByRole('article', { name: 'Espresso beans 1kg' });
    await expect.poll(() => coffee.textContent()).toContain('11.25'); // the Horeca price level
    expect(await page.getByRole('button', { name: en('product.addToCart') }).count()).toBe(0);
    // the cart is the staff member's own, for ordering on the customer's behalf (test/e2e/hub/place-on-behalf.test.ts)
    expect(await page.getByRole('link', { name: en('nav.myOrders') }).count()).toBe(0);
    await page.getByRole('link', { name: en('nav.cart') }).waitFor();
    expect(staff.problems).toEqual([]);
  });

  it('the hub reminds staff of it; Exit goes back to the customer page, and both steps are in its activity', async () => {
    const page = staff.page;
    await viewAs(otherPath, 'Café du Port');
    await page.goto(`${server.url}/hub`);
    await page.getByText(en('viewAs.hubNotice', { name: 'Café du Port' })).waitFor();
    await page.getByRole('link', { name: en('viewAs.backToStore') }).click();
    await page.getByRole('region', { name: en('viewAs.banner', { name: 'Café du Port' }) }).getByRole('button', { name: en('viewAs.exit') }).click();
    await page.waitForURL((url) => url.pathname === otherPath);
    await page.getByRole('heading', { name: 'Café du Port', level: 1 }).waitFor();
    const activity = page.getByRole('region', { name: en('activity.title') });
    await activity.getByText(en('activity.VIEW_AS_CLIENT_START', { name: 'victor' })).waitFor();
    await activity.getByText(en('activity.VIEW_AS_CLIENT_STOP', { name: 'victor' })).waitFor();
    expect(await page.getByText(en('viewAs.hubNotice', { name: 'Café du Port' })).count()).toBe(0);
    expect(staff.problems).toEqual([]);
  });
});
