export { WebhookResolver } from './webhook.resolver.js';
