export { getSettings, updateSettings } from './settings.service.js';
export { StoreSettings } from './entities/store-settings.entity.js';
