import type { Ctx } from '../../common/context.js';
import { idOf } from '../../common/global-id.js';
import { groupLoader } from '../../common/loaders.js';
import { orderingActor } from './cart.service.js';
import { OrderDocument } from './entities/order-document.entity.js';
import type { Order } from './entities/order.entity.js';

export const DOCUMENT_MAX_BYTES = 5 * 1024 * 1024;

const startsWith = (b: Buffer, bytes: number[]) => b.length >= bytes.length && bytes.every((x, i) => b[i] === x);
const isZip = (b: Buffer) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]);
/** Text: no NUL byte and valid UTF-8 in the first 64 KB. */
const isText = (b: Buffer) => {
  const head = b.subarray(0, 65536);
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.length === b.length ? head : head.subarray(0, head.length - 4));
    return true;
  } catch {
    return false;
  }
};

/** The accepted document types and how their first bytes look; the declared type must agree. */
const FORMATS: Array<{ type: string; matches: (b: Buffer) => boolean }> = [
  { type: 'application/pdf', matches: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
  { type: 'image/png', matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: 'image/jpeg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { type: 'image/webp', matches: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', matches: isZip },
  { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', matches: isZip },
  { type: 'text/csv', matches: isText },
  { type: 'text/plain', matches: isText },
];

/** The stored type of an upload when the declared type is accepted and the bytes agree; else null. */
export function documentTypeOf(declared: string, bytes: Buffer): string | null {
  const type = declared.split(';')[0].trim().toLowerCase();
  const format = FORMATS.find((f) => f.type === type);
  return format && bytes.length > 0 && format.matches(bytes) ? format.type : null;
}

/**
 * Stores a document for the customer the viewer orders for (shop user, or staff viewing as it);
 * it is attached to an order when the order is placed with its id.
 */
export async function saveOrderDocument(ctx: Ctx, file: { fileName: string; contentType: string; data: Buffer }): Promise<OrderDocument> {
  const actor = orderingActor(ctx);
  const doc = ctx.em.create(OrderDocument, {
    customer: actor.customer,
    uploadedBy: actor.shopUser,
    uploadedByStaff: actor.staff,
    fileName: file.fileName.replace(/[\r\n"\\/]/g, '_').slice(0, 255) || 'document',
    contentType: file.contentType,
    size: file.data.length,
    data: file.data,
  });
  await ctx.em.flush();
  return doc;
}

/**
 * A document's bytes for the viewer: staff see every one, a shop user only its customer's (a
 * viewer acting for another customer gets null, as for a document that does not exist).
 */
export async function readOrderDocument(ctx: Ctx, globalId: string): Promise<OrderDocument | null> {
  const id = idOf('OrderDocument', globalId);
  if (!id) return null;
  const v = ctx.viewer;
  let where: Record<string, unknown>;
  if (v.kind === 'staff') where = { id };
  else if (v.kind === 'shop') where = { id, customer: v.access.customer.id };
  else return null;
  return ctx.em.findOne(OrderDocument, where, { populate: ['data'] });
}

/** Documents of many orders in one query. */
export function orderDocuments(ctx: Ctx, order: Order): Promise<OrderDocument[]> {
  return groupLoader(
    ctx,
    'order.documents',
    (ids) => ctx.em.find(OrderDocument, { order: { $in: ids } }, { orderBy: { createdAt: 'asc' } }),
    (d) => d.order!.id,
  ).load(order.id);
}

/** Where a document is downloaded; the same access rules as the API apply there. */
export function documentUrl(ctx: Ctx, doc: OrderDocument): string {
  return `${ctx.env.publicUrl}/api/order-documents/${encodeURIComponent(doc.globalId)}`;
}
