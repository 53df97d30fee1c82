// Shared by the bench parts: where the databases live, a free port, percentiles.
import { createServer } from 'node:net';

/** A measure, its budget, and whether it is within (null: measured without a budget). */
export type Report = (name: string, value: string, budget: string, ok: boolean | null) => void;

export const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The URL of database `name` on the bench's PostgreSQL server. */
export function dbUrl(name: string): string {
  const u = new URL(SERVER);
  u.pathname = `/${name}`;
  return u.toString();
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** The p-th percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Waits until a server started for a bench answers /healthz (at most a minute, or `seconds`). */
export async function waitForServer(base: string, seconds = 60): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      /* not up yet */
    }
    if (i > seconds * 5) throw new Error('server did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * A fresh database `db` and the app started on it as its own process (as in production), on a free
 * port; `env` adds to or overrides the defaults. `stop()` ends the process.
 */
export interface BenchServer {
  base: string;
  /** The server process (e.g. to read its memory). */
  child: import('node:child_process').ChildProcess;
  /** A GraphQL call as `token` (or anonymous): the parsed answer. */
  gql: (query: string, variables?: object, token?: string) => Promise<any>;
  /** Ends the server and waits for it to exit. */
  stop: () => Promise<void>;
}

export async function startBenchServer(db: string, env: Record<string, string> = {}): Promise<BenchServer> {
  const { default: pg } = await import('pg');
  const { spawn } = await import('node:child_process');
  const admin = new pg.Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`drop database if exists ${db} with (force)`);
  await admin.query(`create database ${db}`);
  await admin.end();
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env, DATABASE_URL: dbUrl(db), PORT: String(port), HOST: '127.0.0.1', WEB: 'false', JOBS: 'false', SEED_DEMO: 'false',
      NODE_ENV: 'production', LOG_LEVEL: 'error', API_RATE_LIMIT: '0', ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const gql = async (query: string, variables: object = {}, token?: string) =>
    (await (
      await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) })
    ).json()) as any;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitForServer(base);
  } catch (e) {
    await stop();
    throw e;
  }
  return { base, child, gql, stop };
}
