import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData, useRouteLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../components/ui/format.js';
import { Pagination } from '../components/ui/pagination.js';
import { StatusBadge } from '../components/ui/status-badge.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { outboxEmailsQuery, outboxEmailsResendFailedMutation } from '../graphql/mailbox.server.js';
import type { HubLayoutData } from './hub.js';
import { languageName } from '../i18n/i18n.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('mailbox.title'), 'hub');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const after = new URL(request.url).searchParams.get('after') || null;
  const { outboxEmails } = await gql(request, context, outboxEmailsQuery, { first: 25, after });
  return json({ emails: outboxEmails.edges.map((e) => e.node), pageInfo: outboxEmails.pageInfo }, { headers: responseHeaders(request) });
}

/** Admins send every FAILED email again (they go back to PENDING with a fresh retry window). */
export async function action({ request, context }: ActionFunctionArgs) {
  const { outboxEmailsResendFailed } = await gql(request, context, outboxEmailsResendFailedMutation);
  throw redirect(`/hub/mailbox?resent=${outboxEmailsResendFailed.count}`, { headers: responseHeaders(request) });
}

export default function Mailbox() {
  const { emails, pageInfo } = useLoaderData<typeof loader>();
  const hub = useRouteLoaderData('routes/hub') as HubLayoutData | undefined;
  const [params] = useSearchParams();
  const resent = params.get('resent');
  const { t, i18n } = useTranslation();
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('mailbox.title')}</h1>
          <p className="muted">{t('mailbox.intro')}</p>
        </div>
        {hub?.staff.role === 'ADMIN' ? (
          <Form method="post">
            <SubmitButton className="button button--secondary">{t('mailbox.resendAll')}</SubmitButton>
          </Form>
        ) : null}
      </div>
      {resent !== null ? (
        <p className="alert alert--success" role="status">
          {t('mailbox.resentAll', { count: Number(resent) || 0 })}
        </p>
      ) : null}
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
