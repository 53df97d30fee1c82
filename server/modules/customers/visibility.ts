import type { Ctx } from '../../common/context.js';
import { UserErrorCode, userError, type UserError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { Brand, Manufacturer, Season, Tag } from '../catalog/index.js';
import type { Customer } from './entities/customer.entity.js';

/** Global ids per dimension; an empty or missing list means "no restriction". */
export interface VisibilityIds {
  tagIds?: string[] | null;
  seasonIds?: string[] | null;
  brandIds?: string[] | null;
  manufacturerIds?: string[] | null;
}

const DIMENSIONS = [
  { key: 'tagIds', type: 'Tag', entity: Tag, collection: 'visibleTags' },
  { key: 'seasonIds', type: 'Season', entity: Season, collection: 'visibleSeasons' },
  { key: 'brandIds', type: 'Brand', entity: Brand, collection: 'visibleBrands' },
  { key: 'manufacturerIds', type: 'Manufacturer', entity: Manufacturer, collection: 'visibleManufacturers' },
] as const;

/**
 * Sets what a customer may see (product C2). Unknown ids are userErrors and nothing changes; with
 * `dryRun` only checks. Dimensions absent from the input are left as they are.
 */
export async function applyVisibility(ctx: Ctx, customer: Customer, input: VisibilityIds, field: string[], options: { dryRun?: boolean } = {}): Promise<UserError[]> {
  const errors: UserError[] = [];
  const resolved: Array<[(typeof DIMENSIONS)[number], object[]]> = [];
  for (const dim of DIMENSIONS) {
    const ids = input[dim.key];
    if (ids === undefined || ids === null) continue;
    const uuids = ids.map((g) => idOf(dim.type, g));
    const found = uuids.every(Boolean) ? await ctx.em.find(dim.entity as never, { id: { $in: uuids as string[] } } as never) : [];
    if (found.length !== new Set(uuids).size || uuids.some((u) => !u)) {
      errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, [...field, dim.key]));
      continue;
    }
    resolved.push([dim, found as object[]]);
  }
  if (errors.length || options.dryRun) return errors;
  for (const [dim, items] of resolved) {
    const collection = customer[dim.collection] as unknown as { set(items: object[]): void; isInitialized(): boolean; init(): Promise<unknown> };
    if (!collection.isInitialized()) await collection.init();
    collection.set(items);
  }
  return [];
}
