import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData, useRouteLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../components/hub/list-table.js';
import { DateTime } from '../components/ui/format.js';
import { StatusBadge } from '../components/ui/status-badge.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { outboxEmailsQuery, outboxEmailsResendFailedMutation } from '../graphql/mailbox.server.js';
import type { EmailStatus } from '../graphql/generated/graphql.js';
import type { HubLayoutData } from './hub.js';
import { languageName } from '../i18n/i18n.js';
import { pageTitle } from '../utils/meta.js';

const EMAIL_STATUSES = ['PENDING', 'SENT', 'STORED', 'FAILED'] as const satisfies readonly EmailStatus[];

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('mailbox.title'), 'hub');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const after = search.get('after') || null;
  // A status the list does not know is no filter (a hand-typed URL), never an error page.
  const status = EMAIL_STATUSES.find((s) => s === search.get('status')) ?? null;
  const { outboxEmails } = await gql(request, context, outboxEmailsQuery, { first: 25, after, status });
  return json({ status, emails: outboxEmails.edges.map((e) => e.node), pageInfo: outboxEmails.pageInfo }, { headers: responseHeaders(request) });
}

/** Admins send every FAILED email again (they go back to PENDING with a fresh retry window). */
export async function action({ request, context }: ActionFunctionArgs) {
  const { outboxEmailsResendFailed } = await gql(request, context, outboxEmailsResendFailedMutation);
  throw redirect(`/hub/mailbox?resent=${outboxEmailsResendFailed.count}`, { headers: responseHeaders(request) });
}

export default function Mailbox() {
  const { status, emails, pageInfo } = useLoaderData<typeof loader>();
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
      <Form method="get" className="filters" aria-label={t('mailbox.filterLabel')}>
        <div className="field">
          <label htmlFor="mailbox-status">{t('mailbox.status')}</label>
          <select id="mailbox-status" name="status" defaultValue={status ?? ''}>
            <option value="">{t('hub.orders.allStatuses')}</option>
            {EMAIL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.email.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--secondary">
          {t('mailbox.filter')}
        </button>
      </Form>
      <ListTable
        rows={emails}
        rowKey={(email) => email.id}
        empty={t('mailbox.empty')}
        pageInfo={pageInfo}
        columns={[
          { header: t('mailbox.to'), cell: (email) => email.toAddress },
          {
            header: t('mailbox.subject'),
            primary: true,
            cell: (email) => (
              <Link to={`/hub/mailbox/${encodeURIComponent(email.id)}`} className="strong">
                {email.subject || t('mailbox.noSubject')}
              </Link>
            ),
          },
          { header: t('mailbox.template'), className: 'mono small', cell: (email) => email.template },
          { header: t('mailbox.language'), cell: (email) => languageName(email.language, i18n.language) },
          { header: t('mailbox.status'), cell: (email) => <StatusBadge kind="email" status={email.status} /> },
          { header: t('mailbox.date'), cell: (email) => <DateTime value={email.createdAt} withTime /> },
        ]}
      />
    </>
  );
}
