import type { StoreAccess } from '../entities/store-access.entity.js';

/** Staff unblocked an access; it is active again. */
export class StoreAccessUnblockedEvent {
  constructor(readonly access: StoreAccess) {}
}
