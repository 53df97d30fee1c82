import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { Language } from '../../../server/common/language.js';
import { Brand } from '../../../server/modules/catalog/entities/taxonomy.entity.js';
import { Product } from '../../../server/modules/catalog/entities/product.entity.js';
import { ProductPrice } from '../../../server/modules/catalog/entities/product-price.entity.js';
import { launchBrowser, openSession, screenshot, type Session } from '../../support/browser.js';
import { createCatalog, createStaff } from '../../support/fixtures.js';
import { en, pathOf, signInToHub } from '../../support/e2e.js';
import { uiText } from '../../support/i18n.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// The catalog CSV import as staff use it (C1): a file that is not CSV is refused with a clear
// message; a CSV with bad lines is previewed with every bad line, its column and its reason; "all or
// nothing" then writes nothing, "import the good lines" runs a task whose page reaches 100 % and
// lists the skipped lines, and the new products are in the catalog.

const serverEn = JSON.parse(readFileSync(new URL('../../../server/common/locales/en.json', import.meta.url), 'utf8'));
const apiText = (code: string, vars: Record<string, string | number> = {}) =>
  String(serverEn.userErrors[code]).replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(vars[k] ?? ''));

let server: TestServer;
let browser: Browser;
let staff: Session;

const BAD_CSV = [
  'reference;name;brand;barcode;price:STANDARD;stock:NORTH',
  'IMP-1;Imported tomato sauce;Acme;;2.40;10',
  'IMP-2;Imported pasta;Acme;1234567890123;1.10;5',
  'IMP-3;Imported rice;Nobrand;;1.50;3',
  'IMP-1;Imported tomato sauce again;Acme;;2.60;1',
  'IMP-4;Imported olives;Acme;;abc;4',
  'IMP-5;Imported capers;;;3,20;8',
  'COF-1;;;;13.00;',
].join('\n');

const importedCount = () => server.app.services.orm.em.fork().count(Product, { reference: { $like: 'IMP-%' } });

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'importer@supplier.test', password: 'imp12345', role: StaffRole.SALES });
  await createStaff(em, { email: 'importeur@supplier.test', password: 'imp12345', role: StaffRole.SALES, language: Language.FR });
  await createCatalog(em);
  em.create(Brand, { name: 'Acme' });
  await em.flush();
  browser = await launchBrowser();
  staff = await openSession(browser);
  await signInToHub(staff.page, server, 'importer@supplier.test', 'imp12345');
});

beforeEach(() => {
  staff.problems.length = 0;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function chooseFile(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.getByLabel(en('hubCatalog.import.file')).setInputFiles({ name, mimeType, buffer });
  await page.getByRole('button', { name: en('hubCatalog.import.check') }).click();
}

/** The preview table's row for a line, checked for its column and reason. */
async function expectBadLine(page: Page, line: number, column: string, reason: string) {
  const row = page.getByRole('row').filter({ hasText: en('hubCatalog.import.lineN', { line }) });
  await expect.poll(() => row.count()).toBe(1);
  const text = await row.innerText();
  expect(text).toContain(column);
  expect(text).toContain(reason);
}

describe('catalog CSV import in the hub', () => {
  it('refuses a file that is not CSV, with a clear message, and imports nothing', async () => {
    const page = staff.page;
    const before = await importedCount(); // the other test may have imported its good lines already
    await page.goto(`${server.url}/hub`);
    await page.getByRole('link', { name: en('nav.catalog') }).click();
    await page.getByRole('link', { name: en('products.import') }).click();
    await page.getByRole('heading', { name: en('hubCatalog.import.title'), level: 1 }).waitFor();
    // The help shows the header this catalog expects, with its price level and location codes.
    const header = await page.locator('pre code').innerText();
    expect(header.startsWith('reference;barcode;name;')).toBe(true);
    for (const column of ['price:STANDARD', 'price:HORECA', 'stock:NORTH', 'stock:SOUTH']) expect(header.split(';')).toContain(column);

    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await chooseFile(page, 'photo.png', 'image/png', png);
    const alert = page.getByRole('alert').filter({ hasText: en('hubCatalog.import.fileRefused') });
    await alert.getByText(apiText('NOT_CSV')).waitFor();
    expect(await page.getByRole('heading', { name: /2\./ }).count()).toBe(0);
    expect(await importedCount()).toBe(before);
  });

  it('previews every bad line; all or nothing imports nothing; good lines only runs a task to 100 %', async () => {
    const page = staff.page;
    await page.goto(`${server.url}/hub/catalog-import`);
    await chooseFile(page, 'prices.csv', 'text/csv', Buffer.from(BAD_CSV, 'utf8'));
    await page.getByRole('heading', { name: en('hubCatalog.import.previewTitle', { file: 'prices.csv' }) }).waitFor();
    expect(await page.getByTestId('preview-lines').innerText()).toBe('7');
    expect(await page.getByTestId('preview-creates').innerText()).toBe('2');
    expect(await page.getByTestId('preview-updates').innerText()).toBe('1');
    expect(await page.getByTestId('preview-invalid').innerText()).toBe('4');
    await page.getByRole('heading', { name: en('hubCatalog.import.badLines_other', { count: 4 }) }).waitFor();
    await expectBadLine(page, 3, 'barcode', apiText('INVALID_BARCODE'));
    await expectBadLine(page, 4, 'brand', apiText('UNKNOWN_BRAND'));
    await expectBadLine(page, 5, 'reference', apiText('DUPLICATE_REFERENCE'));
    await expectBadLine(page, 6, 'price:STANDARD', apiText('NOT_A_NUMBER'));
    await screenshot(page, 'hub-catalog-import-preview');

    // All or nothing: refused, nothing written, the preview stays for another choice.
    await page.getByRole('radio', { name: new RegExp(en('hubCatalog.import.modeAll')) }).check();
    await page.getByRole('button', { name: en('hubCatalog.import.start') }).click();
    await page.getByRole('alert').filter({ hasText: en('hubCatalog.import.startRefused') }).getByText(apiText('IMPORT_HAS_ERRORS', { count: 4 })).waitFor();
    expect(pathOf(page)).toBe('/hub/catalog-import');
    expect(await importedCount()).toBe(0);
    const coffee = await server.app.services.orm.em.fork().findOneOrFail(Product, { reference: 'COF-1' });
    const standardPrice = async () =>
      (await server.app.services.orm.em.fork().findOneOrFail(ProductPrice, { product: coffee, priceLevel: { code: 'STANDARD' } })).amount;
    expect(Number(await standardPrice())).toBe(12.5);

    // The good lines only: a task, followed on its page to the end.
    await page.getByRole('radio', { name: new RegExp(en('hubCatalog.import.modeValid')) }).check();
    await page.getByRole('button', { name: en('hubCatalog.import.start') }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/hub/tasks/'));
    await page.getByRole('heading', { name: en('hubCatalog.task.title'), level: 1 }).waitFor();
    await page.getByText(en('task.status.SUCCEEDED'), { exact: true }).waitFor({ timeout: 20_000 });
    await page.getByText(/\(100\s?%\)/).waitFor();
    const progress = page.locator('#task-progress');
    expect(await progress.getAttribute('value')).toBe(await progress.getAttribute('max'));
    expect(await page.getByTestId('task-succeeded').innerText()).toBe('3');
    expect(await page.getByTestId('task-skipped').innerText()).toBe('4');
    const skipped = page.getByRole('table', { name: en('hubCatalog.task.skippedTitle') });
    for (const [line, reason] of [
      [3, 'INVALID_BARCODE'],
      [4, 'UNKNOWN_BRAND'],
      [5, 'DUPLICATE_REFERENCE'],
      [6, 'NOT_A_NUMBER'],
    ] as const) {
      const row = skipped.getByRole('row').filter({ hasText: en('hubCatalog.import.lineN', { line }) });
      expect(await row.innerText()).toContain(apiText(reason));
    }
    await screenshot(page, 'hub-catalog-import-task');
    expect(await importedCount()).toBe(2);
    expect(Number(await standardPrice())).toBe(13);

    // The new products are in the catalog.
    await page.getByRole('link', { name: en('hubCatalog.task.seeCatalog') }).click();
    await page.getByLabel(en('products.searchLabel')).fill('Imported');
    await page.getByRole('button', { name: en('common.filter') }).click();
    await page.getByRole('row', { name: /Imported tomato sauce/ }).waitFor();
    await page.getByRole('row', { name: /Imported capers/ }).waitFor();
    expect(await page.getByRole('row', { name: /Imported pasta/ }).count()).toBe(0);
    expect(staff.problems).toEqual([]);
  });

  it('speaks the staff member\'s language: a file that is not CSV is refused in French', async () => {
    const fr = uiText('fr');
    const serverFr = JSON.parse(readFileSync(new URL('../../../server/common/locales/fr.json', import.meta.url), 'utf8'));
    const before = await importedCount();
    const session = await openSession(browser, { locale: 'fr-FR' });
    const page = session.page;
    await signInToHub(page, server, 'importeur@supplier.test', 'imp12345', fr);
    await page.goto(`${server.url}/hub/catalog-import`);
    await page.getByRole('heading', { name: fr('hubCatalog.import.title'), level: 1 }).waitFor();
    await page.getByLabel(fr('hubCatalog.import.file')).setInputFiles({ name: 'archive.zip', mimeType: 'application/zip', buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x08, 0]) });
    await page.getByRole('button', { name: fr('hubCatalog.import.check') }).click();
    const alert = page.getByRole('alert').filter({ hasText: fr('hubCatalog.import.fileRefused') });
    await alert.getByText(String(serverFr.userErrors.NOT_CSV)).waitFor();
    expect(await importedCount()).toBe(before);
    expect(session.problems).toEqual([]);
    await session.context.close();
  });
});
