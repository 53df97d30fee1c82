// `npm test` runs this: fails when schema.graphql or the generated operations (web/app/graphql/generated,
// test/generated: every output of codegen.ts) are not what
// `npm run schema` and `npm run codegen` would write now. Both are regenerated in memory and
// compared with the committed files, so it works in any checkout, clean or not (decision 26).
import { readFileSync, readdirSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import codegenConfig from '../../codegen.js';
import { printPublishedSchema } from '../schema.js';

const root = new URL('../../', import.meta.url);
const read = (file: string): string | undefined => {
  try {
    return readFileSync(new URL(file, root), 'utf8');
  } catch {
    return undefined;
  }
};
const stale: string[] = [];

if (read('schema.graphql') !== (await printPublishedSchema())) stale.push('schema.graphql: run `npm run schema`');

// generate(config, false) returns the files instead of writing them.
const files: Array<{ filename: string; content: string }> = await generate({ ...codegenConfig, silent: true }, false);
const expected = new Map(files.map((f) => [f.filename.replace(/^\.\//, ''), f.content]));
const folders = new Set([...expected.keys()].map((f) => f.slice(0, f.lastIndexOf('/') + 1)));
for (const folder of folders) {
  for (const name of readdirSync(new URL(folder, root))) {
    if (!expected.has(folder + name)) stale.push(`${folder}${name}: not generated any more, run \`npm run codegen\``);
  }
}
for (const [file, content] of expected) {
  if (read(file) !== content) stale.push(`${file}: run \`npm run codegen\``);
}

if (stale.length) {
  console.error(`Generated files are stale:\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log('schema.graphql and the generated operations (web, API tests) are current');
process.exit(0);
