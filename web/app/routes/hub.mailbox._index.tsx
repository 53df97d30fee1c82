import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../components/ui/format.js';
import { Pagination } from '../components/ui/pagination.js';
import { StatusBadge } from '../components/ui/status-badge.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { outboxEmailsQuery } from '../graphql/mailbox.server.js';
import { languageName } from '../i18n/i18n.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('mailbox.title'), 'hub');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const after = new URL(request.url).searchParams.get('after') || null;
  const { outboxEmails } = await gql(request, context, outboxEmailsQuery, { first: 25, after });
  return json({ emails: outboxEmails.edges.map((e) => e.node), pageInfo: outboxEmails.pageInfo }, { headers: responseHeaders(request) });
}

export default function Mailbox() {
  const { emails, pageInfo } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('mailbox.title')}</h1>
          <p className="muted">{t('mailbox.intro')}</p>
        </div>
      </div>
      {emails.length === 0 ? (
        <div className="empty card">
          <p>{t('mailbox.empty')}</p>
        </div>
      ) : (
        <div className="card card--flush">
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('mailbox.to')}</th>
                  <th scope="col">{t('mailbox.subject')}</th>
                  <th scope="col">{t('mailbox.template')}</th>
                  <th scope="col">{t('mailbox.language')}</th>
                  <th scope="col">{t('mailbox.status')}</th>
                  <th scope="col">{t('mailbox.date')}</th>
                </tr>
              </thead>
              <tbody>
                {emails.map((email) => (
                  <tr key={email.id}>
                    <td>{email.toAddress}</td>
                    <td>
                      <Link to={`/hub/mailbox/${encodeURIComponent(email.id)}`} className="strong">
                        {email.subject || t('mailbox.noSubject')}
                      </Link>
                    </td>
                    <td className="mono small">{email.template}</td>
                    <td>{languageName(email.language, i18n.language)}</td>
                    <td>
                      <StatusBadge kind="email" status={email.status} />
                    </td>
                    <td>
                      <DateTime value={email.createdAt} withTime />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <Pagination pageInfo={pageInfo} />
    </>
  );
}
