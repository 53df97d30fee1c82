import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession, screenshot, type Session } from '../../support/browser.js';
import { startFakeResend } from '../../support/fake-resend.js';
import { createCatalog, createStaff, signInStaff } from '../../support/fixtures.js';
import { createCustomer, emailTo, en, replaceTemporaryPassword, signInToHub, signInToStore, temporaryPasswordIn } from '../../support/e2e.js';
import { uiText } from '../../support/i18n.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// A customer's page in the hub, as staff click it: grant access (the user signs in with the
// emailed password and must replace it), the inline customer number, editing the customer,
// exclusion, a new password, blocking (the user's sign-in is then refused, in the user's language).

const nl = uiText('nl');
const serverNl = JSON.parse(readFileSync(new URL('../../../server/common/locales/nl.json', import.meta.url), 'utf8'));
const serverEn = JSON.parse(readFileSync(new URL('../../../server/common/locales/en.json', import.meta.url), 'utf8'));

const USER = 'jeanne@bistro-lumiere.test';
let server: TestServer;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let browser: Browser;
let staff: Session;
let shop: Session;
let customerPath: string;
let userPassword = 'Lumiere2026';

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({ WEB: 'true', RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'anna@supplier.test', password: 'anna1234', role: StaffRole.ADMIN });
  await createCatalog(em);
  const token = await signInStaff(server, 'anna@supplier.test', 'anna1234');
  const id = await createCustomer(server, token, {
    name: 'Bistro Lumière',
    customerNumber: 'C-1001',
    documentLanguage: 'EN',
    privateMessage: 'Free delivery on Fridays.',
    contacts: [{ name: 'Jeanne Martin', email: USER, phone: '+32 470 12 34 56' }],
  });
  await createCustomer(server, token, { name: 'Café du Port', customerNumber: 'C-1002', contacts: [] });
  customerPath = `/hub/customers/${encodeURIComponent(id)}`;
  browser = await launchBrowser();
  staff = await openSession(browser);
  shop = await openSession(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await resend?.close();
});

describe('a customer page in the hub', () => {
  it('grants store access: the credentials are shown once, with a WhatsApp link', async () => {
    const page = staff.page;
    await signInToHub(page, server, 'anna@supplier.test', 'anna1234');
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
    // For the README: the top of the page (header, details, contacts) and the access panel.
    await page.setViewportSize({ width: 1280, height: 1500 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'hub-customer');
    await page.setViewportSize({ width: 1280, height: 860 });
    expect(staff.problems).toEqual([]);
  });

  it('the user signs in with the emailed password, must replace it, then sees the catalog', async () => {
    const email = await emailTo(resend, USER);
    const temporary = temporaryPasswordIn(email);
    expect(await staff.page.getByTestId('temporary-password').textContent()).toBe(temporary);

    const page = shop.page;
    await signInToStore(page, server, USER, temporary);
    await page.goto(`${server.url}/orders`); // anything else sends back to the password change
    await replaceTemporaryPassword(page, temporary, userPassword);
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
    await page.setViewportSize({ width: 1280, height: 860 });
    expect(shop.problems).toEqual([]);
  });

  it('edits the customer number in place; a duplicate is refused next to the field', async () => {
    const page = staff.page;
    await page.goto(`${server.url}${customerPath}`);
    await page.getByRole('link', { name: en('customers.editNumber') }).click();
    const field = page.getByLabel(en('customers.number'), { exact: true });
    await field.fill('C-1002');
    await page.getByRole('button', { name: en('common.save'), exact: true }).click();
    await page.getByText(serverEn.userErrors.CUSTOMER_NUMBER_TAKEN.replace('{{value}}', 'C-1002')).waitFor();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');

    await field.fill('C-1001-B');
    await page.getByRole('button', { name: en('common.save'), exact: true }).click();
    await page.getByText(en('customers.done.number')).waitFor();
    await page.getByText('C-1001-B', { exact: true }).waitFor();
    expect(staff.problems).toEqual([]);
  });

  it('edits the customer: a second contact and a delivery site, with errors shown on their field', async () => {
    const page = staff.page;
    await page.getByRole('link', { name: en('customers.edit') }).click();
    await page.getByRole('heading', { name: en('customers.editTitle', { name: 'Bistro Lumière' }) }).waitFor();
    const contact2 = page.getByRole('group', { name: en('customers.contactN', { n: 2 }) });
    await contact2.getByLabel(en('customers.contactName')).fill('Marc Dubois');
    await contact2.getByLabel(en('customers.contactEmail')).fill('marc@bistro-lumiere.test');
    const site1 = page.getByRole('group', { name: en('customers.siteN', { n: 1 }) });
    await site1.getByLabel(en('customers.site.name')).fill('Main restaurant');
    await site1.getByLabel(en('customers.site.street')).fill('Rue Haute 12');
    await site1.getByLabel(en('customers.site.postalCode')).fill('1000');
    await site1.getByLabel(en('customers.site.city')).fill('Brussels');
    await site1.getByLabel(en('customers.site.country')).fill('B1');
    await page.getByRole('button', { name: en('common.save'), exact: true }).click();
    await site1.getByText(serverEn.userErrors.INVALID_VALUE).waitFor();
    // What was typed is still there.
    expect(await page.getByRole('group', { name: en('customers.contactN', { n: 2 }) }).getByLabel(en('customers.contactEmail')).inputValue()).toBe('marc@bistro-lumiere.test');

    await page.getByRole('group', { name: en('customers.siteN', { n: 1 }) }).getByLabel(en('customers.site.country')).fill('be');
    await page.getByRole('button', { name: en('common.save'), exact: true }).click();
    await page.getByText(en('customers.done.saved')).waitFor();
    await page.getByText('Rue Haute 12, 1000 Brussels, BE').waitFor();
    const row = page.getByRole('row', { name: /marc@bistro-lumiere\.test/ });
    await expect.poll(() => row.textContent()).toContain(en('status.access.NONE'));
    expect(staff.problems).toEqual([]);
  });

  it('excludes the customer with a reason: staff see a banner, the store says why, lifting restores', async () => {
    const page = staff.page;
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
  });

  it('regenerates the password: the new one is shown once and emailed', async () => {
    const page = staff.page;
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
    userPassword = 'Lumiere2027';
    await replaceTemporaryPassword(shop.page, shown!, userPassword);
    expect(staff.problems).toEqual([]);
  });

  it('blocks the access: the user is signed out and refused, in the user\'s language; unblocking lets them in', async () => {
    const page = staff.page;
    await page.reload();
    await page.getByRole('row', { name: new RegExp(USER) }).getByRole('button', { name: en('access.actions.block'), exact: true }).click();
    await page.getByText(en('customers.done.block')).waitFor();
    await expect.poll(() => page.getByRole('row', { name: new RegExp(USER) }).textContent()).toContain(en('status.access.BLOCKED'));

    await shop.page.reload();
    await expect.poll(() => new URL(shop.page.url()).pathname).toBe('/sign-in');

    // A Dutch-speaking browser: the refusal comes from the API's Dutch messages.
    const dutch = await openSession(browser, { locale: 'nl-BE' });
    await signInToStore(dutch.page, server, USER, userPassword, nl);
    await dutch.page.getByText(serverNl.userErrors.ACCESS_BLOCKED).waitFor();
    expect(serverNl.userErrors.ACCESS_BLOCKED).not.toBe(serverEn.userErrors.ACCESS_BLOCKED);

    await page.getByRole('row', { name: new RegExp(USER) }).getByRole('button', { name: en('access.actions.unblock') }).click();
    await page.getByText(en('customers.done.unblock')).waitFor();
    await signInToStore(dutch.page, server, USER, userPassword, nl);
    await dutch.page.getByRole('article', { name: 'Espresso beans 1kg' }).waitFor();
    expect(dutch.problems).toEqual([]);
    await dutch.context.close();
    expect(staff.problems).toEqual([]);
  });

  it('a new password on a blocked access unblocks it in one step; the block banner gives way (issue 17, H1)', async () => {
    const page = staff.page;
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
    await replaceTemporaryPassword(shop.page, shown!, 'Lumiere2028');
    expect(staff.problems).toEqual([]);
    expect(shop.problems).toEqual([]);
  });
});
