import { Arg, Args, ArgsType, Authorized, Ctx as Context, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { QuantityRules, quantityRules } from '../quantity-rules.js';
import type { Ctx } from '../../../common/context.js';
import { Connection } from '../../../common/connection.js';
import { Money, decimal } from '../../../common/money.js';
import { Product } from '../entities/product.entity.js';
import { PriceLevel } from '../entities/price-level.entity.js';
import { StorageLocation } from '../entities/storage-location.entity.js';
import { Brand, Manufacturer, Season, Tag } from '../entities/taxonomy.entity.js';
import * as catalog from '../catalog.service.js';
import * as readModel from '../read-model/index.js';
import type { BrandRecord, ProductRecord } from '../read-model/index.js';
import { byIdLoader } from '../../../common/loaders.js';
import { ActivityKind, recordActivity } from '../../activity/index.js';
import { getSettings } from '../../settings/index.js';
import { Language } from '../../../common/language.js';
import { ProductTranslation, catalogLanguage, productDescription, productName, productTranslationList, viewerLanguage } from '../catalog-translations.js';

@ObjectType({ description: 'A page of products sorted by name.' })
export class ProductConnection extends Connection(Product, 'Product', 'Products visible to the viewer, sorted by name.') {}

export enum ProductSort {
  NAME_ASC = 'NAME_ASC',
  NAME_DESC = 'NAME_DESC',
  REFERENCE_ASC = 'REFERENCE_ASC',
  NEWEST = 'NEWEST',
}
registerEnumType(ProductSort, {
  name: 'ProductSort',
  description: 'Order of a product list.',
  valuesConfig: {
    NAME_ASC: { description: 'By name, A to Z.' },
    NAME_DESC: { description: 'By name, Z to A.' },
    REFERENCE_ASC: { description: 'By reference.' },
    NEWEST: { description: 'Newest products first.' },
  },
});

@ArgsType()
export class ProductFilterArgs {
  @Field(() => String, { nullable: true, description: 'Search: exact barcode, part of the reference or name, or a name with typos.' })
  query?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only these brands.' })
  brandIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only these seasons.' })
  seasonIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only products with at least one of these tags.' })
  tagIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only these manufacturers.' })
  manufacturerIds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Staff: true for active products only, false for deactivated ones only; omitted for both. Shop users always see active products only.',
  })
  active?: boolean | null;
}

@ArgsType()
export class ProductsArgs extends ProductFilterArgs {
  @Field(() => Int, { nullable: true, description: 'How many items to return (1–100, default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an `endCursor`).' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'With `before`: how many items to return (1–100, default 20).' })
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items just before this cursor (a `startCursor`), to page backward; not together with `after`.',
  })
  before?: string | null;

  @Field(() => ProductSort, { nullable: true, description: 'Order (default NAME_ASC).' })
  sort?: ProductSort | null;
}

@ObjectType({ description: 'How many products a filter value would leave.' })
export class FacetValue {
  @Field(() => ID, { description: 'The brand, season, tag or manufacturer id, to pass back as a filter.' })
  id!: string;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => Int, { description: 'Products visible to the viewer that match the search, the other filters and this value.' })
  count!: number;
}

@ObjectType({ description: 'Filter values with counts for a catalog search; counts respect what the viewer may see.' })
export class ProductFacets {
  @Field(() => [FacetValue], { description: 'Brands.' })
  brands!: FacetValue[];

  @Field(() => [FacetValue], { description: 'Seasons.' })
  seasons!: FacetValue[];

  @Field(() => [FacetValue], { description: 'Tags.' })
  tags!: FacetValue[];

  @Field(() => [FacetValue], { description: 'Manufacturers.' })
  manufacturers!: FacetValue[];
}

@Resolver(() => Product)
export class ProductResolver {
  @Authorized('STAFF', 'SHOP', 'CATALOG_READ')
  @Query(() => ProductConnection, { description: 'The catalog as the viewer may see it: a shop user sees active products with its own prices and stock.' })
  async products(@Args(() => ProductsArgs) args: ProductsArgs, @Context() ctx: Ctx): Promise<ProductConnection> {
    const page = (await readModel.listProducts(ctx, args)) as unknown as ProductConnection;
    if (args.query?.trim() && !args.after) recordActivity(ctx, ActivityKind.SEARCH, args.query.trim()); // V2, buffered
    return page;
  }

  @Authorized('STAFF', 'SHOP', 'CATALOG_READ')
  @Query(() => ProductFacets, { description: 'Counts per brand, season, tag and manufacturer for a search, respecting visibility.' })
  async productFacets(@Args(() => ProductFilterArgs) args: ProductFilterArgs, @Context() ctx: Ctx): Promise<ProductFacets> {
    return Object.assign(new ProductFacets(), await readModel.productFacets(ctx, args));
  }

  @Authorized('STAFF', 'SHOP', 'CATALOG_READ')
  @Query(() => Product, {
    description: 'One product visible to the viewer, by id, reference or barcode (give one); NOT_FOUND when it does not exist or is not visible.',
  })
  async product(
    @Arg('id', () => ID, { nullable: true, description: 'The product\'s id.' }) id: string | null,
    @Arg('reference', () => String, { nullable: true, description: 'The product\'s reference (SKU).' }) reference: string | null,
    @Arg('barcode', () => String, { nullable: true, description: 'The product\'s barcode (EAN-13/GTIN).' }) barcode: string | null,
    @Context() ctx: Ctx,
  ): Promise<Product> {
    const product = await catalog.getProduct(ctx, { id, reference, barcode });
    recordActivity(ctx, ActivityKind.PRODUCT_VIEW, `${product.reference} — ${product.name}`); // V2, buffered
    return product;
  }

  @Authorized('STAFF', 'CATALOG_READ')
  @Query(() => [Brand], { description: 'Every brand, by name.' })
  brands(@Context() ctx: Ctx): Promise<Brand[]> {
    return ctx.em.find(Brand, {}, { orderBy: { name: 'asc' } });
  }

  @Authorized('STAFF', 'CATALOG_READ')
  @Query(() => [Season], { description: 'Every season, by name.' })
  seasons(@Context() ctx: Ctx): Promise<Season[]> {
    return ctx.em.find(Season, {}, { orderBy: { name: 'asc' } });
  }

  @Authorized('STAFF', 'CATALOG_READ')
  @Query(() => [Tag], { name: 'tags', description: 'Every tag, by name.' })
  allTags(@Context() ctx: Ctx): Promise<Tag[]> {
    return ctx.em.find(Tag, {}, { orderBy: { name: 'asc' } });
  }

  @Authorized('STAFF', 'CATALOG_READ')
  @Query(() => [Manufacturer], { description: 'Every manufacturer, by name.' })
  manufacturers(@Context() ctx: Ctx): Promise<Manufacturer[]> {
    return ctx.em.find(Manufacturer, {}, { orderBy: { name: 'asc' } });
  }

  @Authorized('STAFF', 'CATALOG_READ')
  @Query(() => [PriceLevel], { description: 'Every price level.' })
  priceLevels(@Context() ctx: Ctx): Promise<PriceLevel[]> {
    return catalog.listPriceLevels(ctx);
  }

  @Authorized('STAFF', 'CATALOG_READ')
  @Query(() => [StorageLocation], { description: 'Every storage location.' })
  storageLocations(@Context() ctx: Ctx): Promise<StorageLocation[]> {
    return catalog.listStorageLocations(ctx);
  }

  @FieldResolver(() => String, { description: 'Name in `language`, else in the catalog language (issue 16).' })
  name(
    @Root() product: ProductRecord,
    @Arg('language', () => Language, { nullable: true, description: 'Default: a shop user\'s language; for staff and tokens the catalog language.' }) language: Language | null,
    @Context() ctx: Ctx,
  ): string {
    return productName(product, language ?? viewerLanguage(ctx));
  }

  @FieldResolver(() => String, { nullable: true, description: 'Longer description in `language` when its name is translated, else in the catalog language.' })
  description(
    @Root() product: ProductRecord,
    @Arg('language', () => Language, { nullable: true, description: 'Default: a shop user\'s language; for staff and tokens the catalog language.' }) language: Language | null,
    @Context() ctx: Ctx,
  ): string | null {
    return productDescription(product, language ?? viewerLanguage(ctx));
  }

  @Authorized('STAFF', 'CATALOG_READ')
  @FieldResolver(() => [ProductTranslation], { description: 'Name and description in each store language, missing ones null (staff and CATALOG_READ tokens).' })
  async translations(@Root() product: ProductRecord, @Context() ctx: Ctx): Promise<ProductTranslation[]> {
    return productTranslationList(product, await catalogLanguage(ctx));
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: 'Unit price for the viewer (the customer\'s price level, else the default level); null means not orderable, never zero.',
  })
  price(@Root() product: ProductRecord, @Context() ctx: Ctx): Money | null | Promise<Money | null> {
    const listed = readModel.listedValues(product);
    return listed ? listed.price : catalog.priceLoader(ctx).load(product.id);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Units in stock at the viewer\'s storage location; null when the store hides stock.' })
  stock(@Root() product: ProductRecord, @Context() ctx: Ctx): number | null | Promise<number | null> {
    const listed = readModel.listedValues(product);
    return listed ? listed.stock : catalog.stockLoader(ctx).load(product.id);
  }

  @FieldResolver(() => QuantityRules, { description: 'The quantities one order line may hold (minimum, maximum, increment), as the cart and placing enforce them (decision 0049).' })
  quantityRules(@Root() product: ProductRecord): QuantityRules {
    return quantityRules(product);
  }

  @FieldResolver(() => Boolean, { description: 'True when the viewer can put this product in a cart (active and priced).' })
  orderable(@Root() product: ProductRecord, @Context() ctx: Ctx): boolean | Promise<boolean> {
    const listed = readModel.listedValues(product);
    if (listed) return product.active && listed.price !== null;
    return catalog.priceLoader(ctx).load(product.id).then((price) => product.active && price !== null);
  }

  @FieldResolver(() => Brand, { nullable: true, description: 'Brand.' })
  brand(@Root() product: ProductRecord, @Context() ctx: Ctx): BrandRecord | Brand | null | Promise<Brand | null> {
    const listed = readModel.listedValues(product);
    if (listed) return listed.brand;
    return product.brand ? byIdLoader(ctx, Brand).load(product.brand.id) : null;
  }

  @FieldResolver(() => Season, { nullable: true, description: 'Season.' })
  season(@Root() product: ProductRecord, @Context() ctx: Ctx): Promise<Season | null> | null {
    return product.season ? byIdLoader(ctx, Season).load(product.season.id) : null;
  }

  @FieldResolver(() => [Tag], { description: 'Tags, sorted by name.' })
  tags(@Root() product: ProductRecord, @Context() ctx: Ctx): Promise<Tag[]> {
    return catalog.tagsLoader(ctx).load(product.id);
  }
}

@Resolver(() => StorageLocation)
export class StorageLocationResolver {
  @FieldResolver(() => Money, { description: 'Shipping cost charged by default for orders from this location.' })
  async defaultShippingCost(@Root() location: StorageLocation, @Context() ctx: Ctx): Promise<Money> {
    const settings = await getSettings(ctx.em);
    return Money.of(decimal.normalize(location.defaultShippingCost), settings.currencyCode);
  }
}
