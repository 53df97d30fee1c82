import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { Brand, Tag } from '../../../server/modules/catalog/entities/taxonomy.entity.js';
import { launchBrowser, openSession, screenshot, type Session } from '../../support/browser.js';
import { startFakeResend } from '../../support/fake-resend.js';
import { createCatalog, createStaff, eventually, signInStaff } from '../../support/fixtures.js';
import { createCustomer, en, signInToHub } from '../../support/e2e.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// A4 as staff click it: filter the customer list, grant access to every matching customer with one
// visibility, follow the task's progress to its result (a customer without an email is reported);
// then tick customers by hand and run it again: nothing is granted twice. Each test starts from its
// own page and sets up what it needs (no test relies on another having run first).

const serverEn = JSON.parse(readFileSync(new URL('../../../server/common/locales/en.json', import.meta.url), 'utf8'));

let server: TestServer;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let browser: Browser;
let staff: Session;
let token: string;
let cafeId: string;

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({ WEB: 'true', RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'sam@supplier.test', password: 'sam12345', role: StaffRole.SALES });
  await createCatalog(em);
  em.create(Tag, { name: 'Organic' });
  em.create(Tag, { name: 'Frozen' });
  em.create(Brand, { name: 'Lavazza' });
  await em.flush();
  token = await signInStaff(server, 'sam@supplier.test', 'sam12345');
  const fr = (n: number, name: string, email?: string) =>
    createCustomer(server, token, { name, customerNumber: `F-${n}`, documentLanguage: 'FR', contacts: email ? [{ name, email }] : [] });
  await fr(1, 'Brasserie des Halles', 'halles@brasserie.test');
  cafeId = await fr(2, 'Café de la Gare', 'gare@cafe.test');
  await fr(3, 'Hôtel du Lac', 'reception@hotel-du-lac.test');
  await fr(4, 'Sans Courriel SARL');
  await createCustomer(server, token, { name: 'Corner Pub', customerNumber: 'E-1', documentLanguage: 'EN', contacts: [{ email: 'pub@corner.test' }] });
  browser = await launchBrowser();
  staff = await openSession(browser);
  await signInToHub(staff.page, server, 'sam@supplier.test', 'sam12345');
});

// Each test answers for the console errors of its own steps only.
beforeEach(() => {
  staff.problems.length = 0;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await resend?.close();
});

describe('bulk grant from the customer list', () => {
  it('filters the list by language and access, with the access count and last access columns', async () => {
    const page = staff.page;
    await page.goto(`${server.url}/hub`);
    // SALES staff see no administration entries.
    expect(await page.getByRole('link', { name: en('nav.staff') }).count()).toBe(0);
    await page.getByRole('navigation', { name: en('nav.main') }).getByRole('link', { name: en('nav.customers') }).click();
    await page.getByRole('columnheader', { name: en('customers.lastAccess') }).waitFor();
    await page.getByLabel(en('customers.documentLanguage')).selectOption('FR');
    await page.getByLabel(en('customers.filters.access')).selectOption('NONE');
    await page.getByRole('button', { name: en('common.filter') }).click();
    await page.getByText(en('customers.bulk.matching_other', { count: 4 })).waitFor();
    expect(await page.getByRole('link', { name: 'Corner Pub' }).count()).toBe(0);
    expect(staff.problems).toEqual([]);
  });

  it('grants access to every matching customer with one visibility, shows the progress then the result, and sets the visibility', async () => {
    const page = staff.page;
    await page.goto(`${server.url}/hub/customers?language=FR&access=NONE`);
    await page.getByRole('button', { name: en('customers.bulk.grantAll_other', { count: 4 }) }).click();
    await page.getByRole('heading', { name: en('bulkGrant.title'), level: 1 }).waitFor();
    await page.getByRole('heading', { name: en('bulkGrant.who_other', { count: 4 }) }).waitFor();
    // Touch-friendly choices (issue 17 H6): a tap per value, no Ctrl-click.
    await page.getByRole('group', { name: en('visibility.tags') }).getByRole('checkbox', { name: 'Organic' }).check();
    await page.getByRole('group', { name: en('visibility.brands') }).getByRole('checkbox', { name: 'Lavazza' }).check();
    await page.getByRole('button', { name: en('bulkGrant.confirm_other', { count: 4 }) }).click();

    await page.getByRole('heading', { name: en('task.bulkGrantTitle'), level: 1 }).waitFor();
    expect(await page.getByRole('progressbar').count()).toBe(1);
    await page.getByRole('heading', { name: en('task.result') }).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('task-succeeded').textContent()).toBe('3');
    expect(await page.getByTestId('task-skipped').textContent()).toBe('1');
    const skipped = page.getByRole('row', { name: /Sans Courriel SARL/ });
    await expect.poll(() => skipped.textContent()).toContain(serverEn.userErrors.NO_EMAIL);
    await page.getByText(en('task.processed', { processed: '4', total: '4', percent: 100 })).waitFor();
    await screenshot(page, 'hub-bulk-grant-progress');

    // Each granted customer got its credentials in its document language (French), and the visibility.
    for (const to of ['halles@brasserie.test', 'gare@cafe.test', 'reception@hotel-du-lac.test']) {
      await eventually(async () => resend.emails.find((e) => e.to === to));
    }

    // The visibility chosen for all is the customer's.
    await page.goto(`${server.url}/hub/customers?q=Halles`);
    await page.getByRole('link', { name: 'Brasserie des Halles' }).click();
    await page.getByRole('heading', { name: 'Brasserie des Halles', level: 1 }).waitFor();
    await page.getByText('Tags: Organic').waitFor();
    await page.getByText('Brands: Lavazza').waitFor();
    await expect.poll(() => page.getByRole('row', { name: /halles@brasserie\.test/ }).textContent()).toContain(en('status.access.ACTIVE'));
    expect(staff.problems).toEqual([]);
  });

  it('ticked customers: running it again grants nothing twice and says why', async () => {
    const page = staff.page;
    // Café de la Gare has a store access (granted here unless the test above did it already).
    const granted = await server.graphql(
      `mutation($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { userErrors { code } } }`,
      { i: { customerId: cafeId, email: 'gare@cafe.test', password: 'temp1234', passwordConfirmation: 'temp1234' } },
      { token },
    );
    expect(granted.data.storeAccessGrant.userErrors.map((e: { code: string }) => e.code)).toSatisfy((codes: string[]) => codes.length === 0 || codes.join() === 'ACCESS_EXISTS');
    await page.goto(`${server.url}/hub/customers?language=FR`);
    await page.getByLabel(en('customers.bulk.selectOne', { name: 'Café de la Gare' })).check();
    await page.getByLabel(en('customers.bulk.selectOne', { name: 'Sans Courriel SARL' })).check();
    await page.getByText(en('customers.bulk.selected_other', { count: 2 })).waitFor();
    await page.getByRole('button', { name: en('customers.bulk.grantSelected') }).click();
    await page.getByRole('heading', { name: en('bulkGrant.who_other', { count: 2 }) }).waitFor();
    await page.getByText('Café de la Gare').waitFor();
    await page.getByRole('button', { name: en('bulkGrant.confirm_other', { count: 2 }) }).click();
    await page.getByRole('heading', { name: en('task.result') }).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('task-succeeded').textContent()).toBe('0');
    await expect.poll(() => page.getByRole('row', { name: /Café de la Gare/ }).textContent()).toContain(serverEn.userErrors.ACCESS_EXISTS);
    await expect.poll(() => page.getByRole('row', { name: /Sans Courriel SARL/ }).textContent()).toContain(serverEn.userErrors.NO_EMAIL);
    expect(staff.problems).toEqual([]);
  });
});
