import { formattedServiceUnavailable, isDatabaseUnavailable } from './database-errors.js';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { TFunction } from 'i18next';
import type { Ctx } from './context.js';
import { translator } from './i18n.js';
import { GRAPHQL_LIMITS, holdsUnstorable, variablePageCostError, storableStrings, type LimitReason } from './graphql-limits.js';

// How GraphQL errors reach the caller (issue 11 S4). A caller's mistake (a parse or validation
// failure, a variable of the wrong type, a limit, an unknown persisted query) is a 4xx whose
// message says why: graphql-js's own message, or ours in the caller's language. Only what the
// caller cannot have caused (an exception from our code or the database) is masked.

const limitMessageKeys: Record<LimitReason, string> = {
  COST_LIMIT: 'errors.queryTooCostly',
  ALIAS_LIMIT: 'errors.tooManyAliases',
  DEPTH_LIMIT: 'errors.queryTooDeep',
  DIRECTIVE_LIMIT: 'errors.tooManyDirectives',
  TOKEN_LIMIT: 'errors.queryTooLong',
  NUL_CHARACTER: 'errors.nulCharacter',
};

/** The innermost cause of an error (Apollo and graphql-js wrap what resolvers throw). */
function rootCause(error: unknown): unknown {
  let e = error;
  for (let i = 0; i < 10 && e instanceof Error && (e as GraphQLError).originalError; i++) e = (e as GraphQLError).originalError;
  return e;
}

/** Whether an error is a bug of ours rather than something the caller sent. */
function isInternal(error: unknown): boolean {
  if (error instanceof GraphQLError && error.extensions?.code === 'INTERNAL_SERVER_ERROR') return true;
  if (error instanceof GraphQLError && error.extensions?.reason) return false; // refused by the guards here
  // graphql-js, Apollo and our resolvers report a caller's mistakes as GraphQLErrors; anything
  // else (a TypeError, a PostgreSQL error, a stack overflow) is not the caller's doing.
  return !(rootCause(error) instanceof GraphQLError);
}

/** The one error formatter (Apollo's formatError): masks bugs, gives every other error a code. */
export function formatGraphqlError(log: { error(...args: unknown[]): void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Translated in willSendResponse (server/app.ts), which knows the request's language.
    if (isDatabaseUnavailable(error)) return formattedServiceUnavailable(translator('en'), formatted);
    if (isInternal(error)) {
      log.error('[graphql] unexpected error', error);
      return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: formatted.path, locations: formatted.locations };
    }
    // Apollo answers INTERNAL_SERVER_ERROR for a GraphQLError without a code (e.g. graphql-js's
    // message for a value a scalar refused); it is the caller's input.
    const own = error instanceof GraphQLError ? error.extensions?.code : undefined;
    if (own === undefined && formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
      return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
    }
    return formatted;
  };
}

function refusal(t: TFunction, code: string, reason: LimitReason, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(t(limitMessageKeys[reason], extensions) as string, { extensions: { ...extensions, code, reason, http: { status: 400 } } });
}

/**
 * Checks that need the request's variables (before execution), and the translation of the
 * refusals graphql-armor and graphql-js make during validation (they know no language).
 */
export function graphqlGuardPlugin(schema: GraphQLSchema): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, contextValue }) {
          // PostgreSQL refuses NUL in text (08P01) and lone surrogates in json: made storable in every string a variable carries,
          // before any resolver sees it (a file read as text, e.g. a CSV import of a binary file,
          // then gets the resolver's own verdict). A literal NUL is refused at validation.
          if (holdsUnstorable(request.variables)) request.variables = storableStrings(request.variables);
          const costly = variablePageCostError(schema, document, request.variables);
          if (costly) throw refusal(contextValue.t, 'GRAPHQL_VALIDATION_FAILED', 'COST_LIMIT', { max: costly.extensions.max, found: costly.extensions.found });
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            // graphql-js parses and validates recursively: a document nested thousands of levels
            // deep (`[[[[…` in a value, `{a{a{…`) overflows the stack before any limit sees it.
            const phase = error.extensions?.code;
            if ((phase === 'GRAPHQL_PARSE_FAILED' || phase === 'GRAPHQL_VALIDATION_FAILED') && rootCause(error) instanceof RangeError) {
              Object.assign(error.extensions, { reason: 'DEPTH_LIMIT', max: GRAPHQL_LIMITS.depth, http: { status: 400 } });
            }
            if (phase === 'GRAPHQL_PARSE_FAILED' && /contains more tha[nt] \d+ tokens/.test(error.message)) {
              Object.assign(error.extensions, { reason: 'TOKEN_LIMIT', max: GRAPHQL_LIMITS.tokens });
            }
            const reason = error.extensions?.reason as LimitReason | undefined;
            if (reason && limitMessageKeys[reason] && (phase === 'GRAPHQL_VALIDATION_FAILED' || phase === 'GRAPHQL_PARSE_FAILED')) {
              error.message = contextValue.t(limitMessageKeys[reason], error.extensions) as string;
            }
            // Apollo answers these with 200 (the APQ protocol's retry signal); Comptoir keeps no
            // persisted queries, so it is a request to refuse.
            if (error.extensions?.code === 'PERSISTED_QUERY_NOT_SUPPORTED') {
              error.message = contextValue.t('errors.persistedQueriesNotSupported') as string;
              (error.extensions.http as { status?: number }).status = 400;
            }
          }
        },
      };
    },
  };
}
