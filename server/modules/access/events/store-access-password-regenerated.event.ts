import type { StoreAccess, StoreAccessStatus } from '../entities/store-access.entity.js';

/** Staff gave an access a new temporary password; the old one and every session ended. */
export class StoreAccessPasswordRegeneratedEvent {
  constructor(
    readonly access: StoreAccess,
    readonly temporaryPassword: string,
    /** The status it had (a blocked access is unblocked by it), for the audit trail. */
    readonly previousStatus?: StoreAccessStatus,
    /** False when staff hand the new password over themselves (issue 17, H4): no email. */
    readonly emailCredentials: boolean = true,
  ) {}
}
