import { json, redirect } from '@remix-run/node';
import type { GraphQLFormattedError } from 'graphql';
import type { TypedDocumentString } from './generated/graphql.js';

/**
 * What Remix loaders and actions receive from server/app.ts. Re-declared here on purpose: web never
 * imports server code at runtime (Remix would bundle a second copy of the decorated classes).
 */
export interface WebLoadContext {
  api: {
    request<TData = Record<string, unknown>>(
      query: string,
      variables?: Record<string, unknown>,
    ): Promise<{ data?: TData | null; errors?: readonly GraphQLFormattedError[]; setCookies: string[] }>;
  };
  publicUrl: string;
  /** This request's Content-Security-Policy nonce, for Remix's inline scripts (decision 21). */
  cspNonce?: string;
  /** Whether the development GraphQL explorer (/graphiql) is served: when introspection is on. */
  graphqlExplorer: boolean;
}

declare module '@remix-run/server-runtime' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface AppLoadContext extends WebLoadContext {}
}

/** Body of the 403/404/500/503 responses thrown to the ErrorBoundary. */
export interface ApiErrorBody {
  code: string;
  message: string;
}

// Set-Cookie values produced while serving one request (sign-in, sign-out, session refresh), so the
// loader or action can send them on whatever response it returns or throws.
const cookieJar = new WeakMap<Request, string[]>();

/** Headers carrying the cookies the API set during this request, plus `init`. */
export function responseHeaders(request: Request, init?: HeadersInit): Headers {
  const headers = new Headers(init);
  for (const cookie of new Set(cookieJar.get(request) ?? [])) headers.append('Set-Cookie', cookie);
  return headers;
}

// Stands for this site while resolving a target: only a path can stay on it, whatever the real origin.
const SITE = 'http://comptoir.invalid';

/**
 * A path on this site, never an open redirect to another origin (decision 22). The target is
 * resolved as a browser resolves a Location (WHATWG URL parsing: tabs and newlines dropped, `\\`
 * read as `/`, dot segments removed) and kept only if it stays on this site; what is returned is
 * that resolved path, so what the browser follows is what was checked (and never holds a newline).
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
  if (typeof to !== 'string' || !to.startsWith('/')) return fallback;
  let url: URL;
  try {
    url = new URL(to, SITE);
  } catch {
    return fallback;
  }
  const path = url.pathname + url.search + url.hash;
  // "/.//evil.test" resolves on this site to the path "//evil.test", which a browser would then
  // read as another host: the resolved path must resolve to this site too.
  if (url.origin !== SITE || new URL(path, SITE).origin !== SITE) return fallback;
  return path;
}

/** Path and query of the page being served, without Remix's internal parameters. */
export function currentPath(request: Request): string {
  const url = new URL(request.url);
  url.searchParams.delete('_data');
  url.searchParams.delete('index');
  const search = url.searchParams.toString();
  return url.pathname + (search ? `?${search}` : '');
}

/** The sign-in page of the part of the site the request is for: the hub or the store. */
export function signInPath(request: Request): string {
  const { pathname } = new URL(request.url);
  return pathname === '/hub' || pathname.startsWith('/hub/') ? '/hub/sign-in' : '/sign-in';
}

export function signInRedirect(request: Request): Response {
  const path = currentPath(request);
  const target = signInPath(request);
  const home = target === '/hub/sign-in' ? '/hub' : '/';
  const query = path === home || path === target ? '' : `?redirectTo=${encodeURIComponent(path)}`;
  return redirect(target + query, { headers: responseHeaders(request) });
}

function errorCode(error: GraphQLFormattedError): string {
  const code = error.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

const STATUS_BY_CODE: Record<string, number> = { FORBIDDEN: 403, NOT_FOUND: 404 };

type VariablesArg<TVariables> = TVariables extends { [key: string]: never } ? [variables?: TVariables] : [variables: TVariables];

/**
 * The one way web talks to the API: runs a typed operation in-process with the browser's cookie
 * and language, and returns its data. Failures that are not the user's to fix never come back:
 * UNAUTHENTICATED redirects to the hub's or the store's sign-in page (with `redirectTo`),
 * PASSWORD_CHANGE_REQUIRED to /change-password, FORBIDDEN and NOT_FOUND throw a 403/404 response
 * for the ErrorBoundary, anything else a 500. User errors are data: callers read `userErrors`.
 */
export async function gql<TResult, TVariables>(
  request: Request,
  context: WebLoadContext,
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArg<TVariables>
): Promise<TResult> {
  const result = await context.api.request<TResult>(document.toString(), variables as Record<string, unknown> | undefined);
  if (result.setCookies.length) cookieJar.set(request, [...(cookieJar.get(request) ?? []), ...result.setCookies]);

  const errors = result.errors ?? [];
  if (errors.length === 0 && result.data) return result.data;

  const codes = errors.map(errorCode);
  if (codes.includes('UNAUTHENTICATED')) throw signInRedirect(request);
  if (codes.includes('PASSWORD_CHANGE_REQUIRED')) {
    const path = currentPath(request);
    throw redirect(`/change-password${path === '/' ? '' : `?redirectTo=${encodeURIComponent(path)}`}`, {
      headers: responseHeaders(request),
    });
  }
  // The database is briefly unreachable (server/common/database-errors.ts): a readable 503 page;
  // the server already put Retry-After on the response.
  const unavailable = errors.find((e) => errorCode(e) === 'SERVICE_UNAVAILABLE');
  if (unavailable) throw json<ApiErrorBody>({ code: 'SERVICE_UNAVAILABLE', message: unavailable.message }, { status: 503 });
  for (const code of ['FORBIDDEN', 'NOT_FOUND']) {
    const error = errors.find((e) => errorCode(e) === code);
    if (error) {
      throw json<ApiErrorBody>({ code, message: error.message }, { status: STATUS_BY_CODE[code], headers: responseHeaders(request) });
    }
  }
  const operation = /\b(query|mutation)\s+(\w+)/.exec(document.toString())?.[2] ?? 'anonymous';
  console.error(`[web] GraphQL operation ${operation} failed`, errors.length ? errors : 'no data');
  throw json<ApiErrorBody>({ code: codes[0] ?? 'INTERNAL_SERVER_ERROR', message: 'Internal server error' }, { status: 500 });
}
