import PgBoss from 'pg-boss';
type Job<T> = PgBoss.Job<T>;
import type { Logger } from './services.js';

export type JobHandler<T> = (data: T) => Promise<void>;

/**
 * Background jobs on pg-boss (stored in PostgreSQL, so any process can take them).
 * Queues are declared by the modules; `work` only runs where jobs are enabled.
 */
export class Jobs {
  private readonly handlers = new Map<string, { handler: JobHandler<T_>; options: QueueOptions }>();
  private started = false;

  constructor(
    readonly boss: PgBoss,
    log: Logger,
    /** `afterEach`: called after each job, done or failed. */
    private readonly options: { afterEach?: () => void } = {},
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
          for (const job of jobs) {
            try {
              await handler(job.data);
            } finally {
              this.options.afterEach?.();
            }
          }
        });
      }
    }
    this.started = true;
  }

  /** Enqueues a job; the singleton key makes a repeat of the same job a no-op while it waits. */
  async send<T extends object>(name: string, data: T, singletonKey?: string): Promise<void> {
    if (!this.started) return; // scripts without a job runner: the sweeper picks the work up later
    await this.boss.send(name, data, singletonKey ? { singletonKey } : {});
  }

  async stop(): Promise<void> {
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
}
