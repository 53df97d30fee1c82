import type { Ctx } from '../../common/context.js';
import { UserErrorCode, apiError, userError, type UserError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { Brand, Manufacturer, Season, Tag } from './entities/taxonomy.entity.js';
import { LIST_NAME_MAX, escapeLike } from './catalog-values.js';

export type ListItem = Brand | Season | Tag | Manufacturer;

/** A managed list of names products refer to (brands, seasons, tags, manufacturers). */
export interface ManagedList<T extends ListItem = ListItem> {
  entity: { new (): T; name: string };
  /** The type name inside global ids, and the GraphQL type. */
  typeName: 'Brand' | 'Season' | 'Tag' | 'Manufacturer';
  /** Customers' visibility that names items of this list (product C2). */
  visibilityTable: string;
  visibilityColumn: string;
}

export const BRANDS: ManagedList<Brand> = { entity: Brand, typeName: 'Brand', visibilityTable: 'customer_visible_brand', visibilityColumn: 'brand_id' };
export const SEASONS: ManagedList<Season> = { entity: Season, typeName: 'Season', visibilityTable: 'customer_visible_season', visibilityColumn: 'season_id' };
export const TAGS: ManagedList<Tag> = { entity: Tag, typeName: 'Tag', visibilityTable: 'customer_visible_tag', visibilityColumn: 'tag_id' };
export const MANUFACTURERS: ManagedList<Manufacturer> = {
  entity: Manufacturer,
  typeName: 'Manufacturer',
  visibilityTable: 'customer_visible_manufacturer',
  visibilityColumn: 'manufacturer_id',
};

async function getItem<T extends ListItem>(ctx: Ctx, list: ManagedList<T>, globalId: string): Promise<T> {
  const id = idOf(list.typeName, globalId);
  const item = id ? await ctx.em.findOne(list.entity as never, { id }) : null;
  if (!item) throw apiError(ctx.t, 'NOT_FOUND');
  return item as T;
}

/** Names are trimmed and unique regardless of case, since CSV imports match them that way. */
async function validName<T extends ListItem>(ctx: Ctx, list: ManagedList<T>, raw: string, existing: T | null): Promise<{ name: string; errors: UserError[] }> {
  const name = raw.trim().replace(/\s+/g, ' ');
  const errors: UserError[] = [];
  if (!name) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'name']));
  else if (name.length > LIST_NAME_MAX) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'name'], { max: LIST_NAME_MAX }));
  else {
    const clash = await ctx.em.count(list.entity as typeof Brand, { name: { $ilike: escapeLike(name) }, ...(existing ? { id: { $ne: existing.id } } : {}) });
    if (clash) errors.push(userError(ctx.t, UserErrorCode.TAKEN, ['input', 'name']));
  }
  return { name, errors };
}

/** Staff add an item to a managed list. */
export async function createListItem<T extends ListItem>(ctx: Ctx, list: ManagedList<T>, input: { name: string }): Promise<{ item?: T; userErrors: UserError[] }> {
  const { name, errors } = await validName(ctx, list, input.name, null);
  if (errors.length) return { userErrors: errors };
  const item = ctx.em.create(list.entity as typeof Brand, { name }) as T;
  await ctx.em.flush();
  return { item, userErrors: [] };
}

/** Staff rename an item; products keep it (they refer to it by id). */
export async function renameListItem<T extends ListItem>(ctx: Ctx, list: ManagedList<T>, input: { id: string; name: string }): Promise<{ item?: T; userErrors: UserError[] }> {
  const item = await getItem(ctx, list, input.id);
  const { name, errors } = await validName(ctx, list, input.name, item);
  if (errors.length) return { item, userErrors: errors };
  item.name = name;
  await ctx.em.flush();
  return { item, userErrors: [] };
}

/**
 * Staff delete an item. Products that used it simply lose it (the database clears the reference).
 * Refused while a customer's visibility names it: deleting it would silently widen what that
 * customer sees (an empty dimension means "everything").
 */
export async function deleteListItem<T extends ListItem>(ctx: Ctx, list: ManagedList<T>, input: { id: string }): Promise<{ deletedId?: string; userErrors: UserError[] }> {
  const item = await getItem(ctx, list, input.id);
  const [{ count }] = await ctx.em.execute<{ count: string }[]>(
    `select count(distinct customer_id) as count from ${list.visibilityTable} where ${list.visibilityColumn} = ?`,
    [item.id],
  );
  if (Number(count) > 0) return { userErrors: [userError(ctx.t, UserErrorCode.IN_USE, ['input', 'id'], { count: Number(count) })] };
  const deletedId = item.globalId;
  ctx.em.remove(item);
  await ctx.em.flush();
  return { deletedId, userErrors: [] };
}
