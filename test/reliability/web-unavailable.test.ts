import { afterAll, describe, expect, it } from 'vitest';
import { createPgCluster, type PgCluster } from '../support/pg-cluster.js';
import { startAppChild, type AppChild } from '../support/app-child.js';

// Issue 12 F1, pages: while PostgreSQL is down the store and the hub answer a readable 503 page
// (translated, with Retry-After), /healthz stays 200 (liveness), /readyz says 503 without the
// driver's text; all good again once it is back. Needs the web build (`npx remix vite:build`).

const PORTS = [55438, 55439];

let cluster: PgCluster | undefined;
let app: AppChild | undefined;
afterAll(() => {
  app?.kill();
  cluster?.destroy();
});

describe('pages while the database is down', () => {
  it('answer a readable 503 page with Retry-After, then recover', async () => {
    cluster = createPgCluster(PORTS);
    app = await startAppChild({ DATABASE_URL: cluster.url, WEB: 'true' });
    await app.ready();
    expect((await fetch(`${app.url}/sign-in`)).status).toBe(200);

    cluster.stop();
    for (const [path, language, title] of [['/sign-in', 'en', 'Briefly unavailable'], ['/hub/sign-in', 'fr', 'Momentanément indisponible']] as const) {
      const page = await fetch(`${app.url}${path}`, { headers: { 'accept-language': language } });
      const html = await page.text();
      expect(page.status, html.slice(0, 500)).toBe(503);
      expect(page.headers.get('retry-after')).toBe('5');
      expect(html).toContain(title);
      expect(html).not.toMatch(/ECONNREFUSED|terminating|\bat .+\.js:\d+/);
    }
    const gql = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'de' }, body: JSON.stringify({ query: '{ storeSettings { storeName } }' }) });
    expect(gql.status).toBe(503);
    expect(gql.headers.get('retry-after')).toBe('5');
    const body = await gql.json();
    expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(body.errors[0].message).toMatch(/nicht verfügbar/);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', database: 'unavailable' });

    cluster.start();
    const back = Date.now();
    for (;;) {
      const page = await fetch(`${app.url}/sign-in`);
      if (page.status === 200) break;
      if (Date.now() - back > 5_000) throw new Error(`still ${page.status} 5 s after the database came back`);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(app.alive()).toBe(true);
  }, 120_000);
});
