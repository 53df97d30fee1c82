// The catalog module's public surface: other modules and the composition root import only this.
export { Product } from './entities/product.entity.js';
export { PriceLevel } from './entities/price-level.entity.js';
export { TaxRate } from './entities/tax-rate.entity.js';
export { StorageLocation } from './entities/storage-location.entity.js';
export { CatalogImportRow } from './entities/catalog-import-row.entity.js';
export { ProductImage } from './entities/product-image.entity.js';
export { ProductPrice } from './entities/product-price.entity.js';
export { StockLevel } from './entities/stock-level.entity.js';
export { Brand, Manufacturer, Season, Tag } from './entities/taxonomy.entity.js';
export { findVisibleProduct, getProduct, priceLoader, normalizeAmount } from './catalog.service.js';
export { catalogView, catalogViewJsonSql, visibilitySql } from './read-model/index.js';
export type { CatalogView, PriceLevelRecord, ProductRecord, StorageLocationRecord } from './read-model/index.js';
export { bulkQuery } from './bulk-sql.js';
export { parseAmount } from './catalog-values.js';
export { productImageRoutes } from './product-image.routes.js';
export { productExport } from './import/catalog-export.js';
export type { ProductFilter } from './read-model/index.js';
export { effectiveTaxRate, findTaxRate, listTaxRates } from './tax-rate.service.js';
