import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import { admin, databaseUrl, TEMPLATE_DB } from './db.js';
import { ormConfig } from '../../server/config/mikro-orm.config.js';

/**
 * Once per run: a template database with every migration applied and pg-boss's schema in place;
 * test files clone it (CREATE DATABASE … TEMPLATE), which takes a few hundred milliseconds.
 */
export default async function setup(): Promise<() => Promise<void>> {
  // Each vitest project runs the global setup; the template is made once per run.
  if (process.env.COMPTOIR_TEMPLATE_READY) return async () => {};
  process.env.COMPTOIR_TEMPLATE_READY = '1';
  await admin(async (c) => {
    const stale = await c.query(`select datname from pg_database where datname like 'comptoir_test_%'`);
    for (const row of stale.rows) await c.query(`drop database if exists "${row.datname}" with (force)`);
    await c.query(`create database "${TEMPLATE_DB}"`);
  });
  const url = databaseUrl(TEMPLATE_DB);
  const orm = await MikroORM.init(ormConfig(url, { pool: { min: 0, max: 2 } }));
  await orm.getMigrator().up();
  await orm.close(true);
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 1, supervise: false, schedule: false });
  boss.on('error', () => {});
  await boss.start();
  await boss.stop({ graceful: false, wait: true });
  return async () => {
    await admin(async (c) => {
      const rows = await c.query(`select datname from pg_database where datname like 'comptoir_test_%'`);
      for (const row of rows.rows) await c.query(`drop database if exists "${row.datname}" with (force)`);
    });
  };
}
