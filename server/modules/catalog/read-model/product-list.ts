import type { Ctx } from '../../../common/context.js';
import { PageInfo, decodeCursor, encodeCursor, type Page } from '../../../common/connection.js';
import { apiError } from '../../../common/errors.js';
import { idOf, toGlobalId } from '../../../common/global-id.js';
import { Money, CurrencyCode } from '../../../common/money.js';
import { preparedQuery } from '../../../common/prepared.js';
import { REFERENCE_PREFIX_SQL, matchingIdsSql, nameSearchSql, prefixRange, searchWords, suitsIndexedSearch } from '../product-search.js';
import { barcodeVariants, normalizeAmount } from '../catalog-values.js';
import { LANGUAGES, viewerLanguage } from '../catalog-translations.js';
import { ReferenceKind } from '@mikro-orm/core';
import { Product } from '../entities/product.entity.js';
import { Brand } from '../entities/taxonomy.entity.js';
import { catalogView, visibilitySql, uuidArray, type CatalogView } from './catalog-view.js';
import { recordFromRow, type BrandRecord, type ProductRecord } from './records.js';

export type ProductSort = 'NAME_ASC' | 'NAME_DESC' | 'REFERENCE_ASC' | 'NEWEST';

export interface ProductFilter {
  query?: string | null;
  brandIds?: string[] | null;
  seasonIds?: string[] | null;
  tagIds?: string[] | null;
  manufacturerIds?: string[] | null;
  /** Staff only (shop users see active products anyway): true = active products, false = deactivated ones. */
  active?: boolean | null;
}

/**
 * The WHERE clause of a catalog search, shared by the list and the facet counts: visibility first,
 * then the text search — 8 to 14 digits: the barcode or reference exactly; otherwise the reference
 * starting with the text (no spaces), or a name with a word starting with each word of it, in any
 * order ("sparkling pre" finds "Sparkling water premium", "1" finds "Product 10" but not "Product
 * 01") — then the filters. `alike` gives, per word, the catalog words it may be a typo of (see
 * alikeWords). `skip` leaves one filter out (facets count a dimension without its own filter).
 * Each part is an indexed lookup (unique b-trees, the reference prefix index, the name
 * words' GIN index); their cost follows the number of matches. The list sorted by name adapts to
 * their number instead (nameSearchSql).
 */
function searchSql(ctx: Ctx, view: CatalogView, alias: string, filter: ProductFilter, skip?: keyof ProductFilter, alike?: string[][]): { sql: string; params: unknown[] } {
  const filters = filterSql(ctx, view, alias, filter, skip);
  const text = textSearch(filter, alike);
  if (!text) return filters;
  const lookups: string[] = [];
  const params: unknown[] = [];
  if (text.barcode) {
    // A barcode (or a numeric reference): exact lookups only, through their unique indexes; a
    // UPC-A finds the product stored with its EAN-13 (leading 0) and the other way round.
    lookups.push('select id from product where barcode = any(?::text[])', 'select id from product where reference = ?');
    params.push(barcodeVariants(text.barcode), text.barcode);
  } else {
    if (text.referencePrefix !== undefined) {
      lookups.push(`select p.id from product p where ${REFERENCE_PREFIX_SQL}`);
      params.push(...prefixRange(text.referencePrefix));
    }
    if (text.groups.length) {
      const names = matchingIdsSql(text.groups);
      lookups.push(names.sql);
      params.push(...names.params);
    }
  }
  // The matching ids first (one array, computed once), then the visible ones among them.
  return { sql: `${filters.sql} and ${alias}.id = any(array(${lookups.join(' union all ')}))`, params: [...filters.params, ...params] };
}

/**
 * What a search text asks for: a barcode (8 to 14 digits), or name words (each with its look-alikes
 * when `alike` is given) and, for a text without spaces, the beginning of a reference.
 */
function textSearch(filter: ProductFilter, alike?: string[][]): { barcode?: string; referencePrefix?: string; groups: string[][] } | null {
  const q = filter.query?.trim();
  if (!q) return null;
  if (!alike && /^\d{8,14}$/.test(q)) return { barcode: q, groups: [] };
  const groups = alike ?? searchWords(q).map((w) => [w]);
  // A text without letters or digits ("-", "%") can only start a reference.
  if (!groups.length) return { referencePrefix: q.toLowerCase(), groups };
  return { referencePrefix: !alike && !/\s/.test(q) ? q.toLowerCase() : undefined, groups };
}

/**
 * Visibility and the filters (brands, seasons, manufacturers, tags, active) on a product aliased
 * `alias`; without the tags with `tags: false` (for the columns product_word copies).
 */
function filterSql(ctx: Ctx, view: CatalogView, alias: string, filter: ProductFilter, skip?: keyof ProductFilter, options: { tags?: boolean } = {}): { sql: string; params: unknown[] } {
  const visible = visibilitySql(view, alias, options);
  const parts = [visible.sql];
  const params = [...visible.params];
  const ids = (type: string, values: string[] | null | undefined) => {
    const uuids = (values ?? []).map((g) => idOf(type, g));
    if (uuids.some((u) => !u)) throw apiError(ctx.t, 'BAD_USER_INPUT');
    return uuids as string[];
  };
  const dims: Array<[keyof ProductFilter, string, string]> = [
    ['brandIds', 'Brand', 'brand_id'],
    ['seasonIds', 'Season', 'season_id'],
    ['manufacturerIds', 'Manufacturer', 'manufacturer_id'],
  ];
  for (const [key, type, column] of dims) {
    const values = ids(type, filter[key] as string[] | null);
    if (key !== skip && values.length) {
      parts.push(`${alias}.${column} = any(?::uuid[])`);
      params.push(uuidArray(values));
    }
  }
  if (filter.active !== null && filter.active !== undefined) {
    parts.push(`${alias}.active = ?`);
    params.push(filter.active);
  }
  const tags = ids('Tag', filter.tagIds);
  if (skip !== 'tagIds' && tags.length && options.tags !== false) {
    parts.push(`exists (select 1 from product_tag ft where ft.product_id = ${alias}.id and ft.tag_id = any(?::uuid[]))`);
    params.push(uuidArray(tags));
  }
  return { sql: parts.join(' and '), params };
}

const SORTS: Record<ProductSort, { column: string; direction: 'asc' | 'desc'; value: (p: ProductRecord) => string }> = {
  NAME_ASC: { column: 'name', direction: 'asc', value: (p) => p.name },
  NAME_DESC: { column: 'name', direction: 'desc', value: (p) => p.name },
  REFERENCE_ASC: { column: 'reference', direction: 'asc', value: (p) => p.reference },
  NEWEST: { column: 'created_at', direction: 'desc', value: (p) => p.createdAt.toISOString() },
};

/** The mark of a cursor whose search matched look-alike words. */
const ALIKE = 'alike';

/** A search long enough to look for typos in when nothing matches exactly. */
function mayHaveTypos(filter: ProductFilter): boolean {
  return searchWords(filter.query).some((w) => w.length >= 4);
}

/**
 * For a search with no exact match, the words of product names each search word may be a typo
 * of ("expresso" → "espresso"), from the catalog's word list (trigram similarity); null when the
 * search matches exactly, is too short, or nothing looks alike — then the search stays as typed.
 */
async function alikeWords(ctx: Ctx, view: CatalogView, filter: ProductFilter, exactFound?: boolean): Promise<string[][] | undefined> {
  const words = searchWords(filter.query);
  if (!mayHaveTypos(filter)) return undefined;
  if (exactFound === undefined) {
    const exact = searchSql(ctx, view, 'p', filter);
    const [{ found }] = await preparedQuery<{ found: boolean }>(ctx.em, `select exists(select 1 from product p where ${exact.sql}) as found`, exact.params);
    exactFound = found;
  }
  if (exactFound) return undefined;
  const rows = await preparedQuery<{ word: string; alike: string[] }>(
    ctx.em,
    // The 5 nearest words of the list (its GiST index, k nearest: a few pages whatever its length),
    // then those similar enough — never every word sharing a trigram, sorted (decision 0050).
    `select t.word, array(select k.word from (select c.word, similarity(t.word, c.word) as s from catalog_word c order by c.word <-> t.word limit 5) k
       where k.s >= 0.35 order by k.s desc, k.word) as alike
     from unnest(?::text[]) as t(word)`,
    [words],
  );
  const byWord = new Map(rows.map((r) => [r.word, r.alike]));
  // Short words and numbers are kept as typed; a word with no look-alike too.
  return words.map((w) => (w.length >= 4 ? [...new Set([w, ...(byWord.get(w) ?? [])])] : [w]));
}

const LISTED = Symbol('catalog.listed');

/** What a product list read with each product for the viewer: its price, stock and brand. */
export interface ListedValues {
  readonly price: Money | null;
  readonly stock: number | null;
  readonly brand: BrandRecord | null;
}

/**
 * The price, stock and brand a product list read with this product (same statement, same viewer),
 * or undefined for a product loaded otherwise (an entity): then the loaders fetch them, batched.
 * The list's fields resolve without a promise or a loader per product.
 */
export function listedValues(product: ProductRecord): ListedValues | undefined {
  return (product as { [LISTED]?: ListedValues })[LISTED];
}

let productColumnList: string[] | undefined;

/**
 * The product table's mapped columns, named one by one (`alias.col, …`): a prepared statement
 * written with `p.*` would fail after a migration adds a column ("cached plan must not change
 * result type"), one naming its columns keeps working.
 */
function productColumns(ctx: Ctx, alias: string): string {
  productColumnList ??= ctx.em
    .getMetadata()
    .get(Product)
    .props.filter((p) => p.fieldNames?.length === 1 && (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE) && p.persist !== false)
    .map((p) => p.fieldNames[0]);
  return productColumnList.map((c) => `${alias}.${c}`).join(', ');
}

/**
 * Products visible to the viewer, searched, filtered and sorted, keyset-paginated — in one SQL
 * statement that also brings each product's price, stock and brand for the viewer; the loaders the
 * field resolvers use are primed with them, so a catalog page costs one query whatever its size.
 */
export async function listProducts(
  ctx: Ctx,
  args: ProductFilter & { first?: number | null; after?: string | null; last?: number | null; before?: string | null; sort?: ProductSort | null },
): Promise<Page<ProductRecord>> {
  if (args.after && args.before) throw apiError(ctx.t, 'BAD_USER_INPUT');
  const view = await catalogView(ctx);
  const sort = SORTS[args.sort ?? 'NAME_ASC'];
  // Paging backward reads the rows before the cursor in the reverse order, then flips them.
  const backward = Boolean(args.before);
  const cursor = args.before ?? args.after;
  const first = Math.min(Math.max((backward ? (args.last ?? args.first) : args.first) ?? 20, 1), 100);
  const direction = backward ? (sort.direction === 'asc' ? 'desc' : 'asc') : sort.direction;
  // A later page of a search that the first page answered with look-alike words (typos) says so
  // in its cursor.
  const [cursorValue, cursorId, cursorMode] = cursor ? decodeCursor(cursor) : [];
  // The page's rows first (sorted, limited), then their price, stock and brand: joins for 25 rows,
  // not for every match.
  const page = (rows: { sql: string; params: unknown[] }) =>
    preparedQuery<Record<string, unknown>>(
      ctx.em,
      `select ${productColumns(ctx, 'p')}, pp.amount as "_price", sl.quantity as "_stock", b.id as "_brand_id", b.name as "_brand_name", b.created_at as "_brand_created_at", b.updated_at as "_brand_updated_at"
       from (${rows.sql}) p
       left join product_price pp on pp.product_id = p.id and pp.price_level_id = ?
       left join stock_level sl on sl.product_id = p.id and sl.location_id = ?
       left join brand b on b.id = p.brand_id
       order by p.${sort.column} ${direction}, p.id ${direction}`,
      [...rows.params, view.priceLevel?.id ?? null, view.location?.id ?? null],
    );
  const search = async (alike?: string[][]): Promise<Array<Record<string, unknown>>> => {
    const text = textSearch(args, alike);
    if (text && !text.barcode && sort.column === 'name' && suitsIndexedSearch(text.groups)) {
      // Sorted by name: one statement that takes the page from few matches or reads many in name order.
      return page(
        nameSearchSql({
          groups: text.groups,
          referencePrefix: text.referencePrefix,
          filter: filterSql(ctx, view, 'p', args),
          // The same on the word index's copies of the product's columns (tags aside).
          prefilter: filterSql(ctx, view, 'w', args, undefined, { tags: false }),
          direction,
          after: cursor ? [cursorValue, cursorId] : undefined,
          limit: first + 1,
        }),
      );
    }
    const where = searchSql(ctx, view, 'p', args, undefined, alike);
    const keyset = cursor ? ` and (p.${sort.column}, p.id) ${direction === 'asc' ? '>' : '<'} (?, ?)` : '';
    return page({
      sql: `select p.* from product p where ${where.sql}${keyset} order by p.${sort.column} ${direction}, p.id ${direction} limit ${first + 1}`,
      params: [...where.params, ...(cursor ? [cursorValue, cursorId] : [])],
    });
  };
  // A first page searches as typed, and only when nothing matches for words that look alike.
  let alike = cursorMode === ALIKE ? await alikeWords(ctx, view, args, false) : undefined;
  let found = await search(alike);
  if (!cursor && found.length === 0 && mayHaveTypos(args)) {
    alike = await alikeWords(ctx, view, args, false);
    if (alike) found = await search(alike);
  }
  const more = found.length > first;
  const rows = backward ? found.slice(0, first).reverse() : found;
  const hasNextPage = backward ? true : more;
  const currency = (view.priceLevel?.currencyCode ?? 'EUR') as CurrencyCode;
  // Brands are few: one object per brand, shared by the page's products.
  const brands = new Map<string, BrandRecord>();
  const products = rows.slice(0, first).map((row) => {
    const { _price, _stock, _brand_id, _brand_name, _brand_created_at, _brand_updated_at } = row;
    let brand: BrandRecord | null = null;
    if (_brand_id) {
      const id = String(_brand_id);
      brand = brands.get(id) ?? recordFromRow<BrandRecord>(ctx.em, Brand, { id, name: _brand_name, created_at: _brand_created_at, updated_at: _brand_updated_at });
      brands.set(id, brand);
    }
    const listed: ListedValues = {
      price: _price === null || _price === undefined || !view.priceLevel ? null : Money.of(normalizeAmount(String(_price)), currency),
      stock: view.showStock && view.location ? Number(_stock ?? 0) : null,
      brand,
    };
    // The product's columns only (the _ columns are not the product's).
    return recordFromRow<ProductRecord>(ctx.em, Product, row, { [LISTED]: listed });
  });
  // A cursor is made when asked for (most lists ask for the page's last one only).
  const edges = products.map((node) => ({
    node,
    get cursor(): string {
      const value = sort.value(node);
      return encodeCursor(alike ? [value, node.id, ALIKE] : [value, node.id]);
    },
  }));
  return {
    edges,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage,
      hasPreviousPage: backward ? more : Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    }),
    count: async () => {
      const where = searchSql(ctx, view, 'p', args, undefined, alike);
      const [{ n }] = await preparedQuery<{ n: string }>(ctx.em, `select count(*) as n from product p where ${where.sql}`, where.params);
      return Number(n);
    },
  };
}

export interface FacetCount {
  id: string;
  name: string;
  count: number;
}

/**
 * Counts per brand, season, tag and manufacturer of the products the viewer may see and that match
 * the search and the other filters: what a filter would leave, never what is hidden.
 */
export async function productFacets(ctx: Ctx, filter: ProductFilter): Promise<Record<'brands' | 'seasons' | 'tags' | 'manufacturers', FacetCount[]>> {
  const view = await catalogView(ctx);
  const alike = await alikeWords(ctx, view, filter);
  const run = async (skip: keyof ProductFilter, select: string) => {
    const where = searchSql(ctx, view, 'p', filter, skip, alike);
    return preparedQuery<{ id: string; name: string; count: string }>(ctx.em, select.replace('$WHERE', where.sql), where.params);
  };
  // Tags and seasons in the viewer's language (issue 16); the language is one of six codes, inlined.
  const language = viewerLanguage(ctx);
  const named = (a: string) => (language && LANGUAGES.includes(language) ? `coalesce(nullif(${a}.translations->>'${language}', ''), ${a}.name)` : `${a}.name`);
  const [brands, seasons, manufacturers, tags] = await Promise.all([
    run('brandIds', 'select b.id, b.name, count(*) as count from product p join brand b on b.id = p.brand_id where $WHERE group by b.id, b.name order by b.name'),
    run('seasonIds', `select s.id, ${named('s')} as name, count(*) as count from product p join season s on s.id = p.season_id where $WHERE group by s.id order by 2`),
    run('manufacturerIds', 'select m.id, m.name, count(*) as count from product p join manufacturer m on m.id = p.manufacturer_id where $WHERE group by m.id, m.name order by m.name'),
    run('tagIds', `select t.id, ${named('t')} as name, count(*) as count from product p join product_tag pt on pt.product_id = p.id join tag t on t.id = pt.tag_id where $WHERE group by t.id order by 2`),
  ]);
  const shape = (type: string, rows: { id: string; name: string; count: string }[]) => rows.map((r) => ({ id: toGlobalId(type, r.id), name: r.name, count: Number(r.count) }));
  return { brands: shape('Brand', brands), seasons: shape('Season', seasons), tags: shape('Tag', tags), manufacturers: shape('Manufacturer', manufacturers) };
}

/** The WHERE clause of a catalog search as the viewer sees it (on `p`), for exports. */
export async function productSearchWhere(ctx: Ctx, filter: ProductFilter): Promise<{ sql: string; params: unknown[] }> {
  return searchSql(ctx, await catalogView(ctx), 'p', filter);
}
