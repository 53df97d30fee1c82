// The registration module's public surface: other modules and the composition root import only this.
export { RegistrationRequest, RegistrationStatus } from './entities/registration-request.entity.js';
export { countPendingRegistrations, getRegistration, registerRegistrationJobs } from './registration.service.js';
