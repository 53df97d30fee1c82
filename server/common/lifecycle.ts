import type http from 'node:http';
import net from 'node:net';
import type { Socket } from 'node:net';
import type express from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './database-errors.js';

// Health, readiness and draining of one process (docs/decisions/0023).
// - /healthz (liveness): the process serves and is not stopping. It does not read the database: a
//   database outage is not cured by restarting every app process, so probes must not do that.
// - /readyz (readiness): the database answers, every migration is applied, not stopping.
// - On SIGTERM both turn 503 at once, the port stops accepting, and each open connection is
//   closed after the response it is serving (Connection: close), so no request is cut.

/** How long a connection that is idle when draining starts may still bring its next request. */
const IDLE_GRACE_MS = 1_000;

export interface Drain {
  readonly draining: boolean;
  /** Stops accepting, lets in-flight requests finish (at most `timeoutMs`), then closes what is left. */
  drain(timeoutMs: number): Promise<void>;
}

/** Tracks the server's connections and requests so that stopping cuts none of them. */
export function trackConnections(server: http.Server): Drain {
  const active = new Map<Socket, number>();
  const answering = new Set<http.ServerResponse>();
  let draining = false;
  server.on('connection', (socket: Socket) => {
    active.set(socket, 0);
    socket.once('close', () => active.delete(socket));
  });
  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const socket = req.socket;
    active.set(socket, (active.get(socket) ?? 0) + 1);
    // Answered with Connection: close, the client does not reuse the connection and Node closes
    // it after the response: nothing races its closing.
    if (draining) res.shouldKeepAlive = false;
    answering.add(res);
    res.once('close', () => {
      answering.delete(res);
      active.set(socket, (active.get(socket) ?? 1) - 1);
    });
  });

  return {
    get draining() {
      return draining;
    },
    async drain(timeoutMs) {
      if (draining) return;
      draining = true;
      for (const res of answering) if (!res.headersSent) res.shouldKeepAlive = false;
      // net.Server's close, not http.Server's: the latter also drops idle keep-alive connections
      // at once, resetting any request a client is sending on them at that instant.
      const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(server, () => resolve()));
      const deadline = Date.now() + timeoutMs;
      // Connections answered with keep-alive just before may bring one more request (it gets
      // Connection: close); those still idle after the grace are not in use.
      await Promise.race([closed, sleep(Math.min(IDLE_GRACE_MS, timeoutMs))]);
      for (const [socket, requests] of active) if (requests === 0) socket.end();
      const left = deadline - Date.now();
      if (left > 0) await Promise.race([closed, sleep(left)]);
      for (const socket of active.keys()) socket.destroy();
      await closed;
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** /healthz and /readyz; their bodies never carry a driver's message. */
export function healthRoutes(app: express.Express, options: { orm: MikroORM; drain: Drain }): void {
  const unavailable = (res: express.Response, body: object) => res.status(503).set('Retry-After', String(RETRY_AFTER_SECONDS)).json(body);

  app.get('/healthz', (_req, res) => {
    if (options.drain.draining) return unavailable(res, { status: 'stopping' });
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    if (options.drain.draining) return unavailable(res, { status: 'stopping' });
    try {
      const pending = await options.orm.getMigrator().getPendingMigrations();
      if (pending.length) return unavailable(res, { status: 'unavailable', database: 'ok', migrations: 'pending' });
      res.json({ status: 'ok', database: 'ok', migrations: 'ok' });
    } catch (e) {
      if (!isDatabaseUnavailable(e)) console.error('[readyz] unexpected error', e);
      unavailable(res, { status: 'unavailable', database: 'unavailable' });
    }
  });
}
