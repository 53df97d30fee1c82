import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CapturedEmail } from './fake-resend.js';
import { eventually } from './fixtures.js';
import type { TestServer } from './server.js';
import { uiText } from './i18n.js';

// Small helpers shared by the browser specs of test/e2e/hub and test/e2e/store.

export const en = uiText('en');

type FakeResend = { emails: CapturedEmail[] };

const recipients = (e: CapturedEmail) => (Array.isArray(e.to) ? e.to : [e.to]);

/** The latest email to `to` (matching `match`, if given), waiting for the outbox job to send it. */
export function emailTo(resend: FakeResend, to: string, match: (e: CapturedEmail) => boolean = () => true, after = 0): Promise<CapturedEmail> {
  return eventually(async () => resend.emails.slice(after).filter((e) => recipients(e).includes(to) && match(e)).at(-1));
}

/** The generated temporary password in a credentials email (12 letters and digits, at least one of each). */
export function temporaryPasswordIn(email: CapturedEmail): string {
  const match = email.text.match(/\b(?=[A-Za-z2-9]*\d)(?=[A-Za-z2-9]*[A-Za-z])[A-Za-z2-9]{12}\b/);
  if (!match) throw new Error(`no temporary password in: ${email.text}`);
  return match[0];
}

/** Signs a staff member in to the hub through its sign-in page. */
export async function signInToHub(page: Page, server: TestServer, email: string, password: string, t = en): Promise<void> {
  await page.goto(`${server.url}/hub/sign-in`);
  await page.getByLabel(t('auth.email')).fill(email);
  await page.getByLabel(t('auth.password')).fill(password);
  await page.getByRole('button', { name: t('auth.signIn.submit') }).click();
  await page.waitForURL((url) => url.pathname === '/hub');
}

/** Signs a shop user in to the store; returns once the next page has loaded. */
export async function signInToStore(page: Page, server: TestServer, email: string, password: string, t = en): Promise<void> {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel(t('auth.email')).fill(email);
  await page.getByLabel(t('auth.password'), { exact: true }).fill(password);
  // Waits for the form's answer (signed in, or refused): 'networkidle' alone can be reached before
  // the form is even sent on a loaded machine, and the next page would then find no session.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/sign-in'),
    page.getByRole('button', { name: t('auth.signIn.submit'), exact: true }).click(),
  ]);
  await page.waitForLoadState('networkidle');
}

/** Replaces the temporary password on the forced change page (which then goes where the user was heading). */
export async function replaceTemporaryPassword(page: Page, temporary: string, next: string, t = en): Promise<void> {
  await page.getByRole('heading', { name: t('auth.changePassword.heading') }).waitFor();
  await page.getByLabel(t('auth.changePassword.temporary')).fill(temporary);
  await page.getByLabel(t('auth.changePassword.new'), { exact: true }).fill(next);
  await page.getByLabel(t('auth.changePassword.confirm')).fill(next);
  await page.getByRole('button', { name: t('auth.changePassword.submit') }).click();
  await page.waitForURL((url) => url.pathname !== '/change-password');
}

const CUSTOMER_CREATE = `mutation($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id } userErrors { field code message } } }`;

/** Creates a customer through the API, as an integrator or the hub would. */
export async function createCustomer(server: TestServer, token: string, input: Record<string, unknown>): Promise<string> {
  const r = await server.graphql(CUSTOMER_CREATE, { i: input }, { token });
  expect(r.errors ?? r.data.customerCreate.userErrors).toEqual([]);
  return r.data.customerCreate.customer.id;
}

/** The page's path, e.g. to wait for a redirect. */
export function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}
