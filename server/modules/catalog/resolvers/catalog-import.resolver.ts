import { Arg, Authorized, Ctx as Context, Mutation, Resolver } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import {
  CatalogImportPreviewInput,
  CatalogImportPreviewPayload,
  CatalogImportStartInput,
  CatalogImportStartPayload,
} from '../dto/catalog-import.dto.js';
import { previewImport, startImport } from '../import/catalog-import.service.js';

/** CSV catalog imports (product C1): products with their prices per level and stock per location. */
@Resolver()
export class CatalogImportResolver {
  @Authorized('STAFF', 'CATALOG_MANAGE')
  @Mutation(() => CatalogImportPreviewPayload, {
    description: 'Checks a catalog CSV and tells what importing it would do, with every bad line and why (staff and CATALOG_MANAGE tokens). Writes nothing.',
  })
  async catalogImportPreview(
    @Arg('input', () => CatalogImportPreviewInput, { description: 'The file to check.' }) input: CatalogImportPreviewInput,
    @Context() ctx: Ctx,
  ): Promise<CatalogImportPreviewPayload> {
    return Object.assign(new CatalogImportPreviewPayload(), await previewImport(ctx, input));
  }

  @Authorized('STAFF', 'CATALOG_MANAGE')
  @Mutation(() => CatalogImportStartPayload, {
    description:
      'Starts importing a catalog CSV as a task with progress (staff and CATALOG_MANAGE tokens). 100,000 lines take well under a minute. See CatalogImportMode for bad lines; ' +
      'the same idempotency key returns the first task.',
  })
  async catalogImportStart(
    @Arg('input', () => CatalogImportStartInput, { description: 'The file and how to import it.' }) input: CatalogImportStartInput,
    @Context() ctx: Ctx,
  ): Promise<CatalogImportStartPayload> {
    return Object.assign(new CatalogImportStartPayload(), await startImport(ctx, input));
  }
}
