// The webhooks module's public surface: other modules and the composition root import only this.
export { WebhookEndpoint, WebhookEventType } from './entities/webhook-endpoint.entity.js';
export { WebhookDelivery, WebhookDeliveryStatus } from './entities/webhook-delivery.entity.js';
export {
  WEBHOOK_QUEUE, WEBHOOK_TEST_EVENT, WEBHOOK_PAYLOAD_VERSION, newWebhookSecret, processWebhookDelivery, sweepPendingWebhooks, webhookRetryDelaySeconds,
  registerWebhookJobs,
} from './webhook.service.js';
export { registerWebhookHandlers } from './webhook-handlers.js';
