import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { isBackOffice, type Ctx } from '../../common/context.js';
import { groupLoader } from '../../common/loaders.js';
import { keysetPage } from '../../common/connection.js';
import { UserErrorCode, apiError, userError, type UserError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { escapeLike } from '../../common/text.js';
import { decimal, type CurrencyCode } from '../../common/money.js';
import { catalogView, priceLoader } from '../catalog/index.js';
import { getSettings } from '../settings/index.js';
import { queueEmail } from '../notifications/index.js';
import { CustomerStatus } from '../customers/entities/customer.entity.js';
import { StoreAccessStatus } from '../access/entities/store-access.entity.js';
import { CartLine } from './entities/cart.entity.js';
import { Order, OrderLine, OrderStatus } from './entities/order.entity.js';
import { cartLines, getCart } from './cart.service.js';

/** Orders the viewer may see: staff all, a shop user its customer's. */
function scopedOrders(ctx: Ctx) {
  const qb = ctx.em.createQueryBuilder(Order, 'o').select('*');
  if (ctx.viewer.kind === 'shop') qb.where({ customer: ctx.viewer.access.customer.id });
  else if (!isBackOffice(ctx.viewer)) throw apiError(ctx.t, 'FORBIDDEN');
  return qb;
}

/** Newest first. */
export async function listOrders(
  ctx: Ctx,
  args: { first?: number | null; after?: string | null; status?: OrderStatus | null; customerId?: string | null; customerSearch?: string | null; placedFrom?: Date | null; placedBefore?: Date | null },
) {
  const qb = scopedOrders(ctx);
  if (args.status) qb.andWhere({ status: args.status });
  if (args.customerId && ctx.viewer.kind !== 'shop') qb.andWhere({ customer: idOf('Customer', args.customerId) ?? '00000000-0000-0000-0000-000000000000' });
  const search = args.customerSearch?.trim();
  if (search && ctx.viewer.kind !== 'shop') {
    const like = `%${escapeLike(search)}%`;
    qb.andWhere('exists (select 1 from customer c where c.id = o.customer_id and (c.name ilike ? or c.customer_number ilike ?))', [like, like]);
  }
  if (args.placedFrom) qb.andWhere({ placedAt: { $gte: args.placedFrom } });
  if (args.placedBefore) qb.andWhere({ placedAt: { $lt: args.placedBefore } });
  return keysetPage<Order>({ qb, alias: 'o', sortColumn: 'placed_at', sortValue: (o) => o.placedAt.toISOString(), direction: 'desc', first: args.first, after: args.after });
}

/** One order; another customer's order answers NOT_FOUND, as if it did not exist. */
export async function getOrder(ctx: Ctx, globalId: string): Promise<Order> {
  const id = idOf('Order', globalId);
  const order = id ? await scopedOrders(ctx).andWhere({ id }).getSingleResult() : null;
  if (!order) throw apiError(ctx.t, 'NOT_FOUND');
  return order;
}

/**
 * Places the viewer's cart (product O3): prices frozen, status SUBMITTED, the cart emptied and the
 * confirmation email queued in one transaction. The idempotency key makes retries and races
 * return the first order: the unique (user, key) constraint decides between concurrent requests.
 */
export async function placeOrder(
  ctx: Ctx,
  input: { idempotencyKey: string; purchaseOrderReference?: string | null; notes?: string | null },
): Promise<{ order?: Order; userErrors: UserError[] }> {
  if (ctx.viewer.kind !== 'shop') throw apiError(ctx.t, 'FORBIDDEN');
  const { shopUser, access } = ctx.viewer;
  const customer = access.customer;
  const key = input.idempotencyKey.trim();
  if (!key || key.length > 100) return { userErrors: [userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'idempotencyKey'])] };

  const previous = await ctx.em.findOne(Order, { placedBy: shopUser, idempotencyKey: key });
  if (previous) return { order: previous, userErrors: [] };

  if (access.status === StoreAccessStatus.PENDING_APPROVAL) return { userErrors: [userError(ctx.t, UserErrorCode.ORDERING_NOT_ALLOWED)] };
  if (customer.status === CustomerStatus.EXCLUDED) {
    return { userErrors: [userError(ctx.t, UserErrorCode.CUSTOMER_EXCLUDED, null, { reason: customer.exclusionReason ?? '' })] };
  }
  const po = input.purchaseOrderReference?.trim() || null;
  if (po && po.length > 100) return { userErrors: [userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'purchaseOrderReference'], { max: 100 })] };
  const notes = input.notes?.trim() || null;
  if (notes && notes.length > 5000) return { userErrors: [userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'notes'], { max: 5000 })] };

  const cart = await getCart(ctx);
  const lines = await cartLines(ctx, cart);
  if (lines.length === 0) return { userErrors: [userError(ctx.t, UserErrorCode.CART_EMPTY)] };

  const view = await catalogView(ctx);
  const prices = await priceLoader(ctx).loadMany(lines.map((l) => l.product.id));
  const errors: UserError[] = [];
  lines.forEach((line, i) => {
    const price = prices[i];
    if (!line.product.active || !price || price instanceof Error) {
      errors.push(Object.assign(userError(ctx.t, UserErrorCode.PRODUCT_NOT_ORDERABLE, ['cart', 'lines', String(i)]), {}));
    }
  });
  if (errors.length) return { userErrors: errors };

  const settings = await getSettings(ctx.em);
  let shippingCost = view.location?.defaultShippingCost ?? '0.00';
  if (settings.reusePreviousShippingCost) {
    const last = await ctx.em.findOne(Order, { customer }, { orderBy: { placedAt: 'desc' } });
    if (last) shippingCost = last.shippingCost;
  }

  const [{ n }] = await ctx.em.execute<{ n: string }[]>("select nextval('order_number_seq') as n");
  const currency = (view.priceLevel?.currencyCode ?? settings.currencyCode) as CurrencyCode;
  const order = ctx.em.create(Order, {
    number: `C-${String(n).padStart(6, '0')}`,
    customer,
    placedBy: shopUser,
    storageLocation: view.location,
    idempotencyKey: key,
    currencyCode: currency,
    subtotal: '0.00',
    shippingCost: decimal.normalize(shippingCost),
    total: '0.00',
    purchaseOrderReference: po,
    notes,
    lineCount: lines.length,
  });
  const orderLines = lines.map((line, position) => {
    const unitPrice = (prices[position] as { amount: string }).amount;
    return ctx.em.create(OrderLine, {
      order,
      product: line.product,
      position,
      reference: line.product.reference,
      name: line.product.name,
      quantity: line.quantity,
      unitPrice,
      lineTotal: decimal.mul(unitPrice, line.quantity),
    });
  });
  order.subtotal = decimal.add(...orderLines.map((l) => l.lineTotal));
  order.total = decimal.add(order.subtotal, order.shippingCost);
  ctx.em.remove(lines as CartLine[]);
  queueEmail(ctx, {
    to: shopUser.email,
    template: 'order-placed',
    language: customer.documentLanguage,
    props: {
      supplierName: settings.storeName,
      customerName: customer.name,
      orderNumber: order.number,
      orderUrl: `${ctx.env.publicUrl}/orders/${order.globalId}`,
      placedAt: order.placedAt.toISOString(),
      currencyCode: currency,
      lines: orderLines.map((l) => ({ reference: l.reference, name: l.name, quantity: l.quantity, unitPrice: l.unitPrice, lineTotal: l.lineTotal })),
      subtotal: order.subtotal,
      shippingCost: order.shippingCost,
      total: order.total,
      purchaseOrderReference: po,
    },
  });
  try {
    await ctx.em.flush();
  } catch (e) {
    if (!(e instanceof UniqueConstraintViolationException)) throw e;
    // A concurrent request with the same key won: answer with its order.
    ctx.em.clear();
    ctx.afterCommit.length = 0;
    const winner = await ctx.em.findOne(Order, { placedBy: shopUser.id, idempotencyKey: key });
    if (!winner) throw e;
    return { order: winner, userErrors: [] };
  }
  return { order, userErrors: [] };
}

/** Lines of many orders in one query (lists show lines without N+1). */
export function orderLines(ctx: Ctx, order: Order): Promise<OrderLine[]> {
  return groupLoader(
    ctx,
    'order.lines',
    (ids) => ctx.em.find(OrderLine, { order: { $in: ids } }, { orderBy: { position: 'asc' } }),
    (l) => l.order.id,
  ).load(order.id);
}
