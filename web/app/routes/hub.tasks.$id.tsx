import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData, useRevalidator, type MetaFunction } from '@remix-run/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../components/ui/format.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { taskQuery } from '../graphql/customers.server.js';
import { pageTitle } from '../utils/meta.js';
import { intlLocale } from '../../../server/common/intl-locale.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('task.title'), 'hub');

/** How often the page asks again while the task runs. */
const REFRESH_SECONDS = 1;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { task } = await gql(request, context, taskQuery, { id: params.id ?? '' });
  return json({ task }, { headers: responseHeaders(request) });
}

/**
 * A long task's progress (A4's bulk grant), then its result: how many succeeded and every skipped
 * item with its reason. It refreshes itself while the task runs: with JavaScript by revalidating,
 * without it through a meta refresh that only exists when scripts are off (inside <noscript>).
 */
export default function TaskPage() {
  const { task } = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const { t, i18n } = useTranslation();
  const running = task.status === 'QUEUED' || task.status === 'RUNNING';
  const percent = Math.round(task.progress * 100);
  // A catalog import lists lines of the file (id = line number, label = reference), not customers.
  const isImport = task.kind.startsWith('catalog-import');
  const isGrant = task.kind === 'store-access-bulk-grant';

  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      if (revalidator.state === 'idle') revalidator.revalidate();
    }, REFRESH_SECONDS * 1000);
    return () => clearInterval(timer);
  }, [running, revalidator]);

  return (
    <>
      {running ? <noscript dangerouslySetInnerHTML={{ __html: `<meta http-equiv="refresh" content="${REFRESH_SECONDS * 2}">` }} /> : null}
      <p className="breadcrumb">
        {isImport ? (
          <Link to="/hub/products">
            <span aria-hidden="true">← </span>
            {t('products.back')}
          </Link>
        ) : (
          <Link to="/hub/customers">
            <span aria-hidden="true">← </span>
            {t('customers.back')}
          </Link>
        )}
      </p>
      <div className="page-header">
        <div>
          <h1>{isImport ? t('hubCatalog.task.title') : t(isGrant ? 'task.bulkGrantTitle' : 'task.title')}</h1>
          {isImport ? (
            <p className="muted">{t(task.kind === 'catalog-import-all-or-nothing' ? 'hubCatalog.task.modeAll' : 'hubCatalog.task.modeValid')}</p>
          ) : null}
          <p className="muted">
            {t('task.started')} <DateTime value={task.createdAt} withTime />
          </p>
        </div>
        <span className={`badge badge--${task.status === 'SUCCEEDED' ? 'success' : task.status === 'FAILED' ? 'danger' : 'info'}`}>
          {t(`task.status.${task.status}`)}
        </span>
      </div>

      <section className="card" aria-labelledby="progress-title">
        <h2 id="progress-title" className="card__title">
          {t('task.progress')}
        </h2>
        <progress className="progress" id="task-progress" max={Math.max(task.total, 1)} value={task.total === 0 ? (running ? 0 : 1) : task.processed} aria-labelledby="progress-title">
          {percent}%
        </progress>
        <p aria-live="polite">
          {t('task.processed', {
            processed: new Intl.NumberFormat(intlLocale(i18n.language)).format(task.processed),
            total: new Intl.NumberFormat(intlLocale(i18n.language)).format(task.total),
            percent,
          })}
        </p>
        {running && task.interrupted ? (
          <p className="alert alert--warning" role="status" data-testid="task-interrupted">
            {t('task.interrupted')}
          </p>
        ) : null}
        {running ? <p className="muted small">{t('task.refreshing')}</p> : null}
      </section>

      {task.status === 'FAILED' ? (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">{t('task.failed')}</p>
          {task.error ? <p>{task.error}</p> : null}
        </div>
      ) : null}

      {!running ? (
        <section className="card" aria-labelledby="result-title">
          <h2 id="result-title" className="card__title">
            {t('task.result')}
          </h2>
          <dl className="summary-stats">
            <div>
              <dt>{isImport ? t('hubCatalog.task.applied') : t('task.succeeded')}</dt>
              <dd data-testid="task-succeeded">{task.succeeded}</dd>
            </div>
            <div>
              <dt>{isImport ? t('hubCatalog.task.skippedLines') : t('task.skippedCount')}</dt>
              <dd data-testid="task-skipped">{task.skipped.length}</dd>
            </div>
          </dl>
          {isImport && task.status === 'SUCCEEDED' ? (
            <p>
              <Link to="/hub/products" className="button button--secondary button--small">
                {t('hubCatalog.task.seeCatalog')}
              </Link>
            </p>
          ) : null}
          {task.finishedAt ? (
            <p className="muted small">
              {t('task.finished')} <DateTime value={task.finishedAt} withTime />
            </p>
          ) : null}
          {task.skipped.length > 0 ? (
            <>
              <h3 id="skipped-title">{isImport ? t('hubCatalog.task.skippedTitle') : t('task.skippedTitle')}</h3>
              <div className="table-wrap">
                {/* On a phone each skipped line is a card (table--stack), its values labelled. */}
                <table className="table table--stack" aria-labelledby="skipped-title">
                  <thead>
                    <tr>
                      {isImport ? <th scope="col">{t('hubCatalog.import.line')}</th> : null}
                      <th scope="col">{isImport ? t('hubCatalog.import.reference') : t('task.item')}</th>
                      <th scope="col">{t('task.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {task.skipped.map((s) => (
                      <tr key={s.id}>
                        {isImport ? <td className="strong hubcat-nowrap">{t('hubCatalog.import.lineN', { line: s.id })}</td> : null}
                        <td className={isImport ? 'mono' : undefined} data-label={isImport ? t('hubCatalog.import.reference') : t('task.item')}>
                          {isGrant ? (
                            <Link to={`/hub/customers/${encodeURIComponent(s.id)}`}>{s.label}</Link>
                          ) : (
                            s.label || '—'
                          )}
                        </td>
                        <td data-label={t('task.reason')}>{s.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
