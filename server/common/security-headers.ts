import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

// Security headers on every answer (S2, decision 21). Two helmet policies: API answers (GraphQL,
// health, images, documents) are never rendered as pages, so `default-src 'none'`; pages get a
// script policy keyed on a fresh nonce that Remix writes on its inline hydration scripts.

type Middleware = (req: http.IncomingMessage, res: http.ServerResponse, next: (err?: unknown) => void) => void;

/** Where the page middleware leaves this request's nonce (Express's `res.locals`). */
export function cspNonce(res: http.ServerResponse): string | undefined {
  return (res as { locals?: { cspNonce?: string } }).locals?.cspNonce;
}

// helmet has no Permissions-Policy; the camera stays allowed to this origin for barcode scanning.
const PERMISSIONS_POLICY = [
  'camera=(self)',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'midi=()',
  'accelerometer=()',
  'gyroscope=()',
  'magnetometer=()',
  'display-capture=()',
  'fullscreen=(self)',
  'browsing-topics=()',
].join(', ');

export interface SecurityHeaders {
  /** For API answers: GraphQL (both routes), /healthz, images, documents, anything not a page. */
  api: Middleware;
  /** For the Remix pages and their assets: a fresh nonce in `res.locals.cspNonce`, then the page policy. */
  page(options: { dev: boolean }): Middleware;
}

export function securityHeaders(publicUrl: string): SecurityHeaders {
  const https = publicUrl.startsWith('https://');
  const common = {
    // `same-origin` rather than helmet's `no-referrer`: with `no-referrer` browsers send
    // `Origin: null` on same-origin form posts, which the origin checks would refuse.
    referrerPolicy: { policy: 'same-origin' },
    // Only over https: sent over http it would be ignored, and it would pin a plain-http deployment.
    strictTransportSecurity: https ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
  } satisfies HelmetOptions;
  const withPermissions = (inner: Middleware): Middleware => (req, res, next) => {
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    inner(req, res, next);
  };

  const api = withPermissions(
    helmet({
      ...common,
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
      },
    }) as Middleware,
  );

  const nonce = (_req: http.IncomingMessage, res: http.ServerResponse) => `'nonce-${cspNonce(res)}'`;
  const page = ({ dev }: { dev: boolean }): Middleware => {
    const headers = withPermissions(
      helmet({
        ...common,
        contentSecurityPolicy: {
          useDefaults: false,
          directives: {
            defaultSrc: ["'self'"],
            // Remix's inline scripts carry the nonce; its modules (and, in development, Vite's
            // client and HMR runtime, which the nonced inline module imports) come from this origin.
            // 'wasm-unsafe-eval' lets the barcode reader (ZXing, WebAssembly from our own assets)
            // compile; it allows no JavaScript eval (issue 18 M2, decision 47).
            scriptSrc: ["'self'", nonce, "'wasm-unsafe-eval'"],
            scriptSrcAttr: ["'none'"],
            // The hub's mailbox shows React Email's HTML (inline styles only) in a sandboxed srcdoc
            // frame, which inherits this policy; the app itself has no inline style.
            styleSrc: ["'self'", "'unsafe-inline'"],
            imgSrc: ["'self'", 'data:', 'blob:'],
            fontSrc: ["'self'", 'data:'],
            // Vite's HMR websocket listens on its own port in development.
            connectSrc: dev ? ["'self'", 'ws:'] : ["'self'"],
            objectSrc: ["'none'"],
            baseUri: ["'none'"],
            formAction: ["'self'"],
            frameAncestors: ["'none'"],
            frameSrc: ["'self'"],
            workerSrc: ["'self'", 'blob:'],
            manifestSrc: ["'self'"],
            ...(https ? { upgradeInsecureRequests: [] } : {}),
          },
        },
      }) as Middleware,
    );
    return (req, res, next) => {
      const locals = ((res as { locals?: Record<string, unknown> }).locals ??= {});
      locals.cspNonce = randomBytes(16).toString('base64');
      headers(req, res, next);
    };
  };

  return { api, page };
}
