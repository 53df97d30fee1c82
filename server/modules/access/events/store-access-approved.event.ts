import type { StoreAccess } from '../entities/store-access.entity.js';

/** Staff approved an access that was pending approval (A6). */
export class StoreAccessApprovedEvent {
  constructor(readonly access: StoreAccess) {}
}
