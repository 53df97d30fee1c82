import { loader, type Ctx } from '../../common/context.js';
import { UserErrorCode, apiError, userError, type UserError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { barcodeVariants, bulkQuery, catalogView, largestQuantity, priceLoader, Product, quantityRules, quantityViolation, visibilitySql, type QuantityRuleSource } from '../catalog/index.js';
import { CustomerStatus, type Customer } from '../customers/index.js';
import { type ShopUser, type StaffUser, type StoreAccess, StaffRole, StoreAccessStatus } from '../access/index.js';
import { Cart, CartLine } from './entities/cart.entity.js';

export const MAX_QUANTITY = 100_000;
/** Most lines one barcode import may hold (product O1). */
export const IMPORT_MAX_LINES = 5000;
/** Staff roles allowed to fill a cart and order on behalf of the customer they view as (V1). */
export const ORDER_ON_BEHALF_ROLES: readonly StaffRole[] = [StaffRole.ADMIN, StaffRole.SALES];

/**
 * Who fills a cart and orders, and for which customer: a shop user for the customer its session
 * acts for, or staff viewing the store as a customer (ordering on its behalf, V1).
 */
export interface OrderingActor {
  customer: Customer;
  shopUser: ShopUser | null;
  access: StoreAccess | null;
  staff: StaffUser | null;
}

export function orderingActor(ctx: Ctx): OrderingActor {
  const v = ctx.viewer;
  if (v.kind === 'shop') return { customer: v.access.customer, shopUser: v.shopUser, access: v.access, staff: null };
  if (v.kind === 'staff' && v.actingAs && ORDER_ON_BEHALF_ROLES.includes(v.staff.role)) {
    return { customer: v.actingAs, shopUser: null, access: null, staff: v.staff };
  }
  throw apiError(ctx.t, 'FORBIDDEN');
}

/**
 * Why the actor cannot order now, as placing an order says it: its access awaits approval, or its
 * customer is excluded. Null when it can. The cart stays usable either way (the product wants it);
 * placing and attaching documents to an order are refused.
 */
export function orderingRefusal(ctx: Ctx, actor: OrderingActor): UserError | null {
  if (actor.access?.status === StoreAccessStatus.PENDING_APPROVAL) return userError(ctx.t, UserErrorCode.ORDERING_NOT_ALLOWED);
  if (actor.customer.status === CustomerStatus.EXCLUDED) {
    return userError(ctx.t, UserErrorCode.CUSTOMER_EXCLUDED, null, { reason: actor.customer.exclusionReason ?? '' });
  }
  return null;
}

/** The actor's cart for the customer it acts for, created on first use. */
export async function getCart(ctx: Ctx): Promise<Cart> {
  const actor = orderingActor(ctx);
  const owner = actor.shopUser ? { column: 'shop_user_id', id: actor.shopUser.id } : { column: 'staff_user_id', id: actor.staff!.id };
  const where = actor.shopUser ? { shopUser: actor.shopUser.id, customer: actor.customer.id } : { staffUser: actor.staff!.id, customer: actor.customer.id };
  let cart = await ctx.em.findOne(Cart, where);
  if (!cart) {
    await ctx.em.execute(
      `insert into cart (id, ${owner.column}, customer_id) values (gen_random_uuid(), ?, ?) on conflict (${owner.column}, customer_id) do nothing`,
      [owner.id, actor.customer.id],
    );
    cart = await ctx.em.findOneOrFail(Cart, where);
  }
  return cart;
}

/**
 * The cart's lines, read once per request however many fields show them (lines, subtotal); the
 * mutations below read their own copy and forget this one once they have written.
 */
export function cartLines(ctx: Ctx, cart: Cart): Promise<CartLine[]> {
  return loader(ctx, cartLinesKey(cart), () => readCartLines(ctx, cart));
}

const cartLinesKey = (cart: Cart) => `cart.lines.${cart.id}`;

function readCartLines(ctx: Ctx, cart: Cart): Promise<CartLine[]> {
  return ctx.em.find(CartLine, { cart }, { orderBy: { createdAt: 'asc', id: 'asc' }, populate: ['product'] });
}

function validQuantity(q: number, allowZero: boolean): boolean {
  return Number.isInteger(q) && q >= (allowZero ? 0 : 1) && q <= MAX_QUANTITY;
}

/**
 * The product's quantity rules (decision 0049: minimum, maximum, increment; the pack size is the
 * increment unless set): a quantity that breaks them is refused with the nearest valid quantity
 * named, never silently rounded (decision 0015).
 */
export function quantityError(ctx: Ctx, quantity: number, product: QuantityRuleSource, field: string[] | null): UserError | null {
  const violation = quantityViolation(quantity, product);
  return violation && userError(ctx.t, UserErrorCode[violation.code], field, violation.vars);
}

/**
 * Adds lines; bad lines are reported one by one and the good ones are kept (product O1). The
 * products and their prices are read for all lines at once (one query each, whatever the count).
 */
export async function addCartLines(ctx: Ctx, lines: { productId: string; quantity: number }[], idempotencyKey?: string | null): Promise<{ cart: Cart; userErrors: UserError[] }> {
  const cart = await getCart(ctx);
  if (idempotencyKey != null) {
    // Recorded in the mutation's transaction: undone with it if the addition fails; a second request
    // with the same key waits for the first to commit, then finds the key and changes nothing.
    const key = idempotencyKey.trim();
    if (!key || key.length > 100) return { cart, userErrors: [userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'idempotencyKey'])] };
    const fresh = await bulkQuery<{ key: string }>(
      ctx.em,
      `with old as (delete from cart_request_key where cart_id = ? and created_at < now() - interval '30 days')
       insert into cart_request_key (cart_id, key) values (?, ?) on conflict do nothing returning key`,
      [cart.id, cart.id, key],
    );
    if (fresh.length === 0) return { cart, userErrors: [] };
  }
  const existing = await readCartLines(ctx, cart);
  const ids = lines.map((l) => idOf('Product', l.productId));
  const products = await visibleProducts(ctx, ids.filter((id): id is string => Boolean(id)));
  const prices = await priceLoader(ctx).loadMany([...products.keys()]);
  // A price that could not be read (the database went away) is a failure, not an unpriced product.
  const failed = prices.find((p) => p instanceof Error);
  if (failed) throw failed;
  const priced = new Set([...products.keys()].filter((_, i) => prices[i]));
  const errors: UserError[] = [];
  // Lines are listed by creation time: new lines one millisecond apart keep the input's order.
  const start = Date.now();
  let added = 0;
  for (const [i, line] of lines.entries()) {
    const field = ['input', 'lines', String(i)];
    if (!validQuantity(line.quantity, false)) {
      errors.push(userError(ctx.t, UserErrorCode.INVALID_QUANTITY, [...field, 'quantity'], { max: MAX_QUANTITY }));
      continue;
    }
    const product = ids[i] ? products.get(ids[i]!) : undefined;
    if (!product) {
      errors.push(userError(ctx.t, UserErrorCode.PRODUCT_NOT_FOUND, [...field, 'productId']));
      continue;
    }
    if (!priced.has(product.id)) {
      errors.push(userError(ctx.t, UserErrorCode.PRODUCT_NOT_ORDERABLE, [...field, 'productId']));
      continue;
    }
    const pack = quantityError(ctx, line.quantity, product, [...field, 'quantity']);
    if (pack) {
      errors.push(pack);
      continue;
    }
    const current = existing.find((l) => l.product.id === product.id);
    if (current) {
      const total = current.quantity + line.quantity;
      const largest = largestQuantity(product, MAX_QUANTITY);
      // Adding past the product's maximum is refused (the line keeps its quantity); past the cart's limit it stops there.
      if (product.maxQuantity != null && total > product.maxQuantity) {
        errors.push(quantityError(ctx, total, product, [...field, 'quantity'])!);
        continue;
      }
      current.quantity = Math.min(total, largest);
    }
    else existing.push(ctx.em.create(CartLine, { cart, product, quantity: line.quantity, createdAt: new Date(start + added++) }));
  }
  await ctx.em.flush();
  ctx.loaders.delete(cartLinesKey(cart));
  return { cart, userErrors: errors };
}

/** The products among these ids that the viewer may see, by id, in one query (catalog visibility). */
async function visibleProducts(ctx: Ctx, ids: string[]): Promise<Map<string, Product>> {
  if (!ids.length) return new Map();
  const visible = visibilitySql(await catalogView(ctx), 'p');
  const rows = await ctx.em.createQueryBuilder(Product, 'p').select('*').where({ id: { $in: [...new Set(ids)] } }).andWhere(visible.sql, visible.params).getResult();
  return new Map(rows.map((p) => [p.id, p]));
}

/** Sets quantities; 0 removes the line. */
export async function updateCartLines(ctx: Ctx, lines: { lineId: string; quantity: number }[]): Promise<{ cart: Cart; userErrors: UserError[] }> {
  const cart = await getCart(ctx);
  const existing = await readCartLines(ctx, cart);
  const errors: UserError[] = [];
  for (const [i, line] of lines.entries()) {
    const field = ['input', 'lines', String(i)];
    const id = idOf('CartLine', line.lineId);
    const current = existing.find((l) => l.id === id);
    if (!current) throw apiError(ctx.t, 'NOT_FOUND');
    const pack = line.quantity > 0 ? quantityError(ctx, line.quantity, current.product, [...field, 'quantity']) : null;
    if (!validQuantity(line.quantity, true)) {
      errors.push(userError(ctx.t, UserErrorCode.INVALID_QUANTITY, [...field, 'quantity'], { max: MAX_QUANTITY }));
    } else if (pack) errors.push(pack);
    else if (line.quantity === 0) ctx.em.remove(current);
    else current.quantity = line.quantity;
  }
  await ctx.em.flush();
  ctx.loaders.delete(cartLinesKey(cart));
  return { cart, userErrors: errors };
}

export type ImportProblemReason = 'NOT_FOUND' | 'NOT_ORDERABLE' | 'BAD_QUANTITY';

export interface ImportProblem {
  line: number;
  code: string;
  reason: ImportProblemReason;
  message: string;
}

interface ParsedLine {
  line: number;
  code: string;
  /** null: no quantity given (one pack); NaN: not a whole number. */
  quantity: number | null;
}

/**
 * Parses pasted barcodes or a CSV file, the same way: one code per line, optionally followed by
 * `;quantity`, `,quantity` or a tab and the quantity; blank lines skipped; a first line whose code
 * has no digit is a header. Line numbers are the file's, counting from 1.
 */
export function parseBarcodeLines(text: string): ParsedLine[] {
  const out: ParsedLine[] = [];
  const rows = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let seenFirst = false;
  for (let i = 0; i < rows.length; i++) {
    const raw = rows[i].trim();
    if (!raw) continue;
    const cells = raw.split(/[;,\t]/).map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim());
    const code = cells[0];
    if (!seenFirst) {
      seenFirst = true;
      if (!/\d/.test(code)) continue; // a header such as "barcode;quantity"
    }
    const q = cells[1] ?? '';
    out.push({ line: i + 1, code, quantity: q === '' ? null : /^\d+$/.test(q) ? Number(q) : Number.NaN });
  }
  return out;
}

/**
 * Imports many lines from barcodes (product O1): one lookup for every code through the catalog's
 * visibility SQL and one upsert, so 5,000 lines take a few statements. Lines for the same product
 * merge, and add to what the cart already holds; every line that cannot be added is reported with
 * its number and why, all others are added. Unknown and invisible codes get the same answer, so a
 * customer never learns that a hidden product exists.
 */
export async function importCartLines(ctx: Ctx, text: string): Promise<{ cart?: Cart; added: number; problems: ImportProblem[]; userErrors: UserError[] }> {
  const cart = await getCart(ctx);
  const parsed = parseBarcodeLines(text);
  if (parsed.length === 0) return { added: 0, problems: [], userErrors: [userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'text'])] };
  if (parsed.length > IMPORT_MAX_LINES) {
    return { added: 0, problems: [], userErrors: [userError(ctx.t, UserErrorCode.TOO_MANY_LINES, ['input', 'text'], { max: IMPORT_MAX_LINES, count: parsed.length })] };
  }
  const view = await catalogView(ctx);
  const visible = visibilitySql(view, 'p');
  // Each code and its other spellings (a UPC-A and the EAN-13 with a leading 0 are one item).
  const codes = [...new Set(parsed.flatMap((p) => barcodeVariants(p.code)))];
  const found = await ctx.em
    .createQueryBuilder(Product, 'p')
    .select(['p.id', 'p.barcode', 'p.packSize', 'p.minQuantity', 'p.maxQuantity', 'p.orderIncrement'])
    .where({ barcode: { $in: codes } })
    .andWhere(visible.sql, visible.params)
    .execute<Array<{ id: string; barcode: string; packSize: number; minQuantity: number | null; maxQuantity: number | null; orderIncrement: number | null }>>('all');
  const priced = new Set(
    view.priceLevel && found.length
      ? (await bulkQuery<{ product_id: string }>(ctx.em, 'select product_id from product_price where price_level_id = ? and product_id = any(?::uuid[])', [view.priceLevel.id, found.map((r) => r.id)])).map((r) => r.product_id)
      : [],
  );
  const rows = found.map((r) => ({ ...r, priced: priced.has(r.id) }));
  const byCode = new Map(rows.map((r) => [r.barcode, r]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const problems: ImportProblem[] = [];
  const problem = (p: ParsedLine, reason: ImportProblemReason, vars: Record<string, unknown> = {}) =>
    problems.push({ line: p.line, code: p.code, reason, message: ctx.t(`cartImport.${reason}`, { line: p.line, code: p.code, ...vars }) as string });
  const totals = new Map<string, { quantity: number }>();
  for (const p of parsed) {
    const product = barcodeVariants(p.code)
      .map((code) => byCode.get(code))
      .find(Boolean);
    if (!product) problem(p, 'NOT_FOUND');
    else if (!product.priced) problem(p, 'NOT_ORDERABLE');
    else {
      const quantity = p.quantity ?? quantityRules(product).minimum;
      const rule = validQuantity(quantity, false) ? quantityViolation(quantity, product) : null;
      if (!validQuantity(quantity, false)) problem(p, 'BAD_QUANTITY', { max: MAX_QUANTITY });
      else if (rule?.code === 'QUANTITY_NOT_PACK_MULTIPLE') problem(p, 'BAD_QUANTITY', { ...rule.vars, context: 'pack' });
      else if (rule) problem(p, 'BAD_QUANTITY', { context: 'rule', rule: ctx.t(`userErrors.${rule.code}`, rule.vars) });
      else {
        const t = totals.get(product.id) ?? { quantity: 0 };
        t.quantity += quantity;
        totals.set(product.id, t);
      }
    }
  }
  if (totals.size) {
    const ids = [...totals.keys()];
    // Merged with what the cart holds; clock_timestamp() keeps the file's order for new lines.
    await bulkQuery(
      ctx.em,
      `insert into cart_line (id, cart_id, product_id, quantity, created_at, updated_at)
       select gen_random_uuid(), ?, t.product_id, t.quantity, clock_timestamp(), now()
         from unnest(?::uuid[], ?::int[]) with ordinality as t(product_id, quantity, n)
        order by t.n
       on conflict (cart_id, product_id) do update set updated_at = now(), quantity = least(cart_line.quantity + excluded.quantity,
         -- the product's largest quantity in whole increments (decision 0049), else the cart's limit
         (select (least(coalesce(p.max_quantity, ?), ?) / coalesce(p.order_increment, p.pack_size)) * coalesce(p.order_increment, p.pack_size) from product p where p.id = excluded.product_id))`,
      [cart.id, ids, ids.map((id) => Math.min(totals.get(id)!.quantity, largestQuantity(byId.get(id)!, MAX_QUANTITY))), MAX_QUANTITY, MAX_QUANTITY],
    );
  }
  ctx.loaders.delete(cartLinesKey(cart));
  problems.sort((a, b) => a.line - b.line);
  return { cart, added: totals.size, problems, userErrors: [] };
}

/**
 * Of these product ids, those the actor may order now: visible to its customer and priced for it.
 * Two queries whatever the count (order lists name the others as no longer available).
 */
export async function orderableProductIds(ctx: Ctx, ids: string[]): Promise<Set<string>> {
  const products = await visibleProducts(ctx, ids);
  if (!products.size) return new Set();
  const prices = await priceLoader(ctx).loadMany([...products.keys()]);
  const failed = prices.find((p) => p instanceof Error);
  if (failed) throw failed;
  return new Set([...products.keys()].filter((_, i) => prices[i]));
}
