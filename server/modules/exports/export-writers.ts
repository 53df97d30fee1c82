import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { ExportCell, ExportColumn, ExportTable } from '../../common/export-table.js';

export type ExportFormat = 'csv' | 'xlsx';
export type CsvSeparator = ';' | ',';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** UTC, as "2026-12-03 09:15:00": the form Excel reads as a date in every locale (ISO's "T" it does not). */
function csvDateTime(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** Raw queries give timestamps as PostgreSQL's text ("2026-12-03 09:15:00.123+00"). */
function instant(value: ExportCell): Date {
  return value instanceof Date ? value : new Date(String(value).replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
}

function csvCell(value: ExportCell, column: ExportColumn, separator: CsvSeparator): string {
  if (value === null || value === undefined) return '';
  if (column.kind === 'datetime' || value instanceof Date) return csvDateTime(instant(value));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // With `;` between cells the spreadsheet's locale writes decimals with a comma (the import reads both).
  if (column.kind === 'amount' && separator === ';') return String(value).replace('.', ',');
  return String(value);
}

function xlsxCell(value: ExportCell, column: ExportColumn): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (column.kind === 'amount' || (column.kind === 'integer' && typeof value === 'string')) return Number(value);
  if (column.kind === 'datetime') return instant(value);
  if (column.kind === 'date' && typeof value === 'string') return new Date(`${value}T00:00:00Z`);
  return value;
}

/**
 * Resolves once `stream` drains if it asked to, or once the response closes (a client gone away
 * never drains anything); the listeners are removed after.
 */
function drained(stream: Writable, response: Writable): Promise<void> {
  if (!stream.writableNeedDrain || response.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      response.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    response.on('close', done);
  });
}

/**
 * CSV for spreadsheets: UTF-8 BOM (Excel otherwise reads the file as the system's code page and
 * breaks accents), the chosen separator, quotes only where a cell needs them (csv-stringify).
 */
export async function writeCsv(table: ExportTable, out: Writable, separator: CsvSeparator): Promise<void> {
  const csv = stringify({ bom: true, delimiter: separator, record_delimiter: 'windows'});
  csv.pipe(out);
  csv.write(table.columns.map((c) => c.name));
  for await (const batch of table.batches) {
    if (out.destroyed) break;
    for (const row of batch) csv.write(row.map((v, i) => csvCell(v, table.columns[i], separator)));
    // The stringifier's buffer first (it empties only as fast as the client reads), then the response's.
    await drained(csv, out);
    await drained(out, out);
  }
  const finished = new Promise((resolve) => {
    out.once('finish', resolve);
    out.once('close', resolve);
  });
  csv.end();
  await finished;
}

/** XLSX through exceljs' streaming writer: each row committed is zipped out, not kept. */
export async function writeXlsx(table: ExportTable, out: Writable, sheetName: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({
    header: c.name,
    key: c.name,
    width: c.kind === 'datetime' ? 20 : c.kind === 'text' ? 24 : 12,
    style: c.kind === 'datetime' ? { numFmt: 'yyyy-mm-dd hh:mm:ss' } : c.kind === 'date' ? { numFmt: 'yyyy-mm-dd' } : {},
  }));
  for await (const batch of table.batches) {
    if (out.destroyed) break;
    for (const row of batch) sheet.addRow(row.map((v, i) => xlsxCell(v, table.columns[i]))).commit();
    await drained(out, out);
  }
  sheet.commit();
  await workbook.commit();
}
