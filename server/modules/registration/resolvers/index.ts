// The registration module's resolvers, for server/schema.ts only (kept out of ../index.ts, decision 26).
export { RegistrationResolver } from './registration.resolver.js';
