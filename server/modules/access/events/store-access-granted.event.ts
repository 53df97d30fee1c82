import type { Customer } from '../../customers/index.js';
import type { StoreAccess } from '../entities/store-access.entity.js';

/** Staff granted a contact access to a customer's store (A3, one or in bulk). */
export class StoreAccessGrantedEvent {
  constructor(
    readonly access: StoreAccess,
    readonly customer: Customer,
    /** The sign-in email. */
    readonly email: string,
    /** The temporary password to pass on; null when an existing login was linked (O2). */
    readonly temporaryPassword: string | null,
    /** False when staff hand the credentials over themselves (issue 17, H4): no credentials email. */
    readonly emailCredentials: boolean = true,
  ) {}
}
