import express from 'express';
import multer from 'multer';
import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { assertRoles } from '../../common/auth-checker.js';
import type { Ctx } from '../../common/context.js';
import { publish } from '../../common/events.js';
import { StoreSettings } from './entities/store-settings.entity.js';
import { StoreSettingsUpdatedEvent } from './events/store-settings-updated.event.js';

/** The letterhead's logo: small, since every PDF carries it (and every email's attachments). */
export const LOGO_MAX_BYTES = 1024 * 1024;

const LOGO_FORMATS = [
  { type: 'image/png', matches: (b: Buffer) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { type: 'image/jpeg', matches: (b: Buffer) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
] as const;

/** PNG or JPEG when the declared type and the first bytes agree (the PDF library draws only these); null otherwise. */
export function logoTypeOf(declared: string, bytes: Buffer): string | null {
  const format = LOGO_FORMATS.find((f) => f.type === declared.toLowerCase());
  return format && format.matches(bytes) ? format.type : null;
}

const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: LOGO_MAX_BYTES, files: 1, fields: 5 } }).single('logo');

const STATUS_OF: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, PASSWORD_CHANGE_REQUIRED: 403 };

function fail(res: express.Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message } });
}

/** The logo as the audit trail shows it: its type, size and a short hash; null when none. */
function describe(settings: Pick<StoreSettings, 'logoContentType'>, bytes: Buffer | null | undefined): string | null {
  return settings.logoContentType && bytes ? `${settings.logoContentType}, ${bytes.length} B, sha256 ${createHash('sha256').update(bytes).digest('hex').slice(0, 12)}` : null;
}

/**
 * The letterhead's logo (issue 15 D2; decision 44), for admins, authenticated like GraphQL:
 * `POST /api/settings/logo` (multipart, field `logo`, PNG or JPEG up to 1 MB) sets it,
 * `DELETE /api/settings/logo` removes it, `GET /api/settings/logo` shows it (staff). Mounted after
 * the same-origin check, like the other uploads. Changes go to the audit trail.
 */
export function logoRoutes(deps: { contextFor: (req: express.Request) => Promise<Ctx> }): express.Router {
  const router = express.Router();

  /** The context of an admin (or of staff for reading), or null once an error was answered. */
  async function authorized(req: express.Request, res: express.Response, role: 'ADMIN' | 'STAFF'): Promise<Ctx | null> {
    const ctx = await deps.contextFor(req);
    for (const c of ctx.setCookies) res.append('Set-Cookie', c);
    try {
      assertRoles(ctx, [role]);
      return ctx;
    } catch (e) {
      const code = e instanceof GraphQLError ? String(e.extensions.code ?? '') : '';
      if (!STATUS_OF[code]) throw e;
      fail(res, STATUS_OF[code], code, (e as Error).message);
      return null;
    }
  }

  router.post('/api/settings/logo', async (req, res, next) => {
    try {
      const ctx = await authorized(req, res, 'ADMIN');
      if (!ctx) return;
      upload(req, res, async (err: unknown) => {
        try {
          if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE') {
            return fail(res, 413, 'PAYLOAD_TOO_LARGE', ctx.t('errors.imageTooLarge', { max: LOGO_MAX_BYTES / 1024 / 1024 }));
          }
          if (err || !req.file || req.file.size === 0) return fail(res, 400, 'BAD_REQUEST', ctx.t('errors.logoRequired'));
          const contentType = logoTypeOf(req.file.mimetype, req.file.buffer);
          if (!contentType) return fail(res, 415, 'UNSUPPORTED_MEDIA_TYPE', ctx.t('errors.logoType'));
          const settings = await ctx.em.findOneOrFail(StoreSettings, { id: 1 }, { populate: ['logo'] });
          const before = describe(settings, settings.logo);
          settings.logo = req.file.buffer;
          settings.logoContentType = contentType;
          await publish(ctx, new StoreSettingsUpdatedEvent([{ field: 'logo', before, after: describe(settings, settings.logo) }]));
          await ctx.em.flush();
          res.status(200).json({ contentType, size: req.file.size });
        } catch (e) {
          next(e);
        }
      });
    } catch (e) {
      next(e);
    }
  });

  router.delete('/api/settings/logo', async (req, res, next) => {
    try {
      const ctx = await authorized(req, res, 'ADMIN');
      if (!ctx) return;
      const settings = await ctx.em.findOneOrFail(StoreSettings, { id: 1 }, { populate: ['logo'] });
      const before = describe(settings, settings.logo);
      if (before) {
        settings.logo = null;
        settings.logoContentType = null;
        await publish(ctx, new StoreSettingsUpdatedEvent([{ field: 'logo', before, after: null }]));
        await ctx.em.flush();
      }
      res.status(204).end();
    } catch (e) {
      next(e);
    }
  });

  router.get('/api/settings/logo', async (req, res, next) => {
    try {
      const ctx = await authorized(req, res, 'STAFF');
      if (!ctx) return;
      const settings = await ctx.em.findOneOrFail(StoreSettings, { id: 1 }, { populate: ['logo'] });
      if (!settings.logo || !settings.logoContentType) return fail(res, 404, 'NOT_FOUND', ctx.t('errors.notFound'));
      res.set({ 'Content-Type': settings.logoContentType, 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' });
      res.send(settings.logo);
    } catch (e) {
      next(e);
    }
  });
  return router;
}
