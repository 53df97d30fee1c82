import PgBoss from 'pg-boss';
type Job<T> = PgBoss.Job<T>;
import type { Logger } from './services.js';
import { currentScope, requestScope } from './request-scope.js';

export type JobHandler<T> = (data: T) => Promise<void>;

/**
 * Background jobs on pg-boss (stored in PostgreSQL, so any process can take them).
 * Queues are declared by the modules; `work` only runs where jobs are enabled.
 */
export class Jobs {
  private readonly handlers = new Map<string, { handler: JobHandler<any>; options: QueueOptions }>();
  private started = false;

  constructor(
    readonly boss: PgBoss,
    private readonly log: Logger,
    /** `afterEach`: called after each job, done or failed; `onProcessed`: its outcome (metrics). */
    private readonly options: { afterEach?: () => void; onProcessed?: (queue: string, ok: boolean) => void } = {},
  ) {
    boss.on('error', (e) => log.error('[jobs] error', e));
  }

  /** Declares a queue and its handler; call before start(). */
  define<T extends object>(name: string, handler: JobHandler<T>, options: QueueOptions = {}): void {
    this.handlers.set(name, { handler, options });
  }

  async start(work: boolean): Promise<void> {
    await this.boss.start();
    for (const [name, { handler, options }] of this.handlers) {
      await this.boss.createQueue(name, {
        name,
        retryLimit: options.retryLimit ?? 5,
        retryDelay: options.retryDelay ?? 5,
        retryBackoff: true,
      });
      if (work) {
        await this.boss.work<T_>(name, { pollingIntervalSeconds: 0.5, batchSize: 1 }, async (jobs: Job<T_>[]) => {
          for (const job of jobs) await this.run(name, job, handler);
        });
      }
    }
    this.started = true;
  }

  /** The queues the modules declared. */
  queues(): string[] {
    return [...this.handlers.keys()];
  }

  /**
   * One job, in the scope of the request that queued it (its log lines carry that request id),
   * then one log line for the job itself.
   */
  private async run(name: string, job: Job<T_>, handler: JobHandler<any>): Promise<void> {
    const requestId = typeof job.data?.requestId === 'string' ? job.data.requestId : `job-${job.id}`;
    const started = performance.now();
    await requestScope.run({ requestId }, async () => {
      let ok = false;
      let error: unknown;
      try {
        await handler(job.data);
        ok = true;
      } catch (e) {
        error = e;
        throw e; // pg-boss records it and retries while attempts remain
      } finally {
        this.options.afterEach?.();
        this.options.onProcessed?.(name, ok);
        const fields = { queue: name, jobId: job.id, durationMs: Math.round(performance.now() - started), status: ok ? 'done' : 'failed' };
        if (ok) this.log.info('job', fields);
        else this.log.warn('job', { ...fields, err: error });
      }
    });
  }

  /**
   * Enqueues a job; the singleton key makes a repeat of the same job a no-op while it waits.
   * Queued while serving a request (or a job), it carries that request id (`requestId`).
   */
  async send<T extends object>(name: string, data: T, singletonKey?: string): Promise<void> {
    if (!this.started) return; // scripts without a job runner: the sweeper picks the work up later
    const requestId = currentScope()?.requestId;
    await this.boss.send(name, requestId ? { ...data, requestId } : data, singletonKey ? { singletonKey } : {});
  }

  async stop(): Promise<void> {
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}

type T_ = any;

export interface QueueOptions {
  retryLimit?: number;
  retryDelay?: number;
}
