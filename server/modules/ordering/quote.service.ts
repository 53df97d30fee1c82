import { publish } from '../../common/events.js';
import { type Ctx } from '../../common/context.js';
import { keysetPage, type Page } from '../../common/connection.js';
import { groupLoader } from '../../common/loaders.js';
import { UserErrorCode, apiError, userError, type UserError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { escapeLike } from '../../common/text.js';
import { decimal, type CurrencyCode } from '../../common/money.js';
import { catalogView, normalizeAmount, parseAmount, Product, ProductPrice } from '../catalog/index.js';
import { Customer } from '../customers/index.js';
import { StoreAccess, StoreAccessStatus } from '../access/index.js';
import { getSettings } from '../settings/index.js';
import { cartLines, getCart, MAX_QUANTITY, orderableProductIds, orderingActor, orderingRefusal } from './cart.service.js';
import { CartLine } from './entities/cart.entity.js';
import { Quote, QuoteEvent, QuoteLine, QuoteStatus, QuoteStoredStatus } from './entities/quote.entity.js';
import { QuoteAcceptedEvent, QuoteCommentedEvent, QuoteDeclinedEvent, QuoteRequestedEvent, QuoteSentEvent, QuoteUpdatedEvent, type QuoteActor } from './events/quote.events.js';
import { placeOrder } from './order.service.js';
import type { Order } from './entities/order.entity.js';

// Negotiated quotes (issue 19 B3, decision 60).

const MESSAGE_MAX = 5000;
/** Most lines one quote holds (an order list's bound). */
export const QUOTE_MAX_LINES = 1000;

/** Today as yyyy-mm-dd (UTC, as order dates): the day expiry is judged against. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The quote's status as the API tells it: a SENT quote past its expiry date is EXPIRED. */
export function quoteStatus(quote: Quote, on = today()): QuoteStatus {
  if (quote.storedStatus === QuoteStoredStatus.SENT && quote.expiresOn && String(quote.expiresOn).slice(0, 10) < on) return QuoteStatus.EXPIRED;
  return quote.storedStatus as unknown as QuoteStatus;
}

/**
 * Who asks: a customer (its user, or staff viewing the store as it), who sees its own quotes and
 * answers them; or the supplier (staff in the hub, an integrator token), who sees all and prices them.
 */
type QuoteViewer = { kind: 'customer'; customerId: string } | { kind: 'supplier' };

function quoteViewer(ctx: Ctx): QuoteViewer {
  const v = ctx.viewer;
  if ((v.kind === 'staff' && !v.actingAs) || v.kind === 'integrator') return { kind: 'supplier' };
  return { kind: 'customer', customerId: orderingActor(ctx).customer.id };
}

function actorOf(ctx: Ctx): QuoteActor {
  const v = ctx.viewer;
  if (v.kind === 'shop') return { shopUserId: v.shopUser.id, name: v.shopUser.email, fromStaff: false };
  if (v.kind === 'staff') return { shopUserId: null, name: v.staff.name, fromStaff: !v.actingAs };
  if (v.kind === 'integrator') return { shopUserId: null, name: v.token.name, fromStaff: true };
  throw apiError(ctx.t, 'FORBIDDEN');
}

/** The viewer's quotes, newest first, keyset-paginated; the supplier may filter by status and customer. */
export function listQuotes(ctx: Ctx, args: { first?: number | null; after?: string | null; status?: QuoteStatus | null; customerId?: string | null; customerSearch?: string | null }): Promise<Page<Quote>> {
  const viewer = quoteViewer(ctx);
  const qb = ctx.em.createQueryBuilder(Quote, 'q').select('*');
  if (viewer.kind === 'customer') qb.where({ customer: viewer.customerId });
  else if (args.customerId) qb.where({ customer: idOf('Customer', args.customerId) ?? '00000000-0000-0000-0000-000000000000' });
  const search = args.customerSearch?.trim();
  if (search && viewer.kind === 'supplier') {
    const like = `%${escapeLike(search)}%`;
    qb.andWhere('exists (select 1 from customer c where c.id = q.customer_id and (c.name ilike ? or c.customer_number ilike ?))', [like, like]);
  }
  const now = today();
  if (args.status === QuoteStatus.EXPIRED) qb.andWhere('q.status = ? and q.expires_on < ?', ['SENT', now]);
  else if (args.status === QuoteStatus.SENT) qb.andWhere('q.status = ? and (q.expires_on is null or q.expires_on >= ?)', ['SENT', now]);
  else if (args.status) qb.andWhere('q.status = ?', [args.status]);
  return keysetPage<Quote>({ qb, alias: 'q', sortColumn: 'created_at', sortValue: (q) => q.createdAt.toISOString(), direction: 'desc', first: args.first, after: args.after });
}

/** One quote the viewer may see; another customer's quote answers NOT_FOUND, as if it did not exist. */
export async function getQuote(ctx: Ctx, globalId: string): Promise<Quote> {
  const viewer = quoteViewer(ctx);
  const id = idOf('Quote', globalId);
  const quote = id ? await ctx.em.findOne(Quote, { id }, { populate: ['customer'] }) : null;
  if (!quote || (viewer.kind === 'customer' && quote.customer.id !== viewer.customerId)) throw apiError(ctx.t, 'NOT_FOUND');
  return quote;
}

/** Lines of many quotes in one query (a page of quotes with lines is no N+1). */
export function quoteLines(ctx: Ctx, quote: Quote): Promise<QuoteLine[]> {
  return groupLoader(ctx, 'quote.lines', (ids) => ctx.em.find(QuoteLine, { quote: { $in: ids } }, { orderBy: { position: 'asc', id: 'asc' } }), (l) => l.quote.id).load(quote.id);
}

/** History and thread of many quotes in one query, oldest first. */
export function quoteEvents(ctx: Ctx, quote: Quote): Promise<QuoteEvent[]> {
  return groupLoader(ctx, 'quote.events', (ids) => ctx.em.find(QuoteEvent, { quote: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), (e) => e.quote.id).load(quote.id);
}

export function lineTotal(line: Pick<QuoteLine, 'unitPrice' | 'quantity'>): string {
  return decimal.mul(line.unitPrice, line.quantity);
}

function totalOf(lines: QuoteLine[]): string {
  return decimal.add(...lines.map(lineTotal));
}

export async function quoteTotal(ctx: Ctx, quote: Quote): Promise<string> {
  return totalOf(await quoteLines(ctx, quote));
}

/** The customer's user told about its quote: who requested it, else the customer's first active user. */
async function customerEmail(ctx: Ctx, quote: Quote): Promise<string | null> {
  const accesses = await ctx.em.find(StoreAccess, { customer: quote.customer.id, status: StoreAccessStatus.ACTIVE }, { orderBy: { createdAt: 'asc' } });
  return (accesses.find((a) => quote.requestedBy && a.shopUser.id === quote.requestedBy.id) ?? accesses[0])?.email ?? null;
}

type EventType = new (...args: ConstructorParameters<typeof QuoteRequestedEvent>) => object;

async function announce(ctx: Ctx, type: EventType, quote: Quote, message: string | null): Promise<void> {
  const lines = await ctx.em.find(QuoteLine, { quote: quote.id });
  await publish(ctx, new type(quote, quote.customer, actorOf(ctx), message, totalOf(lines), await customerEmail(ctx, quote)));
}

function messageError(ctx: Ctx, text: string | null | undefined, field: string[], required: boolean): UserError | null {
  const trimmed = (text ?? '').trim();
  if (required && !trimmed) return userError(ctx.t, UserErrorCode.REQUIRED, field);
  if (trimmed.length > MESSAGE_MAX) return userError(ctx.t, UserErrorCode.TOO_LONG, field, { max: MESSAGE_MAX });
  return null;
}

/**
 * Requests a quote for the viewer's cart (decision 60): lines with today's prices frozen as the
 * starting point, the buyer's message; the cart is emptied, as placing an order empties it (the
 * lines now live in the quote, and accepting it orders them).
 */
export async function requestQuote(ctx: Ctx, input: { message?: string | null }): Promise<{ quote?: Quote; userErrors: UserError[] }> {
  const actor = orderingActor(ctx);
  const refusal = orderingRefusal(ctx, actor);
  if (refusal) return { userErrors: [refusal] };
  const invalid = messageError(ctx, input.message, ['input', 'message'], false);
  if (invalid) return { userErrors: [invalid] };
  const cart = await getCart(ctx);
  const lines = await cartLines(ctx, cart);
  if (!lines.length) return { userErrors: [userError(ctx.t, UserErrorCode.CART_EMPTY)] };
  const orderable = await orderableProductIds(ctx, lines.map((l) => l.product.id));
  const errors = lines.flatMap((l, i) => (orderable.has(l.product.id) ? [] : [userError(ctx.t, UserErrorCode.PRODUCT_NOT_ORDERABLE, ['cart', 'lines', String(i)])]));
  if (errors.length) return { userErrors: errors };

  const view = await catalogView(ctx);
  const prices = new Map((await ctx.em.find(ProductPrice, { priceLevel: view.priceLevel!.id, product: { $in: lines.map((l) => l.product.id) } })).map((p) => [p.product.id, p.amount]));
  const currency = (view.priceLevel?.currencyCode ?? (await getSettings(ctx.em)).currencyCode) as CurrencyCode;
  const language = actor.customer.documentLanguage;
  const [{ n }] = await ctx.em.execute<Array<{ n: string }>>(`select nextval('quote_number_seq')::text as n`);
  const quote = ctx.em.create(Quote, {
    number: `Q-${n.padStart(6, '0')}`,
    customer: actor.customer,
    requestedBy: actor.shopUser,
    requestedByStaff: actor.staff,
    currencyCode: currency,
    buyerMessage: input.message?.trim() || null,
  });
  lines.forEach((l, position) => {
    const price = normalizeAmount(prices.get(l.product.id)!);
    const name = l.product.translations?.[language]?.name || l.product.name;
    ctx.em.create(QuoteLine, { quote, product: l.product, position, reference: l.product.reference, name, quantity: l.quantity, listPrice: price, unitPrice: price });
  });
  await ctx.em.flush();
  await ctx.em.nativeDelete(CartLine, { id: { $in: lines.map((l) => l.id) } });
  ctx.loaders.delete(`cart.lines.${cart.id}`);
  await announce(ctx, QuoteRequestedEvent, quote, quote.buyerMessage ?? null);
  return { quote, userErrors: [] };
}

export interface QuoteLineChange {
  lineId?: string | null;
  productId?: string | null;
  quantity?: number | null;
  unitPrice?: string | null;
  discountPercent?: string | null;
}

/** A percentage in [0, 100] with at most 2 decimals, as hundredths; null when not valid. */
function hundredths(raw: string): bigint | null {
  const parsed = parseAmount(raw, 2);
  if (!('amount' in parsed)) return null;
  const value = BigInt(parsed.amount.replace('.', ''));
  return value <= 10000n ? value : null;
}

/** `price` less `pct` hundredths of a percent, rounded half up to 4 decimals (unit prices' scale). */
export function discounted(price: string, pct: bigint): string {
  const [int, frac = ''] = price.split('.');
  const units = BigInt(int + frac.padEnd(4, '0').slice(0, 4)); // ten-thousandths
  const scaled = units * (10000n - pct); // ten-thousandths × hundredths of a percent (÷ 10000)
  const rounded = (scaled + 5000n) / 10000n;
  const s = rounded.toString().padStart(5, '0');
  return normalizeAmount(`${s.slice(0, -4)}.${s.slice(-4)}`);
}

/** The discount of `unit` on `list` in percent, 2 decimals (half up); null when none (or a rise, or no list price). */
export function discountOf(list: string, unit: string): string | null {
  const units = (v: string) => {
    const [int, frac = ''] = v.split('.');
    return BigInt(int + frac.padEnd(4, '0').slice(0, 4));
  };
  const l = units(list);
  const u = units(unit);
  if (l === 0n || u >= l) return null;
  const pct = ((l - u) * 10000n * 2n + l) / (2n * l); // hundredths of a percent, half up
  const s = pct.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

function editableError(ctx: Ctx, quote: Quote): UserError | null {
  return quote.storedStatus === QuoteStoredStatus.REQUESTED || quote.storedStatus === QuoteStoredStatus.SENT ? null : userError(ctx.t, UserErrorCode.QUOTE_NOT_EDITABLE, ['input', 'quoteId']);
}

/**
 * The supplier changes a quote (staff in the hub or an ERP): quantities and unit prices per line (or
 * a discount per line), an overall discount on every line's price at the request, lines added or
 * removed (quantity 0), the expiry date and its message. A quote already sent goes back to
 * REQUESTED until sent again, so the customer never accepts terms being changed.
 */
export async function updateQuote(
  ctx: Ctx,
  input: { quoteId: string; lines?: QuoteLineChange[] | null; discountPercent?: string | null; expiresOn?: string | null; message?: string | null },
): Promise<{ quote?: Quote; userErrors: UserError[] }> {
  if (quoteViewer(ctx).kind !== 'supplier') throw apiError(ctx.t, 'FORBIDDEN');
  const quote = await getQuote(ctx, input.quoteId);
  const locked = editableError(ctx, quote);
  if (locked) return { quote, userErrors: [locked] };
  const errors: UserError[] = [];
  const msg = messageError(ctx, input.message, ['input', 'message'], false);
  if (msg) errors.push(msg);
  const expiresOn = input.expiresOn ? String(input.expiresOn).slice(0, 10) : null;
  if (expiresOn && expiresOn < today()) errors.push(userError(ctx.t, UserErrorCode.DATE_IN_PAST, ['input', 'expiresOn']));
  const overall = input.discountPercent != null ? hundredths(String(input.discountPercent)) : null;
  if (input.discountPercent != null && overall === null) errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'discountPercent']));

  const lines = await ctx.em.find(QuoteLine, { quote: quote.id }, { orderBy: { position: 'asc' } });
  // Checked first, applied only when all is valid: a userError writes nothing.
  const ops: Array<() => void> = [];
  if (overall !== null) for (const line of lines) ops.push(() => (line.unitPrice = discounted(normalizeAmount(line.listPrice), overall)));
  let count = lines.length;

  const wanted = (input.lines ?? []).map((c) => (c.productId ? idOf('Product', c.productId) : null)).filter((id): id is string => Boolean(id));
  const products = new Map((wanted.length ? await ctx.em.find(Product, { id: { $in: wanted } }) : []).map((p) => [p.id, p]));
  const levelId = (await ctx.em.findOneOrFail(Customer, quote.customer.id, { populate: ['priceLevel'] })).priceLevel?.id;
  const levelPrices = new Map(
    (levelId && products.size ? await ctx.em.find(ProductPrice, { priceLevel: levelId, product: { $in: [...products.keys()] } }) : []).map((p) => [p.product.id, normalizeAmount(p.amount)]),
  );
  let position = lines.length ? lines.at(-1)!.position + 1 : 0;
  for (const [i, change] of (input.lines ?? []).entries()) {
    const field = ['input', 'lines', String(i)];
    if (change.quantity != null && (!Number.isInteger(change.quantity) || change.quantity < 0 || change.quantity > MAX_QUANTITY)) {
      errors.push(userError(ctx.t, UserErrorCode.INVALID_QUANTITY, [...field, 'quantity'], { max: MAX_QUANTITY }));
      continue;
    }
    let price: string | null = null;
    if (change.unitPrice != null) {
      const parsed = parseAmount(String(change.unitPrice), 4);
      if (!('amount' in parsed)) {
        errors.push(userError(ctx.t, parsed.code, [...field, 'unitPrice']));
        continue;
      }
      price = normalizeAmount(parsed.amount);
    }
    const pct = change.discountPercent != null ? hundredths(String(change.discountPercent)) : null;
    if (change.discountPercent != null && pct === null) {
      errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, [...field, 'discountPercent']));
      continue;
    }
    let line: QuoteLine | undefined;
    if (change.lineId) {
      const id = idOf('QuoteLine', change.lineId);
      line = lines.find((l) => l.id === id);
      if (!line) {
        errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, [...field, 'lineId']));
        continue;
      }
    } else {
      const product = change.productId ? products.get(idOf('Product', change.productId) ?? '') : undefined;
      if (!product) {
        errors.push(userError(ctx.t, UserErrorCode.PRODUCT_NOT_FOUND, [...field, 'productId']));
        continue;
      }
      const list = levelPrices.get(product.id) ?? price;
      if (!list) {
        // No price for the customer's level and none given: the supplier must name one.
        errors.push(userError(ctx.t, UserErrorCode.REQUIRED, [...field, 'unitPrice']));
        continue;
      }
      if (!change.quantity) {
        errors.push(userError(ctx.t, UserErrorCode.INVALID_QUANTITY, [...field, 'quantity'], { max: MAX_QUANTITY }));
        continue;
      }
      if (count >= QUOTE_MAX_LINES) {
        errors.push(userError(ctx.t, UserErrorCode.TOO_MANY_LINES, field, { max: QUOTE_MAX_LINES, count: count + 1 }));
        continue;
      }
      count++;
      const language = quote.customer.documentLanguage;
      const quantity = change.quantity;
      const at = position++;
      const unitPrice = price ?? (pct !== null ? discounted(list, pct) : list);
      ops.push(() => {
        ctx.em.create(QuoteLine, { quote, product, position: at, reference: product.reference, name: product.translations?.[language]?.name || product.name, quantity, listPrice: list, unitPrice });
      });
      continue;
    }
    const target = line;
    if (change.quantity === 0) {
      count--;
      ops.push(() => ctx.em.remove(target));
      continue;
    }
    ops.push(() => {
      if (change.quantity) target.quantity = change.quantity;
      if (price !== null) target.unitPrice = price;
      else if (pct !== null) target.unitPrice = discounted(normalizeAmount(target.listPrice), pct);
    });
  }
  if (errors.length) return { quote, userErrors: errors };
  for (const op of ops) op();
  if (expiresOn) quote.expiresOn = expiresOn;
  if (input.message !== undefined && input.message !== null) quote.staffMessage = input.message.trim() || null;
  quote.storedStatus = QuoteStoredStatus.REQUESTED;
  quote.updatedAt = new Date();
  await ctx.em.flush();
  ctx.loaders.delete('quote.lines');
  await announce(ctx, QuoteUpdatedEvent, quote, null);
  return { quote, userErrors: [] };
}

/** The supplier sends its proposal: lines, an expiry date not past, optionally a new message. */
export async function sendQuote(ctx: Ctx, input: { quoteId: string; expiresOn?: string | null; message?: string | null }): Promise<{ quote?: Quote; userErrors: UserError[] }> {
  if (quoteViewer(ctx).kind !== 'supplier') throw apiError(ctx.t, 'FORBIDDEN');
  const quote = await getQuote(ctx, input.quoteId);
  const locked = editableError(ctx, quote);
  if (locked) return { quote, userErrors: [locked] };
  const errors: UserError[] = [];
  const msg = messageError(ctx, input.message, ['input', 'message'], false);
  if (msg) errors.push(msg);
  const expiresOn = input.expiresOn ? String(input.expiresOn).slice(0, 10) : quote.expiresOn ? String(quote.expiresOn).slice(0, 10) : null;
  if (!expiresOn) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'expiresOn']));
  else if (expiresOn < today()) errors.push(userError(ctx.t, UserErrorCode.DATE_IN_PAST, ['input', 'expiresOn']));
  if (!(await ctx.em.count(QuoteLine, { quote: quote.id }))) errors.push(userError(ctx.t, UserErrorCode.QUOTE_NO_LINES, ['input', 'quoteId']));
  if (errors.length) return { quote, userErrors: errors };
  if (input.message?.trim()) quote.staffMessage = input.message.trim();
  quote.expiresOn = expiresOn;
  quote.storedStatus = QuoteStoredStatus.SENT;
  quote.sentAt = new Date();
  await ctx.em.flush();
  await announce(ctx, QuoteSentEvent, quote, quote.staffMessage ?? null);
  return { quote, userErrors: [] };
}

/**
 * Locks the quote's row for the rest of the mutation's transaction (two users answering at once:
 * the second waits, then sees the first's answer) and reads its stored state again.
 */
async function lockQuote(ctx: Ctx, quote: Quote): Promise<void> {
  const [row] = await ctx.em.execute<Array<{ status: QuoteStoredStatus; expires_on: string | Date | null }>>(`select status, expires_on::text as expires_on from quote where id = ? for update`, [quote.id]);
  quote.storedStatus = row!.status;
  quote.expiresOn = row!.expires_on ? String(row!.expires_on).slice(0, 10) : null;
}

/** Why the customer cannot answer the quote now; null when it can. */
function answerError(ctx: Ctx, quote: Quote, accepting: boolean): UserError | null {
  const status = quoteStatus(quote);
  if (accepting && status === QuoteStatus.EXPIRED) return userError(ctx.t, UserErrorCode.QUOTE_EXPIRED, ['input', 'quoteId'], { date: String(quote.expiresOn) });
  if (status === QuoteStatus.SENT || (!accepting && (status === QuoteStatus.EXPIRED || status === QuoteStatus.REQUESTED))) return null;
  return userError(ctx.t, UserErrorCode.QUOTE_NOT_OPEN, ['input', 'quoteId']);
}

/**
 * The customer accepts the proposal (decision 60): it becomes an order at the quote's prices and
 * quantities, without checking today's prices; VAT and shipping as for any order. The expiry date
 * is checked here, when accepting, not by a job.
 */
export async function acceptQuote(ctx: Ctx, input: { quoteId: string; purchaseOrderReference?: string | null; deliverySiteId?: string | null }): Promise<{ quote?: Quote; order?: Order; userErrors: UserError[] }> {
  if (quoteViewer(ctx).kind !== 'customer') throw apiError(ctx.t, 'FORBIDDEN');
  const quote = await getQuote(ctx, input.quoteId);
  await lockQuote(ctx, quote);
  const refused = answerError(ctx, quote, true);
  if (refused) return { quote, userErrors: [refused] };
  const placed = await placeOrder(ctx, { idempotencyKey: `quote:${quote.id}`, purchaseOrderReference: input.purchaseOrderReference, deliverySiteId: input.deliverySiteId }, { quoteId: quote.id });
  if (!placed.order) return { quote, userErrors: placed.userErrors };
  quote.storedStatus = QuoteStoredStatus.ACCEPTED;
  quote.answeredAt = new Date();
  quote.order = placed.order;
  await ctx.em.flush();
  await announce(ctx, QuoteAcceptedEvent, quote, placed.order.number);
  return { quote, order: placed.order, userErrors: [] };
}

/** The customer declines the proposal (or withdraws its request), with a reason if it wishes. */
export async function declineQuote(ctx: Ctx, input: { quoteId: string; reason?: string | null }): Promise<{ quote?: Quote; userErrors: UserError[] }> {
  if (quoteViewer(ctx).kind !== 'customer') throw apiError(ctx.t, 'FORBIDDEN');
  const quote = await getQuote(ctx, input.quoteId);
  await lockQuote(ctx, quote);
  const refused = answerError(ctx, quote, false) ?? messageError(ctx, input.reason, ['input', 'reason'], false);
  if (refused) return { quote, userErrors: [refused] };
  quote.storedStatus = QuoteStoredStatus.DECLINED;
  quote.answeredAt = new Date();
  await ctx.em.flush();
  await announce(ctx, QuoteDeclinedEvent, quote, input.reason?.trim() || null);
  return { quote, userErrors: [] };
}

/** A comment on the quote's thread, by the customer or the supplier, whatever its state. */
export async function commentQuote(ctx: Ctx, input: { quoteId: string; message: string }): Promise<{ quote?: Quote; userErrors: UserError[] }> {
  const quote = await getQuote(ctx, input.quoteId);
  const invalid = messageError(ctx, input.message, ['input', 'message'], true);
  if (invalid) return { quote, userErrors: [invalid] };
  quote.updatedAt = new Date();
  await ctx.em.flush();
  await announce(ctx, QuoteCommentedEvent, quote, input.message.trim());
  return { quote, userErrors: [] };
}
