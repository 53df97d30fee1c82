// Writes a migration from the difference between the entities and a scratch database.
// Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/comptoir_dev tsx server/scripts/migration-create.ts [--initial]
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import config from '../config/mikro-orm.config.js';

const orm = await MikroORM.init(config);
const migrator = orm.getMigrator();
await migrator.up();
const result = await migrator.createMigration(undefined, false, process.argv.includes('--initial'));
console.log(result.fileName ? `created ${result.fileName}` : 'no changes');
await orm.close();
