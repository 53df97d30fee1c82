import type { Order } from '../entities/order.entity.js';

/** Staff changed an order's shipping cost, and so its total (O5). */
export class ShippingCostChangedEvent {
  constructor(
    readonly order: Order,
    readonly previous: string,
    readonly shippingCost: string,
  ) {}
}
