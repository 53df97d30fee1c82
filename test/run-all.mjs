#!/usr/bin/env node
// The one test command: type-checks, lints, checks the generated files are current, builds the web
// app (browser tests run against the production build), runs every vitest project (API, emails,
// browser, reliability) and ends with the plain line "N passed, N failed".
//
// The machine has 2 cores and each vitest project below runs one file at a time, so the work runs
// in lanes (decision 0061):
//   1. the four checks at once (each prints its output when it ends);
//   2. the API files in one vitest process while the browser files run in another;
//   3. the fault tests (reliability) last, alone, because they time recoveries and drain rates.
// Arguments (e.g. a file filter) go to one vitest run of every project, in this process's order.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;

/** Runs a command; its output is shown as it comes (live) or all at once when it ends (buffered). */
function run(cmd, args, { live = true, label = '' } = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'], env: process.env });
    const chunks = [];
    if (!live) {
      child.stdout.on('data', (c) => chunks.push(c));
      child.stderr.on('data', (c) => chunks.push(c));
    }
    const started = Date.now();
    child.on('close', (code, signal) => {
      if (!live) {
        process.stdout.write(`\n── ${label} (${Math.round((Date.now() - started) / 1000)} s) ──\n`);
        process.stdout.write(Buffer.concat(chunks));
      } else if (label) {
        console.log(`── ${label}: ${Math.round((Date.now() - started) / 1000)} s`);
      }
      resolve(code ?? (signal ? 1 : 0));
    });
    child.on('error', (e) => {
      console.error(`${label || cmd}: ${e.message}`);
      resolve(1);
    });
  });
}

/** One vitest run writing its own JSON report; adds its counts. */
async function vitest(projects, results, options) {
  rmSync(results, { force: true });
  const filters = process.argv.slice(2);
  // With a filter, a project may have no file to run: that is not a failure.
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile=${results}`, ...(filters.length ? ['--passWithNoTests'] : []), ...filters];
  const status = await run('npx', args, options);
  let counted = 0;
  if (existsSync(results)) {
    const report = JSON.parse(readFileSync(results, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    counted += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    // A file that failed to load has no tests to count: count it as one failure.
    const unloaded = report.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
    failed += unloaded;
    counted += unloaded;
  } else if (status !== 0) {
    failed += 1;
    return;
  }
  if (status !== 0 && counted === 0) failed += 1;
}

const started = Date.now();

// 1. What vitest cannot see (it strips types) or does not run: each counts as one test.
const checks = [
  ['Type check', 'npm', ['run', '--silent', 'typecheck']],
  ['Lint', 'npm', ['run', '--silent', 'lint']],
  ['Generated files check', 'npm', ['run', '--silent', 'check:generated']],
  ['Web build', 'npx', ['remix', 'vite:build']],
];
const statuses = await Promise.all(checks.map(([label, cmd, args]) => run(cmd, args, { live: false, label })));
checks.forEach(([label], i) => {
  if (statuses[i] === 0) {
    if (label !== 'Web build') passed += 1;
  } else {
    console.error(label === 'Web build' ? 'The web build failed: the browser tests cannot run.' : `${label} failed.`);
    failed += 1;
  }
});
console.log(`── checks and build: ${Math.round((Date.now() - started) / 1000)} s`);

// 2. API and emails (live) beside the browser files (shown when they end).
await Promise.all([
  vitest(['api'], '.test-results-api.json', { live: true, label: 'API and email tests' }),
  vitest(['e2e'], '.test-results-e2e.json', { live: false, label: 'Browser tests' }),
]);

// 3. Fault tests, last and alone: they time recoveries, resumptions and drain rates.
await vitest(['reliability'], '.test-results-reliability.json', { live: true, label: 'Reliability tests' });

console.log(`── whole run: ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
