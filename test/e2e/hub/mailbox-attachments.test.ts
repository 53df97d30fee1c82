import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { EmailStatus, OutboxEmail } from '../../../server/modules/notifications/index.js';
import { toGlobalId } from '../../../server/common/global-id.js';
import { launchBrowser, openSession, type Session } from '../../support/browser.js';
import { createCatalog, createStaff, eventually, signInShop, signInStaff } from '../../support/fixtures.js';
import { CUSTOMER_CREATE, GRANT, PASSWORD_CHANGE } from '../../support/graphql-ops.js';
import { en, signInToHub } from '../../support/e2e.js';
import { startFakeResend } from '../../support/fake-resend.js';
import { corruptPng } from '../../support/png.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { formatFileSize } from '../../../web/app/utils/format.js';

// The hub's mailbox shows the PDFs each email carried (issue 15, decision 0059): file name, size in
// the reader's number format, a download of the very bytes sent; and, for a PDF that could not be
// drawn (a corrupt logo stored past the upload's checks), that the email went without it.
// Desktop and phone, axe clean.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'comptoir-mailbox-e2e-'));
let server: TestServer;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let browser: Browser;
let catalog: Awaited<ReturnType<typeof createCatalog>>;
let adminToken: string;
let sent: { emailId: string; fileName: string; bytes: Buffer };
let broken: { emailId: string; fileName: string };

async function seriousAxeFindings(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async () => (await (window as any).axe.run(document.querySelector('main') ?? document, { resultTypes: ['violations'] })).violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>,
  );
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

async function placeAndSend(shop: string, email: string, key: string) {
  const add = await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: toGlobalId('Product', catalog.coffee.id), quantity: 3 }] } }, { token: shop });
  expect(add.data.cartLinesAdd.userErrors).toEqual([]);
  const placed = await server.graphql(`mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number } userErrors { code } } }`, { i: { idempotencyKey: key } }, { token: shop });
  expect(placed.errors ?? placed.data.orderPlace.userErrors).toEqual([]);
  const number = placed.data.orderPlace.order.number as string;
  const captured = await eventually(async () => resend.emails.find((e) => e.to === email && e.subject.includes(number)) ?? null);
  const row = await eventually(async () => {
    const rows = await server.app.services.orm.em.fork().find(OutboxEmail, { toAddress: email, template: 'order-placed', status: EmailStatus.SENT });
    return rows.find((r) => JSON.stringify(r.props).includes(number)) ?? null;
  });
  return { number, captured, emailId: row.globalId };
}

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({ WEB: 'true', RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'boss@box-e2e.test', password: 'boss1234', role: StaffRole.ADMIN });
  catalog = await createCatalog(em);
  adminToken = await signInStaff(server, 'boss@box-e2e.test', 'boss1234');
  const email = 'fr-301@box-e2e.test';
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name: 'Brasserie Lumière', customerNumber: 'FR-301', contacts: [{ email }], documentLanguage: 'FR' } }, { token: adminToken });
  await server.graphql(GRANT, { i: { customerId: c.data.customerCreate.customer.id, email, password: 'pppp1234', passwordConfirmation: 'pppp1234' } }, { token: adminToken });
  const shop = await signInShop(server, email, 'pppp1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'pppp1234', newPassword: 'pppp5678', newPasswordConfirmation: 'pppp5678' } }, { token: shop });

  const ok = await placeAndSend(shop, email, 'box-ok');
  sent = { emailId: ok.emailId, fileName: `${ok.number}-confirmation.pdf`, bytes: Buffer.from(ok.captured.attachments![0].content, 'base64') };
  await em.getConnection().execute(`update store_settings set logo = ?, logo_content_type = 'image/png'`, [corruptPng()]);
  const bad = await placeAndSend(shop, email, 'box-broken');
  expect(bad.captured.attachments ?? []).toEqual([]);
  broken = { emailId: bad.emailId, fileName: `${bad.number}-confirmation.pdf` };
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await resend?.close();
});

describe('attachments in the mailbox', () => {
  it('an email\'s page lists its PDF with its size and downloads the bytes sent (desktop)', async () => {
    const admin: Session = await openSession(browser);
    try {
      const { page } = admin;
      await signInToHub(page, server, 'boss@box-e2e.test', 'boss1234');
      await page.goto(`${server.url}/hub/mailbox/${encodeURIComponent(sent.emailId)}`);
      const section = page.getByRole('region', { name: en('mailbox.attachments') });
      await section.waitFor();
      const item = section.getByRole('listitem');
      await expect.poll(() => item.count()).toBe(1);
      expect(await item.innerText()).toContain(formatFileSize(sent.bytes.length, 'en'));
      const link = section.getByRole('link', { name: en('mailbox.downloadAttachment', { name: sent.fileName }) });
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(sent.fileName);
      const file = join(dir, 'sent.pdf');
      await download.saveAs(file);
      expect(readFileSync(file).equals(sent.bytes)).toBe(true);
      expect(await seriousAxeFindings(page)).toEqual([]);
      expect(admin.problems).toEqual([]);
    } finally {
      await admin.context.close();
    }
  });

  it('a PDF that could not be drawn: the page says the email went without it (phone 390x844)', async () => {
    const phone = await openSession(browser, { viewport: { width: 390, height: 844 } });
    try {
      const { page } = phone;
      await signInToHub(page, server, 'boss@box-e2e.test', 'boss1234');
      await page.goto(`${server.url}/hub/mailbox/${encodeURIComponent(broken.emailId)}`);
      const item = page.locator('li[data-state="NOT_DRAWN"]');
      await item.waitFor();
      const text = await item.innerText();
      expect(text).toContain(broken.fileName);
      expect(text).toContain(en('mailbox.attachmentNotDrawn'));
      expect(text).toContain('logo cannot be read');
      expect(await page.locator('li[data-state="ATTACHED"]').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await seriousAxeFindings(page)).toEqual([]);
      expect(phone.problems).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });
});
