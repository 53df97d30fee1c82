import 'reflect-metadata';
import cluster from 'node:cluster';
import { ConfigError, loadEnv, type Env } from './config/env.js';
import { prepareDatabase, startApp } from './app.js';
import { DEMO_LOGINS } from './seeders/demo-logins.js';

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
    const timer = setTimeout(() => {
      console.error('Shutdown took too long; exiting.');
      process.exit(1);
    }, 20_000);
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
  await prepareDatabase(env);
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
  const app = await startApp(env, { prepared: worker });
  if (worker) process.send?.({ ready: app.url });
  else banner(app.url, app.database.embedded, 1);
  onSignals(async (signal) => {
    if (!worker) console.log(`${signal}: stopping…`);
    await app.close();
  });
}
