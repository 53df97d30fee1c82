// The registration module's public surface: other modules and the composition root import only this.
export { RegistrationRequest, RegistrationStatus } from './entities/registration-request.entity.js';
export { countPendingRegistrations, getRegistration, registerRegistrationJobs } from './registration.service.js';
export { RegistrationApprovedEvent } from './events/registration-approved.event.js';
export { RegistrationRefusedEvent } from './events/registration-refused.event.js';
export { RegistrationRequestedEvent } from './events/registration-requested.event.js';
