// The tasks module's public surface: other modules and the composition root import only this.
export { Task } from './entities/task.entity.js';
export { getTask, registerTaskJobs, registerTaskRunner, startTask } from './task.service.js';
export type { TaskRunner } from './task.service.js';
export { TaskFinishedEvent } from './events/task-finished.event.js';
