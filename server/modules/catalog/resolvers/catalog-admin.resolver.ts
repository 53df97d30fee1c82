import { Arg, Authorized, Ctx as Context, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { ProductRecord } from '../read-model/index.js';
import type { Ctx } from '../../../common/context.js';
import { Product } from '../entities/product.entity.js';
import { Manufacturer } from '../entities/taxonomy.entity.js';
import {
  PriceLevelCreateInput,
  PriceLevelPayload,
  PriceLevelUpdateInput,
  ProductCreateInput,
  ProductLevelPrice,
  ProductPayload,
  ProductPricesSetInput,
  ProductPricesSetPayload,
  ProductStock,
  ProductUpdateInput,
  StockLevelsSetInput,
  StockLevelsSetPayload,
  StorageLocationCreateInput,
  StorageLocationPayload,
  StorageLocationUpdateInput,
} from '../dto/catalog-admin.dto.js';
import * as admin from '../catalog-admin.service.js';
import { byIdLoader } from '../../../common/loaders.js';
import { imageUrlLoader } from '../product-image.service.js';

const INPUT = { description: 'What to do; see the input type.' };

/** Staff and CATALOG_MANAGE tokens manage the catalog (product C1, C3, C4); CATALOG_READ tokens only read it. */
@Resolver(() => Product)
export class CatalogAdminResolver {
  @Authorized('STAFF', 'CATALOG_MANAGE')
  @Mutation(() => ProductPayload, { description: 'Adds a product to the catalog (staff and CATALOG_MANAGE tokens).' })
  async productCreate(@Arg('input', () => ProductCreateInput, INPUT) input: ProductCreateInput, @Context() ctx: Ctx): Promise<ProductPayload> {
    return Object.assign(new ProductPayload(), await admin.createProduct(ctx, input));
  }

  @Authorized('STAFF', 'CATALOG_MANAGE')
  @Mutation(() => ProductPayload, {
    description: 'Changes a product (staff and CATALOG_MANAGE tokens); only the fields given change. `active: false` deactivates it (hidden from the store), `active: true` reactivates it.',
  })
  async productUpdate(@Arg('input', () => ProductUpdateInput, INPUT) input: ProductUpdateInput, @Context() ctx: Ctx): Promise<ProductPayload> {
    return Object.assign(new ProductPayload(), await admin.updateProduct(ctx, input));
  }

  @Authorized('STAFF', 'CATALOG_MANAGE')
  @Mutation(() => PriceLevelPayload, { description: 'Adds a price level (staff and CATALOG_MANAGE tokens).' })
  async priceLevelCreate(@Arg('input', () => PriceLevelCreateInput, INPUT) input: PriceLevelCreateInput, @Context() ctx: Ctx): Promise<PriceLevelPayload> {
    return Object.assign(new PriceLevelPayload(), await admin.createPriceLevel(ctx, input));
  }

  @Authorized('STAFF', 'CATALOG_MANAGE')
  @Mutation(() => PriceLevelPayload, { description: 'Changes a price level (staff and CATALOG_MANAGE tokens); making it the default unsets the previous default.' })
  async priceLevelUpdate(@Arg('input', () => PriceLevelUpdateInput, INPUT) input: PriceLevelUpdateInput, @Context() ctx: Ctx): Promise<PriceLevelPayload> {
    return Object.assign(new PriceLevelPayload(), await admin.updatePriceLevel(ctx, input));
  }

  @Authorized('STAFF', 'CATALOG_MANAGE')
  @Mutation(() => ProductPricesSetPayload, { description: 'Sets or removes the prices of many products in one price level (staff and CATALOG_MANAGE tokens); all entries or none.' })
  async productPricesSet(@Arg('input', () => ProductPricesSetInput, INPUT) input: ProductPricesSetInput, @Context() ctx: Ctx): Promise<ProductPricesSetPayload> {
    return Object.assign(new ProductPricesSetPayload(), await admin.setProductPrices(ctx, input));
  }

  @Authorized('STAFF', 'CATALOG_MANAGE')
  @Mutation(() => StorageLocationPayload, { description: 'Adds a storage location (staff and CATALOG_MANAGE tokens).' })
  async storageLocationCreate(@Arg('input', () => StorageLocationCreateInput, INPUT) input: StorageLocationCreateInput, @Context() ctx: Ctx): Promise<StorageLocationPayload> {
    return Object.assign(new StorageLocationPayload(), await admin.createStorageLocation(ctx, input));
  }

  @Authorized('STAFF', 'CATALOG_MANAGE')
  @Mutation(() => StorageLocationPayload, { description: 'Changes a storage location (staff and CATALOG_MANAGE tokens); making it the default unsets the previous default.' })
  async storageLocationUpdate(@Arg('input', () => StorageLocationUpdateInput, INPUT) input: StorageLocationUpdateInput, @Context() ctx: Ctx): Promise<StorageLocationPayload> {
    return Object.assign(new StorageLocationPayload(), await admin.updateStorageLocation(ctx, input));
  }

  @Authorized('STAFF', 'CATALOG_MANAGE')
  @Mutation(() => StockLevelsSetPayload, { description: 'Sets the stock of many products at one storage location (staff and CATALOG_MANAGE tokens); all entries or none.' })
  async stockLevelsSet(@Arg('input', () => StockLevelsSetInput, INPUT) input: StockLevelsSetInput, @Context() ctx: Ctx): Promise<StockLevelsSetPayload> {
    return Object.assign(new StockLevelsSetPayload(), await admin.setStockLevels(ctx, input));
  }

  @Authorized('STAFF', 'CATALOG_READ')
  @FieldResolver(() => [ProductLevelPrice], { description: 'Its price in every price level that has one, by level name (staff and integrators); a missing level means not orderable there.' })
  prices(@Root() product: ProductRecord, @Context() ctx: Ctx): Promise<ProductLevelPrice[]> {
    return admin.levelPricesLoader(ctx).load(product.id);
  }

  @Authorized('STAFF', 'CATALOG_READ')
  @FieldResolver(() => [ProductStock], { description: 'Its stock at every storage location, by location name (staff and integrators).' })
  stockLevels(@Root() product: ProductRecord, @Context() ctx: Ctx): Promise<ProductStock[]> {
    return admin.stockLevelsLoader(ctx).load(product.id);
  }

  @FieldResolver(() => Manufacturer, { nullable: true, description: 'Manufacturer.' })
  manufacturer(@Root() product: ProductRecord, @Context() ctx: Ctx): Promise<Manufacturer | null> | null {
    return product.manufacturer ? byIdLoader(ctx, Manufacturer).load(product.manufacturer.id) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Absolute URL of the product\'s image, null when it has none. The URL changes with the image, so it can be cached for good.',
  })
  imageUrl(@Root() product: ProductRecord, @Context() ctx: Ctx): Promise<string | null> {
    return imageUrlLoader(ctx).load(product.id);
  }
}
