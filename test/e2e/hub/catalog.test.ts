import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession, type Session } from '../../support/browser.js';
import { createCatalog, createStaff } from '../../support/fixtures.js';
import { en, signInToHub } from '../../support/e2e.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// Catalog management in the hub (C1): the product list, a new product with field errors, the edit page.

let server: TestServer;
let browser: Browser;
let staff: Session;

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'cat@supplier.test', password: 'cat12345', role: StaffRole.ADMIN });
  await createCatalog(em);
  browser = await launchBrowser();
  staff = await openSession(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hub catalog', () => {
  it('lists products, creates one (showing a field error first) and edits it', async () => {
    const page = staff.page;
    await signInToHub(page, server, 'cat@supplier.test', 'cat12345');
    await page.getByRole('link', { name: en('nav.catalog') }).click();
    await page.getByRole('heading', { name: en('products.title'), level: 1 }).waitFor();

    await page.getByRole('link', { name: en('products.new') }).click();
    await page.getByRole('heading', { name: en('products.newTitle'), level: 1 }).waitFor();
    await page.getByLabel(en('products.reference')).fill('E2E-001');
    await page.getByLabel(en('products.name'), { exact: true }).fill('E2E olive oil');
    await page.getByLabel(en('products.barcode')).fill('1234567890123');
    await page.getByRole('button', { name: en('products.create') }).click();
    // A wrong check digit stays on the form, next to the barcode.
    await page.getByLabel(en('products.barcode')).and(page.locator('[aria-invalid="true"]')).waitFor();
    await page.getByLabel(en('products.barcode')).fill('');
    await page.getByRole('button', { name: en('products.create') }).click();
    await page.getByText(en('products.created')).waitFor();
    await page.getByRole('heading', { name: 'E2E olive oil', level: 1 }).waitFor();

    await page.getByLabel(en('products.name'), { exact: true }).fill('E2E olive oil 1L');
    await page.getByRole('button', { name: en('common.save'), exact: true }).click();
    await page.getByText(en('products.saved')).waitFor();

    // The image goes through the page's action to the image endpoint, with the session cookie.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await page.getByLabel(en('products.imageFile')).setInputFiles({ name: 'oil.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('button', { name: en('products.upload') }).click();
    await page.getByText(en('products.imageSaved')).waitFor();
    await page.getByRole('img', { name: en('products.imageAlt', { name: 'E2E olive oil 1L' }) }).waitFor();

    await page.getByRole('link', { name: en('products.back') }).click();
    await page.getByLabel(en('products.searchLabel')).fill('E2E-001');
    await page.getByRole('button', { name: en('common.filter') }).click();
    await page.getByRole('row', { name: /E2E olive oil 1L/ }).waitFor();
    expect(staff.problems).toEqual([]);
  });
});
