import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Ctx } from '../../common/context.js';
import { runAfterCommit } from '../../common/context.js';
import { apiError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import type { AppServices } from '../../common/services.js';
import { translator } from '../../common/i18n.js';
import { StaffUser, taskStaffViewer } from '../access/index.js';
import { Task, TaskStatus } from './entities/task.entity.js';

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
  const staff = task.createdBy ? await em.findOne(StaffUser, { id: task.createdBy.id }) : null;
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

/**
 * Runs a task chunk by chunk; each chunk commits with the task's progress, so the person waiting
 * sees it move and a crashed run resumes where it stopped.
 */
export async function runTask(app: AppServices, id: string): Promise<void> {
  const em = app.orm.em.fork();
  const task = await em.findOne(Task, { id }, { populate: ['input'] });
  if (!task || task.status === TaskStatus.SUCCEEDED || task.status === TaskStatus.FAILED) return;
  const runner = runners.get(task.kind);
  if (!runner) throw new Error(`No runner for task kind ${task.kind}`);
  task.status = TaskStatus.RUNNING;
  await em.flush();
  const itemIds = (task.input.itemIds as string[]) ?? [];
  try {
    while (task.processed < itemIds.length) {
      const chunk = itemIds.slice(task.processed, task.processed + runner.chunkSize);
      const ctx = await jobContext(app, task);
      await ctx.em.transactional(async (tx) => {
        const outcome = await runner.run({ ...ctx, em: tx }, task, chunk);
        const skipped = outcome.filter((o) => o.reason).map((o) => ({ id: o.id, label: o.label, reason: o.reason! }));
        await tx.nativeUpdate(Task, { id: task.id }, {
          processed: task.processed + chunk.length,
          succeeded: task.succeeded + outcome.length - skipped.length,
          skipped: [...task.skipped, ...skipped],
        });
        task.processed += chunk.length;
        task.succeeded += outcome.length - skipped.length;
        task.skipped = [...task.skipped, ...skipped];
      });
      await runAfterCommit(ctx, (e) => app.log.error('[task] after-commit', e));
    }
    await em.nativeUpdate(Task, { id: task.id }, { status: TaskStatus.SUCCEEDED, finishedAt: new Date() });
  } catch (e) {
    app.log.error(`[task] ${task.kind} ${task.id} failed`, e);
    await em.nativeUpdate(Task, { id: task.id }, { status: TaskStatus.FAILED, error: e instanceof Error ? e.message : String(e), finishedAt: new Date() });
  }
}

export function registerTaskJobs(app: AppServices): void {
  app.jobs.define<{ id: string }>(TASK_QUEUE, ({ id }) => runTask(app, id), { retryLimit: 2 });
}
