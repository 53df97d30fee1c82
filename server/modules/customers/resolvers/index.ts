// The customers module's resolvers, for server/schema.ts only (kept out of ../index.ts, decision 26).
export { CustomerResolver } from './customer.resolver.js';
export { CustomerSyncResolver } from './customer-sync.resolver.js';
export { VisibilityExplainResolver } from './visibility-explain.resolver.js';
