import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { Language } from '../../../server/common/language.js';
import { launchBrowser, openSession, type Session } from '../../support/browser.js';
import { createCatalog, createStaff } from '../../support/fixtures.js';
import { signInToHub } from '../../support/e2e.js';
import { uiText } from '../../support/i18n.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// Exports from the hub's lists (issue 14 E5): each list has its two links, carrying the filters on
// screen, and a click downloads the file (French staff: semicolons, BOM).

const fr = uiText('fr');
let server: TestServer;
let browser: Browser;
let staff: Session;

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'export@supplier.test', password: 'exp12345', role: StaffRole.SALES, language: Language.FR });
  await createCatalog(em);
  browser = await launchBrowser();
  staff = await openSession(browser, { locale: 'fr-FR' });
  await signInToHub(staff.page, server, 'export@supplier.test', 'exp12345', fr);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hub exports', () => {
  it('the products list downloads what its filters show', async () => {
    const { page } = staff;
    await page.goto(`${server.url}/hub/products?status=inactive`);
    const csvLink = page.getByRole('link', { name: fr('exports.csv') });
    expect(await csvLink.getAttribute('href')).toBe('/api/exports/products.csv?status=inactive');
    expect(await page.getByRole('link', { name: fr('exports.xlsx') }).getAttribute('href')).toBe('/api/exports/products.xlsx?status=inactive');
    const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^products-\d{4}-\d{2}-\d{2}\.csv$/);
    const body = readFileSync((await download.path())!);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(body.subarray(3).toString('utf8'), { delimiter: ';', columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [r.reference, r['price:STANDARD']])).toEqual([['OLD-1', '3']]);
    expect(staff.problems).toEqual([]);
  });

  it('the orders and customers lists have their links, with their filters', async () => {
    const { page } = staff;
    await page.goto(`${server.url}/hub/orders?status=SUBMITTED&customer=Zo%C3%AB`);
    expect(await page.getByRole('link', { name: fr('exports.csv') }).getAttribute('href')).toBe('/api/exports/orders.csv?status=SUBMITTED&customer=Zo%C3%AB');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: fr('exports.xlsx') }).click()]);
    expect(download.suggestedFilename()).toMatch(/^orders-.*\.xlsx$/);
    await page.goto(`${server.url}/hub/customers?q=acme`);
    expect(await page.getByRole('link', { name: fr('exports.xlsx') }).getAttribute('href')).toBe('/api/exports/customers.xlsx?q=acme');
    expect(staff.problems).toEqual([]);
  });
});
