// The customers module's public surface: other modules and the composition root import only this.
export { Contact } from './entities/contact.entity.js';
export { Customer, CustomerStatus, TaxExemption } from './entities/customer.entity.js';
export { DeliverySite } from './entities/delivery-site.entity.js';
export { CustomerFilterInput, VisibilityInput } from './dto/customer.dto.js';
export { customerQuery, getCustomer } from './customer.service.js';
export type { CustomerFilter } from './customer.service.js';
export { applyVisibility } from './visibility.js';
export type { VisibilityIds } from './visibility.js';
export { customerExport } from './customer-export.js';
export { customerContactsLoader } from './customer-loaders.js';
export { CustomerChangedEvent } from './events/customer-changed.event.js';
export type { CustomerChange, CustomerChangeSource } from './events/customer-changed.event.js';
