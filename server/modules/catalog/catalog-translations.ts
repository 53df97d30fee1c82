import { Field, InputType, ObjectType } from 'type-graphql';
import type { Ctx } from '../../common/context.js';
import { UserErrorCode, userError, type UserError } from '../../common/errors.js';
import { Language } from '../../common/language.js';
import { getSettings } from '../settings/index.js';
import type { ProductTranslations } from './entities/product.entity.js';
import type { NameTranslations } from './entities/taxonomy.entity.js';
import { LIST_NAME_MAX, NAME_MAX } from './catalog-values.js';

// The catalog in the customer's language (issue 16, decision 0045). A product's name and
// description in the catalog language (store settings) are its `name` and `description` columns;
// the other languages are in its `translations` (jsonb), each optional, falling back to the
// catalog language's. Tags and seasons likewise (brands and manufacturers are proper names).

export const LANGUAGES: readonly Language[] = [Language.EN, Language.FR, Language.NL, Language.DE, Language.PT, Language.PT_BR, Language.ES];

/** The language a field shows by default: a shop user's own; staff and tokens read the catalog language (the master data). */
export function viewerLanguage(ctx: Ctx): Language | null {
  return ctx.viewer.kind === 'shop' ? ctx.viewer.language : null;
}

/** The catalog language, read once per request. */
export async function catalogLanguage(ctx: Ctx): Promise<Language> {
  const key = 'catalog.language';
  let cached = ctx.loaders.get(key) as Promise<Language> | undefined;
  if (!cached) {
    cached = getSettings(ctx.em).then((s) => s.catalogLanguage);
    ctx.loaders.set(key, cached);
  }
  return cached;
}

interface Translatable {
  readonly name: string;
  readonly description?: string | null;
  readonly translations?: ProductTranslations;
}

/** A product's name in `language`, else in the catalog language. */
export function productName(product: Translatable, language: Language | null | undefined): string {
  return (language && product.translations?.[language]?.name) || product.name;
}

/** A product's description in `language` (when its name is translated), else in the catalog language. */
export function productDescription(product: Translatable, language: Language | null | undefined): string | null {
  const t = language ? product.translations?.[language] : undefined;
  return t ? (t.description ?? product.description ?? null) : (product.description ?? null);
}

/** A tag's or season's name in `language`, else in the catalog language. */
export function listName(item: { readonly name: string; readonly translations?: NameTranslations }, language: Language | null | undefined): string {
  return (language && item.translations?.[language]) || item.name;
}

@ObjectType({ description: 'A product\'s name and description in one language.' })
export class ProductTranslation {
  @Field(() => Language, { description: 'The language.' })
  language!: Language;

  @Field(() => String, { nullable: true, description: 'The name in it; null when missing (the catalog language\'s is shown).' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'The description in it; null when missing.' })
  description!: string | null;
}

@InputType({ description: 'A product\'s name and description in one language.' })
export class ProductTranslationInput {
  @Field(() => Language, { description: 'The language. The catalog language\'s entry sets `name` and `description` themselves.' })
  language!: Language;

  @Field(() => String, { nullable: true, description: 'The name in it (at most 300 characters); empty or null removes the language (it falls back to the catalog language); required for the catalog language.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'The description in it; empty or null: none (the catalog language\'s is shown).' })
  description?: string | null;
}

@ObjectType({ description: 'A name in one language.' })
export class NameTranslation {
  @Field(() => Language, { description: 'The language.' })
  language!: Language;

  @Field(() => String, { nullable: true, description: 'The name in it; null when missing (the catalog language\'s is shown).' })
  name!: string | null;
}

@InputType({ description: 'A name in one language.' })
export class NameTranslationInput {
  @Field(() => Language, { description: 'The language. The catalog language\'s entry sets `name` itself.' })
  language!: Language;

  @Field(() => String, { nullable: true, description: 'The name in it; empty or null removes the language (it falls back to the catalog language).' })
  name?: string | null;
}

/** Every language's texts of a product, the catalog language's from its columns; missing ones null. */
export function productTranslationList(product: Translatable, catalog: Language): ProductTranslation[] {
  return LANGUAGES.map((language) => {
    const t = language === catalog ? { name: product.name, description: product.description ?? null } : product.translations?.[language];
    return Object.assign(new ProductTranslation(), { language, name: t?.name ?? null, description: t?.description ?? null });
  });
}

/** Every language's name of a tag or season; missing ones null. */
export function nameTranslationList(item: { name: string; translations?: NameTranslations }, catalog: Language): NameTranslation[] {
  return LANGUAGES.map((language) => Object.assign(new NameTranslation(), { language, name: language === catalog ? item.name : (item.translations?.[language] ?? null) }));
}

const clean = (s: string | null | undefined) => (s ?? '').trim().replace(/\s+/g, ' ');

/**
 * Applies product translations on top of `current`: returns the new translations and, for the
 * catalog language's entry, the new name and description. Errors are on `path`.
 */
export function applyProductTranslations(
  ctx: Ctx,
  current: ProductTranslations,
  input: ProductTranslationInput[],
  catalog: Language,
  path: string[],
): { translations: ProductTranslations; name?: string; description?: string | null; errors: UserError[] } {
  const translations: ProductTranslations = { ...current };
  const errors: UserError[] = [];
  const seen = new Set<Language>();
  let name: string | undefined;
  let description: string | null | undefined;
  input.forEach((entry, i) => {
    const at = [...path, String(i)];
    if (seen.has(entry.language)) {
      errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, [...at, 'language']));
      return;
    }
    seen.add(entry.language);
    const n = clean(entry.name);
    const d = entry.description?.trim() || null;
    if (n.length > NAME_MAX) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, [...at, 'name'], { max: NAME_MAX }));
    else if (entry.language === catalog) {
      if (!n) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, [...at, 'name']));
      else name = n;
      description = d;
    } else if (!n) {
      if (d) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, [...at, 'name']));
      delete translations[entry.language];
    } else translations[entry.language] = d ? { name: n, description: d } : { name: n };
  });
  return { translations, name, description, errors };
}

/** Applies tag or season name translations on top of `current` (see applyProductTranslations). */
export function applyNameTranslations(
  ctx: Ctx,
  current: NameTranslations,
  input: NameTranslationInput[],
  catalog: Language,
  path: string[],
): { translations: NameTranslations; name?: string; errors: UserError[] } {
  const translations: NameTranslations = { ...current };
  const errors: UserError[] = [];
  const seen = new Set<Language>();
  let name: string | undefined;
  input.forEach((entry, i) => {
    const at = [...path, String(i)];
    if (seen.has(entry.language)) {
      errors.push(userError(ctx.t, UserErrorCode.INVALID_VALUE, [...at, 'language']));
      return;
    }
    seen.add(entry.language);
    const n = clean(entry.name);
    if (n.length > LIST_NAME_MAX) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, [...at, 'name'], { max: LIST_NAME_MAX }));
    else if (entry.language === catalog) {
      if (!n) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, [...at, 'name']));
      else name = n;
    } else if (!n) delete translations[entry.language];
    else translations[entry.language] = n;
  });
  return { translations, name, errors };
}
