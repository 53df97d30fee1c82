import { z } from 'zod';
import { compileTrust } from '../common/client-address.js';

/** Every setting Comptoir reads from the environment, validated once at start-up. */
const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.string().url().optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  PGLITE_DATA_DIR: z.string().min(1).default('.data/pglite'),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Seconds to keep retrying at start while PostgreSQL is unreachable, then exit 1. */
  DATABASE_CONNECT_TIMEOUT: z.coerce.number().int().min(0).max(3600).default(60),
  /** Seconds a stopping process (SIGTERM) lets in-flight requests finish before cutting them. */
  SHUTDOWN_TIMEOUT: z.coerce.number().int().min(0).max(600).default(20),
  SEED_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  JOBS: z.enum(['true', 'false']).default('true'),
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.string().url().optional(),
  EMAIL_FROM: z.string().min(3).default('Comptoir <no-reply@comptoir.test>'),
  SUPPLIER_NAME: z.string().min(1).default('Comptoir Demo Wholesale'),
  SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  // Seconds a process keeps a session it has read (decision 18); 0 reads it at every request.
  SESSION_CACHE_SECONDS: z.coerce.number().min(0).max(60).default(5),
  WEB: z.enum(['true', 'false']).default('true'),
  LOG_LEVEL: z.enum(['silent', 'error', 'warn', 'info', 'debug']).default('info'),
  /** HTTP worker processes sharing the port (one per core in production); needs DATABASE_URL. */
  WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  /** GraphQL introspection (and the /graphiql explorer); unset: on except in production. */
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
  /** Proxies whose X-Forwarded-For is believed (proxy-addr / Express `trust proxy` syntax); unset: none. */
  TRUST_PROXY: z
    .string()
    .optional()
    .refine((v) => {
      try {
        compileTrust(v);
        return true;
      } catch {
        return false;
      }
    }, 'must be a hop count, or addresses / CIDR ranges / loopback, linklocal, uniquelocal, comma-separated'),
  /** GraphQL requests per minute per session, API token or (anonymous) client address; 0: no limit. */
  API_RATE_LIMIT: z.coerce.number().int().min(0).default(1200),
  /** A running task whose heartbeat is older than this is taken as dead and resumed (decision 24). */
  TASK_STALE_SECONDS: z.coerce.number().int().min(3).max(3600).default(15),
  /** Seconds one request to the email provider may take before it counts as failed. */
  EMAIL_TIMEOUT_SECONDS: z.coerce.number().min(1).max(120).default(15),
  /** Hours an email is retried (capped exponential backoff) before it is marked FAILED. */
  EMAIL_RETRY_HOURS: z.coerce.number().min(0).max(24 * 14).default(48),
  /** First wait before sending a refused email again; it doubles at each refusal, up to 30 min. */
  EMAIL_RETRY_FIRST_SECONDS: z.coerce.number().min(0.1).max(3600).default(10),
  /** Emails sent at once by a process that runs jobs. */
  EMAIL_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(16),
  /** Seconds one webhook request may take before the delivery counts as failed (decision 34). */
  WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(60).default(10),
  /** First wait before a failed webhook delivery is tried again; doubles at each failure, up to 1 h. */
  WEBHOOK_RETRY_FIRST_SECONDS: z.coerce.number().min(0.1).max(3600).default(30),
  /** Hours a webhook delivery is retried (same webhook-id) before it is marked FAILED. */
  WEBHOOK_RETRY_HOURS: z.coerce.number().min(0).max(24 * 14).default(72),
  /** An endpoint whose every delivery has failed for this many days is disabled and admins emailed. */
  WEBHOOK_DISABLE_DAYS: z.coerce.number().min(0).max(60).default(5),
  /** Bearer token GET /metrics requires; without it /metrics is off (404). Decision 25. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
});

export type Env = z.infer<typeof EnvSchema> & { publicUrl: string; embedded: boolean };

/** Parses the environment; on bad values prints every problem in one message and exits. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  if (env.WORKERS > 1 && !env.DATABASE_URL) {
    throw new ConfigError('Invalid configuration:\n  - WORKERS: more than one worker needs DATABASE_URL (the embedded database serves one process)');
  }
  const publicUrl = (env.PUBLIC_URL ?? `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`).replace(/\/$/, '');
  return { ...env, publicUrl, embedded: !env.DATABASE_URL };
}

export class ConfigError extends Error {}
