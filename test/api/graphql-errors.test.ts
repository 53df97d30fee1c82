import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, signInStaff } from '../support/fixtures.js';
import { GraphQLError, locatedError } from 'graphql';
import { formatGraphqlError } from '../../server/common/graphql-errors.js';

// Issue 11 S4: a hostile or wrong GraphQL request gets a 4xx with its reason (graphql-js's
// message, or ours in the caller's language), never a 5xx or a bare "Internal server error".

let server: TestServer;
let staff: string;
beforeAll(async () => {
  server = await startTestServer({ JOBS: 'false' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@errors.test', password: 'secret123' });
  await createCatalog(em);
  staff = await signInStaff(server, 'admin@errors.test', 'secret123');
});
afterAll(async () => {
  await server?.close();
});

const post = async (body: unknown, headers: Record<string, string> = {}) => {
  const r = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${staff}`, ...headers },
    body: JSON.stringify(body),
  });
  const json = await r.json();
  return { status: r.status, data: json.data, errors: json.errors as { message: string; extensions: Record<string, unknown> }[] };
};

describe('GraphQL errors (issue 11 S4)', () => {
  it('refuses fragment cycles as a validation error, not a stack overflow', async () => {
    for (const query of [
      'query { viewer { ...A } } fragment A on Viewer { kind ...B } fragment B on Viewer { ...A }',
      'query { ...Q } fragment Q on Query { viewer { kind } ...Q }',
    ]) {
      const r = await post({ query });
      expect(r.status).toBe(400);
      expect(r.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.errors.map((e) => e.message).join(' ')).toMatch(/Cannot spread fragment "(A|B|Q)" within itself/);
    }
  });

  it('answers a variable of the wrong type or an unknown input field with BAD_USER_INPUT and graphql-js\'s message', async () => {
    const wrong = await post({ query: 'query($f: Int) { products(first: $f) { totalCount } }', variables: { f: 'abc' } });
    expect(wrong.status).toBe(400);
    expect(wrong.errors[0]).toMatchObject({ message: 'Variable "$f" got invalid value "abc"; Int cannot represent non-integer value: "abc"', extensions: { code: 'BAD_USER_INPUT' } });
    const unknown = await post({ query: 'mutation($i: SignInInput!) { staffSignIn(input: $i) { token } }', variables: { i: { email: 'a@b.test', password: 'x', zz: 1 } } });
    expect(unknown.status).toBe(400);
    expect(unknown.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors[0].message).toContain('Field "zz" is not defined by type "SignInInput".');
    const missing = await post({ query: 'mutation($i: SignInInput!) { staffSignIn(input: $i) { token } }', variables: {} });
    expect(missing.status).toBe(400);
    expect(missing.errors[0]).toMatchObject({ message: 'Variable "$i" of required type "SignInInput!" was not provided.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('takes NUL characters out of variables before PostgreSQL sees them, and refuses them in literals in the caller\'s language', async () => {
    const query = 'query($q: String) { products(query: $q) { totalCount } }';
    const withNul = await post({ query, variables: { q: 'Espr\u0000esso' } });
    expect(withNul.status).toBe(200);
    expect(withNul.errors).toBeUndefined();
    expect(withNul.data.products.totalCount).toBe(1);
    const nested = await post({ query: 'mutation($i: SignInInput!) { staffSignIn(input: $i) { token userErrors { code } } }', variables: { i: { email: 'nobody@errors.test\u0000', password: 'wrong\u0000' } } }, { authorization: '' });
    expect(nested.status).toBe(200);
    expect(nested.data.staffSignIn.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    const literal = await post({ query: 'query { products(query: "a\\u0000b") { totalCount } }' });
    expect(literal.status).toBe(400);
    expect(literal.errors[0]).toMatchObject({ message: 'Texts cannot contain the NUL character (U+0000).', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'NUL_CHARACTER' } });
    const fr = await post({ query: 'query { products(query: "\\u0000") { totalCount } }' }, { authorization: '', 'accept-language': 'fr' });
    expect(fr.errors[0].message).toBe('Les textes ne peuvent pas contenir le caractère NUL (U+0000).');
  });

  it('makes a lone surrogate in a variable storable: a password reset request with one is answered, not a 500', async () => {
    const r = await post({ query: 'mutation($i: ShopUserPasswordResetRequestInput!) { shopUserPasswordResetRequest(input: $i) { ok userErrors { code } } }', variables: { i: { email: 'a\ud800@b.test' } } }, { authorization: '' });
    expect(r.status).toBe(200);
    expect(r.errors).toBeUndefined();
  });

  it('answers a persisted query with 400 PERSISTED_QUERY_NOT_SUPPORTED', async () => {
    for (const body of [
      { query: '{ viewer { kind } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } },
    ]) {
      const r = await post(body);
      expect(r.status).toBe(400);
      expect(r.errors[0]).toEqual({ message: 'Persisted queries are not supported: send the query text.', extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } });
    }
  });

  it('answers an operationName naming no operation with 400, not by running another one', async () => {
    const r = await post({ query: 'query Shell { viewer { kind } }', operationName: 'Other' });
    expect(r.status).toBe(400);
    expect(r.errors[0]).toMatchObject({ message: 'Unknown operation named "Other".', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } });
  });

  it('answers a document nested deeper than the parser can go with 400 and a reason', async () => {
    for (const query of [`query { products(brandIds: ${'['.repeat(4000)}"1"${']'.repeat(4000)}) { totalCount } }`, `{ ${'a{'.repeat(1800)} b ${'}'.repeat(1800)} }`]) {
      const r = await post({ query });
      expect(r.status).toBe(400);
      expect(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(r.errors[0].extensions.code);
      expect(r.errors[0]).toMatchObject({ message: 'This query is nested too deeply (at most 15 levels).', extensions: { reason: 'DEPTH_LIMIT' } });
    }
  });

  it('still answers correct requests and keeps the errors of resolvers as they were', async () => {
    expect((await post({ query: '{ viewer { kind } }' })).errors).toBeUndefined();
    const forbidden = await post({ query: '{ staffMembers { id } }' }, { authorization: '' });
    expect(forbidden.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('masks only what the caller cannot have caused (the one formatter)', () => {
    const logged: unknown[] = [];
    const format = formatGraphqlError({ error: (...args) => logged.push(args) });
    const internal = { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    // A resolver's exception (a TypeError, a database error) is masked and logged.
    const thrown = locatedError(new TypeError("Cannot read properties of undefined (reading 'id')"), [], ['customer']);
    expect(format({ message: thrown.message, path: ['customer'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, thrown)).toEqual({ ...internal, path: ['customer'], locations: undefined });
    expect(logged).toHaveLength(1);
    // A GraphQLError without a code (e.g. a scalar refusing a value) is the caller's input.
    const refused = new GraphQLError('Decimal must be a string like "12.50"');
    expect(format({ message: refused.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, refused)).toEqual({ message: refused.message, extensions: { code: 'BAD_USER_INPUT' } });
    // Coded errors pass as they are.
    const forbidden = new GraphQLError('You are not allowed to do this.', { extensions: { code: 'FORBIDDEN' } });
    expect(format({ message: forbidden.message, extensions: { code: 'FORBIDDEN' } }, locatedError(forbidden, [], ['x']))).toEqual({ message: forbidden.message, extensions: { code: 'FORBIDDEN' } });
    expect(logged).toHaveLength(1);
  });
});
