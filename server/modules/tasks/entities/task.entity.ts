import { Entity, Enum, Index, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { BaseEntity } from '../../../common/base.entity.js';
import { Node } from '../../../common/node.js';
import type { StaffUser } from '../../access/index.js';

export enum TaskStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(TaskStatus, {
  name: 'TaskStatus',
  description: 'Where a long-running task stands.',
  valuesConfig: {
    QUEUED: { description: 'Waiting for a worker.' },
    RUNNING: { description: 'In progress; see `processed` of `total`.' },
    SUCCEEDED: { description: 'Finished; see the result counts and skipped items.' },
    FAILED: { description: 'Stopped on an unexpected error; see `error`.' },
  },
});

/**
 * Long work done by a job (bulk grants now, imports later), with progress the person waiting can
 * follow. Unique on (kind, createdBy, idempotencyKey) so a retried request starts nothing twice.
 */
@Entity({ tableName: 'task' })
@Unique({ properties: ['kind', 'idempotencyKey'] })
@Index({ properties: ['createdAt', 'id'] })
@ObjectType({ implements: Node, description: 'A long-running task with progress (e.g. a bulk grant).' })
export class Task extends BaseEntity {
  @Property({ type: 'string', length: 40 })
  @Field(() => String, { description: 'What the task does, e.g. "store-access-bulk-grant".' })
  kind!: string;

  @Property({ type: 'string', length: 100 })
  idempotencyKey!: string;

  @Enum({ items: () => TaskStatus, nativeEnumName: 'task_status' })
  @Field(() => TaskStatus, { description: 'Status.' })
  status: TaskStatus & Opt = TaskStatus.QUEUED;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Items to process.' })
  total: number & Opt = 0;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Items processed so far.' })
  processed: number & Opt = 0;

  @Property({ type: 'integer' })
  @Field(() => Int, { description: 'Items that succeeded (e.g. accesses granted).' })
  succeeded: number & Opt = 0;

  /** The task's input (e.g. customer ids and options); lazy, as progress polls never need it. */
  @Property({ type: 'json', lazy: true })
  input!: Record<string, unknown>;

  /** Skipped items with their reason codes, e.g. [{ id, label, reason }]. */
  @Property({ type: 'json' })
  skipped: Array<{ id: string; label: string; reason: string }> & Opt = [];

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why the task failed, when it did.' })
  error?: string | null;

  // By entity name, not class: access starts tasks, so tasks does not import access's values (decision 41).
  @ManyToOne('StaffUser', { nullable: true, deleteRule: 'set null' })
  createdBy?: Rel<StaffUser> | null;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the task finished.' })
  finishedAt?: Date | null;

  /** Items whose effects are committed: where a resumed run starts (`processed` may run ahead of it). */
  @Property({ type: 'integer' })
  committed: number & Opt = 0;

  /** Bumped by each run that takes the task: a run whose number is no longer current commits nothing. */
  @Property({ type: 'integer' })
  attempt: number & Opt = 0;

  /** Touched every few seconds by the run: when it stops, the process died and the task is resumed. */
  @Property({ type: 'datetime', nullable: true })
  heartbeatAt?: Date | null;

  /** When a run was found dead and the task queued again. */
  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the task was last found interrupted (its process stopped) and queued to resume.' })
  interruptedAt?: Date | null;
}
