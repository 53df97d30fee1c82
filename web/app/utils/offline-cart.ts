// Additions to the cart made without a connection (issue 18 M4, decision 47): kept on the phone
// (localStorage) and sent when the connection returns, each with its idempotency key, so an
// addition whose answer was lost on the way is not added twice when sent again. Quantities changed
// and lines removed on the cart page offline are queued too (absolute quantities: safe to resend).

export interface QueuedAddition {
  key: string;
  /** 'add' (absent in queues written before changes were queued too) or 'set': a cart line's new quantity, 0 removing it. */
  kind?: 'add' | 'set';
  productId: string;
  /** The cart line a 'set' changes. */
  lineId?: string;
  quantity: number;
  name: string;
}

const STORAGE_KEY = 'comptoir.offlineCart';
export const OFFLINE_CART_EVENT = 'comptoir:offline-cart';

export function queuedAdditions(): QueuedAddition[] {
  try {
    const value = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? (value as QueuedAddition[]) : [];
  } catch {
    return [];
  }
}

function save(all: QueuedAddition[]): void {
  if (all.length) localStorage.setItem(STORAGE_KEY, JSON.stringify(all));
  else localStorage.removeItem(STORAGE_KEY);
  window.dispatchEvent(new Event(OFFLINE_CART_EVENT));
}

function newKey(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export function queueAddition(addition: Omit<QueuedAddition, 'key'>): void {
  save([...queuedAdditions(), { ...addition, key: newKey() }]);
}

/**
 * A cart line's quantity changed (0: removed) without a connection. Quantities are absolute, so
 * sending one again is harmless (decision 47); a later change of the same line replaces the
 * earlier one still queued.
 */
export function queueLineChange(change: { lineId: string; productId: string; quantity: number; name: string }): void {
  save([...queuedAdditions().filter((a) => !(a.kind === 'set' && a.lineId === change.lineId)), { ...change, kind: 'set', key: newKey() }]);
}

function forget(key: string): void {
  save(queuedAdditions().filter((a) => a.key !== key));
}

let replaying: Promise<number> | null = null;

/**
 * Sends the queued additions one by one, in order, through the catalog's own action (the same
 * rounding to packs and answers as a tap online). Stops at the first network failure (the rest
 * stay queued); an addition the server refused is dropped (its answer cannot be shown any more on
 * a card, and sending it again would be refused again). Returns how many were sent.
 */
export function replayAdditions(): Promise<number> {
  replaying ??= (async () => {
    let sent = 0;
    try {
      for (const addition of queuedAdditions()) {
        // An addition goes through the catalog's action, a change through the cart's (same answers as online).
        const [url, body] =
          addition.kind === 'set'
            ? [
                `/cart?_data=${encodeURIComponent('routes/_store.cart')}`,
                new URLSearchParams({ intent: addition.quantity > 0 ? 'update' : 'remove', lineId: addition.lineId ?? '', quantity: String(addition.quantity) }),
              ]
            : [
                `/?index&_data=${encodeURIComponent('routes/_store._index')}`,
                new URLSearchParams({ productId: addition.productId, quantity: String(addition.quantity), idempotencyKey: addition.key }),
              ];
        let response: Response;
        try {
          response = await fetch(url, { method: 'POST', body, credentials: 'same-origin' });
        } catch {
          break; // still offline
        }
        if (response.status >= 500) break;
        forget(addition.key);
        sent++;
      }
    } finally {
      replaying = null;
    }
    return sent;
  })();
  return replaying;
}
