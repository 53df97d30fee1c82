import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useRouteLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../components/ui/format.js';
import { StatusBadge } from '../components/ui/status-badge.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { outboxEmailQuery, outboxEmailResendMutation } from '../graphql/mailbox.server.js';
import type { HubLayoutData } from './hub.js';
import { languageName } from '../i18n/i18n.js';
import { formatFileSize } from '../utils/format.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => data?.email.subject || t('mailbox.title'), 'hub');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { node: email } = await gql(request, context, outboxEmailQuery, { id: params.id ?? '' });
  if (email?.__typename !== 'OutboxEmail') {
    throw json({ code: 'NOT_FOUND', message: 'Not found' }, { status: 404, headers: responseHeaders(request) });
  }
  return json({ email }, { headers: responseHeaders(request) });
}

/** Admins send a FAILED email again; the page then shows it PENDING (or already sent). */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const { outboxEmailResend } = await gql(request, context, outboxEmailResendMutation, { input: { id: params.id ?? '' } });
  if (outboxEmailResend.userErrors.length) return json({ error: outboxEmailResend.userErrors[0].message }, { headers: responseHeaders(request) });
  throw redirect(`/hub/mailbox/${encodeURIComponent(params.id ?? '')}?resent=1`, { headers: responseHeaders(request) });
}

/** The API's download address is absolute (the server's public URL); the page keeps the path, so the session cookie goes with it. */
function downloadPath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

export default function MailboxMessage() {
  const { email } = useLoaderData<typeof loader>();
  const hub = useRouteLoaderData('routes/hub') as HubLayoutData | undefined;
  const [params] = useSearchParams();
  const refused = useActionData<typeof action>();
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
      {params.get('resent') ? (
        <p className="alert alert--success" role="status">
          {t('mailbox.resent')}
        </p>
      ) : null}
      {refused?.error ? (
        <p className="alert alert--error" role="alert">
          {refused.error}
        </p>
      ) : null}
      {email.status === 'FAILED' ? (
        hub?.staff.role === 'ADMIN' ? (
          <Form method="post">
            <SubmitButton>{t('mailbox.resend')}</SubmitButton>
          </Form>
        ) : (
          <p className="muted small">{t('mailbox.resendAdminOnly')}</p>
        )
      ) : null}
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
      {email.attachments.length ? (
        <section className="card order-docs" aria-labelledby="attachments-title">
          <h2 id="attachments-title" className="card__title">
            {t('mailbox.attachments')}
          </h2>
          <ul className="order-docs__list">
            {email.attachments.map((a) => (
              <li key={a.position} className="order-docs__item" data-state={a.state}>
                <span className="order-docs__icon" aria-hidden="true">
                  PDF
                </span>
                <span className="order-docs__name">
                  <a href={downloadPath(a.downloadUrl)} download={a.fileName} aria-label={t('mailbox.downloadAttachment', { name: a.fileName })}>
                    {a.fileName}
                  </a>
                  <span className="muted small block">
                    {a.state === 'ATTACHED' && a.size != null ? (
                      <>
                        <span className="visually-hidden">{t('orderDetails.documents.size')} </span>
                        {formatFileSize(a.size, i18n.language)}
                      </>
                    ) : a.state === 'WAITING' ? (
                      t('mailbox.attachmentWaiting')
                    ) : null}
                  </span>
                  {a.state === 'NOT_DRAWN' ? (
                    <span className="alert alert--warning block">
                      {t('mailbox.attachmentNotDrawn')}
                      {a.error ? <span className="mono small block">{a.error}</span> : null}
                    </span>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
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
          {/* Long lines scroll inside the box: focusable, so a keyboard can scroll it too (axe). */}
          <pre className="email-text" tabIndex={0}>
            {email.text}
          </pre>
        </section>
      ) : null}
    </>
  );
}
