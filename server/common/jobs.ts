import PgBoss from 'pg-boss';
type Job<T> = PgBoss.Job<T>;
import type { Logger } from './services.js';
import { currentScope, requestScope } from './request-scope.js';

/**
 * The outbox email queue's name. Owned by notifications (which registers its worker); here so that
 * ordering, which sends `orderPlace`'s confirmation email job itself (decision 17), does not import
 * notifications, whose email handlers import ordering's events (decision 41).
 */
export const EMAIL_QUEUE = 'email-send';

export type JobHandler<T> = (data: T) => Promise<void>;

/**
 * Background jobs on pg-boss (stored in PostgreSQL, so any process can take them).
 * Queues are declared by the modules; `work` only runs where jobs are enabled.
 */
export class Jobs {
  private readonly handlers = new Map<string, { handler: JobHandler<T_>; options: QueueOptions }>();
  private readonly periodic: Array<{ name: string; seconds: number; run: () => Promise<unknown> }> = [];
  private timers: NodeJS.Timeout[] = [];
  private started = false;
  private stopRequested = false;

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

  /**
   * Work done every `seconds` (and once at start) where jobs run, e.g. finding tasks whose process
   * died. Every such process does it, so each run must be safe alongside another's.
   */
  every(name: string, seconds: number, run: () => Promise<unknown>): void {
    this.periodic.push({ name, seconds, run });
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
        // pg-boss runs one fetch loop per work() call: `concurrency` jobs at once are that many
        // loops' worth of batches, each batch's jobs run side by side.
        const concurrency = options.concurrency ?? 1;
        const batchSize = Math.min(concurrency, 4);
        for (let i = 0; i < Math.ceil(concurrency / batchSize); i++) {
          // Read by the handler, which runs only once work() has answered with the id.
          const worker: { id?: string } = {};
          worker.id = await this.boss.work<T_>(name, { pollingIntervalSeconds: 0.5, batchSize }, async (jobs: Job<T_>[]) => {
            // A full batch means more are waiting: fetch again at once rather than after the
            // polling interval (short jobs, e.g. emails, would otherwise be capped by polling).
            if (jobs.length === batchSize && worker.id) this.boss.notifyWorker(worker.id);
            const results = await Promise.allSettled(jobs.map((job) => this.run(name, job, handler)));
            const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
            if (failed) throw failed.reason;
          });
        }
      }
    }
    this.started = true;
    if (work) {
      for (const { name, seconds, run } of this.periodic) {
        let busy = false;
        const tick = () => {
          if (busy) return;
          busy = true;
          run()
            .catch((e) => this.log.error(`[jobs] ${name}`, e))
            .finally(() => (busy = false));
        };
        tick();
        const timer = setInterval(tick, seconds * 1000);
        timer.unref();
        this.timers.push(timer);
      }
    }
  }

  /** Enqueues a job (after `startAfterSeconds`, when given); handlers must tolerate a repeat.
   * Queued while serving a request (or a job), it carries that request id (`requestId`). */
  async send<T extends object>(name: string, data: T, singletonKey?: string, startAfterSeconds?: number): Promise<void> {
    if (!this.started) return; // scripts without a job runner: the sweeper picks the work up later
    const requestId = currentScope()?.requestId;
    await this.boss.send(name, requestId ? { ...data, requestId } : data, {
      ...(singletonKey ? { singletonKey } : {}),
      ...(startAfterSeconds ? { startAfter: Math.ceil(startAfterSeconds) } : {}),
    });
  }

  /** True once stop() was called: long handlers (tasks) stop after their current item. */
  get stopping(): boolean {
    return this.stopRequested;
  }

  /** The queues the modules declared. */
  queues(): string[] {
    return [...this.handlers.keys()];
  }

  /**
   * One job, in the scope of the request that queued it (its log lines carry that request id),
   * then one log line for the job itself.
   */
  private async run(name: string, job: Job<T_>, handler: JobHandler<T_>): Promise<void> {
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

  async stop(): Promise<void> {
    this.stopRequested = true;
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    if (!this.started) return;
    this.started = false;
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one map holds the handlers of every queue, each with its own payload type
type T_ = any;

export interface QueueOptions {
  retryLimit?: number;
  retryDelay?: number;
  /** Jobs of this queue run at once in a process that works (default 1). */
  concurrency?: number;
}
