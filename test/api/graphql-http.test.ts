import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from '../support/server.js';
import { createStaff, signInStaff } from '../support/fixtures.js';

// GraphQL POSTs are answered without Express (server/common/graphql-http.ts); what Express did for
// them must still hold: body limits, a clear answer to a body that is not JSON, cookies, and the
// other requests (GET, compressed bodies) through Express.

let server: TestServer;
let staff: string;
beforeAll(async () => {
  server = await startTestServer({ JOBS: 'false' });
  await createStaff(server.app.services.orm.em.fork(), { email: 'admin@http.test', password: 'secret123' });
  staff = await signInStaff(server, 'admin@http.test', 'secret123');
});
afterAll(async () => {
  await server?.close();
});

const post = (body: string | Uint8Array, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: body as BodyInit });

describe('GraphQL over HTTP', () => {
  it('answers a POST, with or without a charset', async () => {
    const r = await post(JSON.stringify({ query: '{ viewer { kind } }' }));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await r.json()).toEqual({ data: { viewer: { kind: 'ANONYMOUS' } } });
    const utf8 = await post(JSON.stringify({ query: '{ viewer { kind } }' }), { 'content-type': 'application/json; charset=utf-8' });
    expect((await utf8.json()).data.viewer.kind).toBe('ANONYMOUS');
  });

  it('refuses a body that is not JSON with 400 and a GraphQL error in the caller\'s language', async () => {
    const r = await post('{"query": "{ viewer { kind } }"');
    expect(r.status).toBe(400);
    expect((await r.json()).errors[0]).toEqual({ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } });
    const fr = await post('{"query"', { 'accept-language': 'fr-BE,fr;q=0.9' });
    expect((await fr.json()).errors[0].message).toBe("Le corps de la requête n'est pas du JSON valide.");
  });

  it('refuses an anonymous body over 1 MB with 413, and accepts a large one from a valid session or token only', async () => {
    const big = JSON.stringify({ query: '{ viewer { kind } }', variables: { pad: 'x'.repeat(1_200_000) } });
    const r = await post(big);
    expect(r.status).toBe(413);
    expect((await r.json()).errors[0]).toEqual({ message: 'The request is larger than 1 MB.', extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    // Issue 11 S3: a made-up credential does not buy the large limit.
    for (const headers of [{ authorization: 'Bearer not-a-session' }, { authorization: 'Bearer cpt_not-a-token' }, { cookie: 'comptoir_session=made-up' }] as Record<string, string>[]) {
      const refused = await post(big, headers);
      expect(refused.status, JSON.stringify(headers)).toBe(413);
    }
    const signedIn = await post(big, { authorization: `Bearer ${staff}` });
    expect(signedIn.status).toBe(200);
    expect((await signedIn.json()).data.viewer.kind).toBe('STAFF');
    const withCookie = await post(big, { cookie: `comptoir_session=${staff}` });
    expect(withCookie.status).toBe(200);
    expect((await withCookie.json()).data.viewer.kind).toBe('STAFF');
  });

  it('holds a compressed body to the same limit once inflated', async () => {
    // 20 MB of JSON in about 20 KB of gzip.
    const bomb = gzipSync(JSON.stringify({ query: '{ viewer { kind } }', variables: { pad: 'x'.repeat(20 * 1024 * 1024) } }));
    expect(bomb.length).toBeLessThan(100_000);
    for (const headers of [{}, { cookie: 'comptoir_session=made-up' }, { authorization: 'Bearer not-a-session' }] as Record<string, string>[]) {
      const r = await post(bomb, { 'content-encoding': 'gzip', ...headers });
      expect(r.status, JSON.stringify(headers)).toBe(413);
      expect((await r.json()).errors[0]).toEqual({ message: 'The request is larger than 1 MB.', extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    }
    // A valid session gets the large limit (25 MB) for the inflated body, and no more.
    const huge = gzipSync(JSON.stringify({ query: '{ viewer { kind } }', variables: { pad: 'x'.repeat(30 * 1024 * 1024) } }));
    const signedIn = await post(huge, { 'content-encoding': 'gzip', authorization: `Bearer ${staff}` });
    expect(signedIn.status).toBe(413);
    expect((await signedIn.json()).errors[0].message).toBe('The request is larger than 25 MB.');
    const fits = await post(bomb, { 'content-encoding': 'gzip', authorization: `Bearer ${staff}` });
    expect(fits.status).toBe(200);
  });

  it('sends the cookies an operation sets (an unknown session cookie is cleared)', async () => {
    const r = await post(JSON.stringify({ query: '{ viewer { kind } }' }), { cookie: 'comptoir_session=unknown' });
    expect(r.headers.getSetCookie().join(';')).toMatch(/comptoir_session=;/);
  });

  it('answers GET and other encodings through Express as before', async () => {
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ viewer { kind } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect((await get.json()).data.viewer.kind).toBe('ANONYMOUS');
    const gz = await post(gzipSync(JSON.stringify({ query: '{ viewer { kind } }' })), { 'content-encoding': 'gzip' });
    expect(gz.status).toBe(200);
    expect((await gz.json()).data.viewer.kind).toBe('ANONYMOUS');
  });
});
