import express from 'express';
import { GraphQLError } from 'graphql';
import { assertRoles } from '../../../common/auth-checker.js';
import type { Ctx } from '../../../common/context.js';
import { LANGUAGES } from '../../../common/language.js';
import { getOrder } from '../order.service.js';
import { DocumentDrawingError } from './order-pdf.js';
import { DELIVERY_NOTE_STATUSES, orderPdfFileName, renderOrderDocument, renderSampleConfirmation, type OrderPdfRequest } from './order-pdf.service.js';

const STATUS_OF: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, PASSWORD_CHANGE_REQUIRED: 403, NOT_FOUND: 404 };
/** A document its stored data cannot draw (a damaged logo): 409 with a translated message, not a 500. */
function refuseUndrawable(e: unknown, res: express.Response, ctx: Ctx): boolean {
  if (!(e instanceof DocumentDrawingError)) return false;
  res.status(409).json({ error: { code: 'DOCUMENT_NOT_DRAWN', message: ctx.t('errors.documentNotDrawn') } });
  return true;
}

const REQUESTS: Record<string, OrderPdfRequest> = { confirmation: 'confirmation', 'delivery-note': 'deliveryNote' };

/**
 * Order documents as PDF (issue 15 D2): `GET /api/orders/:id/confirmation.pdf` (a quote for quote
 * orders) and `/delivery-note.pdf` (once shipped; 409 NOT_SHIPPED before). Whoever may read the
 * order through `order(id:)` may download them: its customer's users, staff, tokens with
 * ORDERS_MANAGE; another customer's order is 404, as if it did not exist. Drawn on request, in
 * the customer's document language.
 */
export function orderPdfRoutes(deps: { contextFor: (req: express.Request) => Promise<Ctx> }): express.Router {
  const router = express.Router();
  // The letterhead's preview (decision 44): a sample confirmation in the staff member's language
  // (or `?language=`), staff only.
  router.get('/api/settings/sample-confirmation.pdf', async (req, res, next) => {
    try {
      const ctx = await deps.contextFor(req);
      for (const c of ctx.setCookies) res.append('Set-Cookie', c);
      try {
        assertRoles(ctx, ['STAFF']);
      } catch (e) {
        const code = e instanceof GraphQLError ? String(e.extensions.code ?? '') : '';
        if (STATUS_OF[code]) return void res.status(STATUS_OF[code]).json({ error: { code, message: (e as Error).message } });
        throw e;
      }
      // `?language=fr`: the letterhead as customers of that document language see it.
      const asked = String(req.query.language ?? '').toLowerCase();
      let pdf: Buffer;
      try {
        pdf = await renderSampleConfirmation(ctx.em, LANGUAGES.find((l) => l.toLowerCase() === asked) ?? ctx.language);
      } catch (e) {
        if (refuseUndrawable(e, res, ctx)) return;
        throw e;
      }
      res.set({
        'Content-Type': 'application/pdf',
        'Content-Disposition': 'inline; filename="sample-confirmation.pdf"',
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.send(pdf);
    } catch (e) {
      next(e);
    }
  });

  router.get('/api/orders/:id/:name.pdf', async (req, res, next) => {
    try {
      const request = REQUESTS[req.params.name];
      if (!request) return next();
      const ctx = await deps.contextFor(req);
      for (const c of ctx.setCookies) res.append('Set-Cookie', c);
      try {
        assertRoles(ctx, ['STAFF', 'SHOP', 'ORDERS_MANAGE']);
        const order = await getOrder(ctx, req.params.id);
        if (request === 'deliveryNote' && !DELIVERY_NOTE_STATUSES.includes(order.status)) {
          return void res.status(409).json({ error: { code: 'NOT_SHIPPED', message: ctx.t('errors.deliveryNoteNotShipped') } });
        }
        const pdf = await renderOrderDocument(ctx.em, order.id, request);
        const fileName = orderPdfFileName(order.number, request);
        res.set({
          'Content-Type': 'application/pdf',
          'Content-Disposition': `${req.query.inline === '1' ? 'inline' : 'attachment'}; filename="${fileName}"`,
          'Cache-Control': 'private, no-store',
          'X-Content-Type-Options': 'nosniff',
        });
        res.send(pdf);
      } catch (e) {
        const code = e instanceof GraphQLError ? String(e.extensions.code ?? '') : '';
        if (STATUS_OF[code]) return void res.status(STATUS_OF[code]).json({ error: { code, message: (e as Error).message } });
        if (refuseUndrawable(e, res, ctx)) return;
        throw e;
      }
    } catch (e) {
      next(e);
    }
  });
  return router;
}
