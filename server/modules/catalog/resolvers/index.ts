// The catalog module's resolvers, for server/schema.ts only (kept out of ../index.ts, decision 26).
export { CatalogAdminResolver } from './catalog-admin.resolver.js';
export { CatalogImportResolver } from './catalog-import.resolver.js';
export { BrandListResolver, ManufacturerListResolver, SeasonListResolver, TagListResolver } from './managed-list.resolver.js';
export { ProductResolver, StorageLocationResolver } from './product.resolver.js';
export { CatalogSyncResolver } from './catalog-sync.resolver.js';
export { TaxRateResolver } from './tax-rate.resolver.js';
export { CatalogLanguageResolver } from './catalog-language.resolver.js';
export { SeasonNameResolver, TagNameResolver } from './managed-list.resolver.js';
