import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../../common/context.js';
import { UserErrorCode, userError, type UserError } from '../../../common/errors.js';
import { Task, registerTaskRunner, startTask, type TaskRunner } from '../../tasks/index.js';
import { bulkQuery, slices } from '../bulk-sql.js';
import { CatalogImportMode, type CatalogImportLineError, type CatalogImportPreview } from '../dto/catalog-import.dto.js';
import { parseCatalogCsv, readHeader, type CsvLine, type FileProblem } from './catalog-csv.js';
import { checkRows, resolveLayout, type CheckedRow, type ResolvedLayout } from './catalog-import-check.js';
import { writeRows } from './catalog-import.writer.js';

export const IMPORT_VALID_ROWS = 'catalog-import';
export const IMPORT_ALL_OR_NOTHING = 'catalog-import-all-or-nothing';
/** Lines checked and written per transaction (VALID_ROWS) or per statement group (ALL_OR_NOTHING). */
export const IMPORT_BATCH = 5000;
const MAX_LINE_ERRORS = 100;

interface ImportTaskInput {
  mode: CatalogImportMode;
  header: string[];
  itemIds: string[];
}

function fileErrors(ctx: Ctx, problems: FileProblem[]): UserError[] {
  return problems.map((p) => userError(ctx.t, p.code, ['input', 'csv', ...(p.line ? [String(p.line)] : [])], p.vars));
}

/** Parses and checks the whole file: file problems, or every line with its verdict. */
async function analyze(ctx: Ctx, csv: string): Promise<{ userErrors: UserError[] } | { header: string[]; layout: ResolvedLayout; lines: CsvLine[]; rows: CheckedRow[] }> {
  const parsed = parseCatalogCsv(csv);
  if ('problems' in parsed) return { userErrors: fileErrors(ctx, parsed.problems) };
  const header = readHeader(parsed.header);
  if ('problems' in header) return { userErrors: fileErrors(ctx, header.problems) };
  const resolved = await resolveLayout(ctx, header.layout);
  if ('problems' in resolved) return { userErrors: fileErrors(ctx, resolved.problems) };
  const rows = await checkRows(ctx, resolved.layout, parsed.lines, { withinFile: true });
  return { header: parsed.header, layout: resolved.layout, lines: parsed.lines, rows };
}

function lineErrors(ctx: Ctx, rows: CheckedRow[]): CatalogImportLineError[] {
  return rows.flatMap((r) =>
    r.problems.map((p) => ({
      line: r.line,
      reference: r.reference || null,
      column: p.column,
      value: p.value,
      code: p.code,
      message: ctx.t(`userErrors.${p.code}`) as string,
    })),
  );
}

/** Staff check a catalog CSV: counts of creations, updates, unchanged and bad lines. Writes nothing. */
export async function previewImport(ctx: Ctx, input: { csv: string }): Promise<{ preview?: CatalogImportPreview; userErrors: UserError[] }> {
  const result = await analyze(ctx, input.csv);
  if ('userErrors' in result) return result;
  const count = (status: CheckedRow['status']) => result.rows.filter((r) => r.status === status).length;
  return {
    preview: {
      lineCount: result.rows.length,
      createCount: count('CREATE'),
      updateCount: count('UPDATE'),
      unchangedCount: count('UNCHANGED'),
      invalidCount: count('INVALID'),
      priceLevels: result.layout.levels,
      storageLocations: result.layout.locations,
      errors: lineErrors(ctx, result.rows),
    },
    userErrors: [],
  };
}

/**
 * Staff start importing a catalog CSV as a task (product C1). The file is checked first; with
 * ALL_OR_NOTHING any bad line refuses the import with userErrors, nothing written. The checked lines
 * are kept in `catalog_import_row` for the task's job, which applies them set-based. A repeated
 * request with the same idempotency key returns the first task, whatever its mode.
 */
export async function startImport(ctx: Ctx, input: { csv: string; mode: CatalogImportMode; idempotencyKey: string }): Promise<{ task?: Task; userErrors: UserError[] }> {
  const key = input.idempotencyKey.trim();
  if (!key || key.length > 100) return { userErrors: [userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'idempotencyKey'])] };
  const repeat = await ctx.em.findOne(Task, { kind: { $in: [IMPORT_VALID_ROWS, IMPORT_ALL_OR_NOTHING] }, idempotencyKey: key });
  if (repeat) return { task: repeat, userErrors: [] };

  const result = await analyze(ctx, input.csv);
  if ('userErrors' in result) return result;
  const bad = result.rows.filter((r) => r.status === 'INVALID');
  if (input.mode === CatalogImportMode.ALL_OR_NOTHING && bad.length) {
    const lines = bad.slice(0, MAX_LINE_ERRORS).map((r) => {
      const p = r.problems[0];
      const message = ctx.t('catalogImport.lineError', { line: r.line, message: ctx.t(`userErrors.${p.code}`) }) as string;
      return { ...userError(ctx.t, p.code, ['input', 'csv', String(r.line), ...(p.column ? [p.column] : [])]), message };
    });
    return { userErrors: [userError(ctx.t, UserErrorCode.IMPORT_HAS_ERRORS, ['input', 'csv'], { count: bad.length }), ...lines] };
  }

  // Lines left by imports that failed (a failed task keeps them until now): no longer of use.
  await bulkQuery(ctx.em, `delete from catalog_import_row r using task t where r.task_id = t.id and t.status in ('SUCCEEDED', 'FAILED')`);
  const kind = input.mode === CatalogImportMode.ALL_OR_NOTHING ? IMPORT_ALL_OR_NOTHING : IMPORT_VALID_ROWS;
  const errorOf = new Map(bad.map((r) => [r.position, r.problems[0].code]));
  try {
    const task = await ctx.em.transactional(async (em: EntityManager) => {
      const started = await startTask({ ...ctx, em }, kind, key, result.lines.map((l) => String(l.position)), { mode: input.mode, header: result.header });
      await stageLines(em, started.id, result.lines, errorOf);
      return started;
    });
    return { task, userErrors: [] };
  } catch (e) {
    // The same key started concurrently: the first request's task is the answer.
    const first = await ctx.em.fork().findOne(Task, { kind, idempotencyKey: key });
    if (first) return { task: first, userErrors: [] };
    throw e;
  }
}

async function stageLines(em: EntityManager, taskId: string, lines: CsvLine[], errorOf: Map<number, string>): Promise<void> {
  for (const batch of slices(lines, 10_000)) {
    await bulkQuery(
      em,
      `insert into catalog_import_row (task_id, position, line, cells, error)
       select ?::uuid, r.position, r.line, r.cells::jsonb, r.error from unnest(?::int[], ?::int[], ?::text[], ?::text[]) as r(position, line, cells, error)`,
      [taskId, batch.map((l) => l.position), batch.map((l) => l.line), batch.map((l) => JSON.stringify(l.cells)), batch.map((l) => errorOf.get(l.position) ?? null)],
    );
  }
}

async function loadStaged(em: EntityManager, taskId: string, positions: number[]): Promise<Array<CsvLine & { error: string | null }>> {
  return bulkQuery<CsvLine & { error: string | null }>(
    em,
    `select position, line, cells, error from catalog_import_row where task_id = ? and position = any(?::int[]) order by position`,
    [taskId, positions],
  );
}

class ImportLineFailed extends Error {}

/**
 * Applies staged lines, IMPORT_BATCH at a time: lines found bad when the import started are
 * skipped with their reason; the others are checked again against the catalog as it is now (it may
 * have changed since), then written set-based. In ALL_OR_NOTHING the task has a single chunk, run in
 * one transaction: a line gone bad fails the task and rolls everything back.
 */
function importRunner(atomic: boolean): TaskRunner {
  return async (ctx, task, itemIds) => {
    const input = task.input as unknown as ImportTaskInput;
    // All-or-nothing goes through every line (its single chunk always starts from nothing committed).
    const positions = (atomic ? input.itemIds : itemIds).map(Number);
    const outcome: Array<{ id: string; label: string; reason?: string }> = [];
    const referenceIndex = input.header.findIndex((h) => h.trim().toLowerCase() === 'reference');
    const header = readHeader(input.header);
    const resolved = 'layout' in header ? await resolveLayout(ctx, header.layout) : header;
    if ('problems' in resolved) {
      const message = resolved.problems.map((p) => ctx.t(`userErrors.${p.code}`, p.vars)).join(' ');
      throw new ImportLineFailed(ctx.t('catalogImport.headerFailed', { message }) as string);
    }
    let done = 0;
    for (const batch of slices(positions, IMPORT_BATCH)) {
      const staged = await loadStaged(ctx.em, task.id, batch);
      const checked = await checkRows(ctx, resolved.layout, staged.filter((s) => !s.error), { withinFile: false });
      const invalid = checked.find((r) => r.status === 'INVALID');
      if (atomic && invalid) {
        const message = ctx.t(`userErrors.${invalid.problems[0].code}`);
        throw new ImportLineFailed(ctx.t('catalogImport.failed', { line: invalid.line, reference: invalid.reference, message }) as string);
      }
      const lost = await writeRows(ctx.em, checked);
      if (atomic && lost.size) {
        const row = checked.find((r) => lost.has(r.position))!;
        const message = ctx.t(`userErrors.${lost.get(row.position)}`);
        throw new ImportLineFailed(ctx.t('catalogImport.failed', { line: row.line, reference: row.reference, message }) as string);
      }
      const byPosition = new Map(checked.map((r) => [r.position, r]));
      for (const s of staged) {
        const row = byPosition.get(s.position);
        const reason = s.error ?? lost.get(s.position) ?? (row?.status === 'INVALID' ? row.problems[0].code : undefined);
        const label = row?.reference || (s.cells[referenceIndex] ?? '').trim();
        outcome.push({ id: String(s.line), label, ...(reason ? { reason } : {}) });
      }
      await bulkQuery(ctx.em, `delete from catalog_import_row where task_id = ? and position = any(?::int[])`, [task.id, batch]);
      done += batch.length;
      if (atomic) {
        // Progress outside the import's transaction, so the person waiting sees it move. Only
        // `processed`: what a resumed run starts from (`committed`) commits with the lines.
        await ctx.app.orm.em.fork().nativeUpdate(Task, { id: task.id, attempt: task.attempt }, { processed: done });
      }
    }
    return outcome;
  };
}

registerTaskRunner(IMPORT_VALID_ROWS, importRunner(false), IMPORT_BATCH);
registerTaskRunner(IMPORT_ALL_OR_NOTHING, importRunner(true), Number.MAX_SAFE_INTEGER);
