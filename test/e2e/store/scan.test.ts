import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { Product } from '../../../server/modules/catalog/entities/product.entity.js';
import { ProductPrice } from '../../../server/modules/catalog/entities/product-price.entity.js';
import { launchBrowser, openSession, screenshot, type Session } from '../../support/browser.js';
import { writeBarcodeVideo } from '../../support/fake-camera.js';
import { createCatalog, createStaff, signInShop, signInStaff } from '../../support/fixtures.js';
import { createCustomer, en, replaceTemporaryPassword, signInToStore } from '../../support/e2e.js';
import { GRANT } from '../../support/graphql-ops.js';
import { uiText } from '../../support/i18n.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// Issue 18 M2 for real: Chromium's fake camera plays a video of printed barcodes (drawn by
// bwip-js in this test), the store reads them — through ZXing's WebAssembly build, Chromium on
// Linux has no BarcodeDetector — and the scanned products land in the cart, once each.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const UNKNOWN = '4006381333931';
let server: TestServer;
let browser: Browser;
let buyer: Session;
let dir: string;

async function seriousAxeFindings(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await (window as any).axe.run(document, { resultTypes: ['violations'] })).violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'comptoir-scan-'));
  const video = join(dir, 'barcodes.y4m');
  // Espresso beans as EAN-13, sparkling water as Code 128, vanilla syrup as EAN-8, then a code no
  // product has; each held 2 s in front of the camera (10 frames: read once), then nothing.
  await writeBarcodeVideo(video, [
    { blank: true, seconds: 1 },
    { bcid: 'ean13', text: '5400000000010', seconds: 2 },
    { blank: true, seconds: 1 },
    { bcid: 'code128', text: '5400000000027', seconds: 2 },
    { blank: true, seconds: 1 },
    { bcid: 'ean8', text: '96385074', seconds: 2 },
    { blank: true, seconds: 1 },
    { bcid: 'ean13', text: UNKNOWN, seconds: 2 },
    { blank: true, seconds: 40 },
  ]);
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'sam@supplier.test', password: 'sam12345', role: StaffRole.SALES });
  const { standard } = await createCatalog(em);
  const syrup = em.create(Product, { reference: 'SYR-1', barcode: '96385074', name: 'Vanilla syrup 70cl', packSize: 6 });
  em.create(ProductPrice, { priceLevel: standard, product: syrup, amount: '7.40' });
  await em.flush();
  const token = await signInStaff(server, 'sam@supplier.test', 'sam12345');
  const customerId = await createCustomer(server, token, { name: 'Café Central', customerNumber: 'CC-1', contacts: [{ email: 'owner@central.test' }] });
  const g = await server.graphql(GRANT, { i: { customerId, email: 'owner@central.test', password: 'temp12345', passwordConfirmation: 'temp12345' } }, { token });
  expect(g.data.storeAccessGrant.userErrors).toEqual([]);
  // The fake camera, without the fake permission prompt: each context grants or refuses the camera itself.
  browser = await launchBrowser(['--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
  buyer = await openSession(browser, { viewport: { width: 390, height: 844 } });
  await buyer.context.grantPermissions(['camera'], { origin: server.url });
  await signInToStore(buyer.page, server, 'owner@central.test', 'temp12345');
  await replaceTemporaryPassword(buyer.page, 'temp12345', 'Central2026');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('scanning barcodes with the camera on a phone', () => {
  it('in the catalog’s search, a code read opens its product; the reader is our own WebAssembly asset, loaded only then', async () => {
    const page = buyer.page;
    const wasm: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.wasm')) wasm.push(r.url());
    });
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: en('catalog.title'), level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(wasm).toEqual([]);
    expect(await page.evaluate(() => 'BarcodeDetector' in window)).toBe(false);
    await page.getByRole('button', { name: en('scan.button') }).click();
    await page.getByRole('dialog', { name: en('scan.searchTitle') }).waitFor();
    await page.waitForURL((url) => url.pathname.startsWith('/products/'), { timeout: 30_000 });
    await page.getByRole('heading', { name: 'Espresso beans 1kg', level: 1 }).waitFor();
    expect(wasm).toHaveLength(1);
    expect(wasm[0]).toMatch(new RegExp(`^${server.url}/assets/zxing_reader-[\\w-]+\\.wasm$`));
    expect(buyer.problems).toEqual([]);
  }, 60_000);

  it('in the cart, each code read adds one pack once, with the product’s name; an unknown code is said; the lines land in the cart', async () => {
    const page = buyer.page;
    await page.goto(`${server.url}/cart`);
    await page.getByRole('heading', { name: en('cart.title'), level: 1 }).waitFor();
    await page.getByRole('button', { name: en('scan.button') }).click();
    const dialog = page.getByRole('dialog', { name: en('scan.cartTitle') });
    await dialog.waitFor();
    const reads = dialog.getByRole('list', { name: en('scan.reads') });
    await reads.getByText(en('scan.added', { name: 'Espresso beans 1kg', count: 1 })).waitFor({ timeout: 30_000 });
    await reads.getByText(en('scan.added', { name: 'Sparkling water 50cl', count: 24 })).waitFor({ timeout: 15_000 });
    await reads.getByText(en('scan.added', { name: 'Vanilla syrup 70cl', count: 6 })).waitFor({ timeout: 15_000 });
    await reads.getByText(en('scan.problem.NOT_FOUND', { code: UNKNOWN })).waitFor({ timeout: 15_000 });
    await screenshot(page, 'store-scan-cart');
    expect(await seriousAxeFindings(page)).toEqual([]);
    await dialog.getByRole('button', { name: en('scan.done') }).click();
    await dialog.waitFor({ state: 'hidden' });

    // In the cart (read through the API as the buyer): once each, one pack each — held 2 s in front of the camera, read once.
    const token = await signInShop(server, 'owner@central.test', 'Central2026');
    const cart = await server.graphql('{ cart { lines { quantity product { reference } } } }', {}, { token });
    const lines = (cart.data.cart.lines as Array<{ quantity: number; product: { reference: string } }>).map((l) => `${l.product.reference} ${l.quantity}`);
    expect(lines.sort()).toEqual(['COF-1 1', 'SYR-1 6', 'WAT-1 24']);

    // The page shows them, quantities editable as any line.
    const quantity = page.getByLabel(en('product.quantityFor', { name: 'Vanilla syrup 70cl' }));
    await expect.poll(() => quantity.inputValue()).toBe('6');
    await quantity.fill('12');
    await page.getByRole('row', { name: /Vanilla syrup 70cl/ }).getByRole('button', { name: en('cart.update') }).click();
    await expect
      .poll(async () => ((await server.graphql('{ cart { lines { quantity product { reference } } } }', {}, { token })).data.cart.lines as Array<{ quantity: number; product: { reference: string } }>).find((l) => l.product.reference === 'SYR-1')?.quantity)
      .toBe(12);
    expect(buyer.problems).toEqual([]);
  }, 90_000);

  it('a refused camera is said, in the buyer’s language, with the typing way', async () => {
    const fr = await openSession(browser, { viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
    const t = uiText('fr');
    await signInToStore(fr.page, server, 'owner@central.test', 'Central2026', t);
    // The buyer's account speaks English: switched to French as the header's switcher does.
    await fr.page.evaluate(() => fetch('/set-language', { method: 'POST', body: new URLSearchParams({ language: 'fr', redirectTo: '/cart' }) }));
    // Refused as a buyer refuses it in the browser's prompt: this context's camera permission set to denied.
    await buyer.page.goto('about:blank');
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ type: string; url: string; browserContextId: string }> };
    const mine = targetInfos.filter((i) => i.type === 'page' && i.url.startsWith(server.url));
    expect(new Set(mine.map((i) => i.browserContextId)).size).toBe(1);
    await cdp.send('Browser.setPermission', { permission: { name: 'camera' }, setting: 'denied', origin: server.url, browserContextId: mine[0].browserContextId });
    await fr.page.goto(`${server.url}/cart`);
    await fr.page.getByRole('heading', { name: t('cart.title'), level: 1 }).waitFor();
    await fr.page.getByRole('button', { name: t('scan.button') }).click();
    const dialog = fr.page.getByRole('dialog', { name: t('scan.cartTitle') });
    await dialog.getByRole('alert').getByText(t('scan.denied')).waitFor({ timeout: 20_000 });
    expect(await seriousAxeFindings(fr.page)).toEqual([]);
    await screenshot(fr.page, 'store-scan-denied');
    await dialog.getByRole('button', { name: t('scan.typeInsteadCart') }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await fr.page.evaluate(() => document.activeElement?.id)).toBe('quick-add-q');
    expect(fr.problems).toEqual([]);
    await cdp.detach();
    await fr.context.close();
  }, 60_000);
});
