#!/usr/bin/env node
// The one test command: type-checks, lints, checks the generated files are current, builds the web
// app (browser tests run against the production build), runs every vitest project (API, emails,
// browser) and ends with the plain line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

let passed = 0;
let failed = 0;
let skipped = 0;

// What vitest cannot see (it strips types) or does not run: each counts as one test.
for (const [what, script] of [['Type check', 'typecheck'], ['Lint', 'lint'], ['Generated files check', 'check:generated']]) {
  if (run('npm', ['run', '--silent', script]) === 0) {
    passed += 1;
  } else {
    console.error(`${what} failed (npm run ${script}).`);
    failed += 1;
  }
}

if (run('npx', ['remix', 'vite:build']) !== 0) {
  console.error('The web build failed: the browser tests cannot run.');
  failed += 1;
}

const results = '.test-results.json';
rmSync(results, { force: true });
const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${results}`, ...process.argv.slice(2)]);
if (existsSync(results)) {
  const report = JSON.parse(readFileSync(results, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  // A file that failed to load has no tests to count: count it as one failure.
  failed += report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} else {
  failed += 1;
}
if (status !== 0 && failed === 0) failed = 1;

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
