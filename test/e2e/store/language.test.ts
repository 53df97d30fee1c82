import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession, type Session } from '../../support/browser.js';
import { createCatalog, createStaff, signInStaff } from '../../support/fixtures.js';
import { createCustomer, en, replaceTemporaryPassword, signInToHub, signInToStore } from '../../support/e2e.js';
import { uiText } from '../../support/i18n.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// The language switcher: anonymous visitors keep a cookie; a signed-in user's choice is saved on
// the account (viewerLanguageSet), so it follows them to another browser.

const de = uiText('de');
const es = uiText('es');
const fr = uiText('fr');
const USER = 'lena@weinstube.test';
const GRANT = `mutation($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { temporaryPassword userErrors { code } } }`;

let server: TestServer;
let browser: Browser;
let temporary: string;

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'eva@supplier.test', password: 'eva12345', role: StaffRole.SALES });
  await createCatalog(em);
  const token = await signInStaff(server, 'eva@supplier.test', 'eva12345');
  const customerId = await createCustomer(server, token, { name: 'Weinstube Lena', customerNumber: 'W-1', documentLanguage: 'EN', contacts: [{ email: USER }] });
  const grant = await server.graphql(GRANT, { i: { customerId, email: USER } }, { token });
  temporary = grant.data.storeAccessGrant.temporaryPassword;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function switchTo(session: Session, code: string, name: string) {
  // Each button is named by its visible code, then the language ("FR – Français").
  await session.page.getByRole('button', { name: `${code.toUpperCase()} – ${name}`, exact: true }).first().click();
  await session.page.waitForFunction((lang) => document.documentElement.lang === lang, code);
}

describe('language', () => {
  it('an anonymous visitor switches the sign-in page to Spanish (cookie)', async () => {
    const visitor = await openSession(browser);
    await visitor.page.goto(`${server.url}/sign-in`);
    await switchTo(visitor, 'es', 'Español');
    await visitor.page.getByRole('heading', { name: es('auth.signIn.title') }).or(visitor.page.getByRole('button', { name: es('auth.signIn.submit') })).first().waitFor();
    await visitor.page.reload();
    await visitor.page.getByRole('button', { name: es('auth.signIn.submit') }).waitFor();
    expect(visitor.problems).toEqual([]);
    await visitor.context.close();
  });

  it('a shop user switches to German; the choice is saved on the account and follows them', async () => {
    const first = await openSession(browser);
    await signInToStore(first.page, server, USER, temporary);
    await replaceTemporaryPassword(first.page, temporary, 'Riesling2026');
    await first.page.getByRole('heading', { name: en('catalog.title'), level: 1 }).waitFor();
    await switchTo(first, 'de', 'Deutsch');
    await first.page.getByRole('heading', { name: de('catalog.title'), level: 1 }).waitFor();
    await first.page.getByRole('link', { name: de('nav.myOrders') }).waitFor();
    expect(first.problems).toEqual([]);
    await first.context.close();

    // Another browser, in English: once signed in, the store speaks German.
    const second = await openSession(browser, { locale: 'en-GB' });
    await signInToStore(second.page, server, USER, 'Riesling2026');
    await second.page.getByRole('heading', { name: de('catalog.title'), level: 1 }).waitFor();
    expect(second.problems).toEqual([]);
    await second.context.close();
  });

  it('a staff member switches the hub to French, saved on the account', async () => {
    const first = await openSession(browser);
    await signInToHub(first.page, server, 'eva@supplier.test', 'eva12345');
    await switchTo(first, 'fr', 'Français');
    await first.page.getByRole('heading', { name: fr('hub.home.title'), level: 1 }).waitFor();
    await first.context.close();

    const second = await openSession(browser);
    await signInToHub(second.page, server, 'eva@supplier.test', 'eva12345', en);
    await second.page.getByRole('heading', { name: fr('hub.home.title'), level: 1 }).waitFor();
    expect(second.problems).toEqual([]);
    await second.context.close();
  });
});
