import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession, screenshot, type Session } from '../../support/browser.js';
import { createCatalog, createStaff, signInShop, signInStaff } from '../../support/fixtures.js';
import { CUSTOMER_CREATE, GRANT, PASSWORD_CHANGE } from '../../support/graphql-ops.js';
import { signInToHub, signInToStore } from '../../support/e2e.js';
import { uiText } from '../../support/i18n.js';
import { sampleLogo } from '../../support/png.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { toGlobalId } from '../../../server/common/global-id.js';
import type { Language } from '../../generated/graphql.js';

// Order PDFs in the browser (issue 15 D2/D3): admins edit the letterhead and upload a logo on
// /hub/settings/documents (desktop and phone, axe clean) and preview a sample confirmation; the
// store's and the hub's order pages download the confirmation (real Chromium downloads, read back
// with pdftotext); another customer's PDF is 404. The README's PDF picture is rendered here
// (pdftoppm) from the downloaded file.

const en = uiText('en');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'comptoir-pdf-e2e-'));
let server: TestServer;
let browser: Browser;
let admin: Session;
let adminToken: string;
let catalog: Awaited<ReturnType<typeof createCatalog>>;

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
}

async function seriousAxeFindings(page: Page): Promise<string[]> {
  await page.evaluate(axeSource); // through the DevTools protocol: the page's CSP does not apply
  const violations = await page.evaluate(
    async () => (await (window as any).axe.run(document.querySelector('main') ?? document, { resultTypes: ['violations'] })).violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>,
  );
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

async function customerWithOrder(number: string, name: string, language: Language) {
  const email = `${number.toLowerCase()}@pdf-e2e.test`;
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name, customerNumber: number, contacts: [{ email }], documentLanguage: language } }, { token: adminToken });
  expect(c.data.customerCreate.userErrors).toEqual([]);
  await server.graphql(GRANT, { i: { customerId: c.data.customerCreate.customer.id, email, password: 'pppp1234', passwordConfirmation: 'pppp1234' } }, { token: adminToken });
  const shop = await signInShop(server, email, 'pppp1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'pppp1234', newPassword: 'pppp5678', newPasswordConfirmation: 'pppp5678' } }, { token: shop });
  const add = await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: toGlobalId('Product', catalog.coffee.id), quantity: 3 }] } }, { token: shop });
  expect(add.data.cartLinesAdd.userErrors).toEqual([]);
  const placed = await server.graphql(`mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number } userErrors { code } } }`, { i: { idempotencyKey: `k-${number}` } }, { token: shop });
  expect(placed.errors ?? placed.data.orderPlace.userErrors).toEqual([]);
  return { email, order: placed.data.orderPlace.order as { id: string; number: string } };
}

let fr: Awaited<ReturnType<typeof customerWithOrder>>;
let other: Awaited<ReturnType<typeof customerWithOrder>>;

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'boss@pdf-e2e.test', password: 'boss1234', role: StaffRole.ADMIN });
  catalog = await createCatalog(em);
  adminToken = await signInStaff(server, 'boss@pdf-e2e.test', 'boss1234');
  fr = await customerWithOrder('FR-201', 'Brasserie Lumière', 'FR');
  other = await customerWithOrder('PT-201', 'Tasca do Chiado', 'PT');
  browser = await launchBrowser();
  admin = await openSession(browser);
  await signInToHub(admin.page, server, 'boss@pdf-e2e.test', 'boss1234');
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('letterhead and documents', () => {
  it('an admin edits the letterhead, uploads a logo and previews a sample confirmation', async () => {
    const { page } = admin;
    await page.goto(`${server.url}/hub/settings`);
    await page.getByRole('link', { name: en('documentSettings.link') }).click();
    await page.waitForURL(/\/hub\/settings\/documents$/);
    await page.getByLabel(en('documentSettings.legalName')).fill('Comptoir Grossiste SAS');
    await page.getByLabel(en('documentSettings.legalAddress')).fill('1 Quai de la Gare\n75013 Paris');
    await page.getByLabel(en('documentSettings.vatNumber')).fill('FR12345678901');
    await page.getByLabel(en('documentSettings.companyRegistration')).fill('RCS Paris 123 456 789');
    await page.getByLabel(en('documentSettings.iban')).fill('FR76 3000 6000 0112 3456 7890 189');
    await page.getByLabel(en('documentSettings.bic')).fill('AGRIFRPP');
    await page.getByLabel(en('documentSettings.paymentTerms')).fill('30 jours fin de mois');
    await page.getByLabel(en('documentSettings.documentFooter')).fill('SAS au capital de 50 000 €');
    await page.getByLabel(en('documentSettings.attachDeliveryNoteToEmails')).uncheck();
    await page.getByRole('button', { name: en('common.save') }).click();
    await page.getByRole('status').filter({ hasText: en('documentSettings.saved') }).waitFor();
    expect(await page.getByLabel(en('documentSettings.iban')).inputValue()).toBe('FR76 3000 6000 0112 3456 7890 189');
    expect(await page.getByLabel(en('documentSettings.attachDeliveryNoteToEmails')).isChecked()).toBe(false);
    expect(await page.getByLabel(en('documentSettings.attachPdfToEmails')).isChecked()).toBe(true);

    // A text file named .png is refused with the API's reason; a real PNG is taken.
    await page.getByLabel(en('documentSettings.logoFile')).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('not an image') });
    await page.getByRole('button', { name: en('documentSettings.upload') }).click();
    await page.getByText('Only PNG and JPEG images are accepted for the logo.').waitFor();
    await page.getByLabel(en('documentSettings.logoFile')).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: sampleLogo() });
    await page.getByRole('button', { name: en('documentSettings.upload') }).click();
    await page.getByRole('status').filter({ hasText: en('documentSettings.logoSaved') }).waitFor();
    const logo = page.getByRole('img', { name: en('documentSettings.logoAlt') });
    await logo.waitFor();
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(120);

    // The preview's language picker offers all seven languages, the staff member's own first chosen;
    // the form opens the sample in the language picked (a GET to the PDF route, in a new tab).
    const language = page.getByLabel(en('documentSettings.previewLanguage'));
    expect(await language.inputValue()).toBe('en');
    expect(await language.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['en', 'fr', 'nl', 'de', 'pt-BR', 'pt', 'es']);
    await language.selectOption('pt-BR');
    const previewButton = page.getByRole('button', { name: en('documentSettings.preview') });
    const submitted = await previewButton.evaluate((b) => {
      const form = (b as HTMLButtonElement).form!;
      return { action: new URL(form.action).pathname, method: form.method, target: form.target, query: new URLSearchParams(new FormData(form) as never).toString() };
    });
    expect(submitted).toEqual({ action: '/api/settings/sample-confirmation.pdf', method: 'get', target: '_blank', query: 'language=pt-BR' });
    const brazilian = await page.request.get(`${server.url}${submitted.action}?${submitted.query}`);
    expect(brazilian.status()).toBe(200);
    const brFile = join(dir, 'sample-pt-BR.pdf');
    writeFileSync(brFile, await brazilian.body());
    const brText = pdfText(brFile);
    expect(brText).toContain('Confirmação de pedido');
    expect(brText).toContain('Cliente de exemplo');
    expect(brText).toMatch(/€ 12,50/);
    await language.selectOption('en');
    const res = await page.request.get(`${server.url}/api/settings/sample-confirmation.pdf`);
    expect(res.status()).toBe(200);
    const file = join(dir, 'sample.pdf');
    writeFileSync(file, await res.body());
    const text = pdfText(file);
    expect(text).toContain('Comptoir Grossiste SAS');
    expect(text).toContain('RCS Paris 123 456 789');
    expect(text).toContain('SAS au capital de 50 000 €');
    expect(execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })).toMatch(/\n\s*1\s+0\s+image\s+120\s+40/);

    expect(await seriousAxeFindings(page)).toEqual([]);
    await screenshot(page, 'hub-settings-documents');
    expect(admin.problems).toEqual([]);
  });

  it('fits a phone (390x844): nothing wider than the screen, axe clean', async () => {
    const phone = await openSession(browser, { viewport: { width: 390, height: 844 } });
    try {
      await signInToHub(phone.page, server, 'boss@pdf-e2e.test', 'boss1234');
      await phone.page.goto(`${server.url}/hub/settings/documents`);
      await phone.page.getByRole('heading', { name: en('documentSettings.title') }).waitFor();
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await seriousAxeFindings(phone.page)).toEqual([]);
      expect(phone.problems).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });
});

describe('downloading order PDFs', () => {
  it('the store\'s order page downloads the confirmation in the customer\'s language; another customer\'s is 404', async () => {
    const shop = await openSession(browser);
    try {
      await signInToStore(shop.page, server, fr.email, 'pppp5678');
      await shop.page.goto(`${server.url}/orders/${fr.order.id}`);
      const link = shop.page.locator('a[href$="/confirmation.pdf"]');
      const [download] = await Promise.all([shop.page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(`${fr.order.number}-confirmation.pdf`);
      const file = join(dir, 'store.pdf');
      await download.saveAs(file);
      const text = pdfText(file);
      expect(text).toContain('Confirmation de commande');
      expect(text).toContain(fr.order.number);
      expect(text).toContain('Brasserie Lumière');
      expect(text).toContain('Comptoir Grossiste SAS');
      expect(text).toMatch(/Sous-total\s+37,50 €/);
      // The README's picture of a confirmation: its first page, rendered by poppler.
      mkdirSync('docs/screenshots', { recursive: true });
      execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', file, join(dir, 'page')]);
      copyFileSync(join(dir, 'page.png'), 'docs/screenshots/pdf-order-confirmation.png');
      expect(readFileSync('docs/screenshots/pdf-order-confirmation.png').subarray(1, 4).toString()).toBe('PNG');

      const theirs = await shop.page.request.get(`${server.url}/api/orders/${other.order.id}/confirmation.pdf`);
      expect(theirs.status()).toBe(404);
      expect(shop.problems).toEqual([]);
    } finally {
      await shop.context.close();
    }
  });

  it('the hub\'s order page downloads it too, in the customer\'s language', async () => {
    const { page } = admin;
    await page.goto(`${server.url}/hub/orders/${other.order.id}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href$="/confirmation.pdf"]').click()]);
    expect(download.suggestedFilename()).toBe(`${other.order.number}-confirmation.pdf`);
    const file = join(dir, 'hub.pdf');
    await download.saveAs(file);
    const text = pdfText(file);
    expect(text).toContain('Confirmação de encomenda');
    expect(text).toContain(other.order.number);
    expect(text).toContain('Tasca do Chiado');
    expect(admin.problems).toEqual([]);
  });
});
