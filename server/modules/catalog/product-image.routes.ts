import express from 'express';
import multer from 'multer';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../common/context.js';
import { assertRoles } from '../../common/auth-checker.js';
import { idOf } from '../../common/global-id.js';
import { IMAGE_MAX_BYTES, imageTypeOf, readProductImage, saveProductImage } from './product-image.service.js';

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: IMAGE_MAX_BYTES, files: 1, fields: 10 } }).single('image');

type ApiCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'PAYLOAD_TOO_LARGE' | 'UNSUPPORTED_MEDIA_TYPE' | 'BAD_REQUEST';

function fail(res: express.Response, status: number, code: ApiCode, message: string) {
  res.status(status).json({ error: { code, message } });
}

/**
 * Product images over plain HTTP (product C1): staff (or a CATALOG_MANAGE token) upload one with
 * `POST /api/products/:id/image` (multipart, field `image`, JPEG/PNG/WebP up to 2 MB), authenticated
 * like GraphQL (session cookie or bearer token); anyone fetches it at the versioned URL that
 * `Product.imageUrl` gives, cached for a year since a new image gets a new URL.
 */
export function productImageRoutes(deps: {
  /** The request context, as GraphQL builds it (viewer from cookie or bearer token, language). */
  contextFor: (req: express.Request) => Promise<Ctx>;
  /** A fresh entity manager, for serving images without resolving a viewer. */
  em: () => EntityManager;
}): express.Router {
  const router = express.Router();

  router.post('/api/products/:id/image', async (req, res, next) => {
    try {
      const ctx = await deps.contextFor(req);
      for (const c of ctx.setCookies) res.append('Set-Cookie', c);
      if (ctx.viewer.kind === 'anonymous') return fail(res, 401, 'UNAUTHENTICATED', ctx.t('errors.unauthenticated'));
      try {
        assertRoles(ctx, ['STAFF', 'CATALOG_MANAGE']);
      } catch {
        return fail(res, 403, 'FORBIDDEN', ctx.t('errors.forbidden'));
      }
      const productId = idOf('Product', req.params.id);
      const [exists] = productId ? await ctx.em.execute<{ id: string }[]>(`select id from product where id = ?`, [productId]) : [];
      if (!exists) return fail(res, 404, 'NOT_FOUND', ctx.t('errors.notFound'));

      upload(req, res, async (err: unknown) => {
        try {
          if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE') {
            return fail(res, 413, 'PAYLOAD_TOO_LARGE', ctx.t('errors.imageTooLarge', { max: IMAGE_MAX_BYTES / 1024 / 1024 }));
          }
          if (err) return fail(res, 400, 'BAD_REQUEST', ctx.t('errors.imageRequired'));
          if (!req.file) return fail(res, 400, 'BAD_REQUEST', ctx.t('errors.imageRequired'));
          const contentType = imageTypeOf(req.file.mimetype, req.file.buffer);
          if (!contentType) return fail(res, 415, 'UNSUPPORTED_MEDIA_TYPE', ctx.t('errors.imageType'));
          const saved = await saveProductImage(ctx.em, productId!, contentType, req.file.buffer);
          res.status(200).json({ imageUrl: `${ctx.env.publicUrl}${saved.path}`, contentType, sha256: saved.sha256 });
        } catch (e) {
          next(e);
        }
      });
    } catch (e) {
      next(e);
    }
  });

  router.get('/images/products/:id/:file', async (req, res, next) => {
    try {
      const productId = idOf('Product', req.params.id);
      const sha256 = /^([0-9a-f]{64})\.(jpg|png|webp)$/.exec(req.params.file)?.[1];
      const image = productId && sha256 ? await readProductImage(deps.em(), productId, sha256) : null;
      if (!image) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      const etag = `"${sha256}"`;
      res.set({
        'Cache-Control': 'public, max-age=31536000, immutable',
        ETag: etag,
        'X-Content-Type-Options': 'nosniff',
      });
      if (req.headers['if-none-match']?.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
        res.status(304).end();
        return;
      }
      res.type(image.contentType).send(image.data);
    } catch (e) {
      next(e);
    }
  });

  return router;
}
