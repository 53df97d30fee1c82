// The activity module's public surface: other modules and the composition root import only this.
export { AuditAction, AuditEvent } from './entities/audit-event.entity.js';
export type { AuditChange } from './entities/audit-event.entity.js';
export { CustomerActivity } from './entities/customer-activity.entity.js';
export { ActivityKind, activityRecorder, recordActivity, recordActivityFor } from './activity.service.js';
export { registerActivityHandlers } from './activity-handlers.js';
export { registerAuditHandlers } from './audit-handlers.js';
