import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession, screenshot, type Session } from '../../support/browser.js';
import { createCatalog, createStaff, signInStaff } from '../../support/fixtures.js';
import { createCustomer, en, replaceTemporaryPassword, signInToStore } from '../../support/e2e.js';
import { GRANT } from '../../support/graphql-ops.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// The cart page (O1) as a buyer uses it: quick-add by typing, pasted barcodes with bad lines
// reported by line number, a CSV file, and the pack-size rule on quantities.

let server: TestServer;
let browser: Browser;
let buyer: Session;

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'sam@supplier.test', password: 'sam12345', role: StaffRole.SALES });
  await createCatalog(em);
  const token = await signInStaff(server, 'sam@supplier.test', 'sam12345');
  const customerId = await createCustomer(server, token, { name: 'Café Central', customerNumber: 'CC-1', contacts: [{ email: 'owner@central.test' }] });
  const g = await server.graphql(GRANT, { i: { customerId, email: 'owner@central.test', password: 'temp12345', passwordConfirmation: 'temp12345' } }, { token });
  expect(g.data.storeAccessGrant.userErrors).toEqual([]);
  browser = await launchBrowser();
  buyer = await openSession(browser);
  await signInToStore(buyer.page, server, 'owner@central.test', 'temp12345');
  await replaceTemporaryPassword(buyer.page, 'temp12345', 'Central2026');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the cart page', () => {
  it('finds a product as one types its name and adds it', async () => {
    const page = buyer.page;
    await page.goto(`${server.url}/cart`);
    await page.getByRole('heading', { name: en('cart.title'), level: 1 }).waitFor();
    await page.getByLabel(en('checkout.quickAdd.label')).pressSequentially('espres', { delay: 30 });
    const results = page.getByRole('list', { name: en('checkout.quickAdd.results') });
    await results.getByText('Espresso beans 1kg', { exact: true }).waitFor();
    await results.getByRole('button', { name: en('checkout.quickAdd.addItem', { name: 'Espresso beans 1kg' }) }).click();
    await page.getByRole('status').getByText(en('product.added_one', { count: 1 })).waitFor();
    await page.getByRole('row', { name: /Espresso beans 1kg/ }).waitFor();
    expect(buyer.problems).toEqual([]);
  });

  it('pasted barcodes: good lines added, bad ones reported with their line number and reason', async () => {
    const page = buyer.page;
    // nothing pasted and no file: said next to the paste field
    await page.getByRole('button', { name: en('checkout.import.submit') }).click();
    await expect.poll(() => page.getByLabel(en('checkout.import.paste')).getAttribute('aria-invalid')).toBe('true');
    await page.getByText(en('checkout.import.empty')).waitFor();
    await page.getByLabel(en('checkout.import.paste')).fill(['5400000000010;2', '1234567890128;1', '5400000000027;24', '5400000000027;5', 'oops;1'].join('\n'));
    await page.getByRole('button', { name: en('checkout.import.submit') }).click();
    await page.getByRole('status').getByText(en('checkout.import.added_other', { count: 2 })).waitFor();
    const report = page.getByRole('table', { name: en('checkout.import.problems_other', { count: 3 }) });
    await report.waitFor();
    const rows = await report.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('2');
    expect(rows[0]).toContain('Line 2: no product with code 1234567890128 was found.');
    expect(rows[1]).toContain('Line 4: 5400000000027 is sold in packs of 24');
    expect(rows[2]).toContain('Line 5: no product with code oops was found.');
    await expect.poll(() => page.getByRole('row', { name: /Espresso beans 1kg/ }).getByLabel(en('product.quantityFor', { name: 'Espresso beans 1kg' })).inputValue()).toBe('3');
    await expect.poll(() => page.getByRole('row', { name: /Sparkling water 50cl/ }).getByLabel(en('product.quantityFor', { name: 'Sparkling water 50cl' })).inputValue()).toBe('24');
    await screenshot(page, 'store-cart-import');
    expect(buyer.problems).toEqual([]);
  });

  it('a CSV file with a header adds its lines to the cart', async () => {
    const page = buyer.page;
    await page.getByLabel(en('checkout.import.file')).setInputFiles({ name: 'order.csv', mimeType: 'text/csv', buffer: Buffer.from('barcode,quantity\n5400000000027,48\n5400000000010,1\n') });
    await page.getByRole('button', { name: en('checkout.import.submit') }).click();
    // the previous report goes once this import has answered
    await page.getByRole('table', { name: en('checkout.import.problems_other', { count: 3 }) }).waitFor({ state: 'detached' });
    await page.getByRole('status').getByText(en('checkout.import.added_other', { count: 2 })).waitFor();
    const lines = page.getByRole('region', { name: en('cart.lines') });
    await expect.poll(() => lines.getByLabel(en('product.quantityFor', { name: 'Sparkling water 50cl' })).inputValue()).toBe('72');
    await expect.poll(() => lines.getByLabel(en('product.quantityFor', { name: 'Espresso beans 1kg' })).inputValue()).toBe('4');
  });

  it('a quantity that is not a whole number of packs is refused next to the line', async () => {
    const page = buyer.page;
    const row = page.getByRole('row', { name: /Sparkling water 50cl/ });
    await row.getByLabel(en('product.quantityFor', { name: 'Sparkling water 50cl' })).evaluate((input: HTMLInputElement) => input.removeAttribute('step'));
    await row.getByLabel(en('product.quantityFor', { name: 'Sparkling water 50cl' })).fill('30');
    await row.getByRole('button', { name: en('cart.update') }).click();
    await row.getByRole('alert').getByText('The quantity must be a whole number of packs (pack of 24): for example 48.').waitFor();
    expect(buyer.problems).toEqual([]);
  });

  it('works on a phone', async () => {
    const page = buyer.page;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/cart`);
    await page.getByLabel(en('checkout.import.paste')).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'store-cart-phone');
    expect(buyer.problems).toEqual([]);
  });
});
