import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { EmailStatus, OutboxEmail, queueEmail } from '../../../server/modules/notifications/index.js';
import { runAfterCommit } from '../../../server/common/context.js';
import { toGlobalId } from '../../../server/common/global-id.js';
import { Task, TaskStatus } from '../../../server/modules/tasks/entities/task.entity.js';
import { StaffUser } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession, type Session } from '../../support/browser.js';
import { createStaff, eventually } from '../../support/fixtures.js';
import { en, signInToHub } from '../../support/e2e.js';
import { startFakeResend } from '../../support/fake-resend.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// The hub's mailbox (issue 12, F4): an admin sends a FAILED email again from its page, then every
// other failed one from the list; each reaches the provider once. And a task whose process stopped
// says so on its page (F3).

const props = { supplierName: 'Comptoir Test', customerName: 'Bistro', loginUrl: 'https://shop.example.test/sign-in', username: 'x', temporaryPassword: 'Tmp12345abcd' };
let server: TestServer;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let browser: Browser;
let admin: Session;
let ids: string[];

const statusOf = async (id: string) => (await server.app.services.orm.em.fork().findOneOrFail(OutboxEmail, { id })).status;

beforeAll(async () => {
  resend = await startFakeResend();
  resend.behave({ status: 422 }); // refused for good: FAILED at once
  server = await startTestServer({ WEB: 'true', RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'root@mail.test', password: 'root1234', role: StaffRole.ADMIN });
  const ctx = { em, afterCommit: [] as Array<() => Promise<unknown>>, app: server.app.services };
  ids = ['one', 'two', 'three'].map((n) => queueEmail(ctx, { to: `${n}@bistro.test`, template: 'access-granted', language: 'en', props }).id);
  await em.flush();
  await runAfterCommit(ctx);
  await eventually(async () => (await Promise.all(ids.map(statusOf))).every((s) => s === EmailStatus.FAILED));
  browser = await launchBrowser();
  admin = await openSession(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await resend?.close();
});

describe('sending failed emails again from the mailbox', () => {
  it('one from its page, then every other failed one from the list', async () => {
    resend.behave('accept');
    const page = admin.page;
    await signInToHub(page, server, 'root@mail.test', 'root1234');
    await page.goto(`${server.url}/hub/mailbox/${encodeURIComponent(toGlobalId('OutboxEmail', ids[0]))}`);
    await page.getByRole('button', { name: en('mailbox.resend') }).click();
    await page.getByRole('status').filter({ hasText: en('mailbox.resent') }).waitFor();
    await eventually(async () => (await statusOf(ids[0])) === EmailStatus.SENT);
    expect(resend.emails.map((e) => e.to)).toEqual(['one@bistro.test']);
    await page.reload();
    await expect(page.getByRole('button', { name: en('mailbox.resend') }).count()).resolves.toBe(0);

    // The dashboard's "emails that failed" opens the list filtered on them (issue 17 H5).
    await page.goto(`${server.url}/hub/mailbox?status=FAILED`);
    expect(await page.getByLabel(en('mailbox.status')).inputValue()).toBe('FAILED');
    await expect.poll(() => page.locator('.list-table tbody tr').count()).toBe(2);
    await page.getByLabel(en('mailbox.status')).selectOption('');
    await page.getByRole('button', { name: en('mailbox.filter'), exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === '');
    await expect.poll(() => page.locator('.list-table tbody tr').count()).toBe(3);
    await page.getByRole('button', { name: en('mailbox.resendAll') }).click();
    await page.getByRole('status').filter({ hasText: en('mailbox.resentAll', { count: 2 }) }).waitFor();
    await eventually(async () => (await Promise.all(ids.map(statusOf))).every((s) => s === EmailStatus.SENT));
    expect(resend.emails.map((e) => e.to).sort()).toEqual(['one@bistro.test', 'three@bistro.test', 'two@bistro.test']);
    expect(admin.problems).toEqual([]);
  });

  it('an email\'s page shows the rendered message and its text (issue 17, H7)', async () => {
    const page = admin.page; // signed in by the test above
    await page.goto(`${server.url}/hub/mailbox/${encodeURIComponent(toGlobalId('OutboxEmail', ids[0]))}`);
    await expect(page.getByText(en('mailbox.notRendered')).count()).resolves.toBe(0);
    const frame = page.frameLocator('iframe.email-frame');
    await frame.getByText('Tmp12345abcd').first().waitFor();
    await expect(page.locator('iframe.email-frame').getAttribute('sandbox')).resolves.toBe('');
    await expect(page.locator('pre.email-text').textContent()).resolves.toContain('Tmp12345abcd');
    expect(admin.problems).toEqual([]);
  });

  it('a task whose heartbeat stopped shows "interrupted — resuming"', async () => {
    // No job runner here, so nothing resumes it while the page is looked at.
    const quiet = await startTestServer({ WEB: 'true', JOBS: 'false' });
    try {
      const em = quiet.app.services.orm.em.fork();
      const staff = await createStaff(em, { email: 'root@task.test', password: 'root1234', role: StaffRole.ADMIN });
      const task = em.create(Task, {
        kind: 'store-access-bulk-grant', idempotencyKey: 'frozen', total: 2000, processed: 750, committed: 750,
        status: TaskStatus.RUNNING, heartbeatAt: new Date(Date.now() - 60_000), input: { itemIds: [] }, createdBy: em.getReference(StaffUser, staff.id),
      });
      await em.flush();
      const session = await openSession(browser);
      await signInToHub(session.page, quiet, 'root@task.test', 'root1234');
      await session.page.goto(`${quiet.url}/hub/tasks/${encodeURIComponent(toGlobalId('Task', task.id))}`);
      await session.page.getByRole('status').filter({ hasText: en('task.interrupted') }).waitFor();
      expect(session.problems).toEqual([]);
      await session.context.close();
    } finally {
      await quiet.close();
    }
  });
});
