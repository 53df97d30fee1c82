import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { isBackOffice, type Ctx } from '../../common/context.js';
import { groupLoader } from '../../common/loaders.js';
import { keysetPage } from '../../common/connection.js';
import { UserErrorCode, apiError, userError, type UserError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { escapeLike } from '../../common/text.js';
import { decimal, type CurrencyCode } from '../../common/money.js';
import { bulkQuery, catalogView, normalizeAmount } from '../catalog/index.js';
import { getSettings } from '../settings/index.js';
import { queueEmail } from '../notifications/index.js';
import { CustomerStatus } from '../customers/entities/customer.entity.js';
import { StoreAccess, StoreAccessStatus } from '../access/entities/store-access.entity.js';
import { Contact } from '../customers/entities/contact.entity.js';
import { DeliverySite } from '../customers/entities/delivery-site.entity.js';
import { Order, OrderKind, OrderLine, OrderStatus } from './entities/order.entity.js';
import { OrderDocument } from './entities/order-document.entity.js';
import { getCart, orderingActor, type OrderingActor } from './cart.service.js';

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

export interface PlaceOrderInput {
  idempotencyKey: string;
  purchaseOrderReference?: string | null;
  notes?: string | null;
  kind?: OrderKind | null;
  deliverySiteId?: string | null;
  orderDate?: string | null;
  requestedDeliveryDate?: string | null;
  documentIds?: string[] | null;
}

export const MAX_DOCUMENTS_PER_ORDER = 10;

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function asDateString(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

/** The earlier order with this key by the same actor, if any (idempotent retries). */
function findByKey(ctx: Ctx, actor: OrderingActor, key: string) {
  return actor.staff ? ctx.em.findOne(Order, { placedByStaff: actor.staff.id, idempotencyKey: key }) : ctx.em.findOne(Order, { placedBy: actor.shopUser!.id, idempotencyKey: key });
}

/**
 * Places the actor's cart (product O3): prices frozen, status SUBMITTED, documents attached, the
 * cart emptied and the confirmation email queued in one transaction. The idempotency key makes
 * retries and races return the first order: a unique (placer, key) constraint decides between
 * concurrent requests. Staff viewing the store as the customer (V1) place on its behalf: the order
 * records the staff member and the customer's first active user, who is told by email.
 */
export async function placeOrder(ctx: Ctx, input: PlaceOrderInput): Promise<{ order?: Order; userErrors: UserError[] }> {
  const actor = orderingActor(ctx);
  const { customer, access } = actor;
  const key = input.idempotencyKey.trim();
  if (!key || key.length > 100) return { userErrors: [userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'idempotencyKey'])] };

  const previous = await findByKey(ctx, actor, key);
  if (previous) return { order: previous, userErrors: [] };

  if (access?.status === StoreAccessStatus.PENDING_APPROVAL) return { userErrors: [userError(ctx.t, UserErrorCode.ORDERING_NOT_ALLOWED)] };
  if (customer.status === CustomerStatus.EXCLUDED) {
    return { userErrors: [userError(ctx.t, UserErrorCode.CUSTOMER_EXCLUDED, null, { reason: customer.exclusionReason ?? '' })] };
  }
  const errors: UserError[] = [];
  const po = input.purchaseOrderReference?.trim() || null;
  if (po && po.length > 100) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'purchaseOrderReference'], { max: 100 }));
  const notes = input.notes?.trim() || null;
  if (notes && notes.length > 5000) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'notes'], { max: 5000 }));

  const now = today();
  const orderDate = asDateString(input.orderDate) ?? now;
  if (orderDate < now) errors.push(userError(ctx.t, UserErrorCode.DATE_IN_PAST, ['input', 'orderDate']));
  else if (orderDate > addDays(now, 366)) errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'orderDate']));
  const requested = asDateString(input.requestedDeliveryDate);
  if (requested && requested < now) errors.push(userError(ctx.t, UserErrorCode.DATE_IN_PAST, ['input', 'requestedDeliveryDate']));
  else if (requested && requested < orderDate) errors.push(userError(ctx.t, UserErrorCode.DELIVERY_BEFORE_ORDER_DATE, ['input', 'requestedDeliveryDate']));

  // The delivery site must be one of this customer's; by default its first one.
  let deliverySite: DeliverySite | null = null;
  if (input.deliverySiteId) {
    const id = idOf('DeliverySite', input.deliverySiteId);
    deliverySite = id ? await ctx.em.findOne(DeliverySite, { id, customer: customer.id }) : null;
    if (!deliverySite) errors.push(userError(ctx.t, UserErrorCode.UNKNOWN_DELIVERY_SITE, ['input', 'deliverySiteId']));
  } else {
    deliverySite = await ctx.em.findOne(DeliverySite, { customer: customer.id }, { orderBy: { position: 'asc' } });
  }

  const documentIds = input.documentIds ?? [];
  let documents: OrderDocument[] = [];
  if (documentIds.length > MAX_DOCUMENTS_PER_ORDER) {
    errors.push(userError(ctx.t, UserErrorCode.TOO_MANY_DOCUMENTS, ['input', 'documentIds'], { max: MAX_DOCUMENTS_PER_ORDER }));
  } else if (documentIds.length) {
    const ids = documentIds.map((g) => idOf('OrderDocument', g));
    const valid = ids.filter((id): id is string => Boolean(id));
    documents = valid.length ? await ctx.em.find(OrderDocument, { id: { $in: valid }, customer: customer.id, order: null }) : [];
    ids.forEach((id, i) => {
      if (!id || !documents.some((d) => d.id === id)) errors.push(userError(ctx.t, UserErrorCode.UNKNOWN_DOCUMENT, ['input', 'documentIds', String(i)]));
    });
  }
  if (errors.length) return { userErrors: errors };

  // The cart's lines with the viewer's current prices, read as plain rows in one query: placing
  // is the hot path (product O3 budget), so no entity is hydrated per line.
  const cart = await getCart(ctx);
  const view = await catalogView(ctx);
  const lines = await bulkQuery<{ id: string; product_id: string; quantity: number; reference: string; name: string; active: boolean; amount: string | null }>(
    ctx.em,
    `select cl.id, cl.product_id, cl.quantity, p.reference, p.name, p.active, pp.amount
       from cart_line cl join product p on p.id = cl.product_id
       left join product_price pp on pp.product_id = cl.product_id and pp.price_level_id = ?
      where cl.cart_id = ? order by cl.created_at, cl.id`,
    [view.priceLevel?.id ?? null, cart.id],
  );
  if (lines.length === 0) {
    // A concurrent request with the same key may have just placed (and emptied) this cart.
    const winner = await findByKey(ctx, actor, key);
    return winner ? { order: winner, userErrors: [] } : { userErrors: [userError(ctx.t, UserErrorCode.CART_EMPTY)] };
  }
  lines.forEach((line, i) => {
    if (!line.active || line.amount === null) errors.push(userError(ctx.t, UserErrorCode.PRODUCT_NOT_ORDERABLE, ['cart', 'lines', String(i)]));
  });
  if (errors.length) return { userErrors: errors };

  // Shipping (product O5): the storage location's default, or the customer's last order's cost
  // when the store reuses it.
  const settings = await getSettings(ctx.em);
  let shippingCost = view.location?.defaultShippingCost ?? '0.00';
  if (settings.reusePreviousShippingCost) {
    const last = await ctx.em.findOne(Order, { customer }, { orderBy: { placedAt: 'desc' }, fields: ['shippingCost'] });
    if (last) shippingCost = last.shippingCost;
  }

  // On behalf: the order is the customer's, recorded against its first active user.
  let placedBy = actor.shopUser;
  let recipient = actor.shopUser?.email ?? null;
  if (actor.staff) {
    const first = await ctx.em.findOne(StoreAccess, { customer: customer.id, status: StoreAccessStatus.ACTIVE }, { orderBy: { createdAt: 'asc' }, populate: ['shopUser'] });
    placedBy = first?.shopUser ?? null;
    recipient = first?.email ?? (await ctx.em.findOne(Contact, { customer: customer.id, email: { $ne: null } }, { orderBy: { position: 'asc' } }))?.email ?? null;
  }

  const [{ n }] = await ctx.em.execute<{ n: string }[]>("select nextval('order_number_seq') as n");
  const currency = (view.priceLevel?.currencyCode ?? settings.currencyCode) as CurrencyCode;
  const kind = input.kind ?? OrderKind.ORDER;
  const order = ctx.em.create(Order, {
    number: `C-${String(n).padStart(6, '0')}`,
    customer,
    placedBy,
    placedByStaff: actor.staff,
    storageLocation: view.location,
    idempotencyKey: key,
    currencyCode: currency,
    subtotal: '0.00',
    shippingCost: decimal.normalize(shippingCost),
    total: '0.00',
    purchaseOrderReference: po,
    notes,
    lineCount: lines.length,
    kind,
    orderDate,
    requestedDeliveryDate: requested,
    deliverySite,
  });
  const orderLines = lines.map((line, position) => {
    const unitPrice = normalizeAmount(line.amount!);
    return { productId: line.product_id, position, reference: line.reference, name: line.name, quantity: line.quantity, unitPrice, lineTotal: decimal.mul(unitPrice, line.quantity) };
  });
  order.subtotal = decimal.add(...orderLines.map((l) => l.lineTotal));
  order.total = decimal.add(order.subtotal, order.shippingCost);
  for (const d of documents) d.order = order;
  if (recipient) {
    queueEmail(ctx, {
      to: recipient,
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
        placedOnBehalfBy: actor.staff?.name ?? null,
        quote: kind === OrderKind.QUOTE,
        requestedDeliveryDate: requested,
      },
    });
  }
  // One transaction: the order (and its email, documents), its lines set-based, the cart emptied.
  await ctx.em.begin();
  try {
    await ctx.em.flush();
    await bulkQuery(
      ctx.em,
      `insert into order_line (id, created_at, updated_at, order_id, product_id, position, reference, name, quantity, unit_price, line_total)
       select gen_random_uuid(), now(), now(), ?, t.* from unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::int[], ?::numeric[], ?::numeric[]) as t`,
      [
        order.id,
        orderLines.map((l) => l.productId),
        orderLines.map((l) => l.position),
        orderLines.map((l) => l.reference),
        orderLines.map((l) => l.name),
        orderLines.map((l) => l.quantity),
        orderLines.map((l) => l.unitPrice),
        orderLines.map((l) => l.lineTotal),
      ],
    );
    await bulkQuery(ctx.em, 'delete from cart_line where id = any(?::uuid[])', [lines.map((l) => l.id)]);
    await ctx.em.commit();
  } catch (e) {
    await ctx.em.rollback().catch(() => {});
    if (!(e instanceof UniqueConstraintViolationException)) throw e;
    // A concurrent request with the same key won: answer with its order.
    ctx.em.clear();
    ctx.afterCommit.length = 0;
    const winner = await findByKey(ctx, actor, key);
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
