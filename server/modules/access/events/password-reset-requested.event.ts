import type { ShopUser } from '../entities/shop-user.entity.js';

/** A reset link was made for a shop user with a usable access. */
export class PasswordResetRequestedEvent {
  constructor(
    readonly shopUser: ShopUser,
    /** The secret of the link (only its hash is stored). */
    readonly token: string,
    readonly expiresInMinutes: number,
  ) {}
}
