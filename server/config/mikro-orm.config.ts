import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { fileURLToPath } from 'node:url';
import { entities } from './entities.js';
import { migrationsList } from '../migrations/index.js';

// Under tsx/vitest this file is TypeScript; in the tsc build it is JavaScript under dist/.
const isTs = import.meta.url.endsWith('.ts');
const migrationsDir = fileURLToPath(new URL('../migrations/', import.meta.url));

/** ORM options for a database URL; the same for the app, the CLI, tests and the seeder. */
export function ormConfig(clientUrl: string, extra: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    preferTs: isTs,
    migrations: {
      path: migrationsDir,
      pathTs: migrationsDir,
      glob: isTs ? '!(*.d).ts' : '!(*.d).js',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      migrationsList,
    },
    forceUtcTimezone: true,
    debug: process.env.ORM_DEBUG === 'true',
    ...extra,
    // Kept by triggers for the name search (migrations catalog_words, product_words); no entity maps them.
    schemaGenerator: { skipTables: ['catalog_word', 'product_word'] },
    pool: {
      min: 0,
      max: 10,
      ...extra.pool,
      // Many small concurrent queries: parallel workers would only add overhead under load.
      afterCreate(conn: { query(sql: string, cb: (err: Error | null) => void): void }, done: (err: Error | null, conn: unknown) => void) {
        conn.query('set max_parallel_workers_per_gather = 0', (err) => done(err, conn));
      },
    },
  });
}

export default ormConfig(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/comptoir_dev');
