import DataLoader from 'dataloader';
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../common/context.js';
import { loader } from '../../common/context.js';
import { toGlobalId } from '../../common/global-id.js';
import { bulkQuery } from './bulk-sql.js';

export const IMAGE_MAX_BYTES = 2 * 1024 * 1024;

/** The accepted image types, their file extension, and how their first bytes look. */
const FORMATS = [
  { type: 'image/jpeg', ext: 'jpg', matches: (b: Buffer) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', ext: 'png', matches: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/webp', ext: 'webp', matches: (b: Buffer) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
] as const;

export const IMAGE_TYPES: readonly string[] = FORMATS.map((f) => f.type);

/**
 * The type of an uploaded image when both the declared type and the bytes agree that it is JPEG,
 * PNG or WebP; null otherwise (e.g. a text file renamed .png).
 */
export function imageTypeOf(declared: string, bytes: Buffer): string | null {
  const format = FORMATS.find((f) => f.type === declared.toLowerCase());
  return format && format.matches(bytes) ? format.type : null;
}

function extensionOf(contentType: string): string {
  return FORMATS.find((f) => f.type === contentType)?.ext ?? 'bin';
}

/** Stores (or replaces) a product's image; returns its versioned URL path. */
export async function saveProductImage(em: EntityManager, productId: string, contentType: string, data: Buffer): Promise<{ sha256: string; path: string }> {
  const sha256 = createHash('sha256').update(data).digest('hex');
  await bulkQuery(
    em,
    `insert into product_image (product_id, content_type, data, sha256, updated_at) values (?, ?, ?, ?, now())
     on conflict (product_id) do update set content_type = excluded.content_type, data = excluded.data, sha256 = excluded.sha256, updated_at = now()`,
    [productId, contentType, data, sha256],
  );
  return { sha256, path: imagePath(productId, sha256, contentType) };
}

/** `/images/products/<product global id>/<sha256>.<ext>`: a new image gets a new URL, so caches never go stale. */
export function imagePath(productId: string, sha256: string, contentType: string): string {
  return `/images/products/${toGlobalId('Product', productId)}/${sha256}.${extensionOf(contentType)}`;
}

/** The bytes of a product's current image, only when `sha256` is the current version. */
export async function readProductImage(em: EntityManager, productId: string, sha256: string): Promise<{ contentType: string; data: Buffer } | null> {
  const [row] = await bulkQuery<{ content_type: string; data: Buffer }>(em, `select content_type, data from product_image where product_id = ? and sha256 = ?`, [
    productId,
    sha256,
  ]);
  return row ? { contentType: row.content_type, data: row.data } : null;
}

/** Absolute image URLs of products (null without an image), batched; the bytes are not read. */
export function imageUrlLoader(ctx: Ctx) {
  return loader(ctx, 'catalog.imageUrl', () =>
    new DataLoader<string, string | null>(async (productIds) => {
      const rows = await bulkQuery<{ product_id: string; sha256: string; content_type: string }>(
        ctx.em,
        `select product_id, sha256, content_type from product_image where product_id = any(?::uuid[])`,
        [[...productIds]],
      );
      const byProduct = new Map(rows.map((r) => [r.product_id, `${ctx.env.publicUrl}${imagePath(r.product_id, r.sha256, r.content_type)}`]));
      return productIds.map((id) => byProduct.get(id) ?? null);
    }),
  );
}
