// The settings module's resolvers, for server/schema.ts only (kept out of ../index.ts, decision 26).
export { SettingsResolver } from './settings.resolver.js';
