import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

// S8 production defaults (decision 21): introspection is off in production unless
// GRAPHQL_INTROSPECTION=true turns it on, on elsewhere unless turned off; Apollo's landing page
// (loaded from a CDN) is never served — development has its own explorer at /graphiql.

const servers: TestServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function start(env: Record<string, string>): Promise<TestServer> {
  const server = await startTestServer({ JOBS: 'false', ...env });
  servers.push(server);
  return server;
}

const SCHEMA = '{ __schema { queryType { name } } }';
const TYPE = '{ __type(name: "Query") { name } }';

async function post(server: TestServer, query: string) {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, body: await res.json() };
}

/** What a browser gets when it opens /graphql: no page, nothing loaded from elsewhere. */
async function expectNoLandingPage(server: TestServer) {
  const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml' } });
  const body = await res.text();
  expect(res.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  expect(body).not.toMatch(/<html|<script|apollographql|cdn\./i);
}

describe('production defaults', () => {
  it('production: introspection refused with a validation error that says so; ordinary queries and __typename still answer', async () => {
    const server = await start({ NODE_ENV: 'production' });
    for (const query of [SCHEMA, TYPE]) {
      const r = await post(server, query);
      expect(r.status).toBe(400);
      expect(r.body.data).toBeUndefined();
      expect(r.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.body.errors[0].message).toMatch(/introspection is not allowed/i);
    }
    const ok = await post(server, '{ __typename viewer { kind } }');
    expect(ok).toEqual({ status: 200, body: { data: { __typename: 'Query', viewer: { kind: 'ANONYMOUS' } } } });
    await expectNoLandingPage(server);
  });

  it('production with GRAPHQL_INTROSPECTION=true: introspection answers', async () => {
    const server = await start({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' });
    expect(await post(server, SCHEMA)).toEqual({ status: 200, body: { data: { __schema: { queryType: { name: 'Query' } } } } });
    await expectNoLandingPage(server);
  });

  it('elsewhere introspection is on by default (codegen, the explorer) and GRAPHQL_INTROSPECTION=false turns it and /graphiql off', async () => {
    const dev = await start({});
    expect((await post(dev, TYPE)).body).toEqual({ data: { __type: { name: 'Query' } } });
    await expectNoLandingPage(dev);
    const off = await start({ GRAPHQL_INTROSPECTION: 'false', WEB: 'true' });
    expect((await post(off, TYPE)).body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // …and with it the explorer, which could not work without it.
    const explorer = await fetch(`${off.url}/graphiql`);
    await explorer.arrayBuffer();
    expect(explorer.status).toBe(404);
  });
});
