import 'reflect-metadata';
import { ConfigError, loadEnv } from './config/env.js';
import { startApp } from './app.js';
import { DEMO_LOGINS } from './seeders/demo-logins.js';

// Start-up: validate the configuration, start everything, print where to go, stop cleanly.
let env;
try {
  env = loadEnv();
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}

const app = await startApp(env);
const base = env.PUBLIC_URL ?? app.url;
console.log(`
Comptoir is running${app.database.embedded ? ' on the embedded database (PGlite)' : ''}.
  Store:    ${base}/
  Hub:      ${base}/hub
  GraphQL:  ${base}/graphql
  Health:   ${base}/healthz
${app.database.embedded || env.SEED_DEMO !== 'false' ? `
Demo logins:
  hub admin   ${DEMO_LOGINS.admin.email} / ${DEMO_LOGINS.admin.password}
  hub sales   ${DEMO_LOGINS.sales.email} / ${DEMO_LOGINS.sales.password}
  store buyer ${DEMO_LOGINS.buyer.email} / ${DEMO_LOGINS.buyer.password}
` : ''}`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping…`);
  const timer = setTimeout(() => {
    console.error('Shutdown took too long; exiting.');
    process.exit(1);
  }, 20_000);
  timer.unref();
  try {
    await app.close();
    process.exit(0);
  } catch (e) {
    console.error(e);
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
