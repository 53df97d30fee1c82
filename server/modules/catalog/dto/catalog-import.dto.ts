import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { UserError, UserErrorCode } from '../../../common/errors.js';
import { Task } from '../../tasks/index.js';
import { PriceLevel } from '../entities/price-level.entity.js';
import { StorageLocation } from '../entities/storage-location.entity.js';

export enum CatalogImportMode {
  ALL_OR_NOTHING = 'ALL_OR_NOTHING',
  VALID_ROWS = 'VALID_ROWS',
}
registerEnumType(CatalogImportMode, {
  name: 'CatalogImportMode',
  description: 'What a catalog import does when some lines of the file are bad.',
  valuesConfig: {
    ALL_OR_NOTHING: {
      description:
        'Import nothing if any line is bad: catalogImportStart answers with userErrors (IMPORT_HAS_ERRORS, then one per bad line) and starts no task. ' +
        'The task then applies every line in one transaction: if the catalog changed meanwhile so that a line became bad, the task fails and nothing is written.',
    },
    VALID_ROWS: { description: 'Import the good lines, 5,000 per transaction, and list the bad ones in the task\'s `skipped` (id = line number, label = reference).' },
  },
});

const CSV_HELP =
  'The CSV text (UTF-8, optional BOM, `;` or `,` between cells, quotes allowed). Header line: `reference` (required), `barcode`, `name`, `description`, ' +
  '`brand`, `season`, `manufacturer`, `tags` (names separated by `|`), `unit`, `pack_size`, `min_quantity`, `max_quantity`, `order_increment` (quantity rules, decision 0049: empty keeps, 0 clears), `active` (true/false, 1/0, yes/no), `tax_rate` (a VAT rate\'s name, case aside, or a percentage exactly one rate has: `20`, `5,5`), and any number of ' +
  '`price:<price level code>` and `stock:<storage location code>` columns. Lines are matched to products by reference. An empty cell, or a missing column, ' +
  'leaves the product\'s value as it is; a new product takes the defaults (unit "piece", pack size 1, active) and needs a name.';

@InputType({ description: 'A catalog CSV to check without importing it.' })
export class CatalogImportPreviewInput {
  @Field(() => String, { description: CSV_HELP })
  csv!: string;
}

@InputType({ description: 'A catalog CSV to import (products, their prices per level and stock per location) as a task.' })
export class CatalogImportStartInput {
  @Field(() => String, { description: CSV_HELP })
  csv!: string;

  @Field(() => CatalogImportMode, { description: 'What to do when some lines are bad.' })
  mode!: CatalogImportMode;

  @Field(() => String, { description: 'A key unique to this import (at most 100 characters); repeating the request with the same key returns the first task.' })
  idempotencyKey!: string;
}

@ObjectType({ description: 'A problem on one line of a catalog CSV.' })
export class CatalogImportLineError {
  @Field(() => Int, { description: 'Line number in the file; the header is line 1.' })
  line!: number;

  @Field(() => String, { nullable: true, description: 'The line\'s reference, when it has one.' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'The header name of the column at fault, e.g. "barcode" or "price:HORECA"; null for the whole line.' })
  column?: string | null;

  @Field(() => String, { nullable: true, description: 'The value at fault, as in the file.' })
  value?: string | null;

  @Field(() => UserErrorCode, { description: 'What is wrong.' })
  code!: UserErrorCode;

  @Field(() => String, { description: 'What is wrong, in the viewer\'s language.' })
  message!: string;
}

@ObjectType({ description: 'What importing a catalog CSV would do; nothing was written.' })
export class CatalogImportPreview {
  @Field(() => Int, { description: 'Product lines in the file (the header and blank lines aside).' })
  lineCount!: number;

  @Field(() => Int, { description: 'Lines that would create a product.' })
  createCount!: number;

  @Field(() => Int, { description: 'Lines that would change an existing product, its prices or its stock.' })
  updateCount!: number;

  @Field(() => Int, { description: 'Lines that match the catalog already.' })
  unchangedCount!: number;

  @Field(() => Int, { description: 'Lines with at least one problem.' })
  invalidCount!: number;

  @Field(() => [PriceLevel], { description: 'The price levels the file\'s `price:` columns set.' })
  priceLevels!: PriceLevel[];

  @Field(() => [StorageLocation], { description: 'The storage locations the file\'s `stock:` columns set.' })
  storageLocations!: StorageLocation[];

  @Field(() => [CatalogImportLineError], { description: 'Every problem of every bad line, in file order.' })
  errors!: CatalogImportLineError[];
}

@ObjectType({ description: 'Result of checking a catalog CSV.' })
export class CatalogImportPreviewPayload {
  @Field(() => CatalogImportPreview, { nullable: true, description: 'What the import would do; null when the file itself is unusable (see userErrors).' })
  preview?: CatalogImportPreview | null;

  @Field(() => [UserError], { description: 'Problems with the whole file (not CSV, unknown columns, unknown price level or location codes).' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of starting a catalog import.' })
export class CatalogImportStartPayload {
  @Field(() => Task, { nullable: true, description: 'The import task; follow it with `task(id:)` (kind "catalog-import" or "catalog-import-all-or-nothing").' })
  task?: Task | null;

  @Field(() => [UserError], {
    description: 'Why no task was started: problems with the whole file, or, for ALL_OR_NOTHING, IMPORT_HAS_ERRORS followed by the first 100 bad lines (field ["input", "csv", "<line>", "<column>"]).',
  })
  userErrors!: UserError[];
}
