import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession, screenshot, type Session } from '../../support/browser.js';
import { startFakeResend } from '../../support/fake-resend.js';
import { createCatalog, createStaff, eventually, signInStaff } from '../../support/fixtures.js';
import { createCustomer, emailTo, en, replaceTemporaryPassword, signInToHub, signInToStore, temporaryPasswordIn } from '../../support/e2e.js';
import { uiText } from '../../support/i18n.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// Self-registration (R1–R5) as people click it: an admin opens the store to access requests, an
// applicant fills the public form (in Portuguese), staff see it in the bell and the queue, approve
// it (the applicant signs in with the emailed password), link another to an existing customer, and
// refuse a third with a reason that reaches the applicant.

const pt = uiText('pt');
let server: TestServer;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let browser: Browser;
let staff: Session;
let applicant: Session;

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({ WEB: 'true', RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'ada@supplier.test', password: 'ada12345', role: StaffRole.ADMIN });
  await createCatalog(em);
  const token = await signInStaff(server, 'ada@supplier.test', 'ada12345');
  await createCustomer(server, token, { name: 'Épicerie Fine Lambert', customerNumber: 'C-3001', contacts: [{ email: 'shop@lambert.test' }] });
  browser = await launchBrowser();
  staff = await openSession(browser);
  applicant = await openSession(browser, { locale: 'pt-PT' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await resend?.close();
});

async function requestAccess(page: Page, t: typeof en, data: { company: string; name: string; email: string; message?: string }) {
  await page.goto(`${server.url}/sign-in`);
  await page.getByRole('link', { name: t('auth.signIn.requestAccess') }).click();
  await page.getByRole('heading', { name: t('requestAccess.heading') }).waitFor();
  await page.getByLabel(t('requestAccess.companyName')).fill(data.company);
  await page.getByLabel(t('requestAccess.contactName')).fill(data.name);
  await page.getByLabel(t('auth.email')).fill(data.email);
  await page.getByLabel(t('requestAccess.phone')).fill('+351 912 345 678');
  await page.getByLabel(t('requestAccess.vatNumber')).fill('PT123456789');
  await page.getByLabel(t('requestAccess.address')).fill('Rua Augusta 10, 1100-053 Lisboa');
  if (data.message) await page.getByLabel(t('requestAccess.message')).fill(data.message);
  await page.getByRole('button', { name: t('requestAccess.submit') }).click();
  await page.getByRole('heading', { name: t('requestAccess.thanksTitle') }).waitFor();
  // A job records the request after the answer (issue 11, S6): staff see it once it has run.
  const em = server.app.services.orm.em.fork();
  await eventually(async () => Number((await em.execute(`select count(*) as n from registration_request where email = ?`, [data.email]))[0].n) > 0);
}

describe('access requests', () => {
  it('the sign-in page has no request button until an admin enables it in the settings', async () => {
    await applicant.page.goto(`${server.url}/sign-in`);
    await applicant.page.getByRole('button', { name: pt('auth.signIn.submit') }).waitFor();
    expect(await applicant.page.getByRole('link', { name: pt('auth.signIn.requestAccess') }).count()).toBe(0);

    const page = staff.page;
    await signInToHub(page, server, 'ada@supplier.test', 'ada12345');
    await page.getByRole('link', { name: en('nav.settings') }).click();
    await page.getByRole('heading', { name: en('settings.title'), level: 1 }).waitFor();
    await page.getByLabel(en('settings.selfRegistrationEnabled')).check();
    await page.getByLabel(en('settings.showAccessRequestButton')).check();
    await page.getByLabel(en('settings.pendingApprovalRecipients')).selectOption('NOBODY');
    await page.getByRole('button', { name: en('common.save') }).click();
    await page.getByText(en('settings.saved')).waitFor();
    expect(await page.getByLabel(en('settings.showAccessRequestButton')).isChecked()).toBe(true);
    expect(await page.getByLabel(en('settings.pendingApprovalRecipients')).inputValue()).toBe('NOBODY');
    expect(staff.problems).toEqual([]);
  });

  it('an applicant sends the public form in Portuguese; the honeypot is hidden from people', async () => {
    const page = applicant.page;
    await page.goto(`${server.url}/request-access`);
    const honeypot = page.locator('input[name="website"]');
    expect(await honeypot.getAttribute('tabindex')).toBe('-1');
    expect(await honeypot.getAttribute('autocomplete')).toBe('off');
    expect(await page.locator('.hp-field').getAttribute('aria-hidden')).toBe('true');
    const box = await honeypot.boundingBox();
    expect(box!.x + box!.width).toBeLessThan(0);

    await requestAccess(page, pt, { company: 'Pastelaria Belém', name: 'Inês Costa', email: 'ines@pastelaria-belem.test', message: 'Queremos encomendar café.' });
    expect(applicant.problems).toEqual([]);
  });

  it('staff see the requests in the bell and the queue, with their age', async () => {
    const other = await openSession(browser);
    await requestAccess(other.page, en, { company: 'Lambert Annex', name: 'Paul Lambert', email: 'paul@lambert.test' });
    await requestAccess(other.page, en, { company: 'Far Away Foods', name: 'Kim Lee', email: 'kim@faraway.test' });
    expect(other.problems).toEqual([]);
    await other.context.close();

    const page = staff.page;
    await page.goto(`${server.url}/hub`);
    await page.getByRole('link', { name: en('bell.label_other', { count: 3 }) }).click();
    await page.getByRole('heading', { name: en('bell.title'), level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Pastelaria Belém' }).waitFor();

    await page.getByRole('link', { name: en('bell.allRequests') }).click();
    await page.getByRole('heading', { name: en('registrations.title'), level: 1 }).waitFor();
    const row = page.getByRole('row', { name: /Pastelaria Belém/ });
    await expect.poll(() => row.textContent()).toContain('ines@pastelaria-belem.test');
    await expect.poll(() => row.textContent()).toMatch(/now|minute/);
    await expect.poll(() => row.textContent()).toContain(en('registrations.statuses.PENDING'));
    await screenshot(page, 'hub-registrations');
    expect(staff.problems).toEqual([]);
  });

  it('approves a request as a new customer: the applicant gets the credentials and signs in', async () => {
    const page = staff.page;
    await page.getByRole('link', { name: 'Pastelaria Belém' }).click();
    await page.getByRole('heading', { name: 'Pastelaria Belém', level: 1 }).waitFor();
    await page.getByText('Queremos encomendar café.').waitFor();
    await page.getByText('PT123456789').waitFor();
    await page.getByLabel(en('registrations.approve.create')).check();
    await page.getByRole('button', { name: en('registrations.approve.submit') }).click();
    // The customer number is required for a new customer.
    await page.getByText('This field is required.').waitFor();
    await page.getByLabel(en('customers.number')).fill('P-5001');
    await page.getByRole('button', { name: en('registrations.approve.submit') }).click();
    await page.getByText(en('registrations.approvedNotice', { email: 'ines@pastelaria-belem.test' })).waitFor();
    await page.getByRole('heading', { name: en('registrations.decision') }).waitFor();
    await page.getByRole('link', { name: 'Pastelaria Belém (P-5001)' }).waitFor();

    // The credentials email (it shows the username), not the acknowledgement of the request.
    const email = await emailTo(resend, 'ines@pastelaria-belem.test', (e) => e.text.includes('ines@pastelaria-belem.test'));
    const temporary = temporaryPasswordIn(email);
    await signInToStore(applicant.page, server, 'ines@pastelaria-belem.test', temporary, pt);
    await replaceTemporaryPassword(applicant.page, temporary, 'Belem2026pt', pt);
    await applicant.page.getByRole('heading', { name: pt('catalog.title'), level: 1 }).waitFor();
    await applicant.page.getByRole('article', { name: 'Espresso beans 1kg' }).waitFor();
    expect(applicant.problems).toEqual([]);
    expect(staff.problems).toEqual([]);
  });

  it('links a request to an existing customer found by a search', async () => {
    const page = staff.page;
    await page.goto(`${server.url}/hub/registrations`);
    await page.getByRole('link', { name: 'Lambert Annex' }).click();
    await page.getByLabel(en('registrations.approve.searchLabel')).fill('Lambert');
    await page.getByRole('button', { name: en('registrations.approve.search'), exact: true }).click();
    await page.getByLabel(en('registrations.approve.customer'), { exact: true }).selectOption({ label: 'Épicerie Fine Lambert (C-3001)' });
    await page.getByLabel(en('registrations.approve.link')).check();
    await page.getByRole('button', { name: en('registrations.approve.submit') }).click();
    await page.getByText(en('registrations.approvedNotice', { email: 'paul@lambert.test' })).waitFor();
    await page.getByRole('link', { name: 'Épicerie Fine Lambert (C-3001)' }).click();
    await expect.poll(() => page.getByRole('row', { name: /paul@lambert\.test/ }).textContent()).toContain(en('status.access.ACTIVE'));
    expect(staff.problems).toEqual([]);
  });

  it('refuses a request with a reason, which the refusal email carries', async () => {
    const page = staff.page;
    await page.goto(`${server.url}/hub/registrations`);
    await page.getByRole('link', { name: 'Far Away Foods' }).click();
    await page.getByLabel(en('registrations.refuse.reason')).fill('We only deliver in Belgium and Portugal.');
    await page.getByRole('button', { name: en('registrations.refuse.submit') }).click();
    await page.getByText(en('registrations.refusedNotice', { email: 'kim@faraway.test' })).waitFor();
    await page.getByText('We only deliver in Belgium and Portugal.').waitFor();
    const email = await emailTo(resend, 'kim@faraway.test', (e) => e.text.includes('We only deliver'));
    expect(email.text).toContain('We only deliver in Belgium and Portugal.');

    // The queue of waiting requests is now empty.
    await page.goto(`${server.url}/hub/registrations`);
    await page.getByText(en('registrations.emptyPending')).waitFor();
    expect(staff.problems).toEqual([]);
  });

  it('a new request from a refused email is flagged on the queue and on its page (issue 17, H1)', async () => {
    const other = await openSession(browser);
    await requestAccess(other.page, en, { company: 'Far Away Foods', name: 'Kim Lee', email: 'kim@faraway.test' });
    await other.context.close();
    // requestAccess saw the refused row; wait for the job to record the new one too.
    const em = server.app.services.orm.em.fork();
    await eventually(async () => Number((await em.execute(`select count(*) as n from registration_request where email = ?`, ['kim@faraway.test']))[0].n) > 1);
    const page = staff.page;
    await page.goto(`${server.url}/hub/registrations`);
    const row = page.getByRole('row', { name: /kim@faraway\.test/ });
    await expect.poll(() => row.textContent()).toContain(en('registrations.previouslyRefused'));
    await row.getByRole('link', { name: 'Far Away Foods' }).click();
    await page.getByText(en('registrations.previouslyRefusedTitle')).waitFor();
    expect(staff.problems).toEqual([]);
  });
});
