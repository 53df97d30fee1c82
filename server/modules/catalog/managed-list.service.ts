import type { Ctx } from '../../common/context.js';
import { UserErrorCode, apiError, userError, type UserError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { publishRecordChange, type Snapshot } from '../../common/record-change.js';
import { Brand, Manufacturer, Season, Tag } from './entities/taxonomy.entity.js';
import { LIST_NAME_MAX, escapeLike } from './catalog-values.js';
import { applyNameTranslations, catalogLanguage, type NameTranslationInput } from './catalog-translations.js';

export type ListItem = Brand | Season | Tag | Manufacturer;

/** A managed list of names products refer to (brands, seasons, tags, manufacturers). */
export interface ManagedList<T extends ListItem = ListItem> {
  entity: { new (): T; name: string };
  /** The type name inside global ids, and the GraphQL type. */
  typeName: 'Brand' | 'Season' | 'Tag' | 'Manufacturer';
  /** Customers' visibility that names items of this list (product C2). */
  visibilityTable: string;
  visibilityColumn: string;
  /** Tags and seasons are words, named per language (issue 16); brands and manufacturers are proper names. */
  translated?: boolean;
}

export const BRANDS: ManagedList<Brand> = { entity: Brand, typeName: 'Brand', visibilityTable: 'customer_visible_brand', visibilityColumn: 'brand_id' };
export const SEASONS: ManagedList<Season> = { entity: Season, typeName: 'Season', visibilityTable: 'customer_visible_season', visibilityColumn: 'season_id', translated: true };
export const TAGS: ManagedList<Tag> = { entity: Tag, typeName: 'Tag', visibilityTable: 'customer_visible_tag', visibilityColumn: 'tag_id', translated: true };
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

export interface ListItemInput {
  name: string;
  /** Tags and seasons: names per language; the languages not listed stay as they are. */
  translations?: NameTranslationInput[] | null;
}

/** The item's names per language after the input (tags and seasons only); null when none given. */
async function translationsOf(ctx: Ctx, list: ManagedList, item: ListItem | null, input: ListItemInput) {
  if (!list.translated || !input.translations) return null;
  return applyNameTranslations(ctx, (item as Tag | null)?.translations ?? {}, input.translations, await catalogLanguage(ctx), ['input', 'translations']);
}

/** An item's key fields for the audit trail: its name, and its names per language (tags, seasons). */
function listSnapshot(item: ListItem): Snapshot {
  const translations = (item as Tag).translations;
  return { name: item.name, ...(translations && Object.keys(translations).length ? { translations: JSON.stringify(translations) } : {}) };
}

/** Staff add an item to a managed list. */
export async function createListItem<T extends ListItem>(ctx: Ctx, list: ManagedList<T>, input: ListItemInput): Promise<{ item?: T; userErrors: UserError[] }> {
  const t = await translationsOf(ctx, list, null, input);
  const { name, errors } = await validName(ctx, list, t?.name ?? input.name, null);
  if (t) errors.push(...t.errors);
  if (errors.length) return { userErrors: errors };
  const item = ctx.em.create(list.entity as typeof Brand, { name }) as T;
  if (t) (item as Tag).translations = t.translations;
  await ctx.em.flush();
  await publishRecordChange(ctx, 'LIST_ITEM_CREATED', { type: list.typeName, id: item.id, label: item.name }, null, listSnapshot(item));
  return { item, userErrors: [] };
}

/** Staff rename an item; products keep it (they refer to it by id). */
export async function renameListItem<T extends ListItem>(ctx: Ctx, list: ManagedList<T>, input: ListItemInput & { id: string }): Promise<{ item?: T; userErrors: UserError[] }> {
  const item = await getItem(ctx, list, input.id);
  const t = await translationsOf(ctx, list, item, input);
  const { name, errors } = await validName(ctx, list, t?.name ?? input.name, item);
  if (t) errors.push(...t.errors);
  if (errors.length) return { item, userErrors: errors };
  const before = listSnapshot(item);
  item.name = name;
  if (t) (item as Tag).translations = t.translations;
  await ctx.em.flush();
  await publishRecordChange(ctx, 'LIST_ITEM_UPDATED', { type: list.typeName, id: item.id, label: item.name }, before, listSnapshot(item));
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
  const before = listSnapshot(item);
  ctx.em.remove(item);
  await ctx.em.flush();
  await publishRecordChange(ctx, 'LIST_ITEM_DELETED', { type: list.typeName, id: item.id, label: item.name }, before, null);
  return { deletedId, userErrors: [] };
}
