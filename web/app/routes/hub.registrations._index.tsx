import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData, useSubmit, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../components/hub/list-table.js';
import { RelativeTime } from '../components/ui/relative-time.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import type { RegistrationStatus } from '../graphql/generated/graphql.js';
import { registrationRequestsQuery } from '../graphql/registration.server.js';
import { languageName } from '../i18n/i18n.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('registrations.title'), 'hub');

const STATUSES: RegistrationStatus[] = ['PENDING', 'APPROVED', 'REFUSED'];

/** The queue of access requests (R3, R4): those waiting for a decision by default, oldest first. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const requested = params.get('status') ?? 'PENDING';
  const status = requested === 'ALL' ? null : STATUSES.includes(requested as RegistrationStatus) ? (requested as RegistrationStatus) : 'PENDING';
  const { registrationRequests } = await gql(request, context, registrationRequestsQuery, { first: 25, after: params.get('after') || null, status });
  return json(
    { status: status ?? 'ALL', requests: registrationRequests.edges.map((e) => e.node), pageInfo: registrationRequests.pageInfo },
    { headers: responseHeaders(request) },
  );
}

const TONE: Record<string, string> = { PENDING: 'warning', APPROVED: 'success', REFUSED: 'neutral' };

export default function Registrations() {
  const { status, requests, pageInfo } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const submit = useSubmit();
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('registrations.title')}</h1>
          <p className="muted">{t('registrations.intro')}</p>
        </div>
        <Form method="get" className="filter-form" onChange={(e) => submit(e.currentTarget)}>
          <label htmlFor="registration-status">{t('registrations.status')}</label>
          <select id="registration-status" name="status" defaultValue={status} key={status}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`registrations.statuses.${s}`)}
              </option>
            ))}
            <option value="ALL">{t('registrations.statuses.ALL')}</option>
          </select>
          <button type="submit" className="button button--secondary">
            {t('common.filter')}
          </button>
        </Form>
      </div>
      <ListTable
        rows={requests}
        rowKey={(r) => r.id}
        empty={status === 'PENDING' ? t('registrations.emptyPending') : t('registrations.empty')}
        pageInfo={pageInfo}
        columns={[
          { header: t('registrations.received'), cell: (r) => <RelativeTime value={r.createdAt} /> },
          {
            header: t('registrations.company'),
            primary: true,
            cell: (r) => (
              <Link to={`/hub/registrations/${encodeURIComponent(r.id)}`} className="strong">
                {r.companyName}
              </Link>
            ),
          },
          { header: t('registrations.contact'), cell: (r) => r.contactName },
          {
            header: t('registrations.email'),
            cell: (r) => (
              <>
                {r.email}
                {r.previouslyRefused ? (
                  <>
                    {' '}
                    <span className="badge badge--warning" title={t('registrations.previouslyRefusedTitle')}>
                      {t('registrations.previouslyRefused')}
                    </span>
                  </>
                ) : null}
              </>
            ),
          },
          { header: t('registrations.language'), cell: (r) => languageName(r.language, i18n.language) },
          {
            header: t('registrations.status'),
            cell: (r) => <span className={`badge badge--${TONE[r.status] ?? 'neutral'}`}>{t(`registrations.statuses.${r.status}`)}</span>,
          },
        ]}
      />
    </>
  );
}
