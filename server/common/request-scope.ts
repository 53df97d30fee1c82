import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * What the log line of the current HTTP request (or job) needs, carried through its async work:
 * every log line written meanwhile gets its request id (services.ts createLogger), and jobs queued
 * meanwhile carry it in their payload (jobs.ts), so one id follows a request into its jobs.
 */
export interface RequestScope {
  requestId: string;
  /** The GraphQL operation's name, as the client gave it (logs only: not a metric label). */
  operation?: string;
  /** anonymous, staff, shop or integrator: who asked. */
  viewer?: string;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** The current request's scope, if any (not in start-up code or timers). */
export function currentScope(): RequestScope | undefined {
  return requestScope.getStore();
}

// Letters, digits and - _ . : (a UUID, a proxy's or load balancer's trace id), at most 128.
const SANE_ID = /^[\w.:-]{1,128}$/;

/** An incoming X-Request-Id when it is sane (it ends up in logs and headers), else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && SANE_ID.test(value) ? value : randomUUID();
}

const scopes = new WeakMap<object, RequestScope>();

/** Remembers a request's scope, for `inScopeOf`. */
export function rememberScope(req: object, scope: RequestScope): void {
  scopes.set(req, scope);
}

/**
 * Runs `fn` in the scope of request `req`. Needed after reading a request's body: its 'data' and
 * 'end' events come from the socket, outside the scope the request started in.
 */
export function inScopeOf<T>(req: object, fn: () => T): T {
  const scope = scopes.get(req);
  return scope ? requestScope.run(scope, fn) : fn();
}
