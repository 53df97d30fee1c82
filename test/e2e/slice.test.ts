import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/server.js';
import { startFakeResend } from '../support/fake-resend.js';
import { createCatalog, createStaff, eventually } from '../support/fixtures.js';
import { launchBrowser, openSession, screenshot, type Session } from '../support/browser.js';
import { uiText } from '../support/i18n.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';

// The walking skeleton as people click it: staff create a customer and grant access; the customer
// gets the email (in French), signs in with the temporary password, must choose a new one, sees
// its own prices, orders; staff see the order in the hub.

const en = uiText('en');
const fr = uiText('fr');
let server: TestServer;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let browser: Browser;
let staff: Session;
let customer: Session;

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({ WEB: 'true', RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'anna@supplier.test', password: 'anna1234', role: StaffRole.SALES });
  await createCatalog(em);
  browser = await launchBrowser();
  staff = await openSession(browser);
  customer = await openSession(browser, { locale: 'fr-BE' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await resend?.close();
});

describe('from a new customer to a placed order, in the browser', () => {
  let temporaryPassword: string;
  let orderNumber: string;

  it('staff sign in to the hub, create a customer and grant store access', async () => {
    const page = staff.page;
    await page.goto(`${server.url}/hub`);
    await expect.poll(() => page.url()).toContain('/hub/sign-in');
    await page.getByLabel(en('auth.email')).fill('anna@supplier.test');
    await page.getByLabel(en('auth.password')).fill('wrong-password');
    await page.getByRole('button', { name: en('auth.signIn.submit') }).click();
    await page.getByText('Wrong email or password.').waitFor();
    await page.getByLabel(en('auth.password')).fill('anna1234');
    await page.getByRole('button', { name: en('auth.signIn.submit') }).click();
    await page.getByRole('heading', { name: en('hub.home.title') }).waitFor();

    await page.getByRole('link', { name: en('nav.customers') }).first().click();
    await page.getByRole('link', { name: en('customers.new') }).click();
    await page.getByLabel(en('customers.name')).fill('Bistro Lumière');
    await page.getByLabel(en('customers.number')).fill('C-9001');
    await page.getByLabel(en('customers.documentLanguage')).selectOption('fr');
    await page.getByLabel(en('customers.priceLevel')).selectOption({ label: 'Horeca (HORECA)' });
    await page.getByLabel(en('customers.contactName')).fill('Jeanne Martin');
    await page.getByLabel(en('customers.contactEmail')).fill('jeanne@bistro-lumiere.test');
    await page.getByRole('button', { name: en('customers.create') }).click();
    await page.getByRole('heading', { name: 'Bistro Lumière' }).waitFor();

    await page.getByRole('button', { name: en('access.grant') }).click();
    await page.getByRole('heading', { name: en('access.granted.title') }).waitFor();
    await page.getByText('jeanne@bistro-lumiere.test').first().waitFor();
    await screenshot(page, 'hub-customer');
    expect(staff.problems).toEqual([]);
  });

  it('the access email arrives in French with the login URL, the username and the temporary password', async () => {
    const email = await eventually(async () => resend.emails.find((e) => e.to === 'jeanne@bistro-lumiere.test'));
    expect(email.subject).toBe('Votre accès à la boutique Comptoir');
    expect(email.html).toContain(`${server.url}/sign-in`);
    expect(email.text).toContain('jeanne@bistro-lumiere.test');
    temporaryPassword = email.text.match(/\b(?=[A-Za-z2-9]*\d)(?=[A-Za-z2-9]*[A-Za-z])[A-Za-z2-9]{12}\b/)![0];
    expect(staff.page.getByText(temporaryPassword)).toBeTruthy();
  });

  it('the customer signs in with it and must choose a new password before anything else', async () => {
    const page = customer.page;
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.url()).toContain('/sign-in');
    await page.getByLabel(fr('auth.email')).fill('jeanne@bistro-lumiere.test');
    await page.getByLabel(fr('auth.password')).fill(temporaryPassword);
    await page.getByRole('button', { name: fr('auth.signIn.submit') }).click();
    await page.getByRole('heading', { name: fr('auth.changePassword.heading') }).waitFor();
    await page.goto(`${server.url}/cart`); // anything else sends back to the password change
    await page.getByRole('heading', { name: fr('auth.changePassword.heading') }).waitFor();
    await page.getByLabel(fr('auth.changePassword.temporary')).fill(temporaryPassword);
    await page.getByLabel(fr('auth.changePassword.new'), { exact: true }).fill('Lumiere2026');
    await page.getByLabel(fr('auth.changePassword.confirm')).fill('Lumiere2026');
    await page.getByRole('button', { name: fr('auth.changePassword.submit') }).click();
    // back where the customer wanted to go, now allowed
    await page.getByRole('heading', { name: fr('cart.title') }).waitFor();
    await page.getByRole('link', { name: fr('nav.catalog') }).first().click();
    await page.getByRole('heading', { name: fr('catalog.title') }).waitFor();
  });

  it('sees its price level\'s prices and puts a product in the cart', async () => {
    const page = customer.page;
    const coffee = page.getByRole('article', { name: 'Espresso beans 1kg' });
    await expect.poll(() => coffee.textContent()).toContain('11,25');
    await expect.poll(() => page.getByRole('article', { name: 'Sparkling water 50cl' }).textContent()).toContain(fr('product.notOrderable'));
    await coffee.getByLabel(fr('product.quantityFor', { name: 'Espresso beans 1kg' })).fill('3');
    await coffee.getByRole('button', { name: fr('product.addToCart') }).click();
    await coffee.getByText(fr('product.added_other', { count: 3 })).waitFor();
    await screenshot(page, 'store-catalog');
  });

  it('places the order', async () => {
    const page = customer.page;
    await page.goto(`${server.url}/cart`);
    await expect.poll(() => page.locator('main').textContent()).toContain('33,75');
    await page.getByRole('link', { name: fr('checkout.proceed') }).click();
    await page.getByLabel(fr('cart.purchaseOrderReference')).fill('PO-2026-11');
    await page.getByRole('button', { name: fr('cart.placeOrder') }).click();
    await page.getByText(fr('orders.placedTitle')).waitFor();
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    orderNumber = heading!.match(/C-\d+/)![0];
    expect(customer.problems).toEqual([]);
  });

  it('staff see the order in the hub', async () => {
    const page = staff.page;
    // /hub is the dashboard since issue 17 H5: the orders list is one link away.
    await page.goto(`${server.url}/hub/orders`);
    const row = page.getByRole('row', { name: new RegExp(orderNumber) });
    await expect.poll(() => row.textContent()).toContain('Bistro Lumière');
    await screenshot(page, 'hub-orders');
    const confirmation = await eventually(async () => resend.emails.find((e) => e.subject.includes(orderNumber)));
    expect(confirmation.to).toBe('jeanne@bistro-lumiere.test');
    expect(staff.problems).toEqual([]);
  });

  it('the store works on a phone', async () => {
    const phone = await openSession(browser, { locale: 'fr-BE', viewport: { width: 390, height: 844 } });
    await phone.page.goto(`${server.url}/sign-in`);
    await phone.page.getByLabel(fr('auth.email')).fill('jeanne@bistro-lumiere.test');
    await phone.page.getByLabel(fr('auth.password')).fill('Lumiere2026');
    await phone.page.getByRole('button', { name: fr('auth.signIn.submit') }).click();
    await phone.page.getByRole('heading', { name: fr('catalog.title') }).waitFor();
    const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(phone.page, 'store-catalog-phone');
    expect(phone.problems).toEqual([]);
    await phone.context.close();
  });
});
