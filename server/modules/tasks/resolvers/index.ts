// The tasks module's resolvers, for server/schema.ts only (kept out of ../index.ts, decision 26).
export { TaskResolver } from './task.resolver.js';
