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
// applicant fills the public form (in Portuguese), staff see requests in the bell and the queue,
// approve one (the applicant signs in with the emailed password), link another to an existing
// customer, and refuse a third with a reason that reaches the applicant.
//
// Each test sends the requests it needs (through the API, or the form when the form is the point)
// under its own names and emails, and from its own client address: the server believes the
// X-Forwarded-For of loopback (TRUST_PROXY, as behind a proxy), so the per-client limit on requests
// counts each test apart. The store is open to requests from `beforeAll`; the one test that closes
// it reopens it in `finally`.

const pt = uiText('pt');
let server: TestServer;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let browser: Browser;
let staff: Session;
let admin: string;
let clients = 0;

/** A client address of its own (10.13.0.x), for a session or API call. */
const newClient = () => `10.13.0.${++clients}`;

async function setRequestsOpen(open: boolean) {
  const r = await server.graphql(
    `mutation($i: StoreSettingsUpdateInput!) { storeSettingsUpdate(input: $i) { userErrors { code } } }`,
    {
      i: {
        selfRegistrationEnabled: open,
        showAccessRequestButton: open,
        pendingApprovalRecipients: 'NOBODY',
      },
    },
    { token: admin },
  );
  expect(r.errors ?? r.data.storeSettingsUpdate.userErrors).toEqual([]);
}

const requestCount = async (email: string) => Number((await server.app.services.orm.em.fork().execute(`select count(*) as n from registration_request where email = ?`, [email]))[0].n);

/** Sends an access request through the public API from a client address of its own; waits until the job recorded it. */
async function submitRequest(data: { company: string; name: string; email: string; message?: string; language?: string }) {
  const before = await requestCount(data.email);
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': newClient(),
    },
    body: JSON.stringify({
      query: `mutation($i: RegistrationRequestSubmitInput!) { registrationRequestSubmit(input: $i) { received userErrors { code } } }`,
      variables: {
        i: {
          companyName: data.company,
          contactName: data.name,
          email: data.email,
          message: data.message,
          language: data.language,
          phone: '+351 912 345 678',
          vatNumber: 'PT123456789',
          address: 'Rua Augusta 10, 1100-053 Lisboa',
        },
      },
    }),
  });
  const body = (await res.json()) as {
    data: {
      registrationRequestSubmit: { received: boolean; userErrors: unknown[] };
    };
  };
  expect(body.data.registrationRequestSubmit).toEqual({
    received: true,
    userErrors: [],
  });
  await eventually(async () => (await requestCount(data.email)) > before);
}

/** Fills the public form; waits until the job recorded the request (issue 11, S6). */
async function requestAccess(page: Page, t: typeof en, data: { company: string; name: string; email: string; message?: string }) {
  const before = await requestCount(data.email);
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
  await eventually(async () => (await requestCount(data.email)) > before);
}

/** Opens a waiting request from the queue by its company name. */
async function openRequest(page: Page, company: string) {
  await page.goto(`${server.url}/hub/registrations`);
  await page.getByRole('link', { name: company }).click();
  await page.getByRole('heading', { name: company, level: 1 }).waitFor();
}

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({
    WEB: 'true',
    RESEND_API_KEY: resend.apiKey,
    RESEND_BASE_URL: resend.url,
    TRUST_PROXY: 'loopback',
  });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, {
    email: 'ada@supplier.test',
    password: 'ada12345',
    role: StaffRole.ADMIN,
  });
  await createCatalog(em);
  admin = await signInStaff(server, 'ada@supplier.test', 'ada12345');
  await createCustomer(server, admin, {
    name: 'Épicerie Fine Lambert',
    customerNumber: 'C-3001',
    contacts: [{ email: 'shop@lambert.test' }],
  });
  await setRequestsOpen(true);
  browser = await launchBrowser();
  staff = await openSession(browser, { forwardedFor: newClient() });
  await signInToHub(staff.page, server, 'ada@supplier.test', 'ada12345');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await resend?.close();
});

describe('access requests', () => {
  it('the sign-in page has no request button until an admin enables it in the settings', async () => {
    const applicant = await openSession(browser, {
      locale: 'pt-PT',
      forwardedFor: newClient(),
    });
    await setRequestsOpen(false);
    try {
      await applicant.page.goto(`${server.url}/sign-in`);
      await applicant.page.getByRole('button', { name: pt('auth.signIn.submit') }).waitFor();
      expect(await applicant.page.getByRole('link', { name: pt('auth.signIn.requestAccess') }).count()).toBe(0);

      const page = staff.page;
      await page.goto(`${server.url}/hub`);
      await page.getByRole('link', { name: en('nav.settings') }).click();
      await page.getByRole('heading', { name: en('settings.title'), level: 1 }).waitFor();
      expect(await page.getByLabel(en('settings.showAccessRequestButton')).isChecked()).toBe(false);
      await page.getByLabel(en('settings.selfRegistrationEnabled')).check();
      await page.getByLabel(en('settings.showAccessRequestButton')).check();
      await page.getByLabel(en('settings.pendingApprovalRecipients')).selectOption('NOBODY');
      await page.getByRole('button', { name: en('common.save') }).click();
      await page.getByText(en('settings.saved')).waitFor();
      expect(await page.getByLabel(en('settings.showAccessRequestButton')).isChecked()).toBe(true);
      expect(await page.getByLabel(en('settings.pendingApprovalRecipients')).inputValue()).toBe('NOBODY');

      await applicant.page.reload();
      await applicant.page.getByRole('link', { name: pt('auth.signIn.requestAccess') }).waitFor();
      expect(staff.problems).toEqual([]);
      expect(applicant.problems).toEqual([]);
    } finally {
      await setRequestsOpen(true);
      await applicant.context.close();
    }
  });

  it('an applicant sends the public form in Portuguese; the honeypot is hidden from people', async () => {
    const applicant = await openSession(browser, {
      locale: 'pt-PT',
      forwardedFor: newClient(),
    });
    try {
      const page = applicant.page;
      await page.goto(`${server.url}/request-access`);
      const honeypot = page.locator('input[name="website"]');
      expect(await honeypot.getAttribute('tabindex')).toBe('-1');
      expect(await honeypot.getAttribute('autocomplete')).toBe('off');
      expect(await page.locator('.hp-field').getAttribute('aria-hidden')).toBe('true');
      const box = await honeypot.boundingBox();
      expect(box!.x + box!.width).toBeLessThan(0);

      await requestAccess(page, pt, {
        company: 'Confeitaria Nacional',
        name: 'Rita Sousa',
        email: 'rita@confeitaria-nacional.test',
        message: 'Queremos encomendar chá.',
      });
      expect(applicant.problems).toEqual([]);
    } finally {
      await applicant.context.close();
    }
  });

  it('staff see the requests in the bell and the queue, with their age', async () => {
    await submitRequest({
      company: 'Padaria Estrela',
      name: 'João Reis',
      email: 'joao@padaria-estrela.test',
    });
    await submitRequest({
      company: 'Mercearia Sol',
      name: 'Ana Lima',
      email: 'ana@mercearia-sol.test',
    });
    const unread = await server.graphql(`query { hubNotifications { unreadCount } }`, {}, { token: admin });
    const count = unread.data.hubNotifications.unreadCount as number;
    expect(count).toBeGreaterThanOrEqual(2);

    const page = staff.page;
    await page.goto(`${server.url}/hub`);
    await page.getByRole('link', { name: en('bell.label_other', { count }) }).click();
    await page.getByRole('heading', { name: en('bell.title'), level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Padaria Estrela' }).waitFor();

    await page.getByRole('link', { name: en('bell.allRequests') }).click();
    await page.getByRole('heading', { name: en('registrations.title'), level: 1 }).waitFor();
    const row = page.getByRole('row', { name: /Mercearia Sol/ });
    await expect.poll(() => row.textContent()).toContain('ana@mercearia-sol.test');
    await expect.poll(() => row.textContent()).toMatch(/now|minute/);
    await expect.poll(() => row.textContent()).toContain(en('registrations.statuses.PENDING'));
    await screenshot(page, 'hub-registrations');
    expect(staff.problems).toEqual([]);
  });

  it('approves a request as a new customer: the applicant gets the credentials and signs in', async () => {
    await submitRequest({
      company: 'Pastelaria Belém',
      name: 'Inês Costa',
      email: 'ines@pastelaria-belem.test',
      message: 'Queremos encomendar café.',
      language: 'PT',
    });
    const applicant = await openSession(browser, {
      locale: 'pt-PT',
      forwardedFor: newClient(),
    });
    try {
      const page = staff.page;
      await openRequest(page, 'Pastelaria Belém');
      await page.getByText('Queremos encomendar café.').waitFor();
      await page.getByText('PT123456789').waitFor();
      await page.getByLabel(en('registrations.approve.create')).check();
      await page.getByRole('button', { name: en('registrations.approve.submit') }).click();
      // The customer number is required for a new customer.
      await page.getByText('This field is required.').waitFor();
      await page.getByLabel(en('customers.number')).fill('P-5001');
      await page.getByRole('button', { name: en('registrations.approve.submit') }).click();
      await page
        .getByText(
          en('registrations.approvedNotice', {
            email: 'ines@pastelaria-belem.test',
          }),
        )
        .waitFor();
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
    } finally {
      await applicant.context.close();
    }
  });

  it('links a request to an existing customer found by a search', async () => {
    await submitRequest({
      company: 'Lambert Annex',
      name: 'Paul Lambert',
      email: 'paul@lambert.test',
    });
    const page = staff.page;
    await openRequest(page, 'Lambert Annex');
    await page.getByLabel(en('registrations.approve.searchLabel')).fill('Lambert');
    await page
      .getByRole('button', {
        name: en('registrations.approve.search'),
        exact: true,
      })
      .click();
    await page.getByLabel(en('registrations.approve.customer'), { exact: true }).selectOption({ label: 'Épicerie Fine Lambert (C-3001)' });
    await page.getByLabel(en('registrations.approve.link')).check();
    await page.getByRole('button', { name: en('registrations.approve.submit') }).click();
    await page.getByText(en('registrations.approvedNotice', { email: 'paul@lambert.test' })).waitFor();
    await page.getByRole('link', { name: 'Épicerie Fine Lambert (C-3001)' }).click();
    await expect.poll(() => page.getByRole('row', { name: /paul@lambert\.test/ }).textContent()).toContain(en('status.access.ACTIVE'));
    expect(staff.problems).toEqual([]);
  });

  it('refuses a request with a reason, which the refusal email carries', async () => {
    await submitRequest({
      company: 'Far Away Foods',
      name: 'Kim Lee',
      email: 'kim@faraway.test',
    });
    const page = staff.page;
    await openRequest(page, 'Far Away Foods');
    await page.getByLabel(en('registrations.refuse.reason')).fill('We only deliver in Belgium and Portugal.');
    await page.getByRole('button', { name: en('registrations.refuse.submit') }).click();
    await page.getByText(en('registrations.refusedNotice', { email: 'kim@faraway.test' })).waitFor();
    await page.getByText('We only deliver in Belgium and Portugal.').waitFor();
    const email = await emailTo(resend, 'kim@faraway.test', (e) => e.text.includes('We only deliver'));
    expect(email.text).toContain('We only deliver in Belgium and Portugal.');

    // It has left the queue of waiting requests.
    await page.goto(`${server.url}/hub/registrations`);
    await page.getByRole('heading', { name: en('registrations.title'), level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: 'Far Away Foods' }).count()).toBe(0);
    expect(staff.problems).toEqual([]);
  });

  it('a new request from a refused email is flagged on the queue and on its page (issue 17, H1)', async () => {
    await submitRequest({
      company: 'Distant Deli',
      name: 'Lee Park',
      email: 'lee@distant-deli.test',
    });
    const waiting = await server.graphql(`query { registrationRequests(first: 100, status: PENDING) { edges { node { id email } } } }`, {}, { token: admin });
    const first = waiting.data.registrationRequests.edges.find((e: { node: { email: string } }) => e.node.email === 'lee@distant-deli.test').node.id as string;
    const refused = await server.graphql(
      `mutation($i: RegistrationRequestRefuseInput!) { registrationRequestRefuse(input: $i) { userErrors { code } } }`,
      { i: { id: first, reason: 'Not yet.' } },
      { token: admin },
    );
    expect(refused.errors ?? refused.data.registrationRequestRefuse.userErrors).toEqual([]);

    const other = await openSession(browser, { forwardedFor: newClient() });
    try {
      await requestAccess(other.page, en, {
        company: 'Distant Deli',
        name: 'Lee Park',
        email: 'lee@distant-deli.test',
      });
      expect(other.problems).toEqual([]);
    } finally {
      await other.context.close();
    }
    const page = staff.page;
    await page.goto(`${server.url}/hub/registrations`);
    const row = page.getByRole('row', { name: /lee@distant-deli\.test/ });
    await expect.poll(() => row.textContent()).toContain(en('registrations.previouslyRefused'));
    await row.getByRole('link', { name: 'Distant Deli' }).click();
    await page.getByText(en('registrations.previouslyRefusedTitle')).waitFor();
    expect(staff.problems).toEqual([]);
  });
});
