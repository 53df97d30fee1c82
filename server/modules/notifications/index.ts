export { queueEmail, registerEmailJobs, sweepPendingEmails, processOutboxEmail, resendFailedEmails, EMAIL_QUEUE } from './email-outbox.service.js';
export { OutboxEmail, EmailStatus } from './entities/outbox-email.entity.js';
