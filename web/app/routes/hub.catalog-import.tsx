import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CatalogTabs } from '../components/hub/catalog-tabs.js';
import { FormErrorSummary } from '../components/ui/fields.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { catalogImportPreviewMutation, catalogImportStartMutation, productLevelsAndLocationsQuery } from '../graphql/catalog-admin.server.js';
import type { CatalogImportMode } from '../graphql/generated/graphql.js';
import { text } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';
import { intlLocale } from '../../../server/common/intl-locale.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('hubCatalog.import.title'), 'hub');

/** The API takes up to 25 MB of JSON; a file this size is far beyond any catalog of 100,000 lines. */
const MAX_BYTES = 20 * 1024 * 1024;
const FIELDS = ['reference', 'barcode', 'name', 'description', 'brand', 'season', 'manufacturer', 'tags', 'unit', 'pack_size', 'active', 'tax_rate'] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { priceLevels, storageLocations } = await gql(request, context, productLevelsAndLocationsQuery);
  return json(
    { levels: priceLevels.map((l) => l.code), locations: storageLocations.map((l) => l.code) },
    { headers: responseHeaders(request) },
  );
}

type Problem = 'chooseFile' | 'tooLarge' | null;

/** Checks the file with catalogImportPreview: nothing is written until the person starts the import. */
async function preview(request: Request, context: ActionFunctionArgs['context'], csv: string, fileName: string, startErrors: string[] = []) {
  const { catalogImportPreview } = await gql(request, context, catalogImportPreviewMutation, { input: { csv } });
  return json(
    {
      problem: null as Problem,
      fileName,
      fileErrors: catalogImportPreview.userErrors.map((e) => e.message),
      preview: catalogImportPreview.preview ?? null,
      startErrors,
      // The checked text goes back with the start form, so what starts is what was previewed.
      csv: catalogImportPreview.preview ? csv : null,
      idempotencyKey: crypto.randomUUID(),
    },
    { headers: responseHeaders(request) },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = text(form, 'intent');
  if (intent === 'start') {
    const csv = String(form.get('csv') ?? '');
    const mode: CatalogImportMode = form.get('mode') === 'ALL_OR_NOTHING' ? 'ALL_OR_NOTHING' : 'VALID_ROWS';
    const { catalogImportStart } = await gql(request, context, catalogImportStartMutation, {
      input: { csv, mode, idempotencyKey: text(form, 'idempotencyKey') || crypto.randomUUID() },
    });
    if (catalogImportStart.task) throw redirect(`/hub/tasks/${encodeURIComponent(catalogImportStart.task.id)}`, { headers: responseHeaders(request) });
    // Refused (all or nothing with bad lines): nothing was written; show why, with the preview again.
    return preview(request, context, csv, text(form, 'fileName'), catalogImportStart.userErrors.slice(0, 1).map((e) => e.message));
  }
  const file = form.get('file');
  const nothing = { fileName: '', fileErrors: [] as string[], preview: null, startErrors: [] as string[], csv: null, idempotencyKey: '' };
  if (!(file instanceof Blob) || file.size === 0) return json({ ...nothing, problem: 'chooseFile' as Problem }, { headers: responseHeaders(request) });
  if (file.size > MAX_BYTES) return json({ ...nothing, problem: 'tooLarge' as Problem }, { headers: responseHeaders(request) });
  const name = file instanceof File ? file.name : '';
  return preview(request, context, await file.text(), name);
}

function Stat({ label, value, testId }: { label: string; value: number; testId: string }) {
  const { i18n } = useTranslation();
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{new Intl.NumberFormat(intlLocale(i18n.language)).format(value)}</dd>
    </div>
  );
}

/** Catalog CSV import (C1): choose a file, see what it would change and every bad line, then start it as a task. */
export default function CatalogImport() {
  const { levels, locations } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const header = [...FIELDS, ...levels.map((c) => `price:${c}`), ...locations.map((c) => `stock:${c}`)].join(';');
  const fileProblems = result?.problem ? [t(`hubCatalog.import.${result.problem}`)] : (result?.fileErrors ?? []);
  const p = result?.preview ?? null;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('hubCatalog.import.title')}</h1>
          <p className="muted">{t('hubCatalog.import.intro')}</p>
        </div>
      </div>
      <CatalogTabs />

      {p && result?.csv ? (
        <section className="card hubcat-preview" aria-labelledby="preview-title">
          <h2 id="preview-title" className="card__title">
            {t('hubCatalog.import.previewTitle', { file: result.fileName })}
          </h2>
          <FormErrorSummary errors={result.startErrors.length ? result.startErrors : undefined} title={t('hubCatalog.import.startRefused')} />
          <dl className="summary-stats">
            <Stat label={t('hubCatalog.import.lines')} value={p.lineCount} testId="preview-lines" />
            <Stat label={t('hubCatalog.import.creates')} value={p.createCount} testId="preview-creates" />
            <Stat label={t('hubCatalog.import.updates')} value={p.updateCount} testId="preview-updates" />
            <Stat label={t('hubCatalog.import.unchanged')} value={p.unchangedCount} testId="preview-unchanged" />
            <Stat label={t('hubCatalog.import.invalid')} value={p.invalidCount} testId="preview-invalid" />
          </dl>
          <dl className="facts">
            <div>
              <dt>{t('hubCatalog.import.pricesFor')}</dt>
              <dd>{p.priceLevels.length ? p.priceLevels.map((l) => `${l.name} (${l.code})`).join(', ') : t('hubCatalog.import.noneSet')}</dd>
            </div>
            <div>
              <dt>{t('hubCatalog.import.stockAt')}</dt>
              <dd>{p.storageLocations.length ? p.storageLocations.map((l) => `${l.name} (${l.code})`).join(', ') : t('hubCatalog.import.noneSet')}</dd>
            </div>
          </dl>

          {p.errors.length ? (
            <>
              <h3 id="bad-lines-title">{t('hubCatalog.import.badLines', { count: p.invalidCount })}</h3>
              <div className="table-wrap">
                <table className="table table--stack" aria-labelledby="bad-lines-title">
                  <thead>
                    <tr>
                      <th scope="col">{t('hubCatalog.import.line')}</th>
                      <th scope="col">{t('hubCatalog.import.reference')}</th>
                      <th scope="col">{t('hubCatalog.import.column')}</th>
                      <th scope="col">{t('hubCatalog.import.value')}</th>
                      <th scope="col">{t('hubCatalog.import.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.errors.map((e, i) => (
                      <tr key={`${e.line}-${e.column ?? ''}-${i}`}>
                        <td className="strong hubcat-nowrap">{t('hubCatalog.import.lineN', { line: e.line })}</td>
                        <td className="mono" data-label={t('hubCatalog.import.reference')}>
                          {e.reference ?? '—'}
                        </td>
                        <td className="mono" data-label={t('hubCatalog.import.column')}>
                          {e.column ?? '—'}
                        </td>
                        <td className="mono" data-label={t('hubCatalog.import.value')}>
                          {e.value ?? '—'}
                        </td>
                        <td data-label={t('hubCatalog.import.reason')}>{e.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : (
            <div className="alert alert--success" role="status">
              <p>{t('hubCatalog.import.allGood')}</p>
            </div>
          )}

          <Form method="post" className="form hubcat-start">
            <input type="hidden" name="csv" value={result.csv} />
            <input type="hidden" name="fileName" value={result.fileName} />
            <input type="hidden" name="idempotencyKey" value={result.idempotencyKey} />
            <fieldset className="hubcat-modes">
              <legend>{t('hubCatalog.import.modeLegend')}</legend>
              <label className="hubcat-mode">
                <input type="radio" name="mode" value="ALL_OR_NOTHING" defaultChecked={p.invalidCount === 0} />
                <span>
                  <strong>{t('hubCatalog.import.modeAll')}</strong>
                  <span className="muted small">{t('hubCatalog.import.modeAllHint')}</span>
                </span>
              </label>
              <label className="hubcat-mode">
                <input type="radio" name="mode" value="VALID_ROWS" defaultChecked={p.invalidCount > 0} />
                <span>
                  <strong>{t('hubCatalog.import.modeValid')}</strong>
                  <span className="muted small">{t('hubCatalog.import.modeValidHint', { count: p.invalidCount })}</span>
                </span>
              </label>
            </fieldset>
            <div className="form-actions">
              <SubmitButton className="button button--primary" intent="start">
                {t('hubCatalog.import.start')}
              </SubmitButton>
              <Link to="/hub/catalog-import" className="button button--ghost">
                {t('common.cancel')}
              </Link>
            </div>
          </Form>
        </section>
      ) : null}
      <div className="hubcat-import">
        <section className="card" aria-labelledby="import-file-title">
          <h2 id="import-file-title" className="card__title">
            {p ? t('hubCatalog.import.another') : t('hubCatalog.import.fileTitle')}
          </h2>
          <Form method="post" encType="multipart/form-data" className="form" key={result?.fileName ?? 'file'}>
            <FormErrorSummary errors={fileProblems.length ? fileProblems : undefined} title={t('hubCatalog.import.fileRefused')} />
            <div className={`field${fileProblems.length ? ' field--invalid' : ''}`}>
              <label htmlFor="import-file">{t('hubCatalog.import.file')}</label>
              <input
                id="import-file"
                type="file"
                name="file"
                accept=".csv,.txt,text/csv,text/plain"
                required
                aria-describedby="import-file-hint"
                aria-invalid={fileProblems.length ? true : undefined}
              />
              <p className="field__hint" id="import-file-hint">
                {t('hubCatalog.import.fileHint')}
              </p>
            </div>
            <div className="form-actions">
              <SubmitButton className="button button--primary" intent="preview">
                {t('hubCatalog.import.check')}
              </SubmitButton>
            </div>
          </Form>
        </section>

        <section className="card" aria-labelledby="import-help-title">
          <h2 id="import-help-title" className="card__title">
            {t('hubCatalog.import.helpTitle')}
          </h2>
          <p>{t('hubCatalog.import.helpHeader')}</p>
          <pre className="hubcat-code" aria-label={t('hubCatalog.import.headerExample')}>
            <code>{header}</code>
          </pre>
          <ul className="hubcat-help">
            <li>{t('hubCatalog.import.helpReference')}</li>
            <li>{t('hubCatalog.import.helpEmpty')}</li>
            <li>{t('hubCatalog.import.helpLists')}</li>
            <li>{t('hubCatalog.import.helpPrices')}</li>
            <li>{t('hubCatalog.import.helpTaxRate')}</li>
            <li>{t('hubCatalog.import.helpFormat')}</li>
          </ul>
        </section>
      </div>

    </>
  );
}
