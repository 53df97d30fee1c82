import type http from 'node:http';
import type express from 'express';
import type { TFunction } from 'i18next';

// Cross-site request forgery: the session cookie's SameSite=Lax keeps it off another site's POSTs
// in today's browsers, but not off a sibling subdomain's (same site), nor in a browser that ignores
// SameSite. Every state-changing request that is not GraphQL (Apollo's CSRF prevention guards that)
// must come from a page of this origin, as Remix already demands of page actions (decision 22).

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The host this request was addressed to, read as Remix reads it for its own action check
 * (X-Forwarded-Host first, then Host), so that a request passing here never trips Remix's check
 * (which answers a bare 500).
 */
function ownHost(req: http.IncomingMessage): string | undefined {
  const forwarded = req.headers['x-forwarded-host'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || req.headers.host || undefined;
}

/**
 * Whether a browser sent this request from another site: its Origin (sent by browsers on every
 * POST) names another host or cannot be read, or is "null" (a sandboxed frame, a redirect from
 * elsewhere, or a page under no-referrer) without Sec-Fetch-Site saying same-origin; without an
 * Origin, Sec-Fetch-Site says it was not made by this origin. A request with neither header is
 * not a browser's (an integrator, a script) and is not refused here.
 */
export function isCrossSite(req: http.IncomingMessage): boolean {
  const origin = req.headers.origin;
  // Under `Referrer-Policy: no-referrer` browsers send `Origin: null` even from this site's own
  // pages; Sec-Fetch-Site (sent with it by every current browser) then tells.
  if (origin === 'null') return req.headers['sec-fetch-site'] !== 'same-origin';
  if (origin !== undefined) {
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {
      host = null;
    }
    return host === null || host !== ownHost(req);
  }
  const site = req.headers['sec-fetch-site'];
  return site === 'cross-site' || site === 'same-site';
}

/** Refuses state-changing requests from another site with a 403 and a translated reason. */
export function sameOriginOnly(t: (req: http.IncomingMessage) => TFunction): express.RequestHandler {
  return (req, res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    if (!isCrossSite(req)) {
      // A "null" Origin found to be this site's: dropped, or Remix's own check, which cannot read
      // it, would refuse the page action with a 500.
      if (req.headers.origin === 'null') delete req.headers.origin;
      return next();
    }
    res.status(403).json({ error: { code: 'FORBIDDEN', message: t(req)('errors.crossSite') } });
  };
}
