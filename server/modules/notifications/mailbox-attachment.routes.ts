import express from 'express';
import { GraphQLError } from 'graphql';
import { assertRoles } from '../../common/auth-checker.js';
import type { Ctx } from '../../common/context.js';
import { apiError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { DocumentDrawingError } from '../ordering/index.js';
import { drawAttachmentNow, keptAttachment } from './email-outbox.service.js';
import { OutboxEmail } from './entities/outbox-email.entity.js';

/**
 * The documents an email carried, for the hub's mailbox (decision 0059):
 * `GET /api/mailbox/:emailId/attachments/:position`. Staff only: anyone else, an unknown email or
 * position is 404 (a shop user or a token learns nothing about the mailbox); signed out is 401.
 * The bytes sent when they were kept; otherwise (not sent yet, outbox only, not drawn when sent)
 * the order's document drawn now, or 409 DOCUMENT_NOT_DRAWN when it still cannot be drawn.
 */
export function mailboxAttachmentRoutes(deps: { contextFor: (req: express.Request) => Promise<Ctx> }): express.Router {
  const router = express.Router();
  router.get('/api/mailbox/:emailId/attachments/:position', async (req, res, next) => {
    try {
      const ctx = await deps.contextFor(req);
      for (const c of ctx.setCookies) res.append('Set-Cookie', c);
      const notFound = () => {
        const e = apiError(ctx.t, 'NOT_FOUND');
        res.status(404).json({ error: { code: 'NOT_FOUND', message: e.message } });
      };
      try {
        if (ctx.viewer.kind !== 'staff') assertRoles(ctx, ['SIGNED_IN']);
      } catch (e) {
        if (e instanceof GraphQLError) return void res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: e.message } });
        throw e;
      }
      if (ctx.viewer.kind !== 'staff') return notFound();
      const id = idOf('OutboxEmail', req.params.emailId);
      const position = /^\d{1,3}$/.test(req.params.position) ? Number(req.params.position) : -1;
      const email = id ? await ctx.em.findOne(OutboxEmail, { id }) : null;
      const spec = email?.attachments?.[position];
      if (!email || !spec) return notFound();
      let file = await keptAttachment(ctx.em, email.id, position);
      if (!file) {
        try {
          file = { fileName: spec.fileName, contentType: 'application/pdf', content: await drawAttachmentNow(ctx.em, spec) };
        } catch (e) {
          if (e instanceof DocumentDrawingError) {
            return void res.status(409).json({ error: { code: 'DOCUMENT_NOT_DRAWN', message: ctx.t('errors.documentNotDrawn') } });
          }
          throw e;
        }
      }
      res.set({
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.send(file.content);
    } catch (e) {
      next(e);
    }
  });
  return router;
}
