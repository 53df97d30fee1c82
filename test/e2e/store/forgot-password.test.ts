import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession, type Session } from '../../support/browser.js';
import { startFakeResend } from '../../support/fake-resend.js';
import { createCatalog, createStaff, signInStaff } from '../../support/fixtures.js';
import { createCustomer, emailTo, en, signInToStore } from '../../support/e2e.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// A7's forgotten password, end to end: the request page never tells whether an account exists,
// the emailed link leads to a new password, the link works once, and the user signs in.

const USER = 'marie@boulangerie.test';
const GRANT = `mutation($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { temporaryPassword userErrors { code } } }`;

let server: TestServer;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let browser: Browser;
let shop: Session;
let resetLink: string;

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({ WEB: 'true', RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'ops@supplier.test', password: 'ops12345', role: StaffRole.SALES });
  await createCatalog(em);
  const token = await signInStaff(server, 'ops@supplier.test', 'ops12345');
  const customerId = await createCustomer(server, token, { name: 'Boulangerie Marie', customerNumber: 'B-1', contacts: [{ email: USER }] });
  const grant = await server.graphql(GRANT, { i: { customerId, email: USER } }, { token });
  expect(grant.data.storeAccessGrant.userErrors).toEqual([]);
  browser = await launchBrowser();
  shop = await openSession(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await resend?.close();
});

describe('forgotten password', () => {
  it('asks for a link from the sign-in page; the answer is the same whether the account exists or not', async () => {
    const page = shop.page;
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole('link', { name: en('auth.signIn.forgot') }).click();
    await page.getByRole('heading', { name: en('auth.forgot.heading') }).waitFor();
    await page.getByLabel(en('auth.email')).fill('nobody@nowhere.test');
    await page.getByRole('button', { name: en('auth.forgot.submit') }).click();
    await page.getByText(en('auth.forgot.sent', { email: 'nobody@nowhere.test' })).waitFor();
    await page.getByText(en('auth.forgot.spam')).waitFor();

    await page.goto(`${server.url}/forgot-password`);
    await page.getByLabel(en('auth.email')).fill(USER);
    await page.getByRole('button', { name: en('auth.forgot.submit') }).click();
    await page.getByText(en('auth.forgot.sent', { email: USER })).waitFor();

    const email = await emailTo(resend, USER, (e) => /\/reset-password\//.test(e.text));
    resetLink = email.text.match(/https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]+/)![0];
    expect(resend.emails.some((e) => e.to === 'nobody@nowhere.test')).toBe(false);
    expect(shop.problems).toEqual([]);
  });

  it('the emailed link sets a new password (errors on their field), then the user signs in with it', async () => {
    const page = shop.page;
    await page.goto(resetLink);
    await page.getByRole('heading', { name: en('auth.reset.heading') }).waitFor();
    await page.getByLabel(en('auth.changePassword.new'), { exact: true }).fill('Croissant2026');
    await page.getByLabel(en('auth.changePassword.confirm')).fill('Croissant2027');
    await page.getByRole('button', { name: en('auth.reset.submit') }).click();
    await page.getByText('The two passwords do not match.').waitFor();
    expect(await page.getByLabel(en('auth.changePassword.confirm')).getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel(en('auth.changePassword.new'), { exact: true }).fill('Croissant2026');
    await page.getByLabel(en('auth.changePassword.confirm')).fill('Croissant2026');
    await page.getByRole('button', { name: en('auth.reset.submit') }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByText(en('auth.reset.done')).waitFor();

    await signInToStore(page, server, USER, 'Croissant2026');
    await page.getByRole('heading', { name: en('catalog.title'), level: 1 }).waitFor();
    await page.getByRole('article', { name: 'Espresso beans 1kg' }).waitFor();
    expect(shop.problems).toEqual([]);
  });

  it('a used link says so clearly and offers to ask for a new one', async () => {
    const other = await openSession(browser);
    const page = other.page;
    await page.goto(resetLink);
    await page.getByLabel(en('auth.changePassword.new'), { exact: true }).fill('Baguette2026');
    await page.getByLabel(en('auth.changePassword.confirm')).fill('Baguette2026');
    await page.getByRole('button', { name: en('auth.reset.submit') }).click();
    await page.getByRole('heading', { name: en('auth.reset.invalidTitle') }).waitFor();
    await page.getByText(en('auth.reset.invalid')).waitFor();
    await page.getByRole('link', { name: en('auth.reset.askAgain') }).click();
    await page.getByRole('heading', { name: en('auth.forgot.heading') }).waitFor();
    expect(other.problems).toEqual([]);
    await other.context.close();
  });
});
