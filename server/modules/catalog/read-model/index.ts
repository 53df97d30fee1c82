// The catalog read model (decision 0032): the raw-SQL, prepared-statement path the store's hot
// requests take — the catalog view read with the session, the catalog page, facets, the export's
// search. It returns frozen records (records.ts), never entities: nothing it returns can be
// persisted or flushed. Writes load entities through the catalog services instead.
export { catalogView, catalogViewJsonSql, visibilitySql, uuidArray, type CatalogView } from './catalog-view.js';
export { listProducts, listedValues, productFacets, productSearchWhere, type ListedValues, type ProductFilter, type ProductSort, type FacetCount } from './product-list.js';
export type { BrandRecord, IdRef, PriceLevelRecord, ProductRecord, StorageLocationRecord } from './records.js';
