import type { Ctx } from '../../common/context.js';
import { apiError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { PriceLevel, Product, ProductPrice } from '../catalog/index.js';
import { Customer } from './entities/customer.entity.js';

export type VisibilityRule = 'PRODUCT_INACTIVE' | 'BRAND_NOT_ALLOWED' | 'SEASON_NOT_ALLOWED' | 'TAG_NOT_ALLOWED' | 'MANUFACTURER_NOT_ALLOWED' | 'NO_PRICE';

/**
 * "Why can customer X not see product Y?" (hub explainer): every rule that hides the product from
 * the customer, or makes it not orderable, in the staff member's language. Mirrors the catalog's `visibilitySql`.
 */
export async function explainVisibility(ctx: Ctx, customerGlobalId: string, productGlobalId: string) {
  const customerId = idOf('Customer', customerGlobalId);
  const productId = idOf('Product', productGlobalId);
  const customer = customerId ? await ctx.em.findOne(Customer, { id: customerId }, { populate: ['visibleTags', 'visibleSeasons', 'visibleBrands', 'visibleManufacturers'] }) : null;
  const product = productId ? await ctx.em.findOne(Product, { id: productId }, { populate: ['brand', 'season', 'manufacturer', 'tags'] }) : null;
  if (!customer || !product) throw apiError(ctx.t, 'NOT_FOUND');

  const reasons: Array<{ rule: VisibilityRule; message: string }> = [];
  const names = (items: { name: string }[]) => items.map((i) => i.name).join(', ');
  const none = ctx.t('explain.none') as string;
  if (!product.active) reasons.push({ rule: 'PRODUCT_INACTIVE', message: ctx.t('explain.inactive') as string });
  const checks: Array<[VisibilityRule, { name: string; id: string }[], { id: string; name: string }[]]> = [
    ['BRAND_NOT_ALLOWED', customer.visibleBrands.getItems(), product.brand ? [product.brand] : []],
    ['SEASON_NOT_ALLOWED', customer.visibleSeasons.getItems(), product.season ? [product.season] : []],
    ['MANUFACTURER_NOT_ALLOWED', customer.visibleManufacturers.getItems(), product.manufacturer ? [product.manufacturer] : []],
    ['TAG_NOT_ALLOWED', customer.visibleTags.getItems(), product.tags.getItems()],
  ];
  for (const [rule, allowed, has] of checks) {
    if (allowed.length && !has.some((h) => allowed.some((a) => a.id === h.id))) {
      reasons.push({ rule, message: ctx.t(`explain.${rule}`, { allowed: names(allowed), actual: has.length ? names(has) : none }) as string });
    }
  }
  const level = customer.priceLevel ? await ctx.em.findOne(PriceLevel, { id: customer.priceLevel.id }) : await ctx.em.findOne(PriceLevel, { isDefault: true });
  const price = level ? await ctx.em.findOne(ProductPrice, { priceLevel: level, product }) : null;
  if (!price) reasons.push({ rule: 'NO_PRICE', message: ctx.t('explain.NO_PRICE', { level: level?.name ?? none }) as string });
  const visible = !reasons.some((r) => r.rule !== 'NO_PRICE');
  return { visible, orderable: reasons.length === 0, reasons };
}
