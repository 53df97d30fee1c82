import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openSession } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

// Development keeps working under its CSP (decision 21): Vite's client and HMR runtime are
// imported by the nonced inline module, its websocket (own port) is allowed, and the /graphiql
// explorer renders, with nothing fetched from outside this machine (no CDN). Slow: Vite transforms the app on the first request.

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true', NODE_ENV: 'development' });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('development under the CSP', () => {
  it('pages hydrate, the HMR websocket connects, the explorer renders, and nothing is refused', async () => {
    const session = await openSession(browser);
    const { page } = session;
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text()));
    await session.context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`));
    });
    // Offline (issue 14 E7): any request leaving this machine is refused and recorded; the explorer must not need one.
    const offsite: string[] = [];
    await session.context.route(
      (url) => !['127.0.0.1', 'localhost'].includes(url.hostname),
      (route) => {
        offsite.push(route.request().url());
        return route.abort();
      },
    );
    const policy = (await fetch(`${server.url}/sign-in`)).headers.get('content-security-policy') ?? '';
    // WebAssembly only for the barcode reader (issue 18 M2, decision 47); never 'unsafe-eval'.
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'wasm-unsafe-eval'(;|$)/);
    expect(policy).not.toContain("'unsafe-eval'");
    for (const path of ['/sign-in', '/graphiql']) {
      await page.goto(`${server.url}${path}`, { timeout: 120_000 });
      await page.waitForLoadState('networkidle', { timeout: 120_000 });
      expect(await page.evaluate(() => Boolean((window as unknown as { __remixContext?: unknown }).__remixContext)), path).toBe(true);
    }
    await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
    await expect.poll(() => messages.some((m) => m.includes('[vite] connected')), { timeout: 30_000 }).toBe(true);
    expect(messages.filter((m) => /content security policy|CSP violation/i.test(m))).toEqual([]);
    expect(session.problems).toEqual([]);
    expect(offsite).toEqual([]);
  }, 300_000);
});
