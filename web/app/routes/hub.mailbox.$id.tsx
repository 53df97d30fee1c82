import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../components/ui/format.js';
import { StatusBadge } from '../components/ui/status-badge.js';
import { responseHeaders } from '../graphql/client.server.js';
import { findOutboxEmail } from './hub.mailbox.$id.server.js';
import { languageName } from '../i18n/i18n.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => data?.email.subject || t('mailbox.title'), 'hub');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const email = await findOutboxEmail(request, context, params.id ?? '');
  if (!email) {
    throw json({ code: 'NOT_FOUND', message: 'Not found' }, { status: 404, headers: responseHeaders(request) });
  }
  return json({ email }, { headers: responseHeaders(request) });
}

export default function MailboxMessage() {
  const { email } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/hub/mailbox">
          <span aria-hidden="true">← </span>
          {t('mailbox.back')}
        </Link>
      </p>
      <div className="page-header">
        <h1>{email.subject || t('mailbox.noSubject')}</h1>
        <StatusBadge kind="email" status={email.status} />
      </div>
      <section className="card" aria-label={t('mailbox.envelope')}>
        <dl className="facts">
          <div>
            <dt>{t('mailbox.to')}</dt>
            <dd>{email.toAddress}</dd>
          </div>
          <div>
            <dt>{t('mailbox.template')}</dt>
            <dd className="mono">{email.template}</dd>
          </div>
          <div>
            <dt>{t('mailbox.language')}</dt>
            <dd>{languageName(email.language, i18n.language)}</dd>
          </div>
          <div>
            <dt>{t('mailbox.date')}</dt>
            <dd>
              <DateTime value={email.createdAt} withTime />
            </dd>
          </div>
          <div>
            <dt>{t('mailbox.processedAt')}</dt>
            <dd>
              <DateTime value={email.processedAt} withTime />
            </dd>
          </div>
          <div>
            <dt>{t('mailbox.attempts')}</dt>
            <dd>{email.attempts}</dd>
          </div>
          {email.lastError ? (
            <div className="facts__wide">
              <dt>{t('mailbox.lastError')}</dt>
              <dd className="mono small">{email.lastError}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      {email.html ? (
        <section className="card card--flush" aria-labelledby="html-title">
          <h2 id="html-title" className="card__title card__title--padded">
            {t('mailbox.html')}
          </h2>
          {/* An empty sandbox: the message's HTML runs no script and cannot reach this page. */}
          <iframe className="email-frame" title={t('mailbox.htmlFrame', { subject: email.subject ?? '' })} sandbox="" srcDoc={email.html} />
        </section>
      ) : (
        <p className="note">{t('mailbox.notRendered')}</p>
      )}
      {email.text ? (
        <section className="card" aria-labelledby="text-title">
          <h2 id="text-title" className="card__title">
            {t('mailbox.text')}
          </h2>
          <pre className="email-text">{email.text}</pre>
        </section>
      ) : null}
    </>
  );
}
