import { Arg, Authorized, Ctx as Context, Field, FieldResolver, Float, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { UserErrorCode } from '../../../common/errors.js';
import { Task, TaskStatus } from '../entities/task.entity.js';
import { getTask } from '../task.service.js';

@ObjectType({ description: 'An item a task skipped, and why.' })
export class TaskSkippedItem {
  @Field(() => ID, { description: 'Id of the skipped object (e.g. a customer).' })
  id!: string;

  @Field(() => String, { description: 'What it is, for people (e.g. "Bistro Lumière (C1000)").' })
  label!: string;

  @Field(() => UserErrorCode, { description: 'Why it was skipped.' })
  code!: UserErrorCode;

  @Field(() => String, { description: 'Why it was skipped, in the viewer\'s language.' })
  message!: string;
}

@Resolver(() => Task)
export class TaskResolver {
  @Authorized('STAFF', 'CUSTOMERS_MANAGE', 'CATALOG_MANAGE')
  @Query(() => Task, { description: 'A long-running task, to follow its progress.' })
  task(@Arg('id', () => ID, { description: 'The task\'s id.' }) id: string, @Context() ctx: Ctx): Promise<Task> {
    return getTask(ctx, id);
  }

  @FieldResolver(() => Float, { description: 'Share done, from 0 to 1.' })
  progress(@Root() task: Task): number {
    return task.total ? Math.min(1, task.processed / task.total) : 1;
  }

  @FieldResolver(() => Boolean, {
    description: 'True while an unfinished task resumes after its process stopped (or is found to have stopped: no heartbeat for TASK_STALE_SECONDS).',
  })
  interrupted(@Root() task: Task, @Context() ctx: Ctx): boolean {
    if (task.status !== TaskStatus.QUEUED && task.status !== TaskStatus.RUNNING) return false;
    if (task.interruptedAt) return true;
    // No heartbeat while RUNNING: handed over by a process shutting down (or started before heartbeats).
    const beat = task.heartbeatAt?.getTime() ?? 0;
    return task.status === TaskStatus.RUNNING && Date.now() - beat > ctx.env.TASK_STALE_SECONDS * 1000;
  }

  @FieldResolver(() => [TaskSkippedItem], { description: 'Items skipped, with the reason, in processing order.' })
  skipped(@Root() task: Task, @Context() ctx: Ctx): TaskSkippedItem[] {
    return task.skipped.map((s) =>
      Object.assign(new TaskSkippedItem(), { id: s.id, label: s.label, code: s.reason as UserErrorCode, message: ctx.t(`userErrors.${s.reason}`) as string }),
    );
  }
}
