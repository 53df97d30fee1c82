import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import { admin, databaseUrl, templateName, testDbPrefix } from './db.js';
import { ormConfig } from '../../server/config/mikro-orm.config.js';

const STALE_MS = 3 * 3600_000;

async function dropDatabases(filter: (name: string) => boolean): Promise<void> {
  await admin(async (c) => {
    const rows = await c.query(`select datname from pg_database where datname like 'comptoir_t%'`);
    for (const { datname } of rows.rows) if (filter(datname)) await c.query(`drop database if exists "${datname}" with (force)`);
  });
}

/**
 * Once per run: a template database with every migration applied and pg-boss's schema in place;
 * test files clone it (CREATE DATABASE … TEMPLATE), which takes a few hundred milliseconds.
 */
export default async function setup(): Promise<() => Promise<void>> {
  // Each vitest project runs the global setup; the template is made once per run.
  if (process.env.COMPTOIR_TEST_RUN) return async () => {};
  process.env.COMPTOIR_TEST_RUN = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

  // Databases left by runs that crashed hours ago.
  await dropDatabases((name) => {
    const stamp = name.match(/^comptoir_t(?:pl)?_([0-9a-z]{8})/)?.[1];
    return Boolean(stamp) && Date.now() - parseInt(stamp!, 36) > STALE_MS;
  });
  await admin((c) => c.query(`create database "${templateName()}"`));
  const url = databaseUrl(templateName());
  const orm = await MikroORM.init(ormConfig(url, { pool: { min: 0, max: 2 } }));
  await orm.getMigrator().up();
  await orm.close(true);
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 1, supervise: false, schedule: false });
  boss.on('error', () => {});
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
  const prefix = testDbPrefix();
  const template = templateName();
  return async () => {
    await dropDatabases((name) => name.startsWith(prefix) || name === template);
  };
}
