import type { MikroORM } from '@mikro-orm/postgresql';
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

export function createLogger(level: Env['LOG_LEVEL']): Logger {
  const order = ['silent', 'error', 'warn', 'info', 'debug'];
  const on = (l: string) => order.indexOf(l) <= order.indexOf(level) && level !== 'silent';
  return {
    info: (m, e) => on('info') && console.log(m, ...(e === undefined ? [] : [e])),
    warn: (m, e) => on('warn') && console.warn(m, ...(e === undefined ? [] : [e])),
    error: (m, e) => on('error') && console.error(m, ...(e === undefined ? [] : [e])),
  };
}
