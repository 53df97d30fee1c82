import { subscribe, type EventCtx } from '../../common/events.js';
import { QuoteEvent, QuoteEventKind } from './entities/quote.entity.js';
import { QuoteAcceptedEvent, QuoteCommentedEvent, QuoteDeclinedEvent, QuoteRequestedEvent, QuoteSentEvent, QuoteUpdatedEvent } from './events/quote.events.js';

type AnyQuoteEvent = QuoteRequestedEvent | QuoteUpdatedEvent | QuoteSentEvent | QuoteAcceptedEvent | QuoteDeclinedEvent | QuoteCommentedEvent;

/** The quote's history (its timeline and comment thread): one row per event, in the publisher's transaction. */
function recorder(kind: QuoteEventKind) {
  return (ctx: EventCtx, e: AnyQuoteEvent): void => {
    ctx.em.create(QuoteEvent, { quote: e.quote, kind, authorName: e.actor.name.slice(0, 200), fromStaff: e.actor.fromStaff, message: e.message, total: e.total });
  };
}

/** The quote timeline's handlers (called at start-up with the other modules' handlers). */
export function registerQuoteHandlers(): void {
  subscribe(QuoteRequestedEvent, recorder(QuoteEventKind.REQUESTED));
  subscribe(QuoteUpdatedEvent, recorder(QuoteEventKind.UPDATED));
  subscribe(QuoteSentEvent, recorder(QuoteEventKind.SENT));
  subscribe(QuoteAcceptedEvent, recorder(QuoteEventKind.ACCEPTED));
  subscribe(QuoteDeclinedEvent, recorder(QuoteEventKind.DECLINED));
  subscribe(QuoteCommentedEvent, recorder(QuoteEventKind.COMMENTED));
}
