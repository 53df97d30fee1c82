import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';

// A PostgreSQL server of a test's own (initdb under /tmp), for tests that stop, restart or kill
// the database: the shared server on 5432 is never touched. Run as the postgres user when the
// tests run as root (PostgreSQL refuses to run as root).

const BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

export interface PgCluster {
  port: number;
  /** postgres://…/comptoir on this server. */
  url: string;
  start(): void;
  stop(): void;
  /**
   * `pg_ctl restart -m fast`: every connection is terminated, the server is back when it resolves.
   * Asynchronous, so that the test's load keeps running meanwhile.
   */
  restart(): Promise<void>;
  destroy(): void;
}

function asPostgres(command: string, args: string[]): string {
  const root = userInfo().uid === 0;
  const file = root ? 'runuser' : command;
  const argv = root ? ['-u', 'postgres', '--', command, ...args] : args;
  const r = spawnSync(file, argv, { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout;
}

/**
 * Creates and starts a cluster with an empty database `comptoir` on the first of `ports` it can
 * bind (they lie in the ephemeral range: a client connection may hold one for a while).
 */
export function createPgCluster(ports: number[]): PgCluster {
  for (const [i, port] of ports.entries()) {
    try {
      return createOn(port);
    } catch (e) {
      if (i === ports.length - 1 || !/could not start server/.test(String(e))) throw e;
    }
  }
  throw new Error('no port');
}

function createOn(port: number): PgCluster {
  const dir = mkdtempSync('/tmp/comptoir-pg-');
  const data = join(dir, 'data');
  if (userInfo().uid === 0) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  asPostgres(`${BIN}/initdb`, ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60`;
  const ctl = (...args: string[]) => asPostgres(`${BIN}/pg_ctl`, ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '30', ...args]);
  const cluster: PgCluster = {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/comptoir`,
    start: () => void ctl('-o', options, 'start'),
    stop: () => void ctl('-m', 'fast', 'stop'),
    async restart() {
      const args = ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '30', '-o', options, '-m', 'fast', 'restart'];
      const root = userInfo().uid === 0;
      await promisify(execFile)(root ? 'runuser' : `${BIN}/pg_ctl`, root ? ['-u', 'postgres', '--', `${BIN}/pg_ctl`, ...args] : args, { timeout: 60_000 });
    },
    destroy() {
      try {
        cluster.stop();
      } catch {
        /* already stopped */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    cluster.start();
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  asPostgres(`${BIN}/psql`, ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-c', 'create database comptoir', 'postgres']);
  return cluster;
}
