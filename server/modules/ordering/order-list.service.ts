import { stringify } from 'csv-stringify/sync';
import { loader, type Ctx } from '../../common/context.js';
import { keysetPage, type Page } from '../../common/connection.js';
import { groupLoader } from '../../common/loaders.js';
import { UserErrorCode, apiError, userError, type UserError } from '../../common/errors.js';
import { idOf, toGlobalId } from '../../common/global-id.js';
import { bulkQuery, catalogView, Product, visibilitySql } from '../catalog/index.js';
import { Customer } from '../customers/index.js';
import { addCartLines, cartLines, getCart, IMPORT_MAX_LINES, MAX_QUANTITY, orderableProductIds, orderingActor, parseBarcodeLines, type ImportProblem } from './cart.service.js';
import { OrderList, OrderListCustomer, OrderListLine } from './entities/order-list.entity.js';
import type { Cart } from './entities/cart.entity.js';
import { getOrder, orderLines } from './order.service.js';

/** Most lines one list holds: a wholesaler's whole range for a bar fits, a page stays light. */
export const ORDER_LIST_MAX_LINES = 1000;
const NAME_MAX = 100;

/**
 * Who is asking about lists: a customer (its shop user, or staff viewing the store as it), who
 * sees its own lists and those published to it; or staff in the hub, who see the lists they publish.
 */
type ListViewer = { kind: 'customer'; customerId: string } | { kind: 'staff' };

function listViewer(ctx: Ctx): ListViewer {
  const v = ctx.viewer;
  if (v.kind === 'staff' && !v.actingAs) return { kind: 'staff' };
  return { kind: 'customer', customerId: orderingActor(ctx).customer.id };
}

/** True when the viewer may change the list (a customer's own list, or staff's published one). */
export function canEdit(ctx: Ctx, list: OrderList): boolean {
  const viewer = listViewer(ctx);
  return viewer.kind === 'staff' ? !list.customer : list.customer?.id === viewer.customerId;
}

/** The viewer's lists (its own and, for a customer, those published to it), by name, keyset-paginated. */
export async function listOrderLists(ctx: Ctx, args: { first?: number | null; after?: string | null }): Promise<Page<OrderList>> {
  const viewer = listViewer(ctx);
  const qb = ctx.em.createQueryBuilder(OrderList, 'l').select('*');
  if (viewer.kind === 'staff') qb.where({ customer: null });
  else {
    qb.where('(l.customer_id = ? or exists (select 1 from order_list_customer c where c.order_list_id = l.id and c.customer_id = ?))', [viewer.customerId, viewer.customerId]);
  }
  return keysetPage<OrderList>({ qb, alias: 'l', sortColumn: 'name', sortValue: (l) => l.name, direction: 'asc', first: args.first, after: args.after });
}

/** One list the viewer may see; NOT_FOUND otherwise (another customer's list does not exist for it). */
export async function getOrderList(ctx: Ctx, globalId: string): Promise<OrderList> {
  const viewer = listViewer(ctx);
  const id = idOf('OrderList', globalId);
  const list = id ? await ctx.em.findOne(OrderList, { id }) : null;
  if (list) {
    if (viewer.kind === 'staff' && !list.customer) return list;
    if (viewer.kind === 'customer' && list.customer?.id === viewer.customerId) return list;
    if (viewer.kind === 'customer' && !list.customer && (await ctx.em.count(OrderListCustomer, { orderList: list.id, customer: viewer.customerId }))) return list;
  }
  throw apiError(ctx.t, 'NOT_FOUND');
}

/** A list the viewer may change, or the userError saying it is read-only (a published list). */
async function editableList(ctx: Ctx, globalId: string): Promise<{ list: OrderList; error: UserError | null }> {
  const list = await getOrderList(ctx, globalId);
  return { list, error: canEdit(ctx, list) ? null : userError(ctx.t, UserErrorCode.ORDER_LIST_READ_ONLY, ['input', 'orderListId']) };
}

/**
 * The list's lines in order, each marked available or not for the viewer now; read once per
 * request, for every list asked about at once (a page of lists with their lines is no N+1).
 */
export function orderListLines(ctx: Ctx, list: OrderList): Promise<OrderListLine[]> {
  return loader(ctx, `orderList.lines.${list.id}`, () => readLines(ctx, list));
}

async function readLines(ctx: Ctx, list: OrderList): Promise<OrderListLine[]> {
  const lines = await ctx.em.find(OrderListLine, { orderList: list.id }, { orderBy: { position: 'asc', id: 'asc' }, populate: ['product'] });
  if (listViewer(ctx).kind === 'customer') {
    const orderable = await orderableProductIds(ctx, lines.map((l) => l.product.id));
    for (const line of lines) line.available = orderable.has(line.product.id);
  }
  return lines;
}

function forgetLines(ctx: Ctx, list: OrderList) {
  ctx.loaders.delete(`orderList.lines.${list.id}`);
}

function nameError(ctx: Ctx, name: string | null | undefined, field: string[]): UserError | null {
  const trimmed = (name ?? '').trim();
  if (!trimmed) return userError(ctx.t, UserErrorCode.REQUIRED, field);
  if (trimmed.length > NAME_MAX) return userError(ctx.t, UserErrorCode.TOO_LONG, field, { max: NAME_MAX });
  return null;
}

const validQuantity = (q: number) => Number.isInteger(q) && q >= 1 && q <= MAX_QUANTITY;

type Source = { productId: string; quantity: number }[];

/**
 * Puts products into a list after its last line; a product already there gets the new quantity
 * (a list holds usual quantities, not sums). Products are checked against the viewer's catalog:
 * a customer adds only what it can see.
 */
async function putLines(ctx: Ctx, list: OrderList, items: Source, fieldOf: (i: number) => string[]): Promise<UserError[]> {
  const errors: UserError[] = [];
  const existing = await ctx.em.find(OrderListLine, { orderList: list.id }, { orderBy: { position: 'asc' } });
  const ids = items.map((l) => idOf('Product', l.productId));
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const known =
    listViewer(ctx).kind === 'customer'
      ? await visibleIds(ctx, wanted)
      : new Set((await ctx.em.find(Product, { id: { $in: wanted } }, { fields: ['id'] })).map((p) => p.id));
  let position = existing.length ? existing.at(-1)!.position + 1 : 0;
  for (const [i, item] of items.entries()) {
    const id = ids[i];
    if (!id || !known.has(id)) {
      errors.push(userError(ctx.t, UserErrorCode.PRODUCT_NOT_FOUND, [...fieldOf(i), 'productId']));
      continue;
    }
    if (!validQuantity(item.quantity)) {
      errors.push(userError(ctx.t, UserErrorCode.INVALID_QUANTITY, [...fieldOf(i), 'quantity'], { max: MAX_QUANTITY }));
      continue;
    }
    const current = existing.find((l) => l.product.id === id);
    if (current) current.quantity = item.quantity;
    else {
      if (existing.length >= ORDER_LIST_MAX_LINES) {
        errors.push(userError(ctx.t, UserErrorCode.TOO_MANY_LINES, fieldOf(i), { max: ORDER_LIST_MAX_LINES, count: existing.length + 1 }));
        continue;
      }
      existing.push(ctx.em.create(OrderListLine, { orderList: list, product: ctx.em.getReference(Product, id), quantity: item.quantity, position: position++ }));
    }
  }
  list.updatedAt = new Date();
  forgetLines(ctx, list);
  return errors;
}

/** Visible products among these ids (hidden and unknown look the same); orderable or not. */
async function visibleIds(ctx: Ctx, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const visible = visibilitySql(await catalogView(ctx), 'p');
  const rows = await ctx.em.createQueryBuilder(Product, 'p').select('p.id').where({ id: { $in: ids } }).andWhere(visible.sql, visible.params).execute<Array<{ id: string }>>('all');
  return new Set(rows.map((r) => r.id));
}

export type ListSource = 'EMPTY' | 'CART' | 'ORDER';

/**
 * Creates a list for the viewer's customer (or, for staff in the hub, a list to publish), empty or
 * filled from the cart or a past order of the customer.
 */
export async function createOrderList(ctx: Ctx, input: { name: string; fromCart?: boolean | null; orderId?: string | null }): Promise<{ orderList?: OrderList; userErrors: UserError[] }> {
  const viewer = listViewer(ctx);
  const invalid = nameError(ctx, input.name, ['input', 'name']);
  if (invalid) return { userErrors: [invalid] };
  let items: Source = [];
  if (input.fromCart) {
    if (viewer.kind === 'staff') throw apiError(ctx.t, 'FORBIDDEN');
    const lines = await cartLines(ctx, await getCart(ctx));
    if (!lines.length) return { userErrors: [userError(ctx.t, UserErrorCode.CART_EMPTY, ['input', 'fromCart'])] };
    items = lines.map((l) => ({ productId: toGlobalId('Product', l.product.id), quantity: l.quantity }));
  } else if (input.orderId) {
    if (viewer.kind === 'staff') throw apiError(ctx.t, 'FORBIDDEN');
    const order = await getOrder(ctx, input.orderId);
    if (order.customer.id !== viewer.customerId) throw apiError(ctx.t, 'NOT_FOUND');
    items = (await orderLines(ctx, order)).filter((l) => l.product).map((l) => ({ productId: toGlobalId('Product', l.product!.id), quantity: l.quantity }));
  }
  const actor = viewer.kind === 'customer' ? orderingActor(ctx) : null;
  const staff = ctx.viewer.kind === 'staff' ? ctx.viewer.staff : null;
  const list = ctx.em.create(OrderList, {
    name: input.name.trim(),
    customer: viewer.kind === 'customer' ? ctx.em.getReference(Customer, viewer.customerId) : null,
    createdByShopUser: actor?.shopUser ?? null,
    createdByStaff: staff,
  });
  // Lines the viewer can no longer see (a past order's withdrawn product) are left out quietly:
  // the list is what can be ordered again.
  await putLines(ctx, list, items, (i) => ['input', 'lines', String(i)]);
  await ctx.em.flush();
  return { orderList: list, userErrors: [] };
}

export async function renameOrderList(ctx: Ctx, input: { orderListId: string; name: string }): Promise<{ orderList?: OrderList; userErrors: UserError[] }> {
  const { list, error } = await editableList(ctx, input.orderListId);
  const invalid = error ?? nameError(ctx, input.name, ['input', 'name']);
  if (invalid) return { orderList: list, userErrors: [invalid] };
  list.name = input.name.trim();
  await ctx.em.flush();
  return { orderList: list, userErrors: [] };
}

export async function deleteOrderList(ctx: Ctx, input: { orderListId: string }): Promise<{ deletedOrderListId?: string; userErrors: UserError[] }> {
  const { list, error } = await editableList(ctx, input.orderListId);
  if (error) return { userErrors: [error] };
  const id = list.globalId;
  await ctx.em.nativeDelete(OrderList, { id: list.id });
  return { deletedOrderListId: id, userErrors: [] };
}

/** Adds products (from the catalog's "Add to list"); a product already listed takes the new quantity. */
export async function addOrderListLines(ctx: Ctx, input: { orderListId: string; lines: Source }): Promise<{ orderList?: OrderList; userErrors: UserError[] }> {
  const { list, error } = await editableList(ctx, input.orderListId);
  if (error) return { orderList: list, userErrors: [error] };
  const errors = await putLines(ctx, list, input.lines, (i) => ['input', 'lines', String(i)]);
  await ctx.em.flush();
  return { orderList: list, userErrors: errors };
}

/** Sets default quantities; 0 removes the line. */
export async function updateOrderListLines(ctx: Ctx, input: { orderListId: string; lines: { lineId: string; quantity: number }[] }): Promise<{ orderList?: OrderList; userErrors: UserError[] }> {
  const { list, error } = await editableList(ctx, input.orderListId);
  if (error) return { orderList: list, userErrors: [error] };
  const existing = await ctx.em.find(OrderListLine, { orderList: list.id });
  const errors: UserError[] = [];
  for (const [i, line] of input.lines.entries()) {
    const current = existing.find((l) => l.id === idOf('OrderListLine', line.lineId));
    if (!current) throw apiError(ctx.t, 'NOT_FOUND');
    if (line.quantity === 0) ctx.em.remove(current);
    else if (!validQuantity(line.quantity)) errors.push(userError(ctx.t, UserErrorCode.INVALID_QUANTITY, ['input', 'lines', String(i), 'quantity'], { max: MAX_QUANTITY }));
    else current.quantity = line.quantity;
  }
  if (errors.length) {
    ctx.em.clear();
    return { orderList: await getOrderList(ctx, input.orderListId), userErrors: errors };
  }
  list.updatedAt = new Date();
  await ctx.em.flush();
  forgetLines(ctx, list);
  return { orderList: list, userErrors: [] };
}

/** Puts the lines in the given order; lines not named keep their relative order after them. */
export async function reorderOrderListLines(ctx: Ctx, input: { orderListId: string; lineIds: string[] }): Promise<{ orderList?: OrderList; userErrors: UserError[] }> {
  const { list, error } = await editableList(ctx, input.orderListId);
  if (error) return { orderList: list, userErrors: [error] };
  const existing = await ctx.em.find(OrderListLine, { orderList: list.id }, { orderBy: { position: 'asc', id: 'asc' } });
  const byId = new Map(existing.map((l) => [l.id, l]));
  const named = input.lineIds.map((g) => {
    const line = byId.get(idOf('OrderListLine', g) ?? '');
    if (!line) throw apiError(ctx.t, 'NOT_FOUND');
    return line;
  });
  const ordered = [...new Set(named), ...existing.filter((l) => !named.includes(l))];
  ordered.forEach((l, i) => (l.position = i));
  list.updatedAt = new Date();
  await ctx.em.flush();
  forgetLines(ctx, list);
  return { orderList: list, userErrors: [] };
}

/**
 * Adds lines by barcode (pasted, scanned, or a CSV file as exported): `code;quantity` per line,
 * the code a barcode or a product reference. Good lines are added, the others reported by line.
 */
export async function importOrderListLines(ctx: Ctx, input: { orderListId: string; text: string }): Promise<{ orderList?: OrderList; added: number; problems: ImportProblem[]; userErrors: UserError[] }> {
  const { list, error } = await editableList(ctx, input.orderListId);
  if (error) return { orderList: list, added: 0, problems: [], userErrors: [error] };
  const parsed = parseBarcodeLines(input.text);
  if (!parsed.length) return { orderList: list, added: 0, problems: [], userErrors: [userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'text'])] };
  if (parsed.length > Math.min(IMPORT_MAX_LINES, ORDER_LIST_MAX_LINES)) {
    return { orderList: list, added: 0, problems: [], userErrors: [userError(ctx.t, UserErrorCode.TOO_MANY_LINES, ['input', 'text'], { max: ORDER_LIST_MAX_LINES, count: parsed.length })] };
  }
  const codes = [...new Set(parsed.map((p) => p.code))];
  const found = await bulkQuery<{ id: string; barcode: string | null; reference: string; pack_size: number }>(
    ctx.em,
    'select id, barcode, reference, pack_size from product where barcode = any(?::text[]) or reference = any(?::text[])',
    [codes, codes],
  );
  const visible = listViewer(ctx).kind === 'customer' ? await visibleIds(ctx, found.map((f) => f.id)) : new Set(found.map((f) => f.id));
  const byCode = new Map<string, { id: string; pack_size: number }>();
  for (const f of found.filter((r) => visible.has(r.id))) {
    byCode.set(f.reference, f);
    if (f.barcode) byCode.set(f.barcode, f);
  }
  const problems: ImportProblem[] = [];
  const items: Source = [];
  for (const p of parsed) {
    const product = byCode.get(p.code);
    const quantity = p.quantity ?? product?.pack_size ?? 1;
    if (!product) problems.push({ line: p.line, code: p.code, reason: 'NOT_FOUND', message: ctx.t('cartImport.NOT_FOUND', { line: p.line, code: p.code }) as string });
    else if (!validQuantity(quantity)) problems.push({ line: p.line, code: p.code, reason: 'BAD_QUANTITY', message: ctx.t('cartImport.BAD_QUANTITY', { line: p.line, code: p.code, max: MAX_QUANTITY }) as string });
    else items.push({ productId: toGlobalId('Product', product.id), quantity });
  }
  const errors = await putLines(ctx, list, items, () => ['input', 'text']);
  await ctx.em.flush();
  return { orderList: list, added: items.length, problems, userErrors: errors };
}

/** The list as CSV (`code;quantity;reference;name`), read back by the import: the round trip keeps it. */
export async function orderListCsv(ctx: Ctx, list: OrderList): Promise<string> {
  const lines = await orderListLines(ctx, list);
  return stringify(
    [['code', 'quantity', 'reference', 'name'], ...lines.map((l) => [l.product.barcode ?? l.product.reference, String(l.quantity), l.product.reference, l.product.name])],
    { delimiter: ';', bom: false },
  );
}

/**
 * Orders the list — or the ticked lines — into the cart in one action, through the cart's own
 * rules. Lines no longer available (not visible or not orderable for the customer now) are named
 * one by one (LINE_UNAVAILABLE); the others are added.
 */
export async function orderListToCart(ctx: Ctx, input: { orderListId: string; lineIds?: string[] | null }): Promise<{ cart?: Cart; addedLineCount: number; userErrors: UserError[] }> {
  if (listViewer(ctx).kind === 'staff') throw apiError(ctx.t, 'FORBIDDEN');
  const list = await getOrderList(ctx, input.orderListId);
  let lines = await orderListLines(ctx, list);
  if (input.lineIds) {
    const wanted = new Set(input.lineIds.map((g) => idOf('OrderListLine', g)));
    if ([...wanted].some((id) => !id || !lines.some((l) => l.id === id))) throw apiError(ctx.t, 'NOT_FOUND');
    lines = lines.filter((l) => wanted.has(l.id));
  }
  if (!lines.length) return { addedLineCount: 0, userErrors: [userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'lineIds'])] };
  const unavailable = (l: OrderListLine) =>
    userError(ctx.t, UserErrorCode.LINE_UNAVAILABLE, ['orderList', 'lines', String(l.position)], { reference: l.product.reference, name: l.product.name });
  const errors = lines.filter((l) => !l.available).map(unavailable);
  const candidates = lines.filter((l) => l.available);
  const result = await addCartLines(ctx, candidates.map((l) => ({ productId: toGlobalId('Product', l.product.id), quantity: l.quantity })));
  // Anything else the cart refuses (a quantity no longer a whole number of packs) is reported as is.
  errors.push(...result.userErrors.map((e) => Object.assign(e, { field: ['orderList', 'lines', String(candidates[Number(e.field?.[2])]?.position ?? 0), ...(e.field?.slice(3) ?? [])] })));
  errors.sort((a, b) => Number(a.field?.[2]) - Number(b.field?.[2]));
  return { cart: result.cart, addedLineCount: candidates.length - result.userErrors.length, userErrors: errors };
}

/** Copies a list the viewer can see (e.g. a published one) into a list of its own customer's. */
export async function copyOrderList(ctx: Ctx, input: { orderListId: string; name?: string | null }): Promise<{ orderList?: OrderList; userErrors: UserError[] }> {
  const source = await getOrderList(ctx, input.orderListId);
  const name = input.name ?? source.name;
  const invalid = nameError(ctx, name, ['input', 'name']);
  if (invalid) return { userErrors: [invalid] };
  const lines = await orderListLines(ctx, source);
  const created = await createOrderList(ctx, { name });
  await putLines(ctx, created.orderList!, lines.filter((l) => l.available).map((l) => ({ productId: toGlobalId('Product', l.product.id), quantity: l.quantity })), (i) => ['input', 'lines', String(i)]);
  await ctx.em.flush();
  return created;
}

/** Staff: the customers a published list is offered to, replaced by these (empty withdraws it). */
export async function publishOrderList(ctx: Ctx, input: { orderListId: string; customerIds: string[] }): Promise<{ orderList?: OrderList; userErrors: UserError[] }> {
  if (listViewer(ctx).kind !== 'staff') throw apiError(ctx.t, 'FORBIDDEN');
  const list = await getOrderList(ctx, input.orderListId);
  const ids = input.customerIds.map((g) => idOf('Customer', g));
  const found = new Set((await ctx.em.find(Customer, { id: { $in: ids.filter((id): id is string => Boolean(id)) } }, { fields: ['id'] })).map((c) => c.id));
  const errors = ids.flatMap((id, i) => (id && found.has(id) ? [] : [userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'customerIds', String(i)])]));
  if (errors.length) return { orderList: list, userErrors: errors };
  await ctx.em.nativeDelete(OrderListCustomer, { orderList: list.id });
  for (const id of new Set(ids as string[])) ctx.em.create(OrderListCustomer, { orderList: list, customer: ctx.em.getReference(Customer, id) });
  list.updatedAt = new Date();
  await ctx.em.flush();
  return { orderList: list, userErrors: [] };
}

/** Staff: the customers a list is published to, by name. */
export async function orderListCustomers(ctx: Ctx, list: OrderList): Promise<Customer[]> {
  const rows = await ctx.em.find(OrderListCustomer, { orderList: list.id }, { populate: ['customer'] });
  return rows.map((r) => r.customer).sort((a, b) => a.name.localeCompare(b.name));
}

/** How many lines each list holds, for every list of the request in one query. */
export async function orderListLineCount(ctx: Ctx, list: OrderList): Promise<number> {
  const [row] = await groupLoader<{ order_list_id: string; n: number }>(
    ctx,
    'orderList.lineCount',
    (ids) => bulkQuery(ctx.em, 'select order_list_id, count(*)::int as n from order_list_line where order_list_id = any(?::uuid[]) group by order_list_id', [ids]),
    (r) => r.order_list_id,
  ).load(list.id);
  return row?.n ?? 0;
}
