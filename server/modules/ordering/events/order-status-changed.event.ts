import type { Customer } from '../../customers/index.js';
import type { Order, OrderStatus } from '../entities/order.entity.js';

/** Staff or an integrator moved an order to another status (O4). */
export class OrderStatusChangedEvent {
  constructor(
    readonly order: Order,
    readonly customer: Customer,
    readonly from: OrderStatus,
    readonly to: OrderStatus,
    readonly reason: string | null,
    readonly at: Date,
    /** Who the customer is told at: who placed the order, else the primary contact; null: no one. */
    readonly customerEmail: string | null,
  ) {}
}
