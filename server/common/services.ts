import type { MikroORM } from '@mikro-orm/postgresql';
import pino from 'pino';
import { currentScope } from './request-scope.js';
import type { Env } from '../config/env.js';
import type { Auth, ViewerCache } from '../modules/access/index.js';
import type { Jobs } from './jobs.js';

/** Long-lived services shared by every request. */
export interface AppServices {
  orm: MikroORM;
  env: Env;
  auth: Auth;
  jobs: Jobs;
  log: Logger;
  /** Sessions kept between requests (decision 18); null on the embedded database. */
  viewerCache: ViewerCache | null;
}

export interface Logger {
  info(msg: string, extra?: unknown): void;
  warn(msg: string, extra?: unknown): void;
  error(msg: string, extra?: unknown): void;
}

/**
 * Field names whose values never reach the logs (decision 25), at the top level of a line's
 * fields and one level below (an `extra` object, a request's headers).
 */
const SECRET_KEYS = ['authorization', 'cookie', 'set-cookie', 'password', 'newPassword', 'currentPassword', 'passwordConfirmation', 'token', 'secret', 'apiKey', 'sessionId'];
const REDACT_PATHS = SECRET_KEYS.flatMap((k) => [`["${k}"]`, `*["${k}"]`]);

/**
 * The project's logger, on pino: one JSON object per line (level, time, msg, and the request id of
 * the request or job being served), so log collectors can parse it. `extra` is an Error (logged
 * as `err`, with its stack), an object of fields (merged into the line), or anything else (as
 * `extra`). `destination`: where lines go (standard output by default; tests capture them).
 */
export function createLogger(level: Env['LOG_LEVEL'], destination?: pino.DestinationStream): Logger {
  const base = pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      mixin() {
        const scope = currentScope();
        return scope ? { requestId: scope.requestId } : {};
      },
    },
    destination ?? pino.destination({ dest: 1, sync: true }),
  );
  const write = (method: 'info' | 'warn' | 'error') => (msg: string, extra?: unknown) => {
    if (extra === undefined) base[method](msg);
    else if (extra instanceof Error) base[method]({ err: extra }, msg);
    else if (extra !== null && typeof extra === 'object' && Object.getPrototypeOf(extra) === Object.prototype) base[method](extra as object, msg);
    else base[method]({ extra }, msg);
  };
  return { info: write('info'), warn: write('warn'), error: write('error') };
}
