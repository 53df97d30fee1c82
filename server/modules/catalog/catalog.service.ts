import DataLoader from 'dataloader';
import type { Ctx } from '../../common/context.js';
import { loader } from '../../common/context.js';
import { apiError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { Money, CurrencyCode } from '../../common/money.js';
import { Product } from './entities/product.entity.js';
import { PriceLevel } from './entities/price-level.entity.js';
import { StorageLocation } from './entities/storage-location.entity.js';
import { ProductPrice } from './entities/product-price.entity.js';
import { StockLevel } from './entities/stock-level.entity.js';
import { Tag } from './entities/taxonomy.entity.js';
import { barcodeVariants, normalizeAmount } from './catalog-values.js';
import { catalogView, visibilitySql } from './read-model/index.js';

export { normalizeAmount };

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
  else if (key.barcode) {
    // The code as given first, then its other spellings (a UPC-A stored as its EAN-13, or back).
    for (const code of barcodeVariants(key.barcode.trim())) {
      product = await findVisibleProduct(ctx, { barcode: code });
      if (product) break;
    }
  }
  if (!product) throw apiError(ctx.t, 'NOT_FOUND');
  return product;
}

/** The viewer's unit price of products, batched per request; null when the level has none. */
export function priceLoader(ctx: Ctx) {
  return loader(ctx, 'catalog.price', () =>
    new DataLoader<string, Money | null>(async (productIds) => {
      const view = await catalogView(ctx);
      if (!view.priceLevel) return productIds.map(() => null);
      const rows = await ctx.em.find(ProductPrice, { priceLevel: view.priceLevel.id, product: { $in: [...productIds] } });
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
      const rows = await ctx.em.find(StockLevel, { location: view.location.id, product: { $in: [...productIds] } });
      const byProduct = new Map(rows.map((r) => [r.product.id, r.quantity]));
      return productIds.map((id) => byProduct.get(id) ?? 0);
    }),
  );
}

export function tagsLoader(ctx: Ctx) {
  return loader(ctx, 'catalog.tags', () =>
    new DataLoader<string, Tag[]>(async (productIds) => {
      const rows = await ctx.em.execute<{ product_id: string; id: string; name: string; translations: Tag['translations'] }[]>(
        `select pt.product_id, t.id, t.name, t.translations from product_tag pt join tag t on t.id = pt.tag_id
         where pt.product_id in (?) order by t.name`,
        [[...productIds]],
      );
      return productIds.map((pid) =>
        rows.filter((r) => r.product_id === pid).map((r) => ctx.em.merge(Tag, { id: r.id, name: r.name, translations: r.translations } as Tag)),
      );
    }),
  );
}

export function listPriceLevels(ctx: Ctx) {
  return ctx.em.find(PriceLevel, {}, { orderBy: { name: 'asc' } });
}

export function listStorageLocations(ctx: Ctx) {
  return ctx.em.find(StorageLocation, {}, { orderBy: { name: 'asc' } });
}

