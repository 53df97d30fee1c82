import { publish, type EventCtx } from './events.js';

/**
 * Store-wide records whose changes by staff or tokens are audited (issue 17, H4; decision 37):
 * staff accounts, price levels, storage locations, tax rates, managed-list items, webhook endpoints
 * and deliveries. Their services
 * publish one `RecordChangedEvent` per change, in the mutation's transaction; the audit handler
 * (activity module) turns it into a row. The action names match `AuditAction` values.
 */
export type RecordChangeAction =
  | 'STAFF_CREATED'
  | 'STAFF_UPDATED'
  | 'PRICE_LEVEL_CREATED'
  | 'PRICE_LEVEL_UPDATED'
  | 'STORAGE_LOCATION_CREATED'
  | 'STORAGE_LOCATION_UPDATED'
  | 'TAX_RATE_CREATED'
  | 'TAX_RATE_UPDATED'
  | 'TAX_RATE_DELETED'
  | 'LIST_ITEM_CREATED'
  | 'LIST_ITEM_UPDATED'
  | 'LIST_ITEM_DELETED'
  | 'WEBHOOK_ENDPOINT_CREATED'
  | 'WEBHOOK_ENDPOINT_UPDATED'
  | 'WEBHOOK_ENDPOINT_DELETED'
  | 'WEBHOOK_SECRET_ROTATED'
  | 'WEBHOOK_DELIVERY_REDELIVERED'
  | 'PRODUCT_CREATED'
  | 'PRODUCT_UPDATED'
  | 'PRODUCT_PRICES_SET'
  | 'STOCK_LEVELS_SET'
  | 'PRODUCTS_UPSERTED'
  | 'PRODUCT_PRICES_UPSERTED'
  | 'STOCK_LEVELS_UPSERTED'
  | 'CUSTOMERS_UPSERTED'
  | 'EMAIL_RESENT'
  | 'FAILED_EMAILS_RESENT';

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

export type Snapshot = Record<string, string | null>;

/** A record changed: which (type, id, label as people name it) and its key fields before → after. Never a secret. */
export class RecordChangedEvent {
  constructor(
    readonly action: RecordChangeAction,
    readonly targetType: string,
    readonly targetId: string | null,
    readonly targetLabel: string | null,
    readonly changes: FieldChange[],
  ) {}
}

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value as string | number | boolean);
}

/** The key fields of a record as strings, as stored (booleans as 'true' / 'false'). */
export function snapshot<T extends object>(record: T, fields: ReadonlyArray<keyof T & string>): Snapshot {
  const out: Snapshot = {};
  for (const f of fields) out[f] = text(record[f]);
  return out;
}

/** The fields that differ between two snapshots (a creation has no `before`; a deletion no `after`). */
export function fieldChanges(before: Snapshot | null, after: Snapshot | null): FieldChange[] {
  const fields = Object.keys(after ?? before ?? {});
  return fields
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }))
    .filter((c) => c.before !== c.after);
}

/**
 * Publishes the change and flushes what its handlers wrote (the audit row) in the caller's
 * transaction. Nothing is published for an update that changed none of the key fields.
 */
export async function publishRecordChange(
  ctx: EventCtx,
  action: RecordChangeAction,
  target: { type: string; id: string | null; label: string | null },
  before: Snapshot | null,
  after: Snapshot | null,
): Promise<void> {
  const changes = fieldChanges(before, after);
  if (before && after && changes.length === 0) return; // an update that changed nothing; with neither, the action itself is the news
  await publish(ctx, new RecordChangedEvent(action, target.type, target.id, target.label, changes));
  await ctx.em.flush();
}
