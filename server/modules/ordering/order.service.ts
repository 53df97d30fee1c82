import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { publish } from '../../common/events.js';
import { OrderPlacedEvent } from './events/order-placed.event.js';
import { isBackOffice, type Ctx } from '../../common/context.js';
import { groupLoader } from '../../common/loaders.js';
import { keysetPage, timestampCursorSql } from '../../common/connection.js';
import { UserErrorCode, apiError, userError, type UserError } from '../../common/errors.js';
import { idOf, toGlobalId } from '../../common/global-id.js';
import { mapJsonRow } from '../../common/json-rows.js';
import { escapeLike } from '../../common/text.js';
import { decimal, type CurrencyCode } from '../../common/money.js';
import { bulkQuery, catalogView, normalizeAmount, type CatalogView } from '../catalog/index.js';
import { EMAIL_QUEUE } from '../../common/jobs.js';
import type { EmailPropsByTemplate } from '../../../emails/index.js';
import { StoreSettings } from '../settings/index.js';
import { Contact } from '../customers/index.js';
import { StoreAccess, StoreAccessStatus } from '../access/index.js';
import { Order, OrderKind, OrderLine, OrderStatus } from './entities/order.entity.js';
import { expectedShippingCost, freezeTax, orderEmailTax, rateFor, type FrozenTax, type RateRow } from './order-tax.js';
import { orderingActor, orderingRefusal, quantityError, type OrderingActor } from './cart.service.js';

/** Orders the viewer may see: staff all, a shop user its customer's. */
function scopedOrders(ctx: Ctx) {
  const qb = ctx.em.createQueryBuilder(Order, 'o').select('*');
  if (ctx.viewer.kind === 'shop') qb.where({ customer: ctx.viewer.access.customer.id });
  else if (!isBackOffice(ctx.viewer)) throw apiError(ctx.t, 'FORBIDDEN');
  return qb;
}

/** Newest first; with `updatedSince`, oldest change first for delta sync (E3). */
export async function listOrders(
  ctx: Ctx,
  args: {
    first?: number | null;
    after?: string | null;
    status?: OrderStatus | null;
    customerId?: string | null;
    customerSearch?: string | null;
    placedFrom?: Date | null;
    placedBefore?: Date | null;
    updatedSince?: Date | null;
    acknowledged?: boolean | null;
    search?: string | null;
  },
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
  if (args.acknowledged === true) qb.andWhere('o.acknowledged_at is not null');
  if (args.acknowledged === false) qb.andWhere('o.acknowledged_at is null');
  const text = args.search?.trim();
  if (text) {
    const like = `%${escapeLike(text)}%`;
    qb.andWhere('(o.number ilike ? or o.external_reference ilike ? or o.purchase_order_reference ilike ?)', [like, like, like]);
  }
  if (args.updatedSince) {
    // Ascending by change, so a row changed while the ERP pages moves ahead of its cursor (seen
    // again later) rather than behind it (missed). The cursor keeps the column's microseconds.
    qb.andWhere({ updatedAt: { $gte: args.updatedSince } });
    return keysetPage<Order>({
      qb, alias: 'o', sortColumn: 'updated_at', sortValue: (o) => o.updatedAt.toISOString(), direction: 'asc', first: args.first, after: args.after,
      exact: { em: ctx.em, entity: Order, sql: timestampCursorSql('o.updated_at') },
    });
  }
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

/** An order's input once checked: trimmed, dates as yyyy-mm-dd, ids decoded (null where unknown). */
interface PlacementValues {
  key: string;
  po: string | null;
  notes: string | null;
  kind: OrderKind;
  orderDate: string;
  requested: string | null;
  siteId: string | null;
  documentIds: string[];
  docIds: Array<string | null>;
}

/** What placing reads, in one statement (see readPlacement). */
interface PlacementRead {
  previous: Record<string, unknown> | null;
  site: Record<string, unknown> | null;
  settings: Record<string, unknown>;
  last_shipping_cost: string | null;
  lines: Array<{ id: string; product_id: string; quantity: number; reference: string; name: string; active: boolean; amount: string | null; tax_rate_id: string | null; pack_size: number; min_quantity: number | null; max_quantity: number | null; order_increment: number | null }>;
  documents: string[];
  /** Every VAT rate (a handful): the lines' and the shipping's are picked from them. */
  tax_rates: RateRow[];
}

/** What the order will hold, computed from what was read: lines with frozen prices, totals, who is told. */
interface PlacementFigures {
  currency: CurrencyCode;
  lines: Array<{ productId: string; position: number; reference: string; name: string; quantity: number; unitPrice: string; lineTotal: string; taxRateName: string | null; taxPercentage: string | null }>;
  subtotal: string;
  shipping: string;
  total: string;
  /** VAT frozen at placing (decision 35), with the customer's exemption. */
  tax: FrozenTax & { exemption: string | null; exemptionMention: string | null; vatNumber: string | null };
  storeName: string;
  placedBy: OrderingActor['shopUser'];
  recipient: string | null;
}

/**
 * Places the actor's cart (product O3): prices frozen, status SUBMITTED, documents attached, the
 * cart emptied and the confirmation email queued in one transaction. The idempotency key makes
 * retries and races return the first order: a unique (placer, key) constraint decides between
 * concurrent requests. Staff viewing the store as the customer (V1) place on its behalf: the order
 * records the staff member and the customer's first active user, who is told by email.
 * In steps: validate the input (no SQL), read everything in one statement, check what was read,
 * compute the figures, write in one statement.
 */
export async function placeOrder(ctx: Ctx, input: PlaceOrderInput, source?: QuoteSource): Promise<{ order?: Order; userErrors: UserError[] }> {
  const actor = orderingActor(ctx);
  const key = input.idempotencyKey.trim();
  if (!key || key.length > 100) return { userErrors: [userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'idempotencyKey'])] };

  const refusal = orderingRefusal(ctx, actor);
  if (refusal) {
    // A retried request for an order placed before the exclusion still gets that order.
    const earlier = refusal.code === UserErrorCode.CUSTOMER_EXCLUDED ? await findByKey(ctx, actor, key) : null;
    if (earlier) return { order: earlier, userErrors: [] };
    return { userErrors: [refusal] };
  }
  const { values, errors } = validatePlacement(ctx, input, key);
  const view = await catalogView(ctx);
  const read = await readPlacement(ctx, actor, values, view, source);
  if (read.previous) return { order: mapJsonRow(ctx.em, Order, read.previous), userErrors: [] };
  errors.push(...checkReferences(ctx, values, read));
  if (errors.length) return { userErrors: errors };

  if (read.lines.length === 0) {
    // A concurrent request with the same key may have just placed (and emptied) this cart.
    const winner = await findByKey(ctx, actor, key);
    return winner ? { order: winner, userErrors: [] } : { userErrors: [userError(ctx.t, UserErrorCode.CART_EMPTY)] };
  }
  // A quote's lines keep the prices and quantities the supplier agreed to (decision 60).
  if (!source) read.lines.forEach((line, i) => {
    if (!line.active || line.amount === null) errors.push(userError(ctx.t, UserErrorCode.PRODUCT_NOT_ORDERABLE, ['cart', 'lines', String(i)]));
    else {
      // The rules may have changed since the line was added (decision 0049): placing checks them again.
      const rule = quantityError(ctx, line.quantity, { packSize: line.pack_size, minQuantity: line.min_quantity, maxQuantity: line.max_quantity, orderIncrement: line.order_increment }, ['cart', 'lines', String(i), 'quantity']);
      if (rule) errors.push(Object.assign(rule, { message: `${line.reference} ${line.name}: ${rule.message}` }));
    }
  });
  if (errors.length) return { userErrors: errors };

  const figures = await computeFigures(ctx, actor, read, view);
  let row: Record<string, unknown>;
  try {
    row = await writeOrder(ctx, actor, values, read, view, figures, source);
  } catch (e) {
    const unique = e instanceof UniqueConstraintViolationException || (e as { code?: string }).code === '23505';
    if (!unique) throw e;
    // A concurrent request with the same key won: answer with its order.
    const winner = await findByKey(ctx, actor, key);
    if (!winner) throw e;
    return { order: winner, userErrors: [] };
  }
  const order = mapJsonRow(ctx.em, Order, row);
  // Only a placement made now: an answer replayed for the same key tells nothing new.
  const v = ctx.viewer;
  await publish(ctx, new OrderPlacedEvent(order, v.kind === 'shop' ? { customerId: v.customerId, shopUserId: v.shopUserId } : null));
  return { order, userErrors: [] };
}

/** The input's own rules (lengths, dates, id shapes), without SQL: the values and every error found. */
function validatePlacement(ctx: Ctx, input: PlaceOrderInput, key: string): { values: PlacementValues; errors: UserError[] } {
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

  let siteId: string | null = null;
  if (input.deliverySiteId) {
    siteId = idOf('DeliverySite', input.deliverySiteId);
    if (!siteId) errors.push(userError(ctx.t, UserErrorCode.UNKNOWN_DELIVERY_SITE, ['input', 'deliverySiteId']));
  }
  const documentIds = input.documentIds ?? [];
  if (documentIds.length > MAX_DOCUMENTS_PER_ORDER) {
    errors.push(userError(ctx.t, UserErrorCode.TOO_MANY_DOCUMENTS, ['input', 'documentIds'], { max: MAX_DOCUMENTS_PER_ORDER }));
  }
  const docIds = documentIds.map((g) => idOf('OrderDocument', g));
  return { values: { key, po, notes, kind: input.kind ?? OrderKind.ORDER, orderDate, requested, siteId, documentIds, docIds }, errors };
}

/**
 * Everything placing reads, in one statement (placing is the hot path, product O3 budget): an
 * earlier order with this key, the delivery site (the one asked for if it is the customer's,
 * else its first), the settings, the customer's last shipping cost, the cart's lines with the
 * viewer's current prices, and which of the documents are the customer's and still unattached.
 */
async function readPlacement(ctx: Ctx, actor: OrderingActor, values: PlacementValues, view: CatalogView, source?: QuoteSource): Promise<PlacementRead> {
  const { customer } = actor;
  const placer = actor.staff ? { column: 'placed_by_staff_id', id: actor.staff.id } : { column: 'placed_by_id', id: actor.shopUser!.id };
  const owner = actor.staff ? { column: 'staff_user_id', id: actor.staff.id } : { column: 'shop_user_id', id: actor.shopUser!.id };
  const [read] = await bulkQuery<PlacementRead>(
    ctx.em,
    `select
       (select row_to_json(o) from customer_order o where o.${placer.column} = ? and o.idempotency_key = ?) as previous,
       (select row_to_json(d) from delivery_site d where d.customer_id = ? and (?::uuid is null or d.id = ?::uuid) order by d.position, d.id limit 1) as site,
       (select to_jsonb(s) - 'logo' from store_settings s where s.id = 1) as settings, -- not the logo's bytes
       (select o.shipping_cost::text from customer_order o where o.customer_id = ? order by o.placed_at desc limit 1) as last_shipping_cost,
       (select coalesce(json_agg(x order by x.created_at, x.id), '[]') from (${source ? QUOTE_LINES_SQL : CART_LINES_SQL.replace('$owner', owner.column)}) x) as lines,
       array(select d.id::text from order_document d where d.id = any(?::uuid[]) and d.customer_id = ? and d.order_id is null) as documents,
       (select coalesce(json_agg(json_build_object('id', t.id, 'name', t.name, 'percentage', t.percentage::text, 'is_default', t.is_default)), '[]') from tax_rate t) as tax_rates`,
    [
      placer.id, values.key, customer.id, values.siteId, values.siteId, customer.id,
      ...(source ? [source.quoteId, customer.id] : [customer.documentLanguage, view.priceLevel?.id ?? null, owner.id, customer.id]),
      values.docIds.filter(Boolean), customer.id,
    ],
  );
  return read;
}

/** The cart's lines at the viewer's current prices (`$owner`: the cart's owner column). */
const CART_LINES_SQL = `select cl.id, cl.created_at, cl.product_id, cl.quantity, p.reference, coalesce(nullif(p.translations->(?::text)->>'name', ''), p.name) as name, p.active, pp.amount::text as amount, p.tax_rate_id, p.pack_size, p.min_quantity, p.max_quantity, p.order_increment
          from cart c join cart_line cl on cl.cart_id = c.id join product p on p.id = cl.product_id
          left join product_price pp on pp.product_id = cl.product_id and pp.price_level_id = ?
          where c.$owner = ? and c.customer_id = ?`;

/**
 * An accepted quote's lines at its prices, reference and name as quoted (decision 60); the VAT
 * rate is the product's now, as for any order. Ordered by position (a fake created_at).
 */
const QUOTE_LINES_SQL = `select ql.id, to_timestamp(ql.position) as created_at, ql.product_id, ql.quantity, ql.reference, ql.name, true as active, ql.unit_price::text as amount, p.tax_rate_id, 1 as pack_size, null::int as min_quantity, null::int as max_quantity, null::int as order_increment
          from quote_line ql join quote q on q.id = ql.quote_id left join product p on p.id = ql.product_id
          where ql.quote_id = ? and q.customer_id = ?`;

/** Placing an accepted quote (decision 60): its lines instead of the cart's, the cart left alone. */
export interface QuoteSource {
  quoteId: string;
}

/** The delivery site and documents asked for, against what was read: the customer's, unattached. */
function checkReferences(ctx: Ctx, values: PlacementValues, read: PlacementRead): UserError[] {
  const errors: UserError[] = [];
  if (values.siteId && !read.site) errors.push(userError(ctx.t, UserErrorCode.UNKNOWN_DELIVERY_SITE, ['input', 'deliverySiteId']));
  if (values.documentIds.length <= MAX_DOCUMENTS_PER_ORDER) {
    values.docIds.forEach((id, i) => {
      if (!id || !read.documents.includes(id)) errors.push(userError(ctx.t, UserErrorCode.UNKNOWN_DOCUMENT, ['input', 'documentIds', String(i)]));
    });
  }
  return errors;
}

/**
 * The order's figures from what was read: lines at the frozen prices, shipping (product O5: the
 * storage location's default, or the customer's last order's cost when the store reuses it),
 * totals; and on behalf, the customer's first active user it is recorded against and told.
 */
async function computeFigures(ctx: Ctx, actor: OrderingActor, read: PlacementRead, view: CatalogView): Promise<PlacementFigures> {
  const { customer } = actor;
  const settings = mapJsonRow(ctx.em, StoreSettings, read.settings);
  const shippingCost = expectedShippingCost(settings.reusePreviousShippingCost, view.location?.defaultShippingCost, read.last_shipping_cost);

  let placedBy = actor.shopUser;
  let recipient = actor.shopUser?.email ?? null;
  if (actor.staff) {
    const first = await ctx.em.findOne(StoreAccess, { customer: customer.id, status: StoreAccessStatus.ACTIVE }, { orderBy: { createdAt: 'asc' }, populate: ['shopUser'] });
    placedBy = first?.shopUser ?? null;
    recipient = first?.email ?? (await ctx.em.findOne(Contact, { customer: customer.id, email: { $ne: null } }, { orderBy: { position: 'asc' } }))?.email ?? null;
  }

  const currency = (view.priceLevel?.currencyCode ?? settings.currencyCode) as CurrencyCode;
  const priced = read.lines.map((line, position) => {
    const unitPrice = normalizeAmount(line.amount!);
    return { productId: line.product_id, position, reference: line.reference, name: line.name, quantity: line.quantity, unitPrice, lineTotal: decimal.mul(unitPrice, line.quantity) };
  });
  const subtotal = decimal.add(...priced.map((l) => l.lineTotal));
  const shipping = decimal.normalize(shippingCost);
  // VAT (decision 35): each line at its product's rate (or the default), shipping at the settings'.
  const exemption = customer.taxExemption ?? null;
  const frozen = freezeTax(
    priced.map((l, i) => ({ amount: l.lineTotal, rate: rateFor(read.tax_rates, read.lines[i]!.tax_rate_id) })),
    { amount: shipping, rate: rateFor(read.tax_rates, settings.shippingTaxRateId) },
    { pricesIncludeTax: settings.pricesIncludeTax, rounding: settings.taxRounding === 'PER_TOTAL' ? 'PER_TOTAL' : 'PER_LINE', exempt: Boolean(exemption) },
  );
  const lines = priced.map((l, i) => ({ ...l, taxRateName: frozen.lineRates[i]!.name, taxPercentage: frozen.lineRates[i]!.percentage }));
  const tax = {
    ...frozen,
    exemption: frozen.taxComputed ? exemption : null,
    exemptionMention: frozen.taxComputed && exemption ? (customer.taxExemptionMention ?? null) : null,
    vatNumber: customer.vatNumber ?? null,
  };
  return { currency, lines, subtotal, shipping, total: frozen.total, tax, storeName: settings.storeName, placedBy, recipient };
}

/**
 * One statement, so one transaction: the order with the next number, its lines, the cart
 * emptied, the documents attached and the confirmation email queued (its job sent after commit).
 * A unique (placer, key) constraint decides between concurrent requests with the same key: the
 * caller answers a refused row with the winner's order. Returns the order's row.
 */
async function writeOrder(ctx: Ctx, actor: OrderingActor, values: PlacementValues, read: PlacementRead, view: CatalogView, figures: PlacementFigures, source?: QuoteSource): Promise<Record<string, unknown>> {
  const { customer } = actor;
  const { placedBy, recipient, currency, tax } = figures;
  const orderId = randomUUID();
  const placedAt = new Date();
  const emailId = recipient ? randomUUID() : null;
  const emailProps = {
    supplierName: figures.storeName,
    customerName: customer.name,
    orderNumber: '', // set by the statement, from the order's number
    orderUrl: `${ctx.env.publicUrl}/orders/${toGlobalId('Order', orderId)}`,
    placedAt: placedAt.toISOString(),
    currencyCode: currency,
    lines: figures.lines.map((l) => ({ reference: l.reference, name: l.name, quantity: l.quantity, unitPrice: l.unitPrice, lineTotal: l.lineTotal })),
    subtotal: figures.subtotal,
    shippingCost: figures.shipping,
    total: figures.total,
    purchaseOrderReference: values.po,
    placedOnBehalfBy: actor.staff?.name ?? null,
    quote: values.kind === OrderKind.QUOTE,
    requestedDeliveryDate: values.requested,
    tax: orderEmailTax({ taxComputed: tax.taxComputed, totalExcludingTax: tax.totalExcludingTax, taxLines: tax.taxLines, taxExemption: tax.exemption, taxExemptionMention: tax.exemptionMention }),
  } satisfies EmailPropsByTemplate['order-placed'];
  const lines = figures.lines;

  // In a savepoint: when the key's constraint refuses the row, the mutation's transaction
  // (decision 27) stays usable to read the winner.
  const [{ order: row }] = await ctx.em.transactional((em) => bulkQuery<{ order: Record<string, unknown> }>(
    em,
    `with o as (
       insert into customer_order (id, number, customer_id, placed_by_id, placed_by_staff_id, storage_location_id, idempotency_key, status, currency_code,
         subtotal, shipping_cost, total, purchase_order_reference, notes, placed_at, line_count, kind, order_date, requested_delivery_date, delivery_site_id,
         tax_computed, prices_include_tax, tax_rounding, total_excluding_tax, tax_total, tax_lines, shipping_tax_rate_name, shipping_tax_percentage,
         tax_exemption, tax_exemption_mention, customer_vat_number)
       values (?, 'C-' || lpad(nextval('order_number_seq')::text, 6, '0'), ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::date, ?::date, ?,
         ?, ?, ?, ?::numeric, ?::numeric, ?::jsonb, ?, ?::numeric, ?, ?, ?)
       returning *
     ), l as (
       insert into order_line (id, created_at, updated_at, order_id, product_id, position, reference, name, quantity, unit_price, line_total, tax_rate_name, tax_percentage)
       select gen_random_uuid(), now(), now(), ?, t.* from unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::int[], ?::numeric[], ?::numeric[], ?::text[], ?::numeric[]) as t
     ), c as (
       delete from cart_line where id = any(?::uuid[])
     ), d as (
       update order_document set order_id = ?, updated_at = now() where id = any(?::uuid[])
     ), e as (
       insert into outbox_email (id, to_address, template, language, props, attachments)
       select ?::uuid, ?, 'order-placed', ?, jsonb_set(?::jsonb, '{orderNumber}', to_jsonb(o.number)),
         -- The confirmation PDF, drawn by the email's job, not here (decision 44).
         case when (select attach_pdf_to_emails from store_settings where id = 1)
           then jsonb_build_array(jsonb_build_object('kind', 'order-pdf', 'orderId', o.id, 'document', 'confirmation', 'fileName', o.number || '-confirmation.pdf')) end
       from o where ?::uuid is not null
     )
     select row_to_json(o) as order from o`,
    [
      orderId, customer.id, placedBy?.id ?? null, actor.staff?.id ?? null, view.location?.id ?? null, values.key, currency,
      figures.subtotal, figures.shipping, figures.total, values.po, values.notes, placedAt, lines.length, values.kind, values.orderDate, values.requested, (read.site?.id as string | undefined) ?? null,
      tax.taxComputed, tax.pricesIncludeTax, tax.taxRounding, tax.totalExcludingTax, tax.taxTotal, tax.taxLines ? JSON.stringify(tax.taxLines) : null,
      tax.shippingTaxRateName, tax.shippingTaxPercentage, tax.exemption, tax.exemptionMention, tax.vatNumber,
      orderId, lines.map((l) => l.productId), lines.map((l) => l.position), lines.map((l) => l.reference), lines.map((l) => l.name),
      lines.map((l) => l.quantity), lines.map((l) => l.unitPrice), lines.map((l) => l.lineTotal), lines.map((l) => l.taxRateName), lines.map((l) => l.taxPercentage),
      source ? [] : read.lines.map((l) => l.id),
      orderId, read.documents,
      emailId, recipient, customer.documentLanguage, JSON.stringify(emailProps), emailId,
    ],
  ));
  if (emailId) ctx.afterCommit.push(() => ctx.app.jobs.send(EMAIL_QUEUE, { id: emailId }, emailId));
  return row;
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
