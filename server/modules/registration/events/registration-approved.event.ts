import type { StoreAccess } from '../../access/index.js';
import type { RegistrationRequest } from '../entities/registration-request.entity.js';

/** Staff approved a registration request (R4): customer, contact and access are made. */
export class RegistrationApprovedEvent {
  constructor(
    readonly request: RegistrationRequest,
    readonly access: StoreAccess,
    readonly temporaryPassword: string,
  ) {}
}
