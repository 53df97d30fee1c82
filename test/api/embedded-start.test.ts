import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS } from '../../server/seeders/demo-logins.js';

// The newcomer's path: `npm run dev` with no DATABASE_URL starts PGlite, migrates, loads the demo
// data and prints the URLs and logins. This runs the real entry point as a child process.

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

const dataDir = mkdtempSync(join(tmpdir(), 'comptoir-pglite-'));
let child: ChildProcess | undefined;
afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('starting on the embedded database', () => {
  it('starts, prints the URLs and demo logins, serves the API with demo data, and stops on SIGTERM', async () => {
    const port = await freePort();
    const env: Record<string, string | undefined> = { ...process.env, PORT: String(port), HOST: '127.0.0.1', PGLITE_DATA_DIR: dataDir, WEB: 'false', NODE_ENV: 'production', LOG_LEVEL: 'info' };
    delete env.DATABASE_URL;
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let output = '';
    proc.stdout!.on('data', (d) => (output += d));
    proc.stderr!.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));

    const start = Date.now();
    while (!output.includes('Demo logins')) {
      if (Date.now() - start > 100_000) throw new Error(`server did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(output).toContain('embedded database (PGlite)');
    expect(output).toContain(`http://127.0.0.1:${port}/hub`);
    expect(output).toContain(DEMO_LOGINS.admin.email);

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ok', database: 'ok', migrations: 'ok' });

    const gql = (query: string, variables: object, token?: string) =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json());
    const signIn = await gql(`mutation($i: SignInInput!) { staffSignIn(input: $i) { token userErrors { code } } }`, { i: DEMO_LOGINS.admin });
    const token = signIn.data.staffSignIn.token;
    expect(token).toBeTruthy();
    const counts = await gql(`{ customers(first: 1) { totalCount } products(first: 1) { totalCount } orders(first: 1) { totalCount } }`, {}, token);
    expect(counts.data.customers.totalCount).toBe(50);
    expect(counts.data.products.totalCount).toBe(500);
    expect(counts.data.orders.totalCount).toBeGreaterThan(0);

    proc.kill('SIGTERM');
    expect(await exited).toBe(0);
    child = undefined;
  }, 150_000);
});
