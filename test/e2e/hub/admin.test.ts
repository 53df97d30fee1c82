import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { Language } from '../../../server/common/language.js';
import { launchBrowser, openSession, type Session } from '../../support/browser.js';
import { createStaff } from '../../support/fixtures.js';
import { en, signInToHub } from '../../support/e2e.js';
import { uiText } from '../../support/i18n.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// Admin pages (A1, I2): staff accounts with the last-admin rule, API tokens shown once and revoked
// after a confirmation; a sales member sees neither in the menu and gets a readable 403.
// Independent of order: the admin is signed in before the tests, each test starts from a page of
// its own, and the sales member of the 403 test is made for it.

const es = uiText('es');
let server: TestServer;
let browser: Browser;
let admin: Session;

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'root@supplier.test', password: 'root1234', role: StaffRole.ADMIN });
  browser = await launchBrowser();
  admin = await openSession(browser);
  await signInToHub(admin.page, server, 'root@supplier.test', 'root1234');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('administration', () => {
  it('adds a sales member (password typed twice) and refuses to leave the hub without an admin', async () => {
    const page = admin.page;
    await page.goto(`${server.url}/hub`);
    await page.getByRole('link', { name: en('nav.staff') }).click();
    await page.getByRole('heading', { name: en('staff.title'), level: 1 }).waitFor();
    const form = page.getByRole('region', { name: en('staff.add') });
    await form.getByLabel(en('staff.name')).fill('Sofia Sales');
    await form.getByLabel(en('staff.email')).fill('sofia@supplier.test');
    await form.getByLabel(en('staff.role')).selectOption('SALES');
    await form.getByLabel(en('staff.language')).selectOption('es');
    await form.getByLabel(en('staff.password'), { exact: true }).fill('Sofia2026');
    await form.getByLabel(en('staff.passwordConfirmation')).fill('Sofia2027');
    await form.getByRole('button', { name: en('staff.addSubmit') }).click();
    await page.getByText('The two passwords do not match.').waitFor();
    await form.getByLabel(en('staff.password'), { exact: true }).fill('Sofia2026');
    await form.getByLabel(en('staff.passwordConfirmation')).fill('Sofia2026');
    await form.getByRole('button', { name: en('staff.addSubmit') }).click();
    await page.getByText(en('staff.added', { name: 'Sofia Sales' })).waitFor();
    await page.getByRole('row', { name: /Sofia Sales/ }).waitFor();

    // The only admin cannot make themselves a sales member.
    const me = page.getByRole('row', { name: /root@supplier\.test/ });
    await me.getByLabel(en('staff.roleFor', { name: 'root' })).selectOption('SALES');
    await me.getByRole('button', { name: en('common.save') }).click();
    await page.getByRole('row', { name: /root@supplier\.test/ }).getByText('The hub needs at least one active admin.').waitFor();
    expect(admin.problems).toEqual([]);
  });

  it('creates an API token, shows the secret once, and revokes it after a confirmation', async () => {
    const page = admin.page;
    await page.goto(`${server.url}/hub`);
    await page.getByRole('link', { name: en('nav.apiTokens') }).click();
    await page.getByRole('heading', { name: en('apiTokens.title'), level: 1 }).waitFor();
    await page.getByLabel(en('apiTokens.name')).fill('ERP sync');
    await page.getByRole('button', { name: en('apiTokens.create') }).click();
    await page.getByText('This field is required.').waitFor(); // no scope chosen
    await page.getByLabel(new RegExp(en('apiTokens.scope.CATALOG_MANAGE'))).check();
    await page.getByLabel(new RegExp(en('apiTokens.scope.ORDERS_MANAGE'))).check();
    await page.getByRole('button', { name: en('apiTokens.create') }).click();
    await page.getByRole('heading', { name: en('apiTokens.created', { name: 'ERP sync' }) }).waitFor();
    const secret = await page.getByLabel(en('apiTokens.secret')).inputValue();
    expect(secret.length).toBeGreaterThan(20);

    // The token works, with its scopes: managing the catalog includes reading it.
    const r = await server.graphql('{ products(first: 1) { totalCount } }', {}, { token: secret });
    expect(r.errors).toBeUndefined();
    const sync = await server.graphql('mutation { stockLevelsUpsert(input: { items: [] }) { userErrors { code } } }', {}, { token: secret });
    expect(sync.errors).toBeUndefined();

    await page.reload();
    expect(await page.getByLabel(en('apiTokens.secret')).count()).toBe(0);
    await page.getByRole('link', { name: en('apiTokens.revokeLabel', { name: 'ERP sync' }) }).click();
    const dialog = page.getByRole('alertdialog', { name: en('apiTokens.confirmTitle', { name: 'ERP sync' }) });
    await dialog.getByRole('button', { name: en('apiTokens.confirmRevoke') }).click();
    await page.getByText(en('apiTokens.revoked', { name: 'ERP sync' })).waitFor();
    await page.getByRole('row', { name: /ERP sync/ }).getByText(en('apiTokens.revokedOn')).waitFor();
    const after = await server.graphql('{ products(first: 1) { totalCount } }', {}, { token: secret });
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(admin.problems).toEqual([]);
  });

  it('a sales member has no administration menu and gets a readable 403 on admin pages', async () => {
    await createStaff(server.app.services.orm.em.fork(), { email: 'sergio@supplier.test', password: 'Sergio2026', role: StaffRole.SALES, language: Language.ES });
    const sales = await openSession(browser);
    await signInToHub(sales.page, server, 'sergio@supplier.test', 'Sergio2026', en);
    // Sergio's hub speaks Spanish, as his account says.
    await sales.page.getByRole('heading', { name: es('hub.home.title'), level: 1 }).waitFor();
    expect(await sales.page.evaluate(() => document.documentElement.lang)).toBe('es');
    const nav = sales.page.getByRole('navigation', { name: es('nav.main') });
    await nav.getByRole('link', { name: es('nav.customers') }).waitFor();
    for (const entry of ['nav.staff', 'nav.settings', 'nav.apiTokens']) expect(await nav.getByRole('link', { name: es(entry) }).count()).toBe(0);
    const response = await sales.page.goto(`${server.url}/hub/settings`);
    expect(response?.status()).toBe(403);
    await sales.page.getByRole('heading', { name: es('errors.forbidden.title') }).waitFor();
    // The page keeps the hub around it, with a way back.
    await nav.waitFor();
    await sales.page.getByRole('link', { name: es('errors.backHome') }).waitFor();
    // The browser logs the 403 document itself as a failed resource: that one line, nothing else.
    expect(sales.problems).toEqual(['console.error: Failed to load resource: the server responded with a status of 403 (Forbidden)']);
    await sales.context.close();
  });
});
