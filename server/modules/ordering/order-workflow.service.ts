import type { EntityManager } from '@mikro-orm/postgresql';
import { backOfficeActor, isBackOffice, type Ctx } from '../../common/context.js';
import { UserErrorCode, apiError, userError, type UserError } from '../../common/errors.js';
import { toGlobalId } from '../../common/global-id.js';
import { decimal } from '../../common/money.js';
import { groupLoader } from '../../common/loaders.js';
import { parseAmount } from '../catalog/index.js';
import { publish } from '../../common/events.js';
import { Contact, Customer } from '../customers/index.js';
import { ShopUser } from '../access/index.js';
import { Order, OrderStatus } from './entities/order.entity.js';
import { OrderEvent, OrderEventKind } from './entities/order-event.entity.js';
import { getOrder, orderLines } from './order.service.js';
import { addCartLines } from './cart.service.js';
import { OrderStatusChangedEvent } from './events/order-status-changed.event.js';
import { ShippingCostChangedEvent } from './events/shipping-cost-changed.event.js';
import { recomputeOrderTax } from './order-tax.js';
import type { Cart } from './entities/cart.entity.js';

/**
 * The order state machine (O4): which status each status may become. Anything else is refused
 * with INVALID_TRANSITION naming both statuses.
 */
const TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  [OrderStatus.SUBMITTED]: [OrderStatus.VALIDATED, OrderStatus.REJECTED, OrderStatus.CANCELLED],
  [OrderStatus.VALIDATED]: [OrderStatus.SHIPPED, OrderStatus.CANCELLED],
  [OrderStatus.SHIPPED]: [OrderStatus.DELIVERED],
  [OrderStatus.REJECTED]: [],
  [OrderStatus.DELIVERED]: [],
  [OrderStatus.CANCELLED]: [],
};

/** Statuses in which staff may still change the shipping cost. */
const SHIPPING_EDITABLE = new Set([OrderStatus.SUBMITTED, OrderStatus.VALIDATED]);
const REASON_MAX = 2000;

function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

type Outcome = { order?: Order; userErrors: UserError[] };

/** Who acts, as stored on the event: a staff member or an integrator token (the back office). */
function actor(ctx: Ctx): Pick<OrderEvent, 'staff' | 'apiToken' | 'shopUser'> {
  if (!isBackOffice(ctx.viewer)) throw apiError(ctx.t, 'FORBIDDEN');
  return backOfficeActor(ctx.viewer);
}

function invalidTransition(ctx: Ctx, from: OrderStatus, to: OrderStatus): UserError {
  return userError(ctx.t, UserErrorCode.INVALID_TRANSITION, null, {
    from: ctx.t(`orderStatus.${from}`),
    to: ctx.t(`orderStatus.${to}`),
  });
}

/** The address the customer is told at: who placed the order, else the primary contact. */
async function customerEmail(em: EntityManager, order: Order): Promise<string | null> {
  if (order.placedBy) {
    const user = await em.findOne(ShopUser, { id: order.placedBy.id });
    if (user?.email) return user.email;
  }
  const contact = await em.findOne(Contact, { customer: order.customer.id, email: { $ne: null } }, { orderBy: { position: 'asc' } });
  return contact?.email ?? null;
}

/**
 * Moves an order to `to` (staff or an ORDERS_MANAGE token). The status is changed by one
 * conditional UPDATE (`where status = <the status read>`): of two staff acting at once, the second
 * finds the row already moved and gets INVALID_TRANSITION; nothing of theirs is written. The event
 * and the customer's email (in its document language) are written in the same transaction.
 */
export async function transitionOrder(ctx: Ctx, input: { orderId: string; reason?: string | null }, to: OrderStatus): Promise<Outcome> {
  const who = actor(ctx);
  const order = await getOrder(ctx, input.orderId);
  const reason = input.reason?.trim() || null;
  if (to === OrderStatus.REJECTED && !reason) return { userErrors: [userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'reason'])] };
  if (reason && reason.length > REASON_MAX) return { userErrors: [userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'reason'], { max: REASON_MAX })] };
  const from = order.status;
  if (!canTransition(from, to)) return { userErrors: [invalidTransition(ctx, from, to)] };

  const now = new Date();
  const moved = await ctx.em.transactional(async (em) => {
    const count = await em.nativeUpdate(Order, { id: order.id, status: from }, { status: to, updatedAt: now });
    if (count === 0) return false;
    em.create(OrderEvent, { order: order.id, kind: to as unknown as OrderEventKind, fromStatus: from, toStatus: to, reason, createdAt: now, ...who });
    // One connection in a transaction: one query at a time.
    const customer = await em.findOneOrFail(Customer, { id: order.customer.id });
    await publish({ em, afterCommit: ctx.afterCommit, app: ctx.app, viewer: ctx.viewer }, new OrderStatusChangedEvent(order, customer, from, to, reason, now, await customerEmail(em, order)));
    return true;
  });
  await ctx.em.refresh(order);
  // Not moved: someone else moved it first (nothing of ours was written); report from the status it has now.
  return { order, userErrors: moved ? [] : [invalidTransition(ctx, order.status, to)] };
}

/**
 * Changes the shipping cost and the total (O5), while the order is SUBMITTED or VALIDATED. Recorded
 * on the timeline; no email (the template tells status changes; the customer sees the new total
 * on the order page and in the validation/shipping emails' link).
 */
export async function updateShippingCost(ctx: Ctx, input: { orderId: string; shippingCost: string }): Promise<Outcome> {
  const who = actor(ctx);
  const order = await getOrder(ctx, input.orderId);
  const parsed = parseAmount(input.shippingCost ?? '', 2);
  if ('code' in parsed) return { userErrors: [userError(ctx.t, parsed.code, ['input', 'shippingCost'])] };
  const locked = () => userError(ctx.t, UserErrorCode.SHIPPING_COST_LOCKED, ['input', 'shippingCost'], { status: ctx.t(`orderStatus.${order.status}`) });
  if (!SHIPPING_EDITABLE.has(order.status)) return { userErrors: [locked()] };
  const amount = decimal.normalize(parsed.amount);
  const previous = decimal.normalize(order.shippingCost);
  if (amount === previous) return { order, userErrors: [] };
  const status = order.status;
  // VAT recomputed from the rates frozen at placing (decision 35); old orders keep subtotal + shipping.
  const tax = await recomputeOrderTax(ctx, order, amount);
  const figures = tax
    ? { total: tax.total, totalExcludingTax: tax.totalExcludingTax, taxTotal: tax.taxTotal, taxLines: tax.taxLines }
    : { total: decimal.add(order.subtotal, amount) };
  const changed = await ctx.em.transactional(async (em) => {
    // Guarded by the status read, so a cost cannot change under a concurrent shipment.
    const count = await em.nativeUpdate(
      Order,
      { id: order.id, status },
      { shippingCost: amount, ...figures, updatedAt: new Date() },
    );
    if (count === 0) return false;
    em.create(OrderEvent, { order: order.id, kind: OrderEventKind.SHIPPING_COST_CHANGED, previousShippingCost: previous, shippingCost: amount, ...who });
    await publish({ em, afterCommit: ctx.afterCommit, app: ctx.app, viewer: ctx.viewer }, new ShippingCostChangedEvent(order, previous, amount));
    return true;
  });
  await ctx.em.refresh(order);
  return { order, userErrors: changed ? [] : [locked()] };
}

export const EXTERNAL_REFERENCE_MAX = 100;

/**
 * The supplier's system writes its own number for the order back (E3): the first one marks the
 * order acknowledged, the same one again changes nothing (an ERP retrying is harmless and the
 * order does not come back in its next delta pull), a different one replaces it. Every change is
 * on the timeline with the previous reference. The row is locked for the read-compare-write.
 */
export async function acknowledgeOrder(ctx: Ctx, input: { orderId: string; externalReference: string }): Promise<Outcome> {
  const who = actor(ctx);
  const order = await getOrder(ctx, input.orderId);
  const reference = input.externalReference.trim();
  if (!reference) return { userErrors: [userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'externalReference'])] };
  if (reference.length > EXTERNAL_REFERENCE_MAX) return { userErrors: [userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'externalReference'], { max: EXTERNAL_REFERENCE_MAX })] };
  if (order.externalReference === reference) return { order, userErrors: [] };
  await ctx.em.transactional(async (em) => {
    const [current] = await em.execute<Array<{ external_reference: string | null }>>('select external_reference from customer_order where id = ? for update', [order.id]);
    if (current.external_reference === reference) return;
    const now = new Date();
    await em.execute('update customer_order set external_reference = ?, acknowledged_at = coalesce(acknowledged_at, ?), updated_at = ? where id = ?', [reference, now, now, order.id]);
    em.create(OrderEvent, {
      order: order.id,
      kind: OrderEventKind.ACKNOWLEDGED,
      previousExternalReference: current.external_reference,
      externalReference: reference,
      createdAt: now,
      ...who,
    });
  });
  await ctx.em.refresh(order);
  return { order, userErrors: [] };
}

/** A timeline entry: a stored event, or the placement derived from the order itself. */
export interface TimelineEntry {
  kind: OrderEventKind;
  at: Date;
  fromStatus: OrderStatus | null;
  toStatus: OrderStatus | null;
  reason: string | null;
  previousShippingCost: string | null;
  shippingCost: string | null;
  previousExternalReference: string | null;
  externalReference: string | null;
  actorKind: 'STAFF' | 'SHOP_USER' | 'INTEGRATOR' | null;
  staffId: string | null;
  shopUserId: string | null;
  apiTokenId: string | null;
  currencyCode: string;
}

/** The order's history, oldest first, starting with its placement. Batched across orders. */
export async function orderTimeline(ctx: Ctx, order: Order): Promise<TimelineEntry[]> {
  const events = await groupLoader(
    ctx,
    'order.events',
    (ids) => ctx.em.find(OrderEvent, { order: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    (e) => e.order.id,
  ).load(order.id);
  const placed: TimelineEntry = {
    kind: OrderEventKind.PLACED,
    at: order.placedAt,
    fromStatus: null,
    toStatus: OrderStatus.SUBMITTED,
    reason: null,
    previousShippingCost: null,
    shippingCost: null,
    previousExternalReference: null,
    externalReference: null,
    actorKind: order.placedBy ? 'SHOP_USER' : null,
    staffId: null,
    shopUserId: order.placedBy?.id ?? null,
    apiTokenId: null,
    currencyCode: order.currencyCode,
  };
  return [
    placed,
    ...events.map((e) => ({
      kind: e.kind,
      at: e.createdAt,
      fromStatus: e.fromStatus ?? null,
      toStatus: e.toStatus ?? null,
      reason: e.reason ?? null,
      previousShippingCost: e.previousShippingCost ?? null,
      shippingCost: e.shippingCost ?? null,
      previousExternalReference: e.previousExternalReference ?? null,
      externalReference: e.externalReference ?? null,
      actorKind: e.staff ? ('STAFF' as const) : e.apiToken ? ('INTEGRATOR' as const) : e.shopUser ? ('SHOP_USER' as const) : null,
      staffId: e.staff?.id ?? null,
      shopUserId: e.shopUser?.id ?? null,
      apiTokenId: e.apiToken?.id ?? null,
      currencyCode: order.currencyCode,
    })),
  ];
}

/**
 * "Order again" (O6): adds the order's lines to the viewer's cart through the cart's own rules
 * (visibility, price, quantity). Lines no longer available are reported by reference and name;
 * the others are added.
 */
export async function reorder(ctx: Ctx, input: { orderId: string }): Promise<{ cart?: Cart; addedLineCount: number; userErrors: UserError[] }> {
  if (ctx.viewer.kind !== 'shop') throw apiError(ctx.t, 'FORBIDDEN');
  const order = await getOrder(ctx, input.orderId);
  const lines = await orderLines(ctx, order);
  const errors: UserError[] = [];
  const unavailable = (line: { reference: string; name: string; position: number }) =>
    userError(ctx.t, UserErrorCode.LINE_UNAVAILABLE, ['order', 'lines', String(line.position)], { reference: line.reference, name: line.name });
  const candidates = lines.filter((l) => {
    if (!l.product) errors.push(unavailable(l));
    return Boolean(l.product);
  });
  const result = await addCartLines(
    ctx,
    candidates.map((l) => ({ productId: toGlobalId('Product', l.product!.id), quantity: l.quantity })),
  );
  const failed = new Set<number>();
  for (const e of result.userErrors) {
    const index = Number(e.field?.[2]);
    if (Number.isInteger(index) && !failed.has(index)) {
      failed.add(index);
      errors.push(unavailable(candidates[index]));
    }
  }
  errors.sort((a, b) => Number(a.field?.[2]) - Number(b.field?.[2]));
  return { cart: result.cart, addedLineCount: candidates.length - failed.size, userErrors: errors };
}
