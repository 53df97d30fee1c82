import { subscribe, type EventCtx } from '../../common/events.js';
import { OrderPlacedEvent } from '../ordering/index.js';
import { ActivityKind, recordActivityFor } from './activity.service.js';

/** A customer's own placement is part of its activity (V2); staff's on its behalf is not. */
function orderPlaced(ctx: EventCtx, e: OrderPlacedEvent): void {
  if (e.placedBy) recordActivityFor(ctx.app, e.placedBy, ActivityKind.ORDER_PLACED, e.order.number); // buffered
}

/** Activity recorded from other modules' events. */
export function registerActivityHandlers(): void {
  subscribe(OrderPlacedEvent, orderPlaced);
}
