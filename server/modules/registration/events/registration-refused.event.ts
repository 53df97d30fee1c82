import type { RegistrationRequest } from '../entities/registration-request.entity.js';

/** Staff refused a registration request (R5), with `request.refusalReason` if given. */
export class RegistrationRefusedEvent {
  constructor(readonly request: RegistrationRequest) {}
}
