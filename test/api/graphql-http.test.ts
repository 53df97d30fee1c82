import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

// GraphQL POSTs are answered without Express (server/common/graphql-http.ts); what Express did for
// them must still hold: body limits, a clear answer to a body that is not JSON, cookies, and the
// other requests (GET, compressed bodies) through Express.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ JOBS: 'false' });
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

  it('refuses an anonymous body over 1 MB with 413, and accepts a large one with credentials', async () => {
    const big = JSON.stringify({ query: '{ viewer { kind } }', variables: { pad: 'x'.repeat(1_200_000) } });
    const r = await post(big);
    expect(r.status).toBe(413);
    expect((await r.json()).errors[0]).toEqual({ message: 'The request is larger than 1 MB.', extensions: { code: 'PAYLOAD_TOO_LARGE' } });
    const signedIn = await post(big, { authorization: 'Bearer not-a-session' });
    expect(signedIn.status).toBe(200);
    expect((await signedIn.json()).data.viewer.kind).toBe('ANONYMOUS');
  });

  it('sends the cookies an operation sets (an unknown session cookie is cleared)', async () => {
    const r = await post(JSON.stringify({ query: '{ viewer { kind } }' }), { cookie: 'comptoir_session=unknown' });
    expect(r.headers.getSetCookie().join(';')).toMatch(/comptoir_session=;/);
  });

  it('answers GET and other encodings through Express as before', async () => {
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ viewer { kind } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect((await get.json()).data.viewer.kind).toBe('ANONYMOUS');
    const { gzipSync } = await import('node:zlib');
    const gz = await post(gzipSync(JSON.stringify({ query: '{ viewer { kind } }' })), { 'content-encoding': 'gzip' });
    expect(gz.status).toBe(200);
    expect((await gz.json()).data.viewer.kind).toBe('ANONYMOUS');
  });
});
