import 'reflect-metadata';
import cluster from 'node:cluster';
import { ConfigError, loadEnv, type Env } from './config/env.js';
import { prepareDatabase, startApp } from './app.js';
import { DEMO_LOGINS } from './seeders/demo-logins.js';
import { DatabaseUnreachableError } from './config/database.js';
import { isDatabaseUnavailable } from './common/database-errors.js';

// Start-up: validate the configuration, start everything, print where to go, stop cleanly.
// With WORKERS > 1 the primary process migrates the database once, then starts that many worker
// processes sharing the HTTP port (Node's cluster module); only the first runs background jobs.
let env: Env;
try {
  env = loadEnv();
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}

// A database restart or failover surfaces as rejections nobody awaits (pg-boss completes jobs
// without awaiting) and 'error' events: they must not stop the process, which serves 503s and
// recovers by itself when the database is back (decision 23). Any other unhandled rejection is
// logged and the process goes on: the promise's caller has already answered or given up, and a
// restart would cut every other request. An uncaught exception leaves state unknown: exit 1 (the
// primary process or the supervisor starts another), unless it is the database going away.
process.on('unhandledRejection', (reason) => {
  if (isDatabaseUnavailable(reason)) console.warn(`[process] database unavailable: ${(reason as Error)?.message ?? reason}`);
  else console.error('[process] unhandled rejection', reason);
});
process.on('uncaughtException', (error) => {
  if (isDatabaseUnavailable(error)) {
    console.warn(`[process] database unavailable: ${error.message}`);
    return;
  }
  console.error('[process] uncaught exception; exiting', error);
  process.exit(1);
});

/** Start-up failures the operator can act on get one clear line, not a stack. */
async function starting<T>(start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (e) {
    if (!(e instanceof DatabaseUnreachableError)) throw e;
    console.error(e.message);
    process.exit(1);
  }
}

function banner(url: string, embedded: boolean, workers: number) {
  const base = env.PUBLIC_URL ?? url;
  console.log(`
Comptoir is running${embedded ? ' on the embedded database (PGlite)' : ''}${workers > 1 ? ` with ${workers} worker processes` : ''}.
  Store:    ${base}/
  Hub:      ${base}/hub
  GraphQL:  ${base}/graphql
  Health:   ${base}/healthz
${embedded || env.SEED_DEMO !== 'false' ? `
Demo logins:
  hub admin   ${DEMO_LOGINS.admin.email} / ${DEMO_LOGINS.admin.password}
  hub sales   ${DEMO_LOGINS.sales.email} / ${DEMO_LOGINS.sales.password}
  store buyer ${DEMO_LOGINS.buyer.email} / ${DEMO_LOGINS.buyer.password}
` : ''}`);
}

function onSignals(stop: (signal: string) => Promise<void>) {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    // Draining requests (SHUTDOWN_TIMEOUT) then jobs (their current item, up to 10 s) come first.
    const timer = setTimeout(() => {
      console.error('Shutdown took too long; exiting.');
      process.exit(1);
    }, (env.SHUTDOWN_TIMEOUT + 20) * 1000);
    timer.unref();
    stop(signal).then(
      () => process.exit(0),
      (e) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => handler('SIGTERM'));
  process.on('SIGINT', () => handler('SIGINT'));
  return () => stopping;
}

if (cluster.isPrimary && env.WORKERS > 1) {
  await starting(() => prepareDatabase(env));
  let ready = 0;
  let url = '';
  const fork = (index: number) => {
    const worker = cluster.fork({ COMPTOIR_WORKER: String(index), ...(index > 0 ? { JOBS: 'false' } : {}) });
    let started = false;
    worker.on('message', (m: { ready?: string }) => {
      if (!m?.ready) return;
      started = true;
      url = m.ready;
      ready += 1;
      // The first worker sets up the job queues alone (concurrent set-ups deadlock in pg-boss);
      // the others start once it is ready.
      if (index === 0 && ready === 1) for (let i = 1; i < env.WORKERS; i++) fork(i);
      if (ready === env.WORKERS) banner(url, false, env.WORKERS);
    });
    worker.on('exit', (code, signal) => {
      if (isStopping()) return;
      if (!started) {
        // It could not start (its error is above): another would fail the same way.
        console.error(`Worker ${index} could not start (${signal ?? code}); stopping.`);
        for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
        process.exit(1);
      }
      console.error(`Worker ${index} exited (${signal ?? code}); starting another.`);
      fork(index);
    });
  };
  const isStopping = onSignals(async (signal) => {
    console.log(`${signal}: stopping…`);
    const workers = Object.values(cluster.workers ?? {});
    await Promise.all(
      workers.map((w) => new Promise<void>((resolve) => {
        if (!w || w.isDead()) return resolve();
        w.once('exit', () => resolve());
        w.process.kill('SIGTERM');
      })),
    );
  });
  fork(0);
} else {
  const worker = cluster.isWorker;
  const app = await starting(() => startApp(env, { prepared: worker }));
  if (worker) process.send?.({ ready: app.url });
  else banner(app.url, app.database.embedded, 1);
  onSignals(async (signal) => {
    if (!worker) console.log(`${signal}: stopping…`);
    await app.close();
  });
}
