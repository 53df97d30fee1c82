import { Arg, Authorized, Ctx as Context, Field, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { UserError } from '../../../common/errors.js';
import { Language } from '../../../common/language.js';
import { StoreSettings, getSettings } from '../../settings/index.js';
import { changeCatalogLanguage } from '../catalog-language.service.js';

@InputType({ description: 'A new catalog language (decision 0058).' })
export class CatalogLanguageChangeInput {
  @Field(() => Language, { description: 'The new catalog language: its product, tag and season names become the main ones, the current ones become a translation.' })
  language!: Language;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Products with no name in the new language keep their current name as it (true). Default false: the change is refused with TRANSLATIONS_MISSING while any product lacks one.',
  })
  keepNamesAsFallback?: boolean | null;
}

@ObjectType({ description: 'Result of changing the catalog language.' })
export class CatalogLanguageChangePayload {
  @Field(() => StoreSettings, { nullable: true, description: 'The settings after the change (unchanged when refused).' })
  storeSettings?: StoreSettings | null;

  @Field(() => Int, { description: 'Products with no name in the new language: why it was refused, or how many kept their current name.' })
  missingCount!: number;

  @Field(() => [String], { description: 'The first 20 of their references, in reference order; the product CSV export lists them all (empty `name:<language>` cells).' })
  missingReferences!: string[];

  @Field(() => Int, { description: 'Products whose texts were moved (every product, when the change was made).' })
  productsChanged!: number;

  @Field(() => [UserError], { description: 'Why the change was refused, if it was.' })
  userErrors!: UserError[];
}

@Resolver()
export class CatalogLanguageResolver {
  @Authorized('ADMIN')
  @Mutation(() => CatalogLanguageChangePayload, {
    description: 'Changes the catalog language (admins only): in one transaction the names and descriptions in the new language become the products\' (and tags\' and seasons\') main texts and the current ones become translations. Nothing any viewer reads changes, except languages without texts of their own, which now fall back to the new language.',
  })
  async catalogLanguageChange(
    @Arg('input', () => CatalogLanguageChangeInput, { description: 'What to do; see the input type.' }) input: CatalogLanguageChangeInput,
    @Context() ctx: Ctx,
  ): Promise<CatalogLanguageChangePayload> {
    const result = await changeCatalogLanguage(ctx, input);
    return Object.assign(new CatalogLanguageChangePayload(), result, { storeSettings: await getSettings(ctx.em) });
  }
}
