import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { StaffRole } from '../../../server/modules/access/entities/staff-user.entity.js';
import { launchBrowser, openSession } from '../../support/browser.js';
import { createStaff, eventually } from '../../support/fixtures.js';
import { en, signInToHub } from '../../support/e2e.js';
import { startTestServer, type TestServer } from '../../support/server.js';

// The hub's webhooks page (issue 14 E4): an admin registers an endpoint, sees its secret once,
// sends a test event that a real local receiver gets with a valid Standard Webhooks signature,
// sees the delivery listed, redelivers it (the receiver gets the same webhook-id again), edits,
// disables and deletes it; on a phone too, and axe-core finds nothing serious.

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server: TestServer;
let browser: Browser;
let receiver: http.Server;
let receiverUrl: string;
const received: Array<{ headers: Record<string, string>; body: string }> = [];

async function seriousAxeFindings(page: Page): Promise<string[]> {
  await page.evaluate(axeSource); // through the DevTools protocol: the page's CSP does not apply
  const violations = await page.evaluate(async () => (await (window as any).axe.run(document, { resultTypes: ['violations'] })).violations as Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>);
  // Only what this page adds (main): the hub's shared header and navigation are checked elsewhere.
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.filter((n) => n.target.join(' ').includes('main')).map((n) => `${v.id}: ${n.target.join(' ')}`));
}

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ headers: Object.fromEntries(['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((h) => [h, String(req.headers[h])])), body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/erp/hooks`;
  server = await startTestServer({ WEB: 'true' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'boss@hooks-page.test', password: 'boss1234', role: StaffRole.ADMIN });
  await createStaff(em, { email: 'sales@hooks-page.test', password: 'sales1234', role: StaffRole.SALES });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise<void>((r) => receiver?.close(() => r()));
});

describe('the hub webhooks page', () => {
  it('registers an endpoint, shows the secret once, sends a signed test event, lists and redelivers it', async () => {
    const { page, problems, context } = await openSession(browser);
    await signInToHub(page, server, 'boss@hooks-page.test', 'boss1234');
    await page.getByRole('link', { name: en('nav.webhooks') }).click();
    await page.waitForURL((url) => url.pathname === '/hub/webhooks');
    await page.getByRole('heading', { name: en('webhooks.title'), level: 1 }).waitFor();
    await page.getByText(en('webhooks.empty')).waitFor();

    // A bad URL and no event: translated errors next to the fields, nothing registered.
    await page.locator('#new-url').fill('ftp://nope');
    await page.getByRole('button', { name: en('webhooks.create') }).click();
    await page.locator('#new-events-errors').waitFor();
    await page.getByText(en('webhooks.empty')).waitFor();

    await page.locator('#new-url').fill(receiverUrl);
    await page.locator('#new-description').fill('ERP — commandes');
    await page.getByRole('checkbox', { name: new RegExp(en('webhooks.event.ORDER_PLACED')) }).check();
    await page.getByRole('checkbox', { name: new RegExp(en('webhooks.event.CUSTOMER_CREATED')) }).check();
    await page.getByRole('button', { name: en('webhooks.create') }).click();
    await page.getByRole('heading', { name: en('webhooks.created', { url: receiverUrl }) }).waitFor();
    const secret = await page.getByLabel(en('webhooks.secret')).inputValue();
    expect(secret).toMatch(/^whsec_/);
    expect(await seriousAxeFindings(page)).toEqual([]);

    // Shown once: the list page never carries it again.
    await page.goto(`${server.url}/hub/webhooks`);
    await page.getByRole('rowheader', { name: new RegExp(receiverUrl) }).waitFor();
    expect(await page.content()).not.toContain(secret);
    await page.getByRole('link', { name: en('webhooks.showLabel', { url: receiverUrl }) }).click();
    await page.getByRole('heading', { name: en('webhooks.endpointTitle', { url: receiverUrl }) }).waitFor();
    await page.getByText(en('webhooks.noDeliveries')).waitFor();

    // Send a test event: the receiver gets it, signed with the secret shown at creation.
    await page.getByRole('button', { name: en('webhooks.sendTest') }).click();
    await page.getByText(en('webhooks.done.testSent')).waitFor();
    const first = await eventually(async () => received[0]);
    const event = new Webhook(secret).verify(first.body, first.headers) as { id: string; type: string };
    expect(event).toMatchObject({ id: first.headers['webhook-id'], type: 'webhook.test' });
    expect(() => new Webhook(`whsec_${Buffer.from('not the secret of the hook').toString('base64')}`).verify(first.body, first.headers)).toThrow();

    // Listed: event, status, response code, attempts (reloaded until the sender recorded it).
    const row = page.locator(`tr[data-webhook-id="${first.headers['webhook-id']}"]`);
    await expect.poll(async () => {
      await page.reload();
      return row.getByText(en('webhooks.status.DELIVERED')).count();
    }, { timeout: 15_000 }).toBe(1);
    await expect(row.locator('th').innerText()).resolves.toContain('webhook.test');
    await expect(row.locator(`td[data-label="${en('webhooks.responseCode')}"]`).innerText()).resolves.toBe('204');
    await expect(row.locator(`td[data-label="${en('webhooks.attempts')}"]`).innerText()).resolves.toBe('1');
    await expect(row.locator(`td[data-label="${en('webhooks.duration')}"]`).innerText()).resolves.toMatch(/^\d+ ms$/);
    expect(await seriousAxeFindings(page)).toEqual([]);

    // Redeliver: the receiver gets the same webhook-id (and body) again, signed afresh.
    await row.getByRole('button', { name: en('webhooks.redeliver') }).click();
    await page.getByText(en('webhooks.done.redelivered')).waitFor();
    const second = await eventually(async () => received[1]);
    expect(second.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(second.body).toBe(first.body);
    expect(new Webhook(secret).verify(second.body, second.headers)).toMatchObject({ id: first.headers['webhook-id'] });
    await expect.poll(async () => {
      await page.reload();
      return row.locator(`td[data-label="${en('webhooks.attempts')}"]`).innerText();
    }, { timeout: 15_000 }).toBe('1');
    await expect(page.locator('tbody tr[data-webhook-id]').count()).resolves.toBe(1); // one delivery, sent twice

    // Rotate: a new secret, shown once; the next test event is signed with it.
    await page.getByRole('button', { name: en('webhooks.rotate') }).click();
    await page.getByRole('heading', { name: en('webhooks.rotated', { url: receiverUrl }) }).waitFor();
    const rotated = await page.getByLabel(en('webhooks.secret')).inputValue();
    expect(rotated).not.toBe(secret);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('edits, disables and deletes the endpoint, on a phone', async () => {
    const { page, problems, context } = await openSession(browser, { viewport: { width: 390, height: 844 } });
    await signInToHub(page, server, 'boss@hooks-page.test', 'boss1234');
    await page.goto(`${server.url}/hub/webhooks`);
    await page.getByRole('link', { name: en('webhooks.showLabel', { url: receiverUrl }) }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Touch-friendly event checkboxes: each choice at least 44 px high.
    const heights = await page.locator('.webhook-events .choice').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(heights.length).toBe(10);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    expect(await seriousAxeFindings(page)).toEqual([]);

    await page.getByRole('link', { name: en('webhooks.edit') }).click();
    await page.locator('#edit-description').fill('ERP orders and customers');
    await page.locator('#edit-url').fill('ftp://erp.example.com/hooks'); // a URL to the browser, refused by the API
    await page.getByRole('button', { name: en('webhooks.save') }).click();
    await page.locator('#edit-url-errors').waitFor(); // translated, next to the field; nothing saved
    await page.locator('#edit-url').fill(receiverUrl);
    await page.getByRole('checkbox', { name: new RegExp(en('webhooks.event.CATALOG_IMPORT_FINISHED')) }).first().check();
    await page.getByRole('button', { name: en('webhooks.save') }).click();
    await page.getByText(en('webhooks.done.saved')).waitFor();
    await page.getByText('ERP orders and customers').waitFor();
    await page.getByText('catalog_import.finished').first().waitFor();

    await page.getByRole('button', { name: en('webhooks.disable') }).click();
    await page.getByText(en('webhooks.done.disabled')).waitFor();
    await page.getByText(en('webhooks.stateDisabled'), { exact: true }).waitFor();
    await page.getByRole('button', { name: en('webhooks.enable') }).waitFor();

    await page.getByRole('link', { name: en('webhooks.delete') }).click();
    await page.getByRole('alertdialog').waitFor();
    await page.getByRole('button', { name: en('webhooks.confirmDelete') }).click();
    await page.getByText(en('webhooks.done.deleted')).waitFor();
    await page.getByText(en('webhooks.empty')).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is for admins only: sales staff have no link and are refused the page', async () => {
    const { page, context } = await openSession(browser);
    await signInToHub(page, server, 'sales@hooks-page.test', 'sales1234');
    expect(await page.getByRole('link', { name: en('nav.webhooks') }).count()).toBe(0);
    const res = await page.goto(`${server.url}/hub/webhooks`);
    expect(res?.status()).toBe(403);
    await context.close();
  });
});
