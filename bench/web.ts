// BENCH_ONLY=web (issue 18 M3): Chromium on the store's catalog page as a signed-in buyer (the demo
// data), on a phone's viewport. Bytes transferred on a first visit (empty cache, no service worker)
// and a repeat visit, and the largest contentful paint of each with the CPU slowed 4× and a
// 1.6 Mbps / 150 ms network. Needs the production build (`npx remix vite:build`).
import { existsSync } from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { loadEnv } from '../server/config/env.js';
import { startApp } from '../server/app.js';
import { projectRoot } from '../server/config/paths.js';
import { SERVER, dbUrl, type Report } from './support.js';

const DB = 'comptoir_bench_web';

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/**
 * Bytes from the server to the browser, counted on the wire by a TCP relay in front of the server:
 * what the page fetches and what its service worker fetches for it, headers included.
 */
function byteCounter(target: number): Promise<{ port: number; bytes: () => number; reset: () => void; close: () => void }> {
  let count = 0;
  const relay = net.createServer((client) => {
    const upstream = net.connect(target, '127.0.0.1');
    upstream.on('data', (d: Buffer) => (count += d.length));
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  return new Promise((resolve) =>
    relay.listen(0, '127.0.0.1', () =>
      resolve({ port: (relay.address() as net.AddressInfo).port, bytes: () => count, reset: () => (count = 0), close: () => relay.close() }),
    ),
  );
}

/** One load of the catalog, throttled; the largest contentful paint the page reports. */
async function visit(context: BrowserContext, page: Page, url: string): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const lcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1].startTime);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve(Number.NaN), 3000);
      }),
  );
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return lcp;
}

export async function webBench(report: Report): Promise<void> {
  if (!existsSync(join(projectRoot, 'build/server/index.js'))) throw new Error('BENCH_ONLY=web needs the production build: run `npx remix vite:build` first');
  await admin(`drop database if exists ${DB} with (force)`);
  await admin(`create database ${DB}`);
  const app = await startApp(loadEnv({ DATABASE_URL: dbUrl(DB), PORT: '0', WEB: 'true', JOBS: 'false', SEED_DEMO: 'true', LOG_LEVEL: 'error', NODE_ENV: 'production', API_RATE_LIMIT: '0' }));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    // Signed in once, unthrottled; the first visit then starts from those cookies alone.
    const signIn = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const p = await signIn.newPage();
    await p.goto(`${app.url}/sign-in`);
    await p.locator('input[type=email], input[name=email]').first().fill('buyer@bistro-lumiere.test');
    await p.locator('input[type=password]').first().fill('buyer1234');
    await Promise.all([p.waitForURL((u) => !u.pathname.startsWith('/sign-in')), p.locator('form button[type=submit]').last().click()]);
    const state = await signIn.storageState();
    await signIn.close();

    // Through the relay (another port, so the cookies are carried over by name and path only).
    const counter = await byteCounter(Number(new URL(app.url).port));
    const base = `http://127.0.0.1:${counter.port}`;
    const cookies = state.cookies.map((c) => ({ name: c.name, value: c.value, url: base }));
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addCookies(cookies);
    const page = await context.newPage();
    const firstLcp = await visit(context, page, `${base}/`);
    const first = { bytes: counter.bytes(), lcp: firstLcp };
    if (new URL(page.url()).pathname !== '/') throw new Error(`the catalog did not open signed in: ${page.url()}`);
    // The service worker installed during the first visit; the repeat visit is a later opening of the app.
    await page.evaluate(() => navigator.serviceWorker?.ready);
    await page.waitForTimeout(1000); // its install-time downloads (icons, the offline page) are not the repeat visit's
    counter.reset();
    const repeatLcp = await visit(context, page, `${base}/`);
    const repeat = { bytes: counter.bytes(), lcp: repeatLcp };
    counter.close();
    const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    report('catalog page on a phone, first visit: bytes transferred', kb(first.bytes), '200 KB', first.bytes <= 200 * 1024);
    report('catalog page on a phone, repeat visit: bytes transferred', kb(repeat.bytes), '30 KB', repeat.bytes <= 30 * 1024);
    report('catalog page, first visit, CPU 4× slower, 1.6 Mbps / 150 ms: largest contentful paint', s(first.lcp), '2.5 s', first.lcp <= 2500);
    report('catalog page, repeat visit, same conditions: largest contentful paint', s(repeat.lcp), '1.2 s', repeat.lcp <= 1200);
    await context.close();
  } finally {
    await browser.close();
    await app.close();
    await admin(`drop database if exists ${DB} with (force)`);
  }
}
