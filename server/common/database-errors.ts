import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { TFunction } from 'i18next';

// The one place that decides whether a failure means "PostgreSQL is not reachable right now"
// (restart, failover, network cut) rather than a bug: such failures are answered 503 with
// Retry-After and never crash the process (docs/decisions/0023). Used by the GraphQL error
// formatter, the HTTP routes, the web's API client and the process-level rejection policy.

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/** What clients are told to wait before retrying: a restart or failover takes a few seconds. */
export const RETRY_AFTER_SECONDS = 5;

// SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, crash,
// starting up), plus too_many_connections and a standby refusing writes after a failover.
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '57P05', '53300', '25006']);
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED']);
// node-postgres and knex/tarn report a lost or unobtainable connection by message only.
const MESSAGES = [
  /connection terminated/i,
  /terminating connection due to/i,
  /client has encountered a connection error and is not queryable/i,
  /timeout exceeded when trying to connect/i,
  /knex: timeout acquiring a connection/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /cannot execute \w+ in a read-only transaction/i,
  /connect ECONNREFUSED/i,
  // knex, when the connection under a transaction died and the transaction is used again.
  /transaction query already complete/i,
];

function causes(error: unknown): unknown[] {
  const seen: unknown[] = [];
  const queue = [error];
  while (queue.length && seen.length < 10) {
    const e = queue.shift();
    if (!e || typeof e !== 'object' || seen.includes(e)) continue;
    seen.push(e);
    const o = e as { originalError?: unknown; cause?: unknown; errors?: unknown[] };
    queue.push(o.originalError, o.cause, ...(Array.isArray(o.errors) ? o.errors : []));
  }
  return seen;
}

/** Whether `error` (or what it wraps) says the database cannot be reached at the moment. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some((e) => {
    const { code, message, extensions } = e as { code?: unknown; message?: unknown; extensions?: { code?: unknown } };
    if (extensions?.code === SERVICE_UNAVAILABLE) return true;
    if (typeof code === 'string' && (code.startsWith('08') || SQLSTATES.has(code) || NODE_CODES.has(code))) return true;
    return typeof message === 'string' && MESSAGES.some((m) => m.test(message));
  });
}

/** The error a GraphQL operation fails with while the database is down: 503, Retry-After, no driver text. */
export function serviceUnavailableError(t: TFunction): GraphQLError {
  return new GraphQLError(t('errors.serviceUnavailable') as string, {
    extensions: {
      code: SERVICE_UNAVAILABLE,
      http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });
}

/** A formatted error of this kind (for formatError, which has no request and so no language yet). */
export function formattedServiceUnavailable(t: TFunction, formatted: GraphQLFormattedError): GraphQLFormattedError {
  return { message: t('errors.serviceUnavailable') as string, extensions: { code: SERVICE_UNAVAILABLE }, path: formatted.path, locations: formatted.locations };
}

export function hasServiceUnavailable(errors: readonly GraphQLFormattedError[] | undefined): boolean {
  return Boolean(errors?.some((e) => e.extensions?.code === SERVICE_UNAVAILABLE));
}
