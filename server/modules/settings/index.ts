// The settings module's public surface: other modules and the composition root import only this.
export { PendingApprovalRecipients, StoreSettings, TaxRounding } from './entities/store-settings.entity.js';
export { getSettings, updateSettings } from './settings.service.js';
export { StoreSettingsUpdatedEvent } from './events/store-settings-updated.event.js';
export { logoRoutes, LOGO_MAX_BYTES } from './logo.routes.js';
