import { Arg, Authorized, Ctx as Context, Mutation, Resolver } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import {
  ProductPricesUpsertInput,
  ProductPricesUpsertPayload,
  ProductsUpsertInput,
  ProductsUpsertPayload,
  StockLevelsUpsertInput,
  StockLevelsUpsertPayload,
} from '../dto/catalog-sync.dto.js';
import { upsertProductPrices, upsertProducts, upsertStockLevels } from '../catalog-sync.service.js';

const INPUT = { description: 'The items and whether to write them all or nothing.' };

/** The ERP's bulk catalog sync by its own keys (issue 14 E2, decision 29). */
@Resolver()
export class CatalogSyncResolver {
  @Authorized('STAFF', 'CATALOG_MANAGE')
  @Mutation(() => ProductsUpsertPayload, {
    description: 'Creates or changes up to 10,000 products by reference (CATALOG_MANAGE tokens and staff). Items equal to the catalog write nothing, so repeating a call changes nothing.',
  })
  async productsUpsert(@Arg('input', () => ProductsUpsertInput, INPUT) input: ProductsUpsertInput, @Context() ctx: Ctx): Promise<ProductsUpsertPayload> {
    return Object.assign(new ProductsUpsertPayload(), await upsertProducts(ctx, input));
  }

  @Authorized('STAFF', 'CATALOG_MANAGE')
  @Mutation(() => ProductPricesUpsertPayload, {
    description: 'Sets or removes up to 10,000 prices by product reference and price-level code (CATALOG_MANAGE tokens and staff). Equal prices write nothing.',
  })
  async productPricesUpsert(@Arg('input', () => ProductPricesUpsertInput, INPUT) input: ProductPricesUpsertInput, @Context() ctx: Ctx): Promise<ProductPricesUpsertPayload> {
    return Object.assign(new ProductPricesUpsertPayload(), await upsertProductPrices(ctx, input));
  }

  @Authorized('STAFF', 'CATALOG_MANAGE')
  @Mutation(() => StockLevelsUpsertPayload, {
    description: 'Sets up to 10,000 stock quantities by product reference and storage-location code (CATALOG_MANAGE tokens and staff). Equal quantities write nothing.',
  })
  async stockLevelsUpsert(@Arg('input', () => StockLevelsUpsertInput, INPUT) input: StockLevelsUpsertInput, @Context() ctx: Ctx): Promise<StockLevelsUpsertPayload> {
    return Object.assign(new StockLevelsUpsertPayload(), await upsertStockLevels(ctx, input));
  }
}
