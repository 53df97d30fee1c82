// The activity module's resolvers, for server/schema.ts only (kept out of ../index.ts, decision 26).
export { CustomerActivityFieldsResolver, CustomerActivityResolver } from './activity.resolver.js';
export { ViewAsClientResolver } from './view-as-client.resolver.js';
export { AuditResolver, CustomerAuditResolver, OrderAuditResolver } from './audit.resolver.js';
