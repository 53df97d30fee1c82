// The access module's resolvers, for server/schema.ts only (kept out of ../index.ts, decision 26).
export { PasswordResetResolver, StaffAdminResolver } from './admin.resolver.js';
export { AuthResolver } from './auth.resolver.js';
export { ShopCustomersResolver } from './shop-customers.resolver.js';
export { CustomerStoreAccessResolver, StoreAccessResolver } from './store-access.resolver.js';
export { StoreUsersResolver } from './store-users.resolver.js';
