import type { Ctx } from '../../common/context.js';
import { UserErrorCode, apiError, userError, type UserError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { findVisibleProduct, priceLoader } from '../catalog/index.js';
import { Cart, CartLine } from './entities/cart.entity.js';

export const MAX_QUANTITY = 100_000;

function shopViewer(ctx: Ctx) {
  if (ctx.viewer.kind !== 'shop') throw apiError(ctx.t, 'FORBIDDEN');
  return ctx.viewer;
}

/** The viewer's cart for the customer it acts for, created on first use. */
export async function getCart(ctx: Ctx): Promise<Cart> {
  const viewer = shopViewer(ctx);
  const where = { shopUser: viewer.shopUser, customer: viewer.access.customer };
  let cart = await ctx.em.findOne(Cart, where);
  if (!cart) {
    await ctx.em.execute(
      'insert into cart (id, shop_user_id, customer_id) values (gen_random_uuid(), ?, ?) on conflict (shop_user_id, customer_id) do nothing',
      [viewer.shopUser.id, viewer.access.customer.id],
    );
    cart = await ctx.em.findOneOrFail(Cart, where);
  }
  return cart;
}

export function cartLines(ctx: Ctx, cart: Cart): Promise<CartLine[]> {
  return ctx.em.find(CartLine, { cart }, { orderBy: { createdAt: 'asc', id: 'asc' }, populate: ['product'] });
}

function validQuantity(q: number, allowZero: boolean): boolean {
  return Number.isInteger(q) && q >= (allowZero ? 0 : 1) && q <= MAX_QUANTITY;
}

/** Adds lines; bad lines are reported one by one and the good ones are kept (product O1). */
export async function addCartLines(ctx: Ctx, lines: { productId: string; quantity: number }[]): Promise<{ cart: Cart; userErrors: UserError[] }> {
  const cart = await getCart(ctx);
  const existing = await cartLines(ctx, cart);
  const errors: UserError[] = [];
  for (const [i, line] of lines.entries()) {
    const field = ['input', 'lines', String(i)];
    if (!validQuantity(line.quantity, false)) {
      errors.push(userError(ctx.t, UserErrorCode.INVALID_QUANTITY, [...field, 'quantity'], { max: MAX_QUANTITY }));
      continue;
    }
    const id = idOf('Product', line.productId);
    const product = id ? await findVisibleProduct(ctx, { id }) : null;
    if (!product) {
      errors.push(userError(ctx.t, UserErrorCode.PRODUCT_NOT_FOUND, [...field, 'productId']));
      continue;
    }
    if (!(await priceLoader(ctx).load(product.id))) {
      errors.push(userError(ctx.t, UserErrorCode.PRODUCT_NOT_ORDERABLE, [...field, 'productId']));
      continue;
    }
    const current = existing.find((l) => l.product.id === product.id);
    if (current) current.quantity = Math.min(current.quantity + line.quantity, MAX_QUANTITY);
    else existing.push(ctx.em.create(CartLine, { cart, product, quantity: line.quantity }));
  }
  await ctx.em.flush();
  return { cart, userErrors: errors };
}

/** Sets quantities; 0 removes the line. */
export async function updateCartLines(ctx: Ctx, lines: { lineId: string; quantity: number }[]): Promise<{ cart: Cart; userErrors: UserError[] }> {
  const cart = await getCart(ctx);
  const existing = await cartLines(ctx, cart);
  const errors: UserError[] = [];
  for (const [i, line] of lines.entries()) {
    const field = ['input', 'lines', String(i)];
    const id = idOf('CartLine', line.lineId);
    const current = existing.find((l) => l.id === id);
    if (!current) throw apiError(ctx.t, 'NOT_FOUND');
    if (!validQuantity(line.quantity, true)) {
      errors.push(userError(ctx.t, UserErrorCode.INVALID_QUANTITY, [...field, 'quantity'], { max: MAX_QUANTITY }));
    } else if (line.quantity === 0) ctx.em.remove(current);
    else current.quantity = line.quantity;
  }
  await ctx.em.flush();
  return { cart, userErrors: errors };
}
