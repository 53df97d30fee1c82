import { Arg, Authorized, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { UserError } from '../../../common/errors.js';
import { NameTranslation, NameTranslationInput, catalogLanguage, listName, nameTranslationList, viewerLanguage } from '../catalog-translations.js';
import { Language } from '../../../common/language.js';
import { Season, Tag } from '../entities/taxonomy.entity.js';
import { BRANDS, MANUFACTURERS, SEASONS, TAGS, createListItem, deleteListItem, renameListItem, type ListItem, type ManagedList } from '../managed-list.service.js';

/**
 * The create / rename / delete mutations of one managed list, with their input and payload types
 * (`brandCreate(input: BrandCreateInput!): BrandPayload!` …): one definition for the four lists.
 */
function managedListResolver<T extends ListItem>(list: ManagedList<T>, noun: string) {
  const Type = list.typeName;
  const field = Type.charAt(0).toLowerCase() + Type.slice(1);

  // Tags and seasons are named per language (issue 16); brands and manufacturers are proper names.
  const translationsField: PropertyDecorator = list.translated
    ? Field(() => [NameTranslationInput], { nullable: true, description: 'Names per language: the languages listed change, the others stay; the catalog language\'s entry is the name.' })
    : () => undefined;

  @InputType(`${Type}CreateInput`, { description: `A new ${noun}.` })
  class CreateInput {
    @Field(() => String, { description: `Name, unique regardless of case; surrounding spaces are removed.` })
    name!: string;

    @translationsField
    translations?: NameTranslationInput[] | null;
  }

  @InputType(`${Type}UpdateInput`, { description: `A new name for a ${noun}.` })
  class UpdateInput {
    @Field(() => ID, { description: `The ${noun}.` })
    id!: string;

    @Field(() => String, { description: 'New name, unique regardless of case; products keep the item.' })
    name!: string;

    @translationsField
    translations?: NameTranslationInput[] | null;
  }

  @InputType(`${Type}DeleteInput`, { description: `Which ${noun} to delete.` })
  class DeleteInput {
    @Field(() => ID, { description: `The ${noun}.` })
    id!: string;
  }

  @ObjectType(`${Type}Payload`, { description: `Result of creating or renaming a ${noun}.` })
  class Payload {
    @Field(() => list.entity, { name: field, nullable: true, description: `The ${noun} as saved.` })
    item?: T | null;

    @Field(() => [UserError], { description: 'Why nothing was saved, if so.' })
    userErrors!: UserError[];
  }

  @ObjectType(`${Type}DeletePayload`, { description: `Result of deleting a ${noun}.` })
  class DeletePayload {
    @Field(() => ID, { name: `deleted${Type}Id`, nullable: true, description: `Id of the deleted ${noun}.` })
    deletedId?: string | null;

    @Field(() => [UserError], { description: 'Why nothing was deleted, if so (IN_USE while customers\' visibility names it).' })
    userErrors!: UserError[];
  }

  @Resolver()
  class ManagedListResolver {
    @Authorized('STAFF', 'CATALOG_MANAGE')
    @Mutation(() => Payload, { name: `${field}Create`, description: `Adds a ${noun} to the managed list (staff and CATALOG_MANAGE tokens).` })
    async create(@Arg('input', () => CreateInput, { description: 'What to create.' }) input: CreateInput, @Context() ctx: Ctx): Promise<Payload> {
      return Object.assign(new Payload(), await createListItem(ctx, list, input));
    }

    @Authorized('STAFF', 'CATALOG_MANAGE')
    @Mutation(() => Payload, { name: `${field}Update`, description: `Renames a ${noun} (staff and CATALOG_MANAGE tokens).` })
    async update(@Arg('input', () => UpdateInput, { description: 'What to change.' }) input: UpdateInput, @Context() ctx: Ctx): Promise<Payload> {
      return Object.assign(new Payload(), await renameListItem(ctx, list, input));
    }

    @Authorized('STAFF', 'CATALOG_MANAGE')
    @Mutation(() => DeletePayload, {
      name: `${field}Delete`,
      description: `Deletes a ${noun} (staff and CATALOG_MANAGE tokens): products using it lose it; refused with IN_USE while a customer's visibility names it.`,
    })
    async delete(@Arg('input', () => DeleteInput, { description: 'What to delete.' }) input: DeleteInput, @Context() ctx: Ctx): Promise<DeletePayload> {
      return Object.assign(new DeletePayload(), await deleteListItem(ctx, list, input));
    }
  }
  return ManagedListResolver;
}

export const BrandListResolver = managedListResolver(BRANDS, 'brand');
export const SeasonListResolver = managedListResolver(SEASONS, 'season');
export const TagListResolver = managedListResolver(TAGS, 'tag');
export const ManufacturerListResolver = managedListResolver(MANUFACTURERS, 'manufacturer');

/** A tag's or season's `name(language:)` and `translations` (issue 16). */
function translatedNameResolver(entity: typeof Tag | typeof Season, noun: string) {
  @Resolver(() => entity)
  class TranslatedNameResolver {
    @FieldResolver(() => String, { description: `The ${noun}'s name in \`language\`, else in the catalog language.` })
    name(
      @Root() item: Tag | Season,
      @Arg('language', () => Language, { nullable: true, description: 'Default: a shop user\'s language; for staff and tokens the catalog language.' }) language: Language | null,
      @Context() ctx: Ctx,
    ): string {
      return listName(item, language ?? viewerLanguage(ctx));
    }

    @Authorized('STAFF', 'CATALOG_READ')
    @FieldResolver(() => [NameTranslation], { description: 'The name in each store language, missing ones null (staff and CATALOG_READ tokens).' })
    async translations(@Root() item: Tag | Season, @Context() ctx: Ctx): Promise<NameTranslation[]> {
      return nameTranslationList(item, await catalogLanguage(ctx));
    }
  }
  return TranslatedNameResolver;
}

export const TagNameResolver = translatedNameResolver(Tag, 'tag');
export const SeasonNameResolver = translatedNameResolver(Season, 'season');
