import { timingSafeEqual, createHash } from 'node:crypto';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import v8 from 'node:v8';
import type http from 'node:http';
import type pg from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Logger } from './services.js';

// Prometheus metrics (decision 25). One registry per running app (tests start several in one
// process). Label values are bounded: HTTP routes are a fixed list, GraphQL operations are named
// by their first root field, which the schema bounds (a client's operation name is free text and
// goes to the logs only), and queues are the ones the modules declare.

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** The route label of a request: a fixed set, whatever the path. */
export function routeOf(url: string | undefined): string {
  const path = (url ?? '/').split('?', 1)[0];
  if (path === '/graphql' || path.startsWith('/graphql/')) return 'graphql';
  if (path === '/healthz' || path === '/readyz' || path === '/metrics') return path.slice(1);
  if (path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path) && !path.startsWith('/api/') && !path.startsWith('/images/')) return 'static';
  if (path.startsWith('/images/')) return 'images';
  if (path.startsWith('/api/')) return 'api';
  if (path === '/hub' || path.startsWith('/hub/')) return 'hub';
  return 'store';
}

export interface MetricSources {
  orm: MikroORM;
  /** The prepared statements' pool (none on the embedded database). */
  prepared: pg.Pool | null;
  /** pg-boss's own pool (opened when pg-boss starts). */
  jobs: () => pg.Pool | null;
  queues: () => string[];
  log: Logger;
}

const JOB_STATES = ['created', 'retry', 'active', 'failed'] as const;

export class Metrics {
  readonly registry = new Registry();
  private readonly http: Histogram<'route' | 'method' | 'status'>;
  private readonly graphql: Histogram<'operation' | 'type' | 'outcome'>;
  private readonly jobRuns: Counter<'queue' | 'outcome'>;
  private readonly gcObserver: PerformanceObserver;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    this.http = new Histogram({ name: 'comptoir_http_request_duration_seconds', help: 'HTTP requests by route, method and status class.', labelNames: ['route', 'method', 'status'], buckets: SECONDS, registers });
    this.graphql = new Histogram({ name: 'comptoir_graphql_operation_duration_seconds', help: 'GraphQL operations (HTTP and the web app in-process) by first root field, type and outcome.', labelNames: ['operation', 'type', 'outcome'], buckets: SECONDS, registers });
    this.jobRuns = new Counter({ name: 'comptoir_jobs_processed_total', help: 'Jobs run by this process, by queue and outcome (failed: the handler threw; pg-boss retries it while attempts remain).', labelNames: ['queue', 'outcome'], registers });

    // RSS and heap size follow the garbage collector's pace (V8 lets garbage pile up while memory
    // is plentiful); the heap used just after a full collection is the live data: a leak shows here.
    const live = new Gauge({ name: 'comptoir_heap_live_bytes', help: 'V8 heap in use right after the last full (mark-compact) garbage collection: the live data.', registers });
    this.gcObserver = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => ((e as { detail?: { kind?: number } }).detail)?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)) live.set(v8.getHeapStatistics().used_heap_size);
    });
    this.gcObserver.observe({ entryTypes: ['gc'] });

    const { orm, prepared, jobs, queues, log } = sources;
    const db = async <T>(sql: string): Promise<T[] | null> => {
      try {
        return (await orm.em.fork().execute(sql)) as T[];
      } catch (e) {
        // A scrape during a database outage still answers, without the database's figures.
        log.warn(`[metrics] ${(e as Error).message}`);
        return null;
      }
    };
    new Gauge({
      name: 'comptoir_job_queue_jobs',
      help: 'Jobs in the queue by state (created: waiting; retry: waiting after a failure; active: running; failed: out of attempts).',
      labelNames: ['queue', 'state'],
      registers,
      async collect() {
        this.reset();
        const rows = await db<{ name: string; state: string; count: number }>(
          `select name, state::text as state, count(*)::int as count from pgboss.job where state in ('created', 'retry', 'active', 'failed') group by 1, 2`,
        );
        if (!rows) return;
        for (const q of queues()) for (const s of JOB_STATES) this.set({ queue: q, state: s }, 0);
        for (const r of rows) this.set({ queue: r.name, state: r.state }, r.count);
      },
    });
    new Gauge({
      name: 'comptoir_outbox_emails',
      help: 'Outbox emails waiting to be sent (PENDING) or given up on (FAILED).',
      labelNames: ['status'],
      registers,
      async collect() {
        this.reset();
        const rows = await db<{ status: string; count: number }>(`select status, count(*)::int as count from outbox_email where status in ('PENDING', 'FAILED') group by 1`);
        if (!rows) return;
        this.set({ status: 'PENDING' }, 0);
        this.set({ status: 'FAILED' }, 0);
        for (const r of rows) this.set({ status: r.status }, r.count);
      },
    });
    new Gauge({
      name: 'comptoir_db_pool_connections',
      help: 'Database connections of this process by pool (orm, prepared, jobs) and state (used, idle, waiting: callers waiting for one).',
      labelNames: ['pool', 'state'],
      registers,
      collect() {
        const knexPool = (orm.em.getConnection() as unknown as { getKnex(): { client: { pool?: { numUsed(): number; numFree(): number; numPendingAcquires(): number } } } }).getKnex().client.pool;
        if (knexPool) {
          this.set({ pool: 'orm', state: 'used' }, knexPool.numUsed());
          this.set({ pool: 'orm', state: 'idle' }, knexPool.numFree());
          this.set({ pool: 'orm', state: 'waiting' }, knexPool.numPendingAcquires());
        }
        for (const [name, pool] of [['prepared', prepared], ['jobs', jobs()]] as const) {
          if (!pool) continue;
          this.set({ pool: name, state: 'used' }, pool.totalCount - pool.idleCount);
          this.set({ pool: name, state: 'idle' }, pool.idleCount);
          this.set({ pool: name, state: 'waiting' }, pool.waitingCount);
        }
      },
    });
  }

  close(): void {
    this.gcObserver.disconnect();
  }

  observeHttp(route: string, method: string, status: number, seconds: number): void {
    this.http.observe({ route, method: method === 'GET' || method === 'POST' || method === 'HEAD' ? method : 'other', status: `${Math.floor(status / 100)}xx` }, seconds);
  }

  observeGraphql(operation: string, type: string, ok: boolean, seconds: number): void {
    this.graphql.observe({ operation, type, outcome: ok ? 'ok' : 'error' }, seconds);
  }

  jobProcessed(queue: string, ok: boolean): void {
    this.jobRuns.inc({ queue, outcome: ok ? 'done' : 'failed' });
  }
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * GET /metrics: 404 unless METRICS_TOKEN is set (off by default), then 401 without
 * `Authorization: Bearer <METRICS_TOKEN>`.
 */
export function metricsHandler(metrics: Metrics, token: string | undefined) {
  const expected = token ? digest(token) : null;
  return async (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!expected) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const given = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    // Hashes of equal length, so the comparison takes the same time whatever was sent.
    if (!given || !timingSafeEqual(digest(given), expected)) {
      res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer' }).end('Unauthorized');
      return;
    }
    const body = await metrics.registry.metrics();
    res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(body);
  };
}
