import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Ctx } from '../../common/context.js';
import { runAfterCommit, taskStaffViewer } from '../../common/context.js';
import { apiError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import type { AppServices } from '../../common/services.js';
import { translator } from '../../common/i18n.js';
import { publish } from '../../common/events.js';
import { Task, TaskStatus } from './entities/task.entity.js';
import { TaskFinishedEvent } from './events/task-finished.event.js';
import type { StaffUser } from '../access/index.js';

export const TASK_QUEUE = 'task-run';

/** What a kind of task does with one chunk of its items; returns what happened to each. */
export type TaskRunner = (ctx: Ctx, task: Task, itemIds: string[]) => Promise<Array<{ id: string; label: string; reason?: string }>>;
const runners = new Map<string, { run: TaskRunner; chunkSize: number }>();

export function registerTaskRunner(kind: string, run: TaskRunner, chunkSize = 250): void {
  runners.set(kind, { run, chunkSize });
}

/**
 * Starts a task once per idempotency key: a retried request returns the task already started.
 * The task row is committed before its job is enqueued.
 */
export async function startTask(ctx: Ctx, kind: string, idempotencyKey: string, itemIds: string[], input: Record<string, unknown>): Promise<Task> {
  const existing = await ctx.em.findOne(Task, { kind, idempotencyKey });
  if (existing) return existing;
  let task: Task;
  try {
    // In a savepoint: when a concurrent request won the key, the mutation's transaction
    // (decision 27) stays usable to read its task.
    task = await ctx.em.transactional(async (em) =>
      em.create(Task, {
        kind,
        idempotencyKey,
        total: itemIds.length,
        input: { ...input, itemIds },
        createdBy: ctx.viewer.kind === 'staff' ? ctx.viewer.staff : null,
      }),
    );
  } catch (e) {
    if (!(e instanceof UniqueConstraintViolationException)) throw e;
    ctx.em.clear();
    return ctx.em.findOneOrFail(Task, { kind, idempotencyKey });
  }
  ctx.afterCommit.push(() => ctx.app.jobs.send(TASK_QUEUE, { id: task.id }, task.id));
  return task;
}

export async function getTask(ctx: Ctx, globalId: string): Promise<Task> {
  const id = idOf('Task', globalId);
  const task = id ? await ctx.em.findOne(Task, { id }) : null;
  if (!task) throw apiError(ctx.t, 'NOT_FOUND');
  return task;
}

/** A request-like context for work done in a job, acting as the staff member who started it. */
async function jobContext(app: AppServices, task: Task): Promise<Ctx> {
  const em = app.orm.em.fork();
  // By entity name: tasks does not import access's values, since access starts tasks (decision 41).
  const staff = task.createdBy ? await em.findOne<StaffUser>('StaffUser', { id: task.createdBy.id }) : null;
  const language = staff?.language ?? 'en';
  return {
    em,
    viewer: staff ? taskStaffViewer(staff) : { kind: 'anonymous' },
    language: language as Ctx['language'],
    t: translator(language),
    env: app.env,
    app,
    clientKey: 'job',
    setCookies: [],
    afterCommit: [],
    loaders: new Map(),
  };
}

/** A run that found the task taken by a newer run (it was thought dead): it stops, committing nothing. */
class TaskTakenOver extends Error {}

/**
 * Takes the task for this run: a QUEUED one, or a RUNNING one whose run stopped beating. The new
 * attempt number fences out an older run still alive somewhere; progress restarts from what was
 * committed.
 */
async function claimTask(app: AppServices, id: string): Promise<number | null> {
  const rows = await app.orm.em.fork().getConnection().execute<Array<{ attempt: number }>>(
    `update task set status = 'RUNNING', attempt = attempt + 1, heartbeat_at = now(), processed = committed
     where id = ? and (status = 'QUEUED' or (status = 'RUNNING' and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => ?))))
     returning attempt`,
    [id, app.env.TASK_STALE_SECONDS],
  );
  return rows[0]?.attempt ?? null;
}

/** Touches the task every third of the stale delay while this run owns it. */
function heartbeat(app: AppServices, id: string, attempt: number): () => void {
  const timer = setInterval(() => {
    // The database's clock, as the staleness check uses: machines' clocks may differ.
    app.orm.em
      .fork()
      .getConnection()
      .execute(`update task set heartbeat_at = now() where id = ? and attempt = ? and status = 'RUNNING'`, [id, attempt])
      .catch((e) => app.log.error(`[task] heartbeat ${id}`, e));
  }, (app.env.TASK_STALE_SECONDS * 1000) / 3);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Runs a task chunk by chunk; each chunk commits with the task's progress, so the person waiting
 * sees it move and a crashed run resumes where it stopped (`committed`). A run commits only while
 * it is the task's current attempt, so two runs never both apply a chunk.
 */
export async function runTask(app: AppServices, id: string): Promise<void> {
  const attempt = await claimTask(app, id);
  if (attempt === null) return; // finished, or another run is alive
  const stopBeating = heartbeat(app, id, attempt);
  const em = app.orm.em.fork();
  const task = await em.findOneOrFail(Task, { id }, { populate: ['input'] });
  const mine = { id: task.id, attempt, status: TaskStatus.RUNNING };
  try {
    const runner = runners.get(task.kind);
    if (!runner) throw new Error(`No runner for task kind ${task.kind}`);
    const itemIds = (task.input.itemIds as string[]) ?? [];
    while (task.committed < itemIds.length) {
      if (app.jobs.stopping) {
        // Shutting down: hand the task over now (no heartbeat = stale at once) rather than let
        // it look alive for TASK_STALE_SECONDS; any process that runs jobs resumes it.
        await em.nativeUpdate(Task, mine, { heartbeatAt: null });
        return;
      }
      const chunk = itemIds.slice(task.committed, task.committed + runner.chunkSize);
      const ctx = await jobContext(app, task);
      await ctx.em.transactional(async (tx) => {
        const outcome = await runner.run({ ...ctx, em: tx }, task, chunk);
        const skipped = outcome.filter((o) => o.reason).map((o) => ({ id: o.id, label: o.label, reason: o.reason! }));
        const done = task.committed + chunk.length;
        // The chunk's effects and the progress that records them commit together, or not at all.
        const updated = await tx.nativeUpdate(Task, mine, {
          processed: done,
          committed: done,
          succeeded: task.succeeded + outcome.length - skipped.length,
          skipped: [...task.skipped, ...skipped],
        });
        if (updated === 0) throw new TaskTakenOver();
        task.processed = task.committed = done;
        task.succeeded += outcome.length - skipped.length;
        task.skipped = [...task.skipped, ...skipped];
      });
      await runAfterCommit(ctx, (e) => app.log.error('[task] after-commit', e));
    }
    await finishTask(app, task, mine, { status: TaskStatus.SUCCEEDED, finishedAt: new Date() });
  } catch (e) {
    if (e instanceof TaskTakenOver) return;
    app.log.error(`[task] ${task.kind} ${task.id} failed`, e);
    await finishTask(app, task, mine, { status: TaskStatus.FAILED, error: e instanceof Error ? e.message : String(e), finishedAt: new Date() });
  } finally {
    stopBeating();
  }
}

/**
 * Records the end of a run that still owns the task and publishes TaskFinishedEvent in the same
 * transaction (decision 27), so what its handlers write (a webhook delivery) commits with it.
 */
async function finishTask(
  app: AppServices,
  task: Task,
  mine: { id: string; attempt: number; status: TaskStatus },
  end: { status: TaskStatus; finishedAt: Date; error?: string },
): Promise<void> {
  const ctx = await jobContext(app, task);
  const finished = await ctx.em.transactional(async (tx) => {
    if ((await tx.nativeUpdate(Task, mine, end)) === 0) return false;
    Object.assign(task, end);
    await publish({ ...ctx, em: tx }, new TaskFinishedEvent(task));
    return true;
  });
  if (finished) await runAfterCommit(ctx, (e) => app.log.error('[task] after-commit', e));
}

/**
 * Queues again the tasks whose run stopped beating (its process was killed, or its machine died):
 * they show as interrupted and resume from what they committed. Run by every process that works
 * jobs; the update takes each task once. QUEUED tasks get their job again too (a crash between the
 * task's commit and its enqueue loses the job; a repeated job finds the task taken and does nothing).
 */
export async function resumeInterruptedTasks(app: AppServices, options: { queued?: boolean } = {}): Promise<number> {
  const conn = app.orm.em.fork().getConnection();
  const stale = await conn.execute<Array<{ id: string }>>(
    `update task set status = 'QUEUED', attempt = attempt + 1, interrupted_at = now()
     where status = 'RUNNING' and (heartbeat_at is null or heartbeat_at < now() - make_interval(secs => ?))
     returning id`,
    [app.env.TASK_STALE_SECONDS],
  );
  const queued = options.queued ? await conn.execute<Array<{ id: string }>>(`select id from task where status = 'QUEUED' order by created_at limit 1000`) : [];
  for (const { id } of stale) app.log.warn(`[task] ${id} was interrupted; resuming`);
  const ids = new Set([...stale, ...queued].map((r) => r.id));
  for (const id of ids) await app.jobs.send(TASK_QUEUE, { id }, id);
  return stale.length;
}

export function registerTaskJobs(app: AppServices): void {
  app.jobs.define<{ id: string }>(TASK_QUEUE, ({ id }) => runTask(app, id), { retryLimit: 2 });
  let first = true;
  app.jobs.every('resume interrupted tasks', app.env.TASK_STALE_SECONDS / 3, () => {
    const queued = first;
    first = false;
    return resumeInterruptedTasks(app, { queued });
  });
}
