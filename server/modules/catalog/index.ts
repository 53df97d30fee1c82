export { catalogView, findVisibleProduct, priceLoader, normalizeAmount, visibilitySql } from './catalog.service.js';
export { bulkQuery } from './bulk-sql.js';
export { Product } from './entities/product.entity.js';
export { PriceLevel } from './entities/price-level.entity.js';
export { StorageLocation } from './entities/storage-location.entity.js';
