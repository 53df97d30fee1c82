// Every migration, in order. Listed explicitly so tsx, vitest and the tsc build load them the same
// way (no file globbing, which silently finds nothing under some loaders). Add new ones here.
import { Migration20261123000000_initial } from './Migration20261123000000_initial.js';

export const migrationsList = [{ name: 'Migration20261123000000_initial', class: Migration20261123000000_initial }];
