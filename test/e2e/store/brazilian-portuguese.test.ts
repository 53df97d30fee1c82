import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession } from '../../support/browser.js';
import { createCatalog, createStaff, signInStaff } from '../../support/fixtures.js';
import { createCustomer, replaceTemporaryPassword, signInToStore } from '../../support/e2e.js';
import { uiText } from '../../support/i18n.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// Issue 17 H7 (decision 0054): a Brazilian buyer's store is in Brazilian Portuguese — "Senha", not
// "Palavra-passe"; "Pedido", not "Encomenda" — with the catalog's pt-BR names, prices formatted as in
// Brazil, and the language switcher naming both Portuguese.

const br = uiText('pt-BR');
const pt = uiText('pt');
const USER = 'compras@padaria.test';
const GRANT = `mutation($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { temporaryPassword userErrors { code } } }`;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const flat = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

let server: TestServer;
let browser: Browser;
let temporary: string;

// Within main, as the other store tests: the header's language switcher and the footer are being reworked
// for axe on their own (issue 17 H7, accessibility item).
async function seriousAxeFindings(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await (window as any).axe.run(document.querySelector('main') ?? document, { resultTypes: ['violations'] })).violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'eva@supplier.test', password: 'eva12345', role: StaffRole.SALES });
  const catalog = await createCatalog(em);
  const token = await signInStaff(server, 'eva@supplier.test', 'eva12345');
  const named = await server.graphql(
    `mutation($i: ProductUpdateInput!) { productUpdate(input: $i) { userErrors { code } } }`,
    { i: { id: catalog.gid('Product', catalog.coffee.id), translations: [{ language: 'PT_BR', name: 'Café em grãos 1kg', description: 'Grãos torrados para espresso' }, { language: 'PT', name: 'Café em grão 1kg' }] } },
    { token },
  );
  expect(named.data.productUpdate.userErrors).toEqual([]);
  const customerId = await createCustomer(server, token, { name: 'Padaria Pão de Açúcar', customerNumber: 'BR-1', documentLanguage: 'PT_BR', contacts: [{ email: USER }] });
  const grant = await server.graphql(GRANT, { i: { customerId, email: USER } }, { token });
  temporary = grant.data.storeAccessGrant.temporaryPassword;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a Brazilian buyer (pt-BR)', () => {
  it('a pt-BR browser gets the Brazilian sign-in page; a pt-PT one the European', async () => {
    const brazil = await openSession(browser, { locale: 'pt-BR' });
    await brazil.page.goto(`${server.url}/sign-in`);
    expect(await brazil.page.evaluate(() => document.documentElement.lang)).toBe('pt-BR');
    await brazil.page.getByLabel(br('auth.password'), { exact: true }).waitFor();
    expect(br('auth.password')).toBe('Senha');
    // The switcher names both Portuguese, each in itself.
    await brazil.page.getByRole('button', { name: 'PT-BR – Português (Brasil)', exact: true }).waitFor();
    await brazil.page.getByRole('button', { name: 'PT – Português (Portugal)', exact: true }).waitFor();
    expect(await seriousAxeFindings(brazil.page)).toEqual([]);
    expect(brazil.problems).toEqual([]);
    await brazil.context.close();

    const portugal = await openSession(browser, { locale: 'pt-PT' });
    await portugal.page.goto(`${server.url}/sign-in`);
    expect(await portugal.page.evaluate(() => document.documentElement.lang)).toBe('pt');
    await portugal.page.getByLabel(pt('auth.password'), { exact: true }).waitFor();
    expect(pt('auth.password')).toBe('Palavra-passe');
    await portugal.context.close();
  });

  it('signs in, reads the catalog in pt-BR and fills the cart, on a phone too', async () => {
    const session = await openSession(browser, { locale: 'pt-BR' });
    const page = session.page;
    await signInToStore(page, server, USER, temporary, br);
    await replaceTemporaryPassword(page, temporary, 'Saudade2026', br);
    await page.getByRole('heading', { name: br('catalog.title'), level: 1 }).waitFor();
    await page.getByRole('link', { name: br('nav.myOrders') }).waitFor();
    expect(br('nav.myOrders')).toBe('Meus pedidos');

    // The pt-BR name; a product without one shows the catalog language's (not the European Portuguese).
    const coffee = page.getByRole('article', { name: 'Café em grãos 1kg' });
    await coffee.waitFor();
    await page.getByRole('article', { name: 'Sparkling water 50cl' }).waitFor();
    // Money as written in Brazil: the symbol first, a decimal comma ("€ 12,50").
    expect(flat(await coffee.innerText())).toContain('€ 12,50');
    expect(await seriousAxeFindings(page)).toEqual([]);

    await coffee.getByLabel(br('product.quantityFor', { name: 'Café em grãos 1kg' })).fill('2');
    await coffee.getByRole('button', { name: br('product.addToCart') }).click();
    await coffee.getByText(br('product.added_other', { count: 2 })).waitFor();

    await page.goto(`${server.url}/cart`);
    await page.getByRole('heading', { name: br('cart.title'), level: 1 }).waitFor();
    const row = page.getByRole('row', { name: /Café em grãos 1kg/ });
    await expect.poll(() => row.getByLabel(br('product.quantityFor', { name: 'Café em grãos 1kg' })).inputValue()).toBe('2');
    expect(flat(await page.getByRole('region', { name: br('cart.lines') }).innerText())).toContain('€ 25,00');
    await page.getByRole('button', { name: br('cart.placeOrder') }).or(page.getByRole('link', { name: br('cart.checkout') })).first().waitFor();
    expect(await seriousAxeFindings(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole('heading', { name: br('cart.title'), level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await seriousAxeFindings(page)).toEqual([]);
    expect(session.problems).toEqual([]);
    await session.context.close();
  });
});
