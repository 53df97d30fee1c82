import type { RegistrationRequest } from '../entities/registration-request.entity.js';

/** A would-be buyer asked for an account (R1); the request is recorded. */
export class RegistrationRequestedEvent {
  constructor(readonly request: RegistrationRequest) {}
}
