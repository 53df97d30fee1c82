import type { Task } from '../entities/task.entity.js';

/** A background task ended (SUCCEEDED or FAILED), published in the transaction that records it. */
export class TaskFinishedEvent {
  constructor(readonly task: Task) {}
}
