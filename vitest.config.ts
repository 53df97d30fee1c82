import { defineConfig } from 'vitest/config';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

// type-graphql loads graphql's CommonJS build; point Vite at the same file so there is one copy.
const graphqlAlias = { graphql: require.resolve('graphql/index.js') };

export default defineConfig({
  resolve: { alias: graphqlAlias },
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    env: { NODE_ENV: 'test', LOG_LEVEL: 'error' },
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: 'api', include: ['test/api/**/*.test.ts', 'test/emails/**/*.test.ts'] },
      },
      {
        // Faults for real (own PostgreSQL clusters restarted, the server process signalled): one
        // file at a time, so that their timings do not depend on each other.
        extends: true,
        test: {
          name: 'reliability',
          include: ['test/reliability/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 90_000,
        },
      },
    ],
  },
});
