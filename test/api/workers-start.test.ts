import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_LOGINS } from '../../server/seeders/demo-logins.js';
import { createTestDatabase } from '../support/db.js';

// Production on several cores: WORKERS=2 migrates and seeds once in the primary process, then two
// worker processes share the port; a session made through one is valid in the other, and ended
// through one, ended in the other; SIGTERM stops them all. The real entry point runs as a child process, on PostgreSQL.

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

let child: ChildProcess | undefined;
let drop: (() => Promise<void>) | undefined;
afterAll(async () => {
  child?.kill('SIGKILL');
  await drop?.();
});

describe('starting with worker processes', () => {
  it('prepares the database once, serves from two workers, and stops them all on SIGTERM', async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    const port = await freePort();
    const env = { ...process.env, DATABASE_URL: db.url, PORT: String(port), HOST: '127.0.0.1', WEB: 'false', NODE_ENV: 'production', LOG_LEVEL: 'info', SEED_DEMO: 'true', WORKERS: '2' } as NodeJS.ProcessEnv;
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
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
    expect(output).toContain('with 2 worker processes');
    expect(output.match(/Loading demo data/g)).toHaveLength(1);
    const workers = execFileSync('pgrep', ['-P', String(proc.pid), '-f', 'server/main.ts']).toString().trim().split('\n');
    expect(workers).toHaveLength(2);

    // New connections are spread over the workers: the token from one works on every request.
    const gql = (query: string, variables: object, token?: string) =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json());
    const signIn = await gql(`mutation($i: SignInInput!) { staffSignIn(input: $i) { token } }`, { i: DEMO_LOGINS.admin });
    const token = signIn.data.staffSignIn.token;
    for (let i = 0; i < 6; i++) {
      const r = await gql(`{ viewer { __typename } products(first: 1) { totalCount } }`, {}, token);
      expect(r.data.products.totalCount).toBe(500);
    }

    // Each worker keeps the session in memory now (decision 18). Signing out through one of them
    // ends it on both: the other forgets it when PostgreSQL notifies the change.
    for (let i = 0; i < 6; i++) expect((await gql(`{ viewer { kind } }`, {}, token)).data.viewer.kind).toBe('STAFF');
    expect((await gql(`mutation { signOut { userErrors { code } } }`, {}, token)).errors).toBeUndefined();
    const signedOut = Date.now();
    while ((await gql(`{ viewer { kind } }`, {}, token)).data.viewer.kind !== 'ANONYMOUS' || (await gql(`{ viewer { kind } }`, {}, token)).data.viewer.kind !== 'ANONYMOUS') {
      if (Date.now() - signedOut > 1000) throw new Error('a worker still knows the session a second after sign-out');
    }
    for (let i = 0; i < 6; i++) expect((await gql(`{ viewer { kind } }`, {}, token)).data.viewer.kind).toBe('ANONYMOUS');

    proc.kill('SIGTERM');
    expect(await exited).toBe(0);
    child = undefined;
    for (const pid of workers) expect(() => process.kill(Number(pid), 0)).toThrow();
  }, 150_000);
});
