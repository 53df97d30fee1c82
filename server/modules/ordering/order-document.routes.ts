import express from 'express';
import multer from 'multer';
import type { Ctx } from '../../common/context.js';
import { runAfterCommit } from '../../common/context.js';
import { UserErrorCode } from '../../common/errors.js';
import { orderingActor, orderingRefusal } from './cart.service.js';
import { DOCUMENT_MAX_BYTES, documentTypeOf, documentUrl, readOrderDocument, saveOrderDocument } from './order-document.service.js';

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1, fields: 10 } }).single('document');

type ApiCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'BAD_REQUEST'
  | UserErrorCode.ORDERING_NOT_ALLOWED
  | UserErrorCode.CUSTOMER_EXCLUDED;

function fail(res: express.Response, status: number, code: ApiCode, message: string) {
  res.status(status).json({ error: { code, message } });
}

/**
 * Order documents over plain HTTP (product O2): `POST /api/order-documents` (multipart, field
 * `document`; PDF, PNG, JPEG, WebP, DOCX, XLSX, CSV or text up to 5 MB, the type checked against
 * the file's first bytes) by a shop user or staff viewing the store as a customer, authenticated
 * like GraphQL; answers `{ id, fileName, contentType, size }`, the id to pass in
 * `orderPlace(input: { documentIds })`; refused (403, ORDERING_NOT_ALLOWED or CUSTOMER_EXCLUDED,
 * placing's message) while the customer cannot order. `GET /api/order-documents/:id` downloads it: the
 * customer's users and staff only, 404 for everyone else.
 */
export function orderDocumentRoutes(deps: { contextFor: (req: express.Request) => Promise<Ctx> }): express.Router {
  const router = express.Router();

  router.post('/api/order-documents', async (req, res, next) => {
    try {
      const ctx = await deps.contextFor(req);
      for (const c of ctx.setCookies) res.append('Set-Cookie', c);
      const v = ctx.viewer;
      if (v.kind === 'anonymous') return fail(res, 401, 'UNAUTHENTICATED', ctx.t('errors.unauthenticated'));
      const allowed = (v.kind === 'shop' && !v.shopUser.mustChangePassword) || (v.kind === 'staff' && v.actingAs);
      if (!allowed) return fail(res, 403, 'FORBIDDEN', ctx.t('errors.forbidden'));
      // A document only serves an order: refused, before its bytes are read, to whoever cannot place one.
      const refusal = orderingRefusal(ctx, orderingActor(ctx));
      if (refusal) return fail(res, 403, refusal.code as ApiCode, refusal.message);

      upload(req, res, async (err: unknown) => {
        try {
          if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE') {
            return fail(res, 413, 'PAYLOAD_TOO_LARGE', ctx.t('errors.documentTooLarge', { max: DOCUMENT_MAX_BYTES / 1024 / 1024 }));
          }
          if (err || !req.file) return fail(res, 400, 'BAD_REQUEST', ctx.t('errors.documentRequired'));
          const contentType = documentTypeOf(req.file.mimetype, req.file.buffer);
          if (!contentType) return fail(res, 415, 'UNSUPPORTED_MEDIA_TYPE', ctx.t('errors.documentType'));
          // multer decodes the name as latin1; browsers send UTF-8.
          const fileName = Buffer.from(req.file.originalname, 'latin1').toString('utf8');
          const doc = await saveOrderDocument(ctx, { fileName, contentType, data: req.file.buffer });
          await runAfterCommit(ctx);
          res.status(201).json({ id: doc.globalId, fileName: doc.fileName, contentType: doc.contentType, size: doc.size, url: documentUrl(ctx, doc) });
        } catch (e) {
          next(e);
        }
      });
    } catch (e) {
      next(e);
    }
  });

  router.get('/api/order-documents/:id', async (req, res, next) => {
    try {
      const ctx = await deps.contextFor(req);
      for (const c of ctx.setCookies) res.append('Set-Cookie', c);
      const doc = await readOrderDocument(ctx, req.params.id);
      if (!doc) {
        if (ctx.viewer.kind === 'anonymous') return fail(res, 401, 'UNAUTHENTICATED', ctx.t('errors.unauthenticated'));
        return fail(res, 404, 'NOT_FOUND', ctx.t('errors.notFound'));
      }
      res.set({
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
        'Content-Disposition': `attachment; filename="${doc.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
      });
      res.type(doc.contentType).send(doc.data);
    } catch (e) {
      next(e);
    }
  });

  return router;
}
