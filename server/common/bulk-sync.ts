import type { TFunction } from 'i18next';
import { Field, Int, ObjectType } from 'type-graphql';
import { UserError, UserErrorCode, userError } from './errors.js';

// Shared by the bulk sync mutations of the catalog and customers modules (docs/decisions/0029).

/** Items one bulk sync call may hold: a 10,000-line price list is one request. */
export const SYNC_MAX_ITEMS = 10_000;

/** A userError on one item of `input.items`: its index and field (a path inside the item) are in the path. */
export function itemError(t: TFunction, index: number, field: string | string[] | null, code: UserErrorCode, vars?: Record<string, unknown>): UserError {
  return userError(t, code, ['input', 'items', String(index), ...(field === null ? [] : typeof field === 'string' ? [field] : field)], vars);
}

/** TOO_MANY_ITEMS for a call over the limit, checked before anything is read. */
export function tooManyItems(t: TFunction, count: number): UserError[] {
  return count > SYNC_MAX_ITEMS ? [userError(t, UserErrorCode.TOO_MANY_ITEMS, ['input', 'items'], { count, max: SYNC_MAX_ITEMS })] : [];
}

/** Finds by code, exact first, then regardless of case (as the catalog import does). */
export function byCode<T extends { code: string }>(items: readonly T[]): (code: string) => T | undefined {
  const exact = new Map(items.map((i) => [i.code, i]));
  const folded = new Map<string, T>();
  for (const i of items) if (!folded.has(i.code.toLowerCase())) folded.set(i.code.toLowerCase(), i);
  return (code) => exact.get(code.trim()) ?? folded.get(code.trim().toLowerCase());
}

/** The `atomic` flag of every bulk sync input. */
export const ATOMIC_OPTIONS = {
  nullable: true,
  description: 'true: any bad item writes nothing (all or nothing). false (default): the good items are written, the bad ones reported.',
};

const ERRORS = {
  description: 'The bad items, each with its index in `items` in the field path (e.g. ["input", "items", "7", "priceLevelCode"]), a code and a translated message.',
};

/** What a bulk sync call did, as its payload reports it. */
export interface SyncResult {
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  userErrors: UserError[];
}

/** Counts shared by every bulk sync payload. */
@ObjectType('SyncPayload', { description: 'Internal base of the bulk sync payloads; not part of the API.' })
export abstract class SyncPayload {
  @Field(() => Int, { description: 'Objects created.' })
  createdCount!: number;

  @Field(() => Int, { description: 'Objects changed.' })
  updatedCount!: number;

  @Field(() => Int, { description: 'Items that matched what is stored already: nothing written for them (their updatedAt stays).' })
  unchangedCount!: number;

  @Field(() => [UserError], ERRORS)
  userErrors!: UserError[];
}

