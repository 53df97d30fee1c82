import { parse } from 'csv-parse/sync';
import { UserErrorCode } from '../../../common/errors.js';
import { Language } from '../../../common/language.js';

/** The product columns a catalog CSV may have, besides `price:<level code>` and `stock:<location code>`. */
export const IMPORT_FIELDS = ['reference', 'barcode', 'name', 'description', 'brand', 'season', 'manufacturer', 'tags', 'unit', 'pack_size', 'min_quantity', 'max_quantity', 'order_increment', 'active', 'tax_rate'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Where each column is, read from the header line. */
export interface HeaderLayout {
  fields: Partial<Record<ImportField, number>>;
  prices: Array<{ code: string; index: number; column: string }>;
  stocks: Array<{ code: string; index: number; column: string }>;
  /** `name:<language>` and `description:<language>` columns (issue 16), language codes lower-case. */
  translations: Array<{ language: string; field: 'name' | 'description'; index: number; column: string }>;
  width: number;
}

/** A data line: its number in the file (the header is line 1) and its cells. */
export interface CsvLine {
  position: number;
  line: number;
  cells: string[];
}

/** A problem with the whole file, reported before any line is looked at. */
export interface FileProblem {
  code: UserErrorCode;
  vars?: Record<string, unknown>;
  line?: number;
}

const PRICE = /^price:(.+)$/i;
const STOCK = /^stock:(.+)$/i;
/** A text in one language: `name:nl`, `description:fr`, `name:pt-BR` (the store's languages; the header is read lower-cased). */
const TRANSLATED = /^(name|description):(en|fr|nl|de|pt|pt[-_]br|es)$/;

/** Reads the header cells; unknown or repeated columns, or no `reference`, are file problems. */
export function readHeader(header: string[]): { layout: HeaderLayout } | { problems: FileProblem[] } {
  const layout: HeaderLayout = { fields: {}, prices: [], stocks: [], translations: [], width: header.length };
  const unknown: string[] = [];
  const seen = new Set<string>();
  const repeated = new Set<string>();
  header.forEach((raw, index) => {
    const column = raw.trim();
    if (!column) return; // a trailing delimiter: nothing to read there
    const key = column.toLowerCase().replace(/\s*:\s*/, ':');
    const price = PRICE.exec(column);
    const stock = STOCK.exec(column);
    const id = price ? `price:${price[1].trim().toLowerCase()}` : stock ? `stock:${stock[1].trim().toLowerCase()}` : key;
    if (seen.has(id)) repeated.add(column);
    seen.add(id);
    if (price) layout.prices.push({ code: price[1].trim(), index, column });
    else if (stock) layout.stocks.push({ code: stock[1].trim(), index, column });
    else if (TRANSLATED.test(key)) {
      const [, field, code] = TRANSLATED.exec(key)!;
      const language = code.startsWith('pt') && code.length > 2 ? Language.PT_BR : code;
      layout.translations.push({ language, field: field as 'name' | 'description', index, column });
    }
    else if ((IMPORT_FIELDS as readonly string[]).includes(key)) layout.fields[key as ImportField] ??= index;
    else unknown.push(column);
  });
  if (layout.fields.reference === undefined) return { problems: [{ code: UserErrorCode.NOT_CSV }] };
  const problems: FileProblem[] = [];
  if (unknown.length) problems.push({ code: UserErrorCode.UNKNOWN_COLUMN, vars: { columns: unknown.join(', ') } });
  if (repeated.size) problems.push({ code: UserErrorCode.DUPLICATE_COLUMN, vars: { columns: [...repeated].join(', ') } });
  return problems.length ? { problems } : { layout };
}

/** `;` or `,`, whichever the header line uses more (spreadsheets in comma-decimal locales write `;`). */
export function detectDelimiter(text: string): ';' | ',' {
  const end = text.indexOf('\n');
  const first = end === -1 ? text : text.slice(0, end);
  const count = (c: string) => first.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

// Control characters that never appear in text files: a sign of binary data (an image, a zip…).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BINARY = /[\u0000-\u0008\u000E-\u001A]/;

/**
 * Parses a catalog CSV: UTF-8 BOM, `;` or `,` delimiters, quoted fields (with delimiters, quotes
 * and line breaks inside). Blank lines and lines of empty cells are skipped; line numbers count
 * the file's physical lines.
 */
export function parseCatalogCsv(text: string): { header: string[]; delimiter: string; lines: CsvLine[] } | { problems: FileProblem[] } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (!body.trim() || BINARY.test(body.slice(0, 8192))) return { problems: [{ code: UserErrorCode.NOT_CSV }] };
  const delimiter = detectDelimiter(body);
  let records: Array<{ cells: string[]; end: number }>;
  try {
    // Each record keeps the line it ends on (its context), to number lines as the file does.
    const keepLine = (cells: string[], context: { lines: number }) => ({ cells, end: context.lines });
    records = parse(body, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true, // 12" screen: a quote inside an unquoted cell is kept as is
      skip_empty_lines: true,
      on_record: keepLine as never,
    }) as unknown as Array<{ cells: string[]; end: number }>;
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 1;
    return { problems: [line <= 1 ? { code: UserErrorCode.NOT_CSV } : { code: UserErrorCode.INVALID_CSV, vars: { line }, line }] };
  }
  const [head, ...rest] = records;
  if (!head) return { problems: [{ code: UserErrorCode.NOT_CSV }] };
  const lines: CsvLine[] = [];
  for (const { cells, end } of rest) {
    if (cells.every((c) => !c.trim())) continue;
    // A quoted cell may span lines: the record starts as many lines before its end.
    let breaks = 0;
    for (const c of cells) if (c.includes('\n')) breaks += c.split('\n').length - 1;
    lines.push({ position: lines.length, line: end - breaks, cells });
  }
  return { header: head.cells, delimiter, lines };
}
