// The notifications module's public surface: other modules and the composition root import only this.
export { OutboxEmail, EmailStatus, EmailAttachmentState } from './entities/outbox-email.entity.js';
export { StaffNotificationRead } from './entities/staff-notification-read.entity.js';
export { queueEmail, registerEmailJobs, sweepPendingEmails, processOutboxEmail, resendFailedEmails, EMAIL_QUEUE } from './email-outbox.service.js';
export { registerEmailHandlers } from './email-handlers.js';
export { registerDashboardHandlers, registerDashboardJobs, rollUpDashboard } from './dashboard-rollup.js';
export { mailboxAttachmentRoutes } from './mailbox-attachment.routes.js';
