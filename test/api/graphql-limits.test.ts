import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Lexer, Source, TokenKind, parse, validate, type ValidationRule } from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, shopCustomer, signInStaff } from '../support/fixtures.js';
import { webOperations } from '../support/web-operations.js';
import { getSchema } from '../../server/schema.js';
import { GRAPHQL_LIMITS, PAGE_MAX, graphqlValidationRules, withPageSizes } from '../../server/common/graphql-limits.js';

// Issue 11 S3: a request cannot buy unbounded work. Requests over the cost, alias, depth,
// directive or token limits are refused before anything runs, with a translated reason; the
// store's and the hub's own operations stay well inside every limit.

let server: TestServer;
let staff: string;
let shop: string;
beforeAll(async () => {
  server = await startTestServer({ JOBS: 'false' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@limits.test', password: 'secret123' });
  await createCatalog(em);
  staff = await signInStaff(server, 'admin@limits.test', 'secret123');
  shop = await shopCustomer(server, staff, 'L1', 'limits.test');
});
afterAll(async () => {
  await server?.close();
});

const post = async (token: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
  const started = Date.now();
  const r = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await r.json();
  return { status: r.status, ms: Date.now() - started, data: body.data, errors: body.errors as { message: string; extensions: Record<string, unknown> }[] | undefined };
};

const aliases = (n: number, page: string, fields = 'totalCount edges { node { id name reference price { amount currencyCode } } }') =>
  `query${page.startsWith('$') ? '($n: Int)' : ''} { ${Array.from({ length: n }, (_, i) => `a${i}: products(first: ${page}) { ${fields} }`).join(' ')} }`;

describe('GraphQL cost limits (issue 11 S3)', () => {
  it('refuses 400 aliases of products(first: 100) before running them, with a translated reason', async () => {
    const r = await post(shop, aliases(400, '100', 'totalCount edges { node { id name } }'));
    expect(r.status).toBe(400);
    expect(r.data).toBeUndefined();
    expect(r.errors?.map((e) => e.extensions.reason)).toContain('ALIAS_LIMIT');
    expect(r.errors?.find((e) => e.extensions.reason === 'ALIAS_LIMIT')).toMatchObject({
      message: `This query uses too many aliases (at most ${GRAPHQL_LIMITS.aliases}).`,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', max: GRAPHQL_LIMITS.aliases, found: 400 },
    });
    // Refused at validation: no time spent on 40,000 rows (generous for a loaded machine).
    expect(r.ms).toBeLessThan(3000);
    const fr = await post(staff, aliases(400, '100', 'totalCount edges { node { id name } }'), {}, { authorization: '', 'accept-language': 'fr' });
    expect(fr.errors?.find((e) => e.extensions.reason === 'ALIAS_LIMIT')?.message).toBe(`Cette requête utilise trop d'alias (${GRAPHQL_LIMITS.aliases} au plus).`);
  });

  it('refuses 5,000 aliases at once (the parser stops counting tokens)', async () => {
    const r = await post(shop, aliases(5000, '100'));
    expect(r.status).toBe(400);
    expect(r.errors?.[0]).toMatchObject({ message: `This query is too long (at most ${GRAPHQL_LIMITS.tokens} tokens).`, extensions: { code: 'GRAPHQL_PARSE_FAILED', reason: 'TOKEN_LIMIT' } });
    expect(r.ms).toBeLessThan(5000);
  });

  it('prices pages asked through variables: 20 lists of 100 are refused, 20 lists of 5 are answered', async () => {
    const big = await post(shop, aliases(20, '$n'), { n: 100 });
    expect(big.status).toBe(400);
    expect(big.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED', reason: 'COST_LIMIT', max: GRAPHQL_LIMITS.cost } });
    expect(big.errors?.[0].message).toMatch(new RegExp(`^This query asks for too much at once \\(cost \\d+, at most ${GRAPHQL_LIMITS.cost}\\)`));
    // The server clamps a page to 100: asking for a million is priced as 100, not let through.
    expect((await post(shop, aliases(20, '$n'), { n: 1_000_000 })).errors?.[0].extensions.reason).toBe('COST_LIMIT');
    const small = await post(shop, aliases(20, '$n'), { n: 5 });
    expect(small.errors).toBeUndefined();
    expect(small.data.a19.totalCount).toBeGreaterThan(0);
    const literal = await post(shop, aliases(20, '100'));
    expect(literal.errors?.[0].extensions.reason).toBe('COST_LIMIT');
  });

  it('refuses pages within pages (100 customers × 100 activities)', async () => {
    const query = 'query($n: Int, $m: Int) { customers(first: $n) { edges { node { id name activities(first: $m) { edges { node { id kind detail createdAt } } } } } } }';
    const r = await post(staff, query, { n: 100, m: 100 });
    expect(r.status).toBe(400);
    expect(r.errors?.[0].extensions.reason).toBe('COST_LIMIT');
    expect((await post(staff, query, { n: 10, m: 10 })).errors).toBeUndefined();
  });

  it('refuses too deep a query and too many directives', async () => {
    const deep = await post(staff, `query { ${'viewer { customer { '.repeat(10)}id${' } }'.repeat(10)} }`);
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0]).toMatchObject({ message: `This query is nested too deeply (at most ${GRAPHQL_LIMITS.depth} levels).`, extensions: { reason: 'DEPTH_LIMIT' } });
    const directives = await post(staff, `query { viewer { kind ${'@include(if: true) '.repeat(GRAPHQL_LIMITS.directives + 1)} } }`);
    expect(directives.status).toBe(400);
    expect(directives.errors?.[0].extensions.reason).toBe('DIRECTIVE_LIMIT');
  });

  it('keeps every operation of the store and the hub under half of each limit, at their largest pages', async () => {
    const schema = await getSchema();
    const ops = webOperations();
    expect(ops.length).toBeGreaterThan(50);
    const half = (n: number) => Math.floor(n / 2);
    const rules = [
      costLimitRule({ maxCost: half(GRAPHQL_LIMITS.cost) }),
      maxAliasesRule({ n: half(GRAPHQL_LIMITS.aliases) }),
      maxDepthRule({ n: half(GRAPHQL_LIMITS.depth), flattenFragments: true }),
      maxDirectivesRule({ n: half(GRAPHQL_LIMITS.directives) }),
    ] as unknown as ValidationRule[];
    const over: string[] = [];
    for (const op of ops) {
      const document = parse(op.text);
      expect(validate(schema, document, graphqlValidationRules), op.name).toEqual([]);
      // Every page variable at the most the server answers (100).
      const largest = Object.fromEntries((op.operation.variableDefinitions ?? []).map((d) => [d.variable.name.value, PAGE_MAX]));
      for (const rule of rules) {
        try {
          validate(schema, withPageSizes(document, largest), [rule]);
        } catch (e) {
          over.push(`${op.name}: ${(e as Error).message}`);
        }
      }
      const lexer = new Lexer(new Source(op.text));
      let tokens = 0;
      while (lexer.advance().kind !== TokenKind.EOF) tokens++;
      if (tokens >= half(GRAPHQL_LIMITS.tokens)) over.push(`${op.name}: ${tokens} tokens`);
    }
    expect(over).toEqual([]);
  });
});
