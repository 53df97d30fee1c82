import type { ProductSort } from '../graphql/generated/graphql.js';

/**
 * The catalog page's state lives in its URL, so a search can be bookmarked, shared and reloaded:
 * `q` (search), `sort`, one `brand` / `season` / `tag` / `manufacturer` parameter per selected
 * value (the API's opaque ids), and `after` or `before` (a cursor: keyset paging, never offsets).
 */
export const SORTS = {
  name: 'NAME_ASC',
  'name-desc': 'NAME_DESC',
  reference: 'REFERENCE_ASC',
  newest: 'NEWEST',
} as const satisfies Record<string, ProductSort>;

export type SortKey = keyof typeof SORTS;
export const DEFAULT_SORT: SortKey = 'name';

export const FACETS = [
  { param: 'brand', key: 'brands', variable: 'brandIds' },
  { param: 'season', key: 'seasons', variable: 'seasonIds' },
  { param: 'tag', key: 'tags', variable: 'tagIds' },
  { param: 'manufacturer', key: 'manufacturers', variable: 'manufacturerIds' },
] as const;

export type FacetParam = (typeof FACETS)[number]['param'];

export interface CatalogQuery {
  q: string;
  sort: SortKey;
  filters: Record<FacetParam, string[]>;
  after: string | null;
  before: string | null;
}

export function parseCatalogQuery(params: URLSearchParams): CatalogQuery {
  const sort = params.get('sort') ?? '';
  const filters = Object.fromEntries(FACETS.map((f) => [f.param, [...new Set(params.getAll(f.param).filter(Boolean))]])) as Record<FacetParam, string[]>;
  const after = params.get('after') || null;
  return {
    q: params.get('q')?.trim() ?? '',
    sort: sort in SORTS ? (sort as SortKey) : DEFAULT_SORT,
    filters,
    after,
    before: after ? null : params.get('before') || null,
  };
}

export function activeFilterCount(query: Pick<CatalogQuery, 'filters'>): number {
  return FACETS.reduce((n, f) => n + query.filters[f.param].length, 0);
}

/** The URL of the catalog for a query (page 1 unless a cursor is given). */
export function catalogHref(query: Omit<CatalogQuery, 'after' | 'before'> & { after?: string | null; before?: string | null }): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.sort !== DEFAULT_SORT) params.set('sort', query.sort);
  for (const f of FACETS) for (const id of query.filters[f.param]) params.append(f.param, id);
  if (query.after) params.set('after', query.after);
  else if (query.before) params.set('before', query.before);
  const search = params.toString();
  return search ? `/?${search}` : '/';
}

/** The same query with one filter value added or removed, back on page 1. */
export function toggleFilter(query: CatalogQuery, param: FacetParam, id: string): string {
  const values = query.filters[param];
  const next = values.includes(id) ? values.filter((v) => v !== id) : [...values, id];
  return catalogHref({ ...query, filters: { ...query.filters, [param]: next }, after: null, before: null });
}

export function withoutFilters(query: CatalogQuery): string {
  return catalogHref({ ...query, filters: { brand: [], season: [], tag: [], manufacturer: [] }, after: null, before: null });
}
