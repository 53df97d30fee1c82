// Writes schema.graphql from the code (the published contract); CI fails when it is stale.
import { writeFileSync } from 'node:fs';
import { printPublishedSchema } from '../schema.js';

writeFileSync(new URL('../../schema.graphql', import.meta.url), await printPublishedSchema());
console.log('schema.graphql written');
