import type { Customer } from '../../customers/index.js';
import type { Quote } from '../entities/quote.entity.js';

/**
 * Who acted on a quote: a customer's user (or staff viewing the store as the customer), or the
 * supplier (staff in the hub, or an integrator token).
 */
export interface QuoteActor {
  /** The shop user who acted for the customer, when one did (the activity log's "who"). */
  shopUserId: string | null;
  /** The name shown in the quote's history. */
  name: string;
  /** True when the supplier acted. */
  fromStaff: boolean;
}

/** Facts every quote event carries. */
abstract class QuoteEventBase {
  constructor(
    readonly quote: Quote,
    readonly customer: Customer,
    readonly actor: QuoteActor,
    /** The buyer's message, the supplier's message, the comment or the reason; null when none. */
    readonly message: string | null,
    /** The quote's total (lines, before shipping and VAT) at the event. */
    readonly total: string,
    /** The customer's user to tell (who requested it, else its first active user); null: no one. */
    readonly customerEmail: string | null,
  ) {}
}

/** A customer requested a quote from its cart (issue 19 B3). */
export class QuoteRequestedEvent extends QuoteEventBase {}
/** The supplier changed a quote's lines, prices, expiry date or message. */
export class QuoteUpdatedEvent extends QuoteEventBase {}
/** The supplier sent its proposal to the customer. */
export class QuoteSentEvent extends QuoteEventBase {}
/** The customer accepted the proposal: it became `orderNumber`. */
export class QuoteAcceptedEvent extends QuoteEventBase {}
/** The customer declined the proposal (or withdrew its request). */
export class QuoteDeclinedEvent extends QuoteEventBase {}
/** A comment was added to the quote's thread, by the customer or the supplier. */
export class QuoteCommentedEvent extends QuoteEventBase {}
