// Loads the demo data into the configured database (DATABASE_URL, or the embedded one).
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadEnv } from '../config/env.js';
import { openDatabase } from '../config/database.js';
import { ormConfig } from '../config/mikro-orm.config.js';
import { isDatabaseEmpty, seedDemo, DEMO_LOGINS } from '../seeders/demo.seeder.js';

const env = loadEnv();
const db = await openDatabase(env, console.log);
const orm = await MikroORM.init(ormConfig(db.url));
await orm.getMigrator().up();
if (!(await isDatabaseEmpty(orm.em.fork()))) {
  console.log('The database already has data: nothing loaded.');
} else {
  await seedDemo(orm.em.fork());
  console.log('Demo data loaded. Logins:', DEMO_LOGINS);
}
await orm.close();
await db.stop();
