import type { ShopUser } from '../entities/shop-user.entity.js';

/** A shop user signed in to the store, for the customer `customerId` (the first usable access). */
export class ShopUserSignedInEvent {
  constructor(
    readonly shopUser: ShopUser,
    readonly customerId: string,
  ) {}
}
