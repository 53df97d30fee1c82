import type { Order } from '../entities/order.entity.js';

/**
 * A cart became an order (O3). Its confirmation email is queued by the placing statement itself
 * (one write statement, decision 27), not by a handler.
 */
export class OrderPlacedEvent {
  constructor(
    readonly order: Order,
    /** The shop user who placed it themselves; null when staff or an integrator did. */
    readonly placedBy: { customerId: string; shopUserId: string } | null,
  ) {}
}
