import type http from 'node:http';
import type { Logger } from './services.js';
import type { Metrics } from './metrics.js';
import { routeOf } from './metrics.js';
import { rememberScope, requestIdFrom, requestScope, type RequestScope } from './request-scope.js';

// Paths that carry a secret in a segment (the store's password reset link): logged without it.
const SECRET_PATH = /^(\/reset-password\/)[^/?]+/;

/** The path as logged: no query string (it may hold variables or tokens), no secret segment. */
export function loggedPath(url: string | undefined): string {
  const path = (url ?? '/').split('?', 1)[0];
  return path.replace(SECRET_PATH, '$1[redacted]').slice(0, 200);
}

/**
 * Wraps the HTTP server's handler (both the direct GraphQL route and Express): gives each request
 * an id (a sane incoming X-Request-Id, else a new one) echoed in the response's X-Request-Id,
 * runs it in that scope, and when it ends writes one log line (method, path, status, duration,
 * GraphQL operation, viewer kind) and its duration to the metrics. Status 499: the client left
 * before the answer was sent.
 */
export function observeRequests(
  log: Logger,
  metrics: Metrics,
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void,
): (req: http.IncomingMessage, res: http.ServerResponse) => void {
  return (req, res) => {
    const started = performance.now();
    const url = req.url; // Express rewrites req.url under a mount path
    const scope: RequestScope = { requestId: requestIdFrom(req.headers['x-request-id']) };
    res.setHeader('x-request-id', scope.requestId);
    rememberScope(req, scope);
    res.once('close', () => {
      const seconds = (performance.now() - started) / 1000;
      const status = res.writableFinished ? res.statusCode : 499;
      const route = routeOf(url);
      metrics.observeHttp(route, req.method ?? 'GET', status, seconds);
      // Load balancers' probes and scrapes come every few seconds: only their failures are logged.
      if ((route === 'healthz' || route === 'readyz' || route === 'metrics') && status < 400) return;
      // The scope is gone here (a listener runs outside it): its id goes in the fields.
      log.info('request', {
        requestId: scope.requestId,
        method: req.method,
        path: loggedPath(url),
        status,
        durationMs: Math.round(seconds * 10_000) / 10,
        ...(scope.operation ? { operation: scope.operation } : {}),
        ...(scope.viewer ? { viewer: scope.viewer } : {}),
      });
    });
    requestScope.run(scope, handler, req, res);
  };
}
