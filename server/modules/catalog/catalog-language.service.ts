import type { Ctx } from '../../common/context.js';
import { publish } from '../../common/events.js';
import { UserErrorCode, userError, type UserError } from '../../common/errors.js';
import type { Language } from '../../common/language.js';
import { StoreSettingsUpdatedEvent, getSettings } from '../settings/index.js';

// Changing the catalog language (issue 16, decision 0058). The catalog language's texts are the
// columns (`product.name`, `description`, `tag.name`, `season.name`); the others are in
// `translations` (decision 0045). Going from X to Y moves, in set-based statements of the
// mutation's transaction: the columns into translations[X], translations[Y] into the columns.
// Nothing a viewer of X or Y reads changes; only languages with no text of their own now fall
// back to Y. The name search's word rows follow through the statement-level triggers on `product`.

/** How many references a refusal names (the rest are in the CSV export). */
const MISSING_SHOWN = 20;

export interface CatalogLanguageChange {
  language: Language;
  /** Products without a name in the new language keep their current name as its name (confirmed by the admin). */
  keepNamesAsFallback?: boolean | null;
}

export interface CatalogLanguageResult {
  catalogLanguage: Language;
  /** Products without a name in the new language (refused, or kept with their old name). */
  missingCount: number;
  /** Their first references, in reference order. */
  missingReferences: string[];
  /** Products whose texts moved. */
  productsChanged: number;
  userErrors: UserError[];
}

/** A product name in `y`: a non-blank `translations->y->>'name'`. */
const HAS_Y = `coalesce(btrim(translations -> ?::text ->> 'name'), '') <> ''`;

/** An admin changes the catalog language; refused while products lack a name in it, unless confirmed. */
export async function changeCatalogLanguage(ctx: Ctx, input: CatalogLanguageChange): Promise<CatalogLanguageResult> {
  const settings = await getSettings(ctx.em);
  const x = settings.catalogLanguage;
  const y = input.language;
  const none = { catalogLanguage: x, missingCount: 0, missingReferences: [], productsChanged: 0 };
  if (x === y) return { ...none, userErrors: [] };

  const [{ count }] = await ctx.em.execute<Array<{ count: string }>>(`select count(*) as count from product where not (${HAS_Y})`, [y]);
  const missingCount = Number(count);
  const missingReferences = missingCount
    ? (await ctx.em.execute<Array<{ reference: string }>>(`select reference from product where not (${HAS_Y}) order by reference limit ${MISSING_SHOWN}`, [y])).map((r) => r.reference)
    : [];
  const languageName = new Intl.DisplayNames([ctx.language], { type: 'language' }).of(y === 'pt' ? 'pt-PT' : y) ?? y; // pt alone reads as Brazilian
  if (missingCount && !input.keepNamesAsFallback) {
    return {
      ...none,
      missingCount,
      missingReferences,
      userErrors: [userError(ctx.t, UserErrorCode.TRANSLATIONS_MISSING, ['input', 'language'], { count: missingCount, language: languageName, code: y })],
    };
  }

  // Tags and seasons are unique by name (case aside): their names in Y must not clash.
  for (const table of ['tag', 'season'] as const) {
    const clash = await ctx.em.execute<Array<{ name: string }>>(
      `select min(coalesce(nullif(btrim(translations ->> ?::text), ''), name)) as name from "${table}"
        group by lower(coalesce(nullif(btrim(translations ->> ?::text), ''), name)) having count(*) > 1 limit 1`,
      [y, y],
    );
    if (clash.length) {
      return { ...none, userErrors: [userError(ctx.t, UserErrorCode.LIST_NAME_CLASH, ['input', 'language'], { name: clash[0].name, language: languageName })] };
    }
  }

  // One statement for every product. With a Y name: it and its description become the columns (a
  // Y name without a Y description keeps the X description, which Y viewers saw already). Without
  // one (confirmed): the X texts stay the columns, so Y viewers keep seeing them. The X texts go
  // into translations[X] (so an X name survives a Y name typed in later), its description only
  // where it differs from the new column, and nothing where the Y texts were the X texts: so
  // changing back restores every product as it was.
  const changed = await ctx.em.getConnection().execute(
    `update product p set name = c.new_name, description = c.new_description, updated_at = now(),
        translations = (p.translations - ?::text) || case
          when c.y_name is not null and c.new_name = p.name and c.new_description is not distinct from p.description then '{}'::jsonb
          else jsonb_build_object(?::text, jsonb_strip_nulls(jsonb_build_object('name', p.name,
            'description', case when p.description is distinct from c.new_description then p.description end))) end
      from (select id, y_name, coalesce(y_name, name) as new_name,
              case when y_name is null then description else coalesce(nullif(translations -> ?::text ->> 'description', ''), description) end as new_description
            from (select id, name, description, translations, nullif(btrim(translations -> ?::text ->> 'name'), '') as y_name from product) t) c
      where c.id = p.id`,
    [y, x, y, y],
    'run',
  );
  for (const table of ['tag', 'season'] as const) {
    await ctx.em.getConnection().execute(
      `update "${table}" set name = coalesce(nullif(btrim(translations ->> ?::text), ''), name), updated_at = now(),
          translations = (translations - ?::text) || case when btrim(translations ->> ?::text) = name then '{}'::jsonb else jsonb_build_object(?::text, name) end`,
      [y, y, y, x],
      'run',
    );
  }
  settings.catalogLanguage = y; // written by the flush below
  ctx.loaders.delete('catalog.language');

  const changes = [{ field: 'catalogLanguage', before: x as string, after: y as string }];
  if (missingCount) changes.push({ field: 'productsKeepingTheirName', before: null as unknown as string, after: String(missingCount) });
  await publish(ctx, new StoreSettingsUpdatedEvent(changes));
  await ctx.em.flush();
  return { catalogLanguage: y, missingCount, missingReferences, productsChanged: (changed as { affectedRows?: number }).affectedRows ?? 0, userErrors: [] };
}
