import {
  GraphQLError,
  Kind,
  validate,
  visit,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';

// What one GraphQL operation may ask for, checked while Apollo validates it (before anything
// runs), for every caller: HTTP clients and the web's in-process requests alike. The numbers and
// why they are what they are: docs/decisions/0020-graphql-cost-limits.md. The web's own
// operations stay under half of each limit (test/api/graphql-limits.test.ts).

export const GRAPHQL_LIMITS = {
  /** graphql-armor's cost: objects 2, scalars 1, × 1.5 per level, × N for a page of N (`first`/`last`). */
  cost: 50_000,
  /** Aliased fields: each alias asks the same field again (400 × `products(first: 100)` is 40,000 rows). */
  aliases: 20,
  /** Nesting of selections (a fragment's fields count at the level where it is spread). */
  depth: 15,
  /** Directives (`@include`, `@skip`…) in one operation. */
  directives: 30,
  /** Lexical tokens of a document: graphql-js stops parsing beyond (so a huge document costs nothing). */
  tokens: 10_000,
} as const;

/** Why a GraphQL request was refused; `reason` picks its translated message (server/common/graphql-errors.ts). */
export type LimitReason = 'COST_LIMIT' | 'ALIAS_LIMIT' | 'DEPTH_LIMIT' | 'DIRECTIVE_LIMIT' | 'TOKEN_LIMIT' | 'NUL_CHARACTER';

/** graphql-armor reports "… limit of N exceeded, found M."; the numbers go to the translated message. */
function reportLimit(reason: LimitReason) {
  return (context: ValidationContext | null, error: GraphQLError) => {
    const [, max, found] = /limit of (\S+) exceeded, found (\S+)\.$/.exec(error.message) ?? [];
    const message = error.message.replace(/^Syntax Error: /, '');
    context?.reportError(new GraphQLError(message, { extensions: { reason, max: Number(max), found: Math.round(Number(found)) } }));
  };
}

const costRule = () => costLimitRule({ maxCost: GRAPHQL_LIMITS.cost, ...armor('COST_LIMIT') }) as unknown as ValidationRule;

// graphql-armor's rules throw out of graphql-js's validate() by default (a 500 through Apollo);
// reporting instead makes them ordinary validation errors (400, GRAPHQL_VALIDATION_FAILED).
const armor = (reason: LimitReason) => ({ propagateOnRejection: false, onReject: [reportLimit(reason)] });

/** A NUL character in a string literal: PostgreSQL refuses it in text, so the caller must hear it first. */
const noNulInStringLiterals: ValidationRule = (context): ASTVisitor => ({
  StringValue(node) {
    if (node.value.includes('\u0000')) {
      context.reportError(new GraphQLError('Strings cannot contain the NUL character (U+0000).', { nodes: [node], extensions: { reason: 'NUL_CHARACTER' } }));
    }
  },
});

/** The validation rules Apollo adds to graphql-js's own (which run in the same pass). */
export const graphqlValidationRules: ValidationRule[] = [
  // Each of these walks fragments once (a cycle is not followed twice), so a fragment cycle,
  // which graphql-js's NoFragmentCyclesRule reports in the same pass, cannot overflow the stack.
  maxDepthRule({ n: GRAPHQL_LIMITS.depth, flattenFragments: true, ...armor('DEPTH_LIMIT') }) as unknown as ValidationRule,
  maxAliasesRule({ n: GRAPHQL_LIMITS.aliases, ...armor('ALIAS_LIMIT') }) as unknown as ValidationRule,
  maxDirectivesRule({ n: GRAPHQL_LIMITS.directives, ...armor('DIRECTIVE_LIMIT') }) as unknown as ValidationRule,
  costRule(),
  noNulInStringLiterals,
];

/** The most items a connection answers at once, whatever `first` or `last` asks (server/common/connection.ts). */
export const PAGE_MAX = 100;
const PAGE_DEFAULT = 20;
const PAGE_ARGUMENTS = new Set(['first', 'last']);

/** Per document: null when no page size comes from a variable, else the variables' declared defaults. */
const pageVariables = new WeakMap<DocumentNode, Map<string, number> | null>();

function pageVariablesOf(document: DocumentNode): Map<string, number> | null {
  let found = pageVariables.get(document);
  if (found !== undefined) return found;
  let paged = false;
  const defaults = new Map<string, number>();
  visit(document, {
    VariableDefinition(node) {
      if (node.defaultValue?.kind === Kind.INT) defaults.set(node.variable.name.value, Number(node.defaultValue.value));
    },
    Argument(node) {
      if (PAGE_ARGUMENTS.has(node.name.value) && node.value.kind === Kind.VARIABLE) paged = true;
    },
  });
  found = paged ? defaults : null;
  pageVariables.set(document, found);
  return found;
}

/**
 * graphql-armor multiplies by a page size written in the document only; the store and the hub
 * pass theirs as variables (`first: $first`), which validation cannot see and an attacker could
 * use the same way. Once the variables are known (Apollo's didResolveOperation), the same cost
 * rule runs on the document with those page sizes written in, clamped as the server clamps them.
 * Returns the refusal, or null.
 */
export function variablePageCostError(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined): GraphQLError | null {
  if (!pageVariablesOf(document)) return null;
  const [error] = validate(schema, withPageSizes(document, variables), [costRule()]);
  return error ?? null;
}

/** The document with the page sizes its variables ask for written in, clamped as the server clamps them. */
export function withPageSizes(document: DocumentNode, variables: Record<string, unknown> | undefined): DocumentNode {
  const defaults = pageVariablesOf(document);
  if (!defaults) return document;
  return visit(document, {
    Argument(node) {
      if (!PAGE_ARGUMENTS.has(node.name.value) || node.value.kind !== Kind.VARIABLE) return undefined;
      const name = node.value.name.value;
      const given = variables?.[name] ?? defaults.get(name);
      const size = typeof given === 'number' && Number.isFinite(given) ? Math.min(Math.max(Math.trunc(given), 1), PAGE_MAX) : PAGE_DEFAULT;
      return { ...node, value: { kind: Kind.INT, value: String(size) } };
    },
  });
}

/** Options of graphql-js's parser (Apollo's `parseOptions`). */
export const graphqlParseOptions = { maxTokens: GRAPHQL_LIMITS.tokens };

// A lone UTF-16 surrogate (e.g. JSON's "\ud800") is no character at all: PostgreSQL refuses it in
// json/jsonb (job payloads) and text would store U+FFFD in its place.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** Whether a string cannot be stored as it is: a NUL character or a lone surrogate. */
function unstorable(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

/** The string PostgreSQL can store: NUL taken out, lone surrogates replaced by U+FFFD. */
function storable(text: string): string {
  return text.replaceAll('\u0000', '').replace(LONE_SURROGATES, '\uFFFD');
}

/** Whether a variables value holds a string with a NUL character or a lone surrogate anywhere (keys included). */
export function holdsUnstorable(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return unstorable(value);
  if (value === null || typeof value !== 'object' || depth > 64) return false;
  if (Array.isArray(value)) return value.some((v) => holdsUnstorable(v, depth + 1));
  return Object.entries(value).some(([k, v]) => unstorable(k) || holdsUnstorable(v, depth + 1));
}

/** The same value with every string made storable (NUL taken out, lone surrogates replaced). */
export function storableStrings<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return storable(value) as T;
  // Deeper than any input type: graphql-js refuses such a value anyway.
  if (value === null || typeof value !== 'object' || depth > 64) return value;
  if (Array.isArray(value)) return value.map((v) => storableStrings(v, depth + 1)) as T;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [storable(k), storableStrings(v, depth + 1)])) as T;
}
