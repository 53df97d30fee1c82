// The notifications module's resolvers, for server/schema.ts only (kept out of ../index.ts, decision 26).
export { BellResolver } from './bell.resolver.js';
export { OutboxResolver } from './outbox.resolver.js';
export { DashboardResolver } from './dashboard.resolver.js';
