import { subscribe, type EventCtx } from '../../common/events.js';
import { ShopUserSignedInEvent } from '../access/index.js';
import { OrderPlacedEvent, QuoteAcceptedEvent, QuoteRequestedEvent } from '../ordering/index.js';
import { ActivityKind, recordActivityFor } from './activity.service.js';

/**
 * The activity log is buffered outside the transaction (decision 16): an entry is handed to it
 * once the publisher's changes are committed, so a rolled-back action is never logged.
 */
function afterCommit(ctx: EventCtx, who: { customerId: string; shopUserId: string }, kind: ActivityKind, detail?: string): void {
  ctx.afterCommit.push(async () => recordActivityFor(ctx.app, who, kind, detail));
}

/** A customer's own placement is part of its activity (V2); staff's on its behalf is not. */
function orderPlaced(ctx: EventCtx, e: OrderPlacedEvent): void {
  if (e.placedBy) afterCommit(ctx, e.placedBy, ActivityKind.ORDER_PLACED, e.order.number);
}

/** A customer's own quote steps (issue 19 B3); staff's on its behalf are not its activity. */
function quoteStep(kind: ActivityKind) {
  return (ctx: EventCtx, e: QuoteRequestedEvent): void => {
    if (e.actor.shopUserId) afterCommit(ctx, { customerId: e.customer.id, shopUserId: e.actor.shopUserId }, kind, e.quote.number);
  };
}

function signedIn(ctx: EventCtx, e: ShopUserSignedInEvent): void {
  afterCommit(ctx, { customerId: e.customerId, shopUserId: e.shopUser.id }, ActivityKind.SIGN_IN);
}

/** Activity recorded from other modules' events. */
export function registerActivityHandlers(): void {
  subscribe(OrderPlacedEvent, orderPlaced);
  subscribe(ShopUserSignedInEvent, signedIn);
  subscribe(QuoteRequestedEvent, quoteStep(ActivityKind.QUOTE_REQUESTED));
  subscribe(QuoteAcceptedEvent, quoteStep(ActivityKind.QUOTE_ACCEPTED));
}
