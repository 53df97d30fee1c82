import type { StoreAccess, StoreAccessStatus } from '../entities/store-access.entity.js';

/** Staff blocked an access (A5); its user's sessions ended in the same transaction. */
export class StoreAccessBlockedEvent {
  constructor(
    readonly access: StoreAccess,
    /** The status it had (active or pending approval), for the audit trail. */
    readonly previousStatus?: StoreAccessStatus,
  ) {}
}
