import 'reflect-metadata';
import { loadEnv } from '../../server/config/env.js';
import { startApp, type RunningApp } from '../../server/app.js';
import { createTestDatabase } from './db.js';

export interface TestServer {
  url: string;
  app: RunningApp;
  /** POSTs a GraphQL operation; returns the parsed body and the Set-Cookie headers. */
  graphql<T = any>(query: string, variables?: Record<string, unknown>, options?: { token?: string; cookie?: string; language?: string }): Promise<{ data: T; errors?: any[]; cookies: string[] }>;
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
    async graphql(query, variables, options = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      if (options.cookie) headers.cookie = options.cookie;
      if (options.language) headers['accept-language'] = options.language;
      const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
      const body = await res.json();
      return { ...body, cookies: res.headers.getSetCookie() };
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
