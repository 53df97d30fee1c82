import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession, screenshot, type Session } from '../../support/browser.js';
import { startFakeResend } from '../../support/fake-resend.js';
import { createCatalog, createStaff, signInStaff } from '../../support/fixtures.js';
import { GRANT } from '../../support/graphql-ops.js';
import { createCustomer, emailTo, en, replaceTemporaryPassword, signInToHub, signInToStore, temporaryPasswordIn } from '../../support/e2e.js';
import { uiText } from '../../support/i18n.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// A customer's page in the hub, as staff click it: grant access (the user signs in with the
// emailed password and must replace it), the inline customer number, editing the customer,
// exclusion, a new password, blocking (the user's sign-in is then refused, in the user's language).
// Independent of order: each test has a customer (and store user) of its own, made through the API;
// staff are signed in before the tests and each test opens its customer's page.

const nl = uiText('nl');
const serverNl = JSON.parse(readFileSync(new URL('../../../server/common/locales/nl.json', import.meta.url), 'utf8'));
const serverEn = JSON.parse(readFileSync(new URL('../../../server/common/locales/en.json', import.meta.url), 'utf8'));

let server: TestServer;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let browser: Browser;
let staff: Session;
let token: string;

/** A customer of the test's own, with one contact (`user`); returns its hub page's path and id. */
async function newCustomer(name: string, customerNumber: string, user: string, extra: Record<string, unknown> = {}) {
  const id = await createCustomer(server, token, {
    name,
    customerNumber,
    documentLanguage: 'EN',
    contacts: [{ name: 'Jeanne Martin', email: user, phone: '+32 470 12 34 56' }],
    ...extra,
  });
  return { id, path: `/hub/customers/${encodeURIComponent(id)}` };
}

/** Grants `user` access through the API (the password is emailed); returns the temporary password. */
async function grantAccess(customerId: string, user: string): Promise<string> {
  const g = await server.graphql(GRANT, { i: { customerId, email: user } }, { token });
  expect(g.errors ?? g.data.storeAccessGrant.userErrors).toEqual([]);
  return g.data.storeAccessGrant.temporaryPassword;
}

/** A store session of `user`, signed in with `password` (the temporary one replaced), on the catalog. */
async function shopSession(customerId: string, user: string, password: string): Promise<Session> {
  const temporary = await grantAccess(customerId, user);
  const shop = await openSession(browser);
  await signInToStore(shop.page, server, user, temporary);
  await replaceTemporaryPassword(shop.page, temporary, password);
  await shop.page.getByRole('article', { name: 'Espresso beans 1kg' }).waitFor();
  return shop;
}

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({ WEB: 'true', RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'anna@supplier.test', password: 'anna1234', role: StaffRole.ADMIN });
  await createCatalog(em);
  token = await signInStaff(server, 'anna@supplier.test', 'anna1234');
  // Never changed: the customer number another customer tries to take.
  await createCustomer(server, token, { name: 'Café du Port', customerNumber: 'C-1002', contacts: [] });
  browser = await launchBrowser();
  staff = await openSession(browser);
  await signInToHub(staff.page, server, 'anna@supplier.test', 'anna1234');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await resend?.close();
});

describe('a customer page in the hub', () => {
  it('grants store access: the credentials are shown once, with a WhatsApp link', async () => {
    const USER = 'jeanne@bistro-lumiere.test';
    await newCustomer('Bistro Lumière', 'C-1001', USER, { privateMessage: 'Free delivery on Fridays.' });
    const page = staff.page;
    await page.goto(`${server.url}/hub`);
    await page.getByRole('navigation', { name: en('nav.main') }).getByRole('link', { name: en('nav.customers') }).click();
    await page.getByRole('link', { name: 'Bistro Lumière' }).click();
    await page.getByRole('heading', { name: 'Bistro Lumière', level: 1 }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(USER) });
    await expect.poll(() => row.textContent()).toContain(en('status.access.NONE'));
    await expect.poll(() => page.getByTestId('access-count').textContent()).toContain(en('access.count_other', { count: 0 }));

    await page.getByRole('button', { name: en('access.grant'), exact: true }).click();
    await page.getByRole('heading', { name: en('access.granted.title') }).waitFor();
    const whatsApp = page.getByRole('link', { name: en('access.whatsApp') });
    expect(await whatsApp.getAttribute('href')).toMatch(/^https:\/\/wa\.me\/32470123456\?text=/);
    expect(await whatsApp.getAttribute('target')).toBe('_blank');
    await expect.poll(() => row.textContent()).toContain(en('status.access.ACTIVE'));
    await expect.poll(() => page.getByTestId('access-count').textContent()).toContain(en('access.count_one', { count: 1 }));
    // The password shown once is the one emailed.
    expect(temporaryPasswordIn(await emailTo(resend, USER))).toBe(await page.getByTestId('temporary-password').textContent());
    // For the README: the top of the page (header, details, contacts) and the access panel.
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'hub-customer');
    await page.setViewportSize({ width: 1280, height: 860 });
    expect(staff.problems).toEqual([]);
  });

  it('the user signs in with the emailed password, must replace it, then sees the catalog', async () => {
    const USER = 'jeanne@bistro-soleil.test';
    const { id } = await newCustomer('Bistro Soleil', 'C-2001', USER, { privateMessage: 'Free delivery on Fridays.' });
    const granted = await grantAccess(id, USER);
    const temporary = temporaryPasswordIn(await emailTo(resend, USER));
    expect(temporary).toBe(granted);

    const shop = await openSession(browser);
    try {
      const page = shop.page;
      await signInToStore(page, server, USER, temporary);
      await page.goto(`${server.url}/orders`); // anything else sends back to the password change
      await replaceTemporaryPassword(page, temporary, 'Soleil2026');
      await page.getByRole('heading', { name: en('orders.title'), level: 1 }).waitFor();
      await page.getByRole('link', { name: en('nav.catalog'), exact: true }).click();
      await page.getByRole('heading', { name: en('catalog.title'), level: 1 }).waitFor();
      await page.getByText('Free delivery on Fridays.').waitFor();
      await page.getByRole('article', { name: 'Espresso beans 1kg' }).waitFor();
      await screenshot(page, 'store-catalog');
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await page.getByRole('article', { name: 'Espresso beans 1kg' }).waitFor();
      await screenshot(page, 'store-catalog-phone');
      expect(shop.problems).toEqual([]);
    } finally {
      await shop.context.close();
    }
  });

  it('edits the customer number in place; a duplicate is refused next to the field', async () => {
    const { path } = await newCustomer('Bistro Numéro', 'C-3001', 'jeanne@bistro-numero.test');
    const page = staff.page;
    await page.goto(`${server.url}${path}`);
    await page.getByRole('link', { name: en('customers.editNumber') }).click();
    const field = page.getByLabel(en('customers.number'), { exact: true });
    await field.fill('C-1002');
    await page.getByRole('button', { name: en('common.save'), exact: true }).click();
    await page.getByText(serverEn.userErrors.CUSTOMER_NUMBER_TAKEN.replace('{{value}}', 'C-1002')).waitFor();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');

    await field.fill('C-3001-B');
    await page.getByRole('button', { name: en('common.save'), exact: true }).click();
    await page.getByText(en('customers.done.number')).waitFor();
    await page.getByText('C-3001-B', { exact: true }).waitFor();
    expect(staff.problems).toEqual([]);
  });

  it('edits the customer: a second contact and a delivery site, with errors shown on their field', async () => {
    const { path } = await newCustomer('Bistro Contact', 'C-4001', 'jeanne@bistro-contact.test');
    const page = staff.page;
    await page.goto(`${server.url}${path}`);
    await page.getByRole('link', { name: en('customers.edit') }).click();
    await page.getByRole('heading', { name: en('customers.editTitle', { name: 'Bistro Contact' }) }).waitFor();
    const contact2 = page.getByRole('group', { name: en('customers.contactN', { n: 2 }) });
    await contact2.getByLabel(en('customers.contactName')).fill('Marc Dubois');
    await contact2.getByLabel(en('customers.contactEmail')).fill('marc@bistro-contact.test');
    const site1 = page.getByRole('group', { name: en('customers.siteN', { n: 1 }) });
    await site1.getByLabel(en('customers.site.name')).fill('Main restaurant');
    await site1.getByLabel(en('customers.site.street')).fill('Rue Haute 12');
    await site1.getByLabel(en('customers.site.postalCode')).fill('1000');
    await site1.getByLabel(en('customers.site.city')).fill('Brussels');
    await site1.getByLabel(en('customers.site.country')).fill('B1');
    await page.getByRole('button', { name: en('common.save'), exact: true }).click();
    await site1.getByText(serverEn.userErrors.INVALID_VALUE).waitFor();
    // What was typed is still there.
    expect(await page.getByRole('group', { name: en('customers.contactN', { n: 2 }) }).getByLabel(en('customers.contactEmail')).inputValue()).toBe('marc@bistro-contact.test');

    await page.getByRole('group', { name: en('customers.siteN', { n: 1 }) }).getByLabel(en('customers.site.country')).fill('be');
    await page.getByRole('button', { name: en('common.save'), exact: true }).click();
    await page.getByText(en('customers.done.saved')).waitFor();
    await page.getByText('Rue Haute 12, 1000 Brussels, BE').waitFor();
    const row = page.getByRole('row', { name: /marc@bistro-contact\.test/ });
    await expect.poll(() => row.textContent()).toContain(en('status.access.NONE'));
    expect(staff.problems).toEqual([]);
  });

  it('excludes the customer with a reason: staff see a banner, the store says why, lifting restores', async () => {
    const USER = 'jeanne@bistro-exclu.test';
    const { id, path } = await newCustomer('Bistro Exclu', 'C-5001', USER);
    const shop = await shopSession(id, USER, 'Exclu2026');
    try {
      const page = staff.page;
      await page.goto(`${server.url}${path}`);
      await page.getByLabel(en('exclusion.reason')).fill('Unpaid invoices since March');
      await page.getByRole('button', { name: en('exclusion.submit') }).click();
      await page.getByRole('heading', { name: en('exclusion.banner') }).waitFor();
      await page.getByText('Unpaid invoices since March').waitFor();

      await shop.page.goto(`${server.url}/`);
      await shop.page.getByText(en('store.excluded.title')).waitFor();
      await shop.page.getByText('Unpaid invoices since March').waitFor();

      await page.getByRole('button', { name: en('exclusion.lift') }).click();
      await page.getByText(en('customers.done.lifted')).waitFor();
      await shop.page.reload();
      await shop.page.getByRole('article', { name: 'Espresso beans 1kg' }).waitFor();
      expect(await shop.page.getByText(en('store.excluded.title')).count()).toBe(0);
      expect(staff.problems).toEqual([]);
      expect(shop.problems).toEqual([]);
    } finally {
      await shop.context.close();
    }
  });

  it('regenerates the password: the new one is shown once and emailed', async () => {
    const USER = 'jeanne@bistro-neuf.test';
    const { id, path } = await newCustomer('Bistro Neuf', 'C-6001', USER);
    const shop = await shopSession(id, USER, 'Neuf2026');
    try {
      const page = staff.page;
      await page.goto(`${server.url}${path}`);
      const before = resend.emails.length;
      await page.getByRole('row', { name: new RegExp(USER) }).getByRole('button', { name: en('access.actions.regenerate') }).click();
      await page.getByRole('heading', { name: en('access.regenerated.title') }).waitFor();
      const shown = await page.getByTestId('temporary-password').textContent();
      const email = await emailTo(resend, USER, () => true, before);
      expect(temporaryPasswordIn(email)).toBe(shown);
      expect(await page.getByRole('link', { name: en('access.whatsApp') }).count()).toBe(1);

      // The user's sessions ended: the store asks to sign in again, then to replace the password.
      await shop.page.reload();
      await expect.poll(() => new URL(shop.page.url()).pathname).toBe('/sign-in');
      await signInToStore(shop.page, server, USER, shown!);
      await replaceTemporaryPassword(shop.page, shown!, 'Neuf2027');
      expect(staff.problems).toEqual([]);
    } finally {
      await shop.context.close();
    }
  });

  it('blocks the access: the user is signed out and refused, in the user\'s language; unblocking lets them in', async () => {
    const USER = 'jeanne@bistro-bloque.test';
    const userPassword = 'Bloque2026';
    const { id, path } = await newCustomer('Bistro Bloqué', 'C-7001', USER);
    const shop = await shopSession(id, USER, userPassword);
    const dutch = await openSession(browser, { locale: 'nl-BE' });
    try {
      const page = staff.page;
      await page.goto(`${server.url}${path}`);
      await page.getByRole('row', { name: new RegExp(USER) }).getByRole('button', { name: en('access.actions.block'), exact: true }).click();
      await page.getByText(en('customers.done.block')).waitFor();
      await expect.poll(() => page.getByRole('row', { name: new RegExp(USER) }).textContent()).toContain(en('status.access.BLOCKED'));

      await shop.page.reload();
      await expect.poll(() => new URL(shop.page.url()).pathname).toBe('/sign-in');

      // A Dutch-speaking browser: the refusal comes from the API's Dutch messages.
      await signInToStore(dutch.page, server, USER, userPassword, nl);
      await dutch.page.getByText(serverNl.userErrors.ACCESS_BLOCKED).waitFor();
      expect(serverNl.userErrors.ACCESS_BLOCKED).not.toBe(serverEn.userErrors.ACCESS_BLOCKED);

      await page.getByRole('row', { name: new RegExp(USER) }).getByRole('button', { name: en('access.actions.unblock') }).click();
      await page.getByText(en('customers.done.unblock')).waitFor();
      await signInToStore(dutch.page, server, USER, userPassword, nl);
      await dutch.page.getByRole('article', { name: 'Espresso beans 1kg' }).waitFor();
      expect(dutch.problems).toEqual([]);
      expect(staff.problems).toEqual([]);
    } finally {
      await dutch.context.close();
      await shop.context.close();
    }
  });

  it('a new password on a blocked access unblocks it in one step; the block banner gives way (issue 17, H1)', async () => {
    const USER = 'jeanne@bistro-rouvert.test';
    const { id, path } = await newCustomer('Bistro Rouvert', 'C-8001', USER);
    const shop = await shopSession(id, USER, 'Rouvert2026');
    try {
      const page = staff.page;
      await page.goto(`${server.url}${path}`);
      const row = () => page.getByRole('row', { name: new RegExp(USER) });
      await row().getByRole('button', { name: en('access.actions.block'), exact: true }).click();
      await page.getByText(en('customers.done.block')).waitFor();
      await expect.poll(() => row().textContent()).toContain(en('status.access.BLOCKED'));

      const before = resend.emails.length;
      const button = row().getByRole('button', { name: en('access.actions.regenerate') });
      expect(await button.getAttribute('title')).toBe(en('access.actions.regenerateBlockedTitle', { email: USER }));
      await button.click();
      await page.getByRole('heading', { name: en('access.regenerated.title') }).waitFor();
      expect(await page.getByText(en('customers.done.block')).count()).toBe(0);
      await expect.poll(() => row().textContent()).toContain(en('status.access.ACTIVE'));
      const shown = await page.getByTestId('temporary-password').textContent();
      expect(temporaryPasswordIn(await emailTo(resend, USER, () => true, before))).toBe(shown);

      await signInToStore(shop.page, server, USER, shown!);
      await replaceTemporaryPassword(shop.page, shown!, 'Rouvert2027');
      expect(staff.problems).toEqual([]);
      expect(shop.problems).toEqual([]);
    } finally {
      await shop.context.close();
    }
  });
});
