import DataLoader from 'dataloader';
import type { Ctx } from '../../common/context.js';
import { isBackOffice, loader } from '../../common/context.js';
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
}

export function catalogView(ctx: Ctx): Promise<CatalogView> {
  return loader(ctx, 'catalog.view', async () => {
    const settings = await getSettings(ctx.em);
    const customer = ctx.viewer.kind === 'shop' ? ctx.viewer.access.customer : null;
    const priceLevel = customer?.priceLevel
      ? await ctx.em.findOne(PriceLevel, { id: customer.priceLevel.id })
      : await ctx.em.findOne(PriceLevel, { isDefault: true });
    const location = customer?.storageLocation
      ? await ctx.em.findOne(StorageLocation, { id: customer.storageLocation.id })
      : await ctx.em.findOne(StorageLocation, { isDefault: true });
    return { priceLevel, location, showStock: settings.showStock || isBackOffice(ctx.viewer), activeOnly: !isBackOffice(ctx.viewer) };
  });
}

function escapeLike(q: string): string {
  return q.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** Products visible to the viewer, sorted by name; `query` matches name, reference or barcode. */
export async function listProducts(ctx: Ctx, args: { first?: number | null; after?: string | null; query?: string | null }) {
  const view = await catalogView(ctx);
  const qb = ctx.em.createQueryBuilder(Product, 'p').select('*');
  if (view.activeOnly) qb.where({ active: true });
  const q = args.query?.trim();
  if (q) {
    const like = `%${escapeLike(q)}%`;
    qb.andWhere('(p.name ilike ? or p.reference ilike ? or p.barcode = ?)', [like, like, q]);
  }
  return keysetPage<Product>({ qb, alias: 'p', sortColumn: 'name', sortValue: (p) => p.name, direction: 'asc', first: args.first, after: args.after });
}

/** One product visible to the viewer, else NOT_FOUND (whether it exists or not). */
export async function findVisibleProduct(ctx: Ctx, productId: string): Promise<Product | null> {
  const view = await catalogView(ctx);
  const product = await ctx.em.findOne(Product, { id: productId });
  if (!product || (view.activeOnly && !product.active)) return null;
  return product;
}

export async function getProduct(ctx: Ctx, globalId: string): Promise<Product> {
  const id = idOf('Product', globalId);
  const product = id ? await findVisibleProduct(ctx, id) : null;
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
