import type { Ctx } from '../../../common/context.js';
import { isBackOffice, loader, storeCustomerId } from '../../../common/context.js';
import { PriceLevel } from '../entities/price-level.entity.js';
import { StorageLocation } from '../entities/storage-location.entity.js';
import { recordFromRow, type PriceLevelRecord, type StorageLocationRecord } from './records.js';

/**
 * The catalog read model's view of the viewer (frozen; see records.ts): what the viewer buys at and from: the one place that decides price level, stock location and
 * which products are visible, so the store, staff and integrators never disagree.
 */
export interface CatalogView {
  readonly priceLevel: PriceLevelRecord | null;
  readonly location: StorageLocationRecord | null;
  readonly showStock: boolean;
  /** Shop users see active products only. */
  readonly activeOnly: boolean;
  /** Allowed taxonomy ids per dimension for a customer (product C2); null = no restriction. */
  readonly visibility: {
    readonly tagIds: readonly string[] | null;
    readonly seasonIds: readonly string[] | null;
    readonly brandIds: readonly string[] | null;
    readonly manufacturerIds: readonly string[] | null;
  } | null;
}

/** Uuids as one PostgreSQL array literal (`{a,b}`), a single parameter whatever their number. */
export function uuidArray(ids: readonly string[]): string {
  if (ids.some((id) => !UUID.test(id))) throw new Error('not a uuid');
  return `{${ids.join(',')}}`;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The SQL that keeps only what the view may see, for a product table aliased `alias`. Id lists are
 * single array parameters (`= any(?::uuid[])`), so the text is the same for every customer with the
 * same kinds of restriction and serves as one prepared statement.
 */
export function visibilitySql(view: CatalogView, alias: string, options: { tags?: boolean } = {}): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (view.activeOnly) parts.push(`${alias}.active = true`);
  const v = view.visibility;
  const dims = [
    ['brand_id', v?.brandIds],
    ['season_id', v?.seasonIds],
    ['manufacturer_id', v?.manufacturerIds],
  ] as const;
  for (const [column, ids] of dims) {
    if (!ids) continue;
    parts.push(`${alias}.${column} = any(?::uuid[])`);
    params.push(uuidArray(ids));
  }
  if (v?.tagIds && options.tags !== false) {
    parts.push(`exists (select 1 from product_tag vt where vt.product_id = ${alias}.id and vt.tag_id = any(?::uuid[]))`);
    params.push(uuidArray(v.tagIds));
  }
  return { sql: parts.length ? parts.join(' and ') : 'true', params };
}

/**
 * What a catalog view is made of, as one SQL expression giving JSON, for the customer whose id
 * `customerId` gives (an SQL expression; null = no customer): the show-stock setting, the price
 * level and storage location (the customer's, else the default) and the allowed taxonomy ids.
 * The session's statement includes it (server/modules/access/auth/lucia.ts), so a signed-in
 * request needs no statement of its own for it.
 */
export function catalogViewJsonSql(customerId: string): string {
  return `(select json_build_object(
      'customer_id', vc.id,
      'show_stock', (select show_stock from store_settings where id = 1),
      'price_level', (select row_to_json(l) from price_level l where l.id = coalesce(vc.price_level_id, (select d.id from price_level d where d.is_default limit 1))),
      'location', (select row_to_json(w) from storage_location w where w.id = coalesce(vc.storage_location_id, (select d.id from storage_location d where d.is_default limit 1))),
      'tag_ids', array(select tag_id from customer_visible_tag where customer_id = vc.id),
      'season_ids', array(select season_id from customer_visible_season where customer_id = vc.id),
      'brand_ids', array(select brand_id from customer_visible_brand where customer_id = vc.id),
      'manufacturer_ids', array(select manufacturer_id from customer_visible_manufacturer where customer_id = vc.id))
    from (select 1) as one left join customer vc on vc.id = ${customerId})`;
}

interface CatalogViewJson {
  customer_id: string | null;
  show_stock: boolean;
  price_level: Record<string, unknown> | null;
  location: Record<string, unknown> | null;
  tag_ids: string[] | null;
  season_ids: string[] | null;
  brand_ids: string[] | null;
  manufacturer_ids: string[] | null;
}

export function catalogView(ctx: Ctx): Promise<CatalogView> {
  return loader(ctx, 'catalog.view', async () => {
    // A shop user's customer, or the one staff view the store as: then staff see exactly that.
    const customerId = storeCustomerId(ctx.viewer);
    // Read with the session when there is one (and the request has not switched customer since);
    // otherwise (integrators, anonymous) one statement.
    const read = ctx.viewer.kind === 'shop' || ctx.viewer.kind === 'staff' ? (ctx.viewer.catalogView as CatalogViewJson | undefined) : undefined;
    const prefetched = read && (read.customer_id ?? null) === customerId ? read : undefined;
    const row =
      prefetched ??
      (await ctx.em.execute<{ view: CatalogViewJson }[]>(`select ${catalogViewJsonSql('?::uuid')} as view`, [customerId]))[0].view;
    const priceLevel = row.price_level ? recordFromRow<PriceLevelRecord>(ctx.em, PriceLevel, row.price_level) : null;
    const location = row.location ? recordFromRow<StorageLocationRecord>(ctx.em, StorageLocation, row.location) : null;
    const some = (ids: string[] | null) => (ids?.length ? Object.freeze([...ids]) : null);
    const visibility: CatalogView['visibility'] = customerId
      ? Object.freeze({ tagIds: some(row.tag_ids), seasonIds: some(row.season_ids), brandIds: some(row.brand_ids), manufacturerIds: some(row.manufacturer_ids) })
      : null;
    const backOffice = isBackOffice(ctx.viewer) && !customerId;
    return Object.freeze({ priceLevel, location, showStock: row.show_stock || backOffice, activeOnly: !backOffice, visibility });
  });
}
