import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { createCatalog, createStaff, signInStaff } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/server.js';

// S2: every answer — pages, both GraphQL routes, health, images, documents, errors, 404s, assets —
// carries the security headers; pages a nonce-based script policy that their scripts satisfy;
// HSTS only when PUBLIC_URL is https (decision 21).

let server: TestServer;
let plain: TestServer;
let imagePath: string;

beforeAll(async () => {
  server = await startTestServer({ WEB: 'true', JOBS: 'false', PUBLIC_URL: 'https://shop.example.test' });
  plain = await startTestServer({ JOBS: 'false' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@headers.test', password: 'admin1234', role: StaffRole.ADMIN });
  const catalog = await createCatalog(em);
  const admin = await signInStaff(server, 'admin@headers.test', 'admin1234');
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR fake png body for tests')]);
  const form = new FormData();
  form.append('image', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'picture.png');
  const res = await fetch(`${server.url}/api/products/${catalog.gid('Product', catalog.coffee.id)}/image`, { method: 'POST', body: form, headers: { authorization: `Bearer ${admin}` } });
  expect(res.status).toBe(200);
  imagePath = new URL((await res.json()).imageUrl).pathname;
}, 120_000);

afterAll(async () => {
  await server?.close();
  await plain?.close();
});

const query = JSON.stringify({ query: '{ viewer { kind } }' });
const json = { 'content-type': 'application/json' };

function expectCommonHeaders(res: Response, what: string) {
  const h = res.headers;
  expect(h.get('content-security-policy'), what).toMatch(/(^|;)\s*frame-ancestors 'none'/);
  expect(h.get('x-frame-options'), what).toBe('DENY');
  expect(h.get('x-content-type-options'), what).toBe('nosniff');
  expect(h.get('referrer-policy'), what).toBe('same-origin');
  expect(h.get('permissions-policy'), what).toMatch(/(^|, )camera=\(self\)/);
  expect(h.get('permissions-policy'), what).toMatch(/(^|, )microphone=\(\)/);
  expect(h.get('permissions-policy'), what).toMatch(/(^|, )geolocation=\(\)/);
  expect(h.get('x-powered-by'), what).toBeNull();
}

/** The CSP's directives by name. */
function directives(res: Response): Map<string, string[]> {
  const policy = res.headers.get('content-security-policy') ?? '';
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name, values]),
  );
}

describe('security headers', () => {
  it('are on every kind of API answer, with a policy that allows nothing to render', async () => {
    const answers: Array<[string, Promise<Response>]> = [
      ['GraphQL POST (direct route)', fetch(`${server.url}/graphql`, { method: 'POST', headers: json, body: query })],
      ['GraphQL body not JSON (direct route)', fetch(`${server.url}/graphql`, { method: 'POST', headers: json, body: '{"query"' })],
      ['GraphQL body too large (direct route)', fetch(`${server.url}/graphql`, { method: 'POST', headers: json, body: 'x'.repeat(1_100_000) })],
      ['GraphQL GET (Express)', fetch(`${server.url}/graphql?query=${encodeURIComponent('{ viewer { kind } }')}`, { headers: { 'apollo-require-preflight': 'true' } })],
      ['GraphQL gzip POST (Express)', fetch(`${server.url}/graphql`, { method: 'POST', headers: { ...json, 'content-encoding': 'gzip' }, body: gzipSync(query) })],
      ['health', fetch(`${server.url}/healthz`)],
      ['product image', fetch(`${server.url}${imagePath}`)],
      ['unknown product image', fetch(`${server.url}${imagePath.replace(/[0-9a-f]{64}/, '0'.repeat(64))}`)],
      ['image upload refused', fetch(`${server.url}/api/products/x/image`, { method: 'POST' })],
      ['order document refused', fetch(`${server.url}/api/order-documents/unknown`)],
    ];
    for (const [what, pending] of answers) {
      const res = await pending;
      await res.arrayBuffer();
      expectCommonHeaders(res, what);
      expect(directives(res).get('default-src'), what).toEqual(["'none'"]);
      expect(res.headers.get('strict-transport-security'), what).toMatch(/max-age=31536000/);
    }
    expect((await fetch(`${server.url}${imagePath}`)).status).toBe(200);
  });

  it('pages get a fresh nonce that every script of the page carries, and no unsafe-inline script', async () => {
    const pages = ['/sign-in', '/hub/sign-in', '/forgot-password', '/no-such-page', '/hub/customers'];
    const nonces = new Set<string>();
    for (const path of pages) {
      const res = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      const html = await res.text();
      expectCommonHeaders(res, path);
      expect(res.headers.get('strict-transport-security'), path).toMatch(/max-age=31536000/);
      const csp = directives(res);
      const scriptSrc = csp.get('script-src') ?? [];
      expect(scriptSrc, path).not.toContain("'unsafe-inline'");
      expect(scriptSrc, path).not.toContain("'unsafe-eval'");
      expect(scriptSrc, path).toContain("'wasm-unsafe-eval'"); // WebAssembly only: the barcode reader
      expect(csp.get('object-src'), path).toEqual(["'none'"]);
      expect(csp.get('base-uri'), path).toEqual(["'none'"]);
      if (res.status >= 300 && res.status < 400) continue; // a redirect has no page to check
      const nonce = scriptSrc.find((v) => v.startsWith("'nonce-"))?.slice(7, -1);
      expect(nonce, path).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      nonces.add(nonce!);
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
    expect(nonces.size).toBe(4); // one per page answer, never reused
  });

  it('are on the built assets and on the redirect to sign-in', async () => {
    const html = await (await fetch(`${server.url}/sign-in`)).text();
    const asset = html.match(/(?:src|href)="(\/assets\/[^"]+)"/)?.[1];
    expect(asset).toBeTruthy();
    const res = await fetch(`${server.url}${asset}`);
    await res.arrayBuffer();
    expect(res.status).toBe(200);
    expectCommonHeaders(res, asset!);
    const redirect = await fetch(`${server.url}/hub`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expectCommonHeaders(redirect, 'redirect');
  });

  it('send no HSTS when PUBLIC_URL is plain http', async () => {
    for (const res of [await fetch(`${plain.url}/graphql`, { method: 'POST', headers: json, body: query }), await fetch(`${plain.url}/healthz`)]) {
      await res.arrayBuffer();
      expectCommonHeaders(res, 'http server');
      expect(res.headers.get('strict-transport-security')).toBeNull();
    }
  });
});
