import DataLoader from 'dataloader';
import type { Ctx } from '../../common/context.js';
import { isBackOffice, loader, storeCustomer } from '../../common/context.js';
import { keysetPage } from '../../common/connection.js';
import { apiError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { Money, CurrencyCode } from '../../common/money.js';
import { getSettings } from '../settings/index.js';
import { Product } from './entities/product.entity.js';
import { PriceLevel } from './entities/price-level.entity.js';
import { StorageLocation } from './entities/storage-location.entity.js';
import { ProductPrice } from './entities/product-price.entity.js';
import { StockLevel } from './entities/stock-level.entity.js';
import { Brand, Season, Tag } from './entities/taxonomy.entity.js';

/**
 * What the viewer buys at and from: the one place that decides price level, stock location and
 * which products are visible, so the store, staff and integrators never disagree.
 */
export interface CatalogView {
  priceLevel: PriceLevel | null;
  location: StorageLocation | null;
  showStock: boolean;
  /** Shop users see active products only. */
  activeOnly: boolean;
  /** Allowed taxonomy ids per dimension for a customer (product C2); null = no restriction. */
  visibility: { tagIds: string[] | null; seasonIds: string[] | null; brandIds: string[] | null; manufacturerIds: string[] | null } | null;
}

/** The SQL that keeps only what the view may see, for a product table aliased `alias`. */
export function visibilitySql(view: CatalogView, alias: string): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (view.activeOnly) parts.push(`${alias}.active = true`);
  const v = view.visibility;
  if (v?.brandIds) {
    parts.push(`${alias}.brand_id in (?)`);
    params.push(v.brandIds);
  }
  if (v?.seasonIds) {
    parts.push(`${alias}.season_id in (?)`);
    params.push(v.seasonIds);
  }
  if (v?.manufacturerIds) {
    parts.push(`${alias}.manufacturer_id in (?)`);
    params.push(v.manufacturerIds);
  }
  if (v?.tagIds) {
    parts.push(`exists (select 1 from product_tag vt where vt.product_id = ${alias}.id and vt.tag_id in (?))`);
    params.push(v.tagIds);
  }
  return { sql: parts.length ? parts.join(' and ') : 'true', params };
}

export function catalogView(ctx: Ctx): Promise<CatalogView> {
  return loader(ctx, 'catalog.view', async () => {
    const settings = await getSettings(ctx.em);
    // A shop user's customer, or the one staff view the store as: then staff see exactly that.
    const customer = storeCustomer(ctx.viewer);
    const priceLevel = customer?.priceLevel
      ? await ctx.em.findOne(PriceLevel, { id: customer.priceLevel.id })
      : await ctx.em.findOne(PriceLevel, { isDefault: true });
    const location = customer?.storageLocation
      ? await ctx.em.findOne(StorageLocation, { id: customer.storageLocation.id })
      : await ctx.em.findOne(StorageLocation, { isDefault: true });
    let visibility: CatalogView['visibility'] = null;
    if (customer) {
      const rows = await ctx.em.execute<{ dim: string; id: string }[]>(
        `select 'tag' as dim, tag_id as id from customer_visible_tag where customer_id = ?
         union all select 'season', season_id from customer_visible_season where customer_id = ?
         union all select 'brand', brand_id from customer_visible_brand where customer_id = ?
         union all select 'manufacturer', manufacturer_id from customer_visible_manufacturer where customer_id = ?`,
        [customer.id, customer.id, customer.id, customer.id],
      );
      const of = (dim: string) => {
        const ids = rows.filter((r) => r.dim === dim).map((r) => r.id);
        return ids.length ? ids : null;
      };
      visibility = { tagIds: of('tag'), seasonIds: of('season'), brandIds: of('brand'), manufacturerIds: of('manufacturer') };
    }
    const backOffice = isBackOffice(ctx.viewer) && !customer;
    return { priceLevel, location, showStock: settings.showStock || backOffice, activeOnly: !backOffice, visibility };
  });
}

function escapeLike(q: string): string {
  return q.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** Products visible to the viewer, sorted by name; `query` matches name, reference or barcode. */
export async function listProducts(ctx: Ctx, args: { first?: number | null; after?: string | null; query?: string | null }) {
  const view = await catalogView(ctx);
  const qb = ctx.em.createQueryBuilder(Product, 'p').select('*');
  const visible = visibilitySql(view, 'p');
  qb.where(visible.sql, visible.params);
  const q = args.query?.trim();
  if (q) {
    const like = `%${escapeLike(q)}%`;
    qb.andWhere('(p.name ilike ? or p.reference ilike ? or p.barcode = ?)', [like, like, q]);
  }
  return keysetPage<Product>({ qb, alias: 'p', sortColumn: 'name', sortValue: (p) => p.name, direction: 'asc', first: args.first, after: args.after });
}

/** One product visible to the viewer, else null (whether it exists or not). */
export async function findVisibleProduct(ctx: Ctx, where: { id: string } | { reference: string } | { barcode: string }): Promise<Product | null> {
  const view = await catalogView(ctx);
  const visible = visibilitySql(view, 'p');
  return ctx.em.createQueryBuilder(Product, 'p').select('*').where(where).andWhere(visible.sql, visible.params).getSingleResult();
}

/** A product by id, reference or barcode; NOT_FOUND alike when missing or invisible to the viewer. */
export async function getProduct(ctx: Ctx, by: string | { id?: string | null; reference?: string | null; barcode?: string | null }): Promise<Product> {
  const key = typeof by === 'string' ? { id: by } : by;
  let product: Product | null = null;
  if (key.id) {
    const id = idOf('Product', key.id);
    product = id ? await findVisibleProduct(ctx, { id }) : null;
  } else if (key.reference) product = await findVisibleProduct(ctx, { reference: key.reference.trim() });
  else if (key.barcode) product = await findVisibleProduct(ctx, { barcode: key.barcode.trim() });
  if (!product) throw apiError(ctx.t, 'NOT_FOUND');
  return product;
}

/** The viewer's unit price of products, batched per request; null when the level has none. */
export function priceLoader(ctx: Ctx) {
  return loader(ctx, 'catalog.price', () =>
    new DataLoader<string, Money | null>(async (productIds) => {
      const view = await catalogView(ctx);
      if (!view.priceLevel) return productIds.map(() => null);
      const rows = await ctx.em.find(ProductPrice, { priceLevel: view.priceLevel, product: { $in: [...productIds] } });
      const byProduct = new Map(rows.map((r) => [r.product.id, r.amount]));
      const currency = view.priceLevel.currencyCode as CurrencyCode;
      return productIds.map((id) => {
        const amount = byProduct.get(id);
        return amount === undefined ? null : Money.of(normalizeAmount(amount), currency);
      });
    }),
  );
}

/** Stock at the viewer's location, batched; null when stock is hidden. */
export function stockLoader(ctx: Ctx) {
  return loader(ctx, 'catalog.stock', () =>
    new DataLoader<string, number | null>(async (productIds) => {
      const view = await catalogView(ctx);
      if (!view.showStock || !view.location) return productIds.map(() => null);
      const rows = await ctx.em.find(StockLevel, { location: view.location, product: { $in: [...productIds] } });
      const byProduct = new Map(rows.map((r) => [r.product.id, r.quantity]));
      return productIds.map((id) => byProduct.get(id) ?? 0);
    }),
  );
}

export function brandLoader(ctx: Ctx) {
  return loader(ctx, 'catalog.brand', () =>
    new DataLoader<string, Brand | null>(async (ids) => {
      const rows = await ctx.em.find(Brand, { id: { $in: [...ids] } });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
  );
}

export function seasonLoader(ctx: Ctx) {
  return loader(ctx, 'catalog.season', () =>
    new DataLoader<string, Season | null>(async (ids) => {
      const rows = await ctx.em.find(Season, { id: { $in: [...ids] } });
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    }),
  );
}

export function tagsLoader(ctx: Ctx) {
  return loader(ctx, 'catalog.tags', () =>
    new DataLoader<string, Tag[]>(async (productIds) => {
      const rows = await ctx.em.execute<{ product_id: string; id: string; name: string }[]>(
        `select pt.product_id, t.id, t.name from product_tag pt join tag t on t.id = pt.tag_id
         where pt.product_id in (?) order by t.name`,
        [[...productIds]],
      );
      return productIds.map((pid) =>
        rows.filter((r) => r.product_id === pid).map((r) => ctx.em.merge(Tag, { id: r.id, name: r.name } as Tag)),
      );
    }),
  );
}

/** Prices are stored with 4 decimals; shown with 2 unless more are significant. */
export function normalizeAmount(amount: string): string {
  const [int, frac = ''] = amount.split('.');
  const trimmed = frac.replace(/0+$/, '');
  return `${int}.${trimmed.padEnd(2, '0')}`;
}

export function listPriceLevels(ctx: Ctx) {
  return ctx.em.find(PriceLevel, {}, { orderBy: { name: 'asc' } });
}

export function listStorageLocations(ctx: Ctx) {
  return ctx.em.find(StorageLocation, {}, { orderBy: { name: 'asc' } });
}
