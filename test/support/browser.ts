import { onTestFailed } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with nothing reaching outside this machine. */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', ...extraArgs],
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** console.error messages and page errors seen so far: a test fails on any of them. */
  problems: string[];
}

/**
 * A fresh browser context (own cookies) in a language, watching for console errors. `forwardedFor`
 * sends every request with that X-Forwarded-For: against a test server started with
 * TRUST_PROXY=loopback, the session is a client of its own for per-client limits.
 */
export async function openSession(
  browser: Browser,
  options: { locale?: string; viewport?: { width: number; height: number }; forwardedFor?: string } = {},
): Promise<Session> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? { width: 1280, height: 860 },
    ...(options.forwardedFor ? { extraHTTPHeaders: { 'X-Forwarded-For': options.forwardedFor } } : {}),
  });
  const page = await context.newPage();
  // 20 s: CI runs the browser files while other work holds the 2 cores; an action that redirects took 9.3 s once.
  page.setDefaultTimeout(20_000);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // When a test fails, say where the page was and what it last asked for: a timeout alone says neither.
  const requests: string[] = [];
  page.on('response', (r) => {
    const type = r.request().resourceType();
    if (type === 'document' || type === 'fetch' || type === 'xhr') requests.push(`${r.request().method()} ${r.url()} → ${r.status()}`);
    if (requests.length > 12) requests.shift();
  });
  page.on('requestfailed', (r) => requests.push(`${r.method()} ${r.url()} failed: ${r.failure()?.errorText ?? '?'}`));
  try {
    onTestFailed(async () => {
      if (page.isClosed()) return;
      const text = await page.locator('body').innerText({ timeout: 2_000 }).catch(() => '(unreadable)');
      console.error(
        [`── page at failure: ${page.url()}`, `problems: ${JSON.stringify(problems)}`, 'last requests:', ...requests.map((r) => `  ${r}`), 'text:', text.replace(/\s+/g, ' ').slice(0, 1_500)].join('\n'),
      );
    });
  } catch {
    // Outside a running test (a beforeAll): nothing to report to.
  }
  return { context, page, problems };
}

/** Screenshots for the README, taken by the browser tests themselves. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync('docs/screenshots', { recursive: true });
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: false });
}
