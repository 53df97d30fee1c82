import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface AppProcess {
  url: string;
  proc: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  /** SIGKILL: no clean-up of any kind, as when a machine or a container dies. */
  kill(): Promise<void>;
  /** SIGTERM, then waits for the exit code. */
  stop(): Promise<number | null>;
}

/**
 * The real entry point (server/main.ts) as a child process on `env.DATABASE_URL`, API only;
 * resolves once it serves.
 */
export async function startAppProcess(env: Record<string, string>, options: { port?: number; timeoutMs?: number } = {}): Promise<AppProcess> {
  const port = options.port ?? (await freePort());
  const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), WEB: 'false', NODE_ENV: 'production', LOG_LEVEL: 'warn', SEED_DEMO: 'false', DB_POOL_MAX: '4', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout!.on('data', (d) => (output += d));
  proc.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const started = Date.now();
  while (!output.includes('Comptoir is running')) {
    if (proc.exitCode !== null || Date.now() - started > (options.timeoutMs ?? 120_000)) {
      proc.kill('SIGKILL');
      throw new Error(`the app did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    proc,
    output: () => output,
    async kill() {
      proc.kill('SIGKILL');
      await exited;
    },
    async stop() {
      proc.kill('SIGTERM');
      return exited;
    },
  };
}

/** POSTs a GraphQL operation to a running app. */
export async function graphqlAt<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<{ data: T; errors?: any[] }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json() as Promise<{ data: T; errors?: any[] }>;
}
