/**
 * A table an export streams: typed columns, then rows in batches (each batch one keyset query),
 * so a writer never holds more than a batch. Amounts travel as the database's decimal strings and
 * each format writes them its own way (decimal comma in `;` CSV, numbers in XLSX).
 */
export type ExportCell = string | number | boolean | Date | null;

export interface ExportColumn {
  name: string;
  kind: 'text' | 'amount' | 'integer' | 'datetime' | 'date' | 'flag';
}

export interface ExportTable {
  columns: ExportColumn[];
  batches: AsyncIterable<ExportCell[][]>;
}

/** Rows read per keyset query: large enough to amortise the round trip, small enough to stay light. */
export const EXPORT_BATCH = 1000;
