import 'reflect-metadata';
import { loadEnv } from '../../server/config/env.js';
import { startApp, type RunningApp } from '../../server/app.js';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { createTestDatabase } from './db.js';

export interface GraphqlOptions {
  token?: string;
  cookie?: string;
  language?: string;
}

/**
 * A typed result as tests read it (decision 41): every field of the document, typed from the
 * schema, with null and undefined left out of the type. A test that reads a field the answer left
 * null fails when it runs; a misspelt or removed field fails `tsc`.
 */
export type Present<T> = T extends ReadonlyArray<infer U> ? Array<Present<U>> : T extends object ? { [K in keyof T]-?: Present<NonNullable<T[K]>> } : NonNullable<T>;

export interface TestServer {
  url: string;
  app: RunningApp;
  /**
   * POSTs a GraphQL operation; returns the parsed body and the Set-Cookie headers. Given a document
   * written with test/generated's `graphql(…)` (run `npm run codegen`), its variables and data are
   * typed from schema.graphql; given a plain string, they are not (`any`).
   */
  graphql<T = any>(query: string, variables?: Record<string, unknown>, options?: GraphqlOptions): Promise<{ data: T; errors?: any[]; cookies: string[] }>;
  graphql<TResult, TVariables>(query: DocumentTypeDecoration<TResult, TVariables>, variables?: TVariables, options?: GraphqlOptions): Promise<{ data: Present<TResult>; errors?: any[]; cookies: string[] }>;
  close(): Promise<void>;
}

/**
 * The real server (Express, Apollo, jobs, optionally Remix) on a fresh PostgreSQL database, on a
 * random loopback port.
 */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  // With DATABASE_URL given, the caller owns that database (e.g. two servers sharing one).
  const db = env.DATABASE_URL ? { url: env.DATABASE_URL, drop: async () => {} } : await createTestDatabase();
  const app = await startApp(
    loadEnv({
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: db.url,
      SEED_DEMO: 'false',
      WEB: 'false',
      LOG_LEVEL: 'error',
      DB_POOL_MAX: '4',
      // Test files send hundreds of requests a minute from one address; the limit's own test sets it.
      API_RATE_LIMIT: '0',
      ...env,
    }),
  );
  return {
    url: app.url,
    app,
    async graphql(query: string | DocumentTypeDecoration<unknown, unknown>, variables?: unknown, options: GraphqlOptions = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      if (options.cookie) headers.cookie = options.cookie;
      if (options.language) headers['accept-language'] = options.language;
      const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: String(query), variables }) });
      const body = await res.json();
      return { ...body, cookies: res.headers.getSetCookie() };
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
