import { spawn, type ChildProcess } from 'node:child_process';
import type { TestServer } from './server.js';
import { freePort } from './app-process.js';

// The real entry point (server/main.ts) as a child process, in production mode, API only: what an
// operator runs, for tests that restart its database or send it signals and watch it meanwhile
// (alive, ready, exit code). app-process.ts is the simpler start-and-wait form the task tests use.

export interface AppChild {
  url: string;
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** Resolves with the exit code (or signal) when it exits. */
  exited: Promise<number | string | null>;
  alive(): boolean;
  /** Waits until /healthz answers 200. */
  ready(timeoutMs?: number): Promise<void>;
  /** What fixtures need of a server: GraphQL over HTTP. */
  asTestServer(): TestServer;
  kill(): void;
}

export async function startAppChild(env: Record<string, string>): Promise<AppChild> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), WEB: 'false', NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO: 'false', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  let running = true;
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => {
      running = false;
      resolve(code ?? signal);
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const app: AppChild = {
    url,
    child,
    output: () => out,
    exited,
    alive: () => running,
    async ready(timeoutMs = 90_000) {
      const start = Date.now();
      for (;;) {
        if (!running) throw new Error(`the server exited:\n${out}`);
        const ok = await fetch(`${url}/healthz`).then((r) => r.ok, () => false);
        if (ok) return;
        if (Date.now() - start > timeoutMs) throw new Error(`the server did not start:\n${out}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
    asTestServer() {
      return {
        url,
        async graphql(query: string, variables?: Record<string, unknown>, options: { token?: string } = {}) {
          const res = await fetch(`${url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
            body: JSON.stringify({ query, variables }),
          });
          return { ...((await res.json()) as object), cookies: res.headers.getSetCookie() };
        },
      } as unknown as TestServer;
    },
    kill() {
      if (running) child.kill('SIGKILL');
    },
  };
  return app;
}
