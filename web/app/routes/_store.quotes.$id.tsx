import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LocalDay, QuoteStatusBadge } from '../components/store/quote-status.js';
import { FormErrorSummary, TextAreaField, TextField } from '../components/ui/fields.js';
import { DateTime, Money } from '../components/ui/format.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { storeQuoteAcceptMutation, storeQuoteCommentMutation, storeQuoteDeclineMutation, storeQuoteQuery } from '../graphql/store-quotes.server.js';
import { formatDate } from '../utils/format.js';
import { formErrors, noErrors, optionalText, text, type FormErrors } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';
import { orderingViewer } from '../utils/ordering-guard.server.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => (data ? t('storeQuotes.quoteTitle', { number: data.quote.number }) : t('errors.notFound.title')));

/** A quote's page (issue 19 B3); the quote emails link here (`/quotes/<id>`). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await orderingViewer(request, context);
  const { quote } = await gql(request, context, storeQuoteQuery, { id: params.id ?? '' });
  return json({ quote }, { headers: responseHeaders(request) });
}

type ActionResult = { intent: 'accept' | 'decline' | 'comment'; errors: FormErrors; done: boolean };

export async function action({ request, context, params }: ActionFunctionArgs) {
  await orderingViewer(request, context);
  const form = await request.formData();
  const intent = text(form, 'intent');
  const quoteId = params.id ?? '';
  const reply = (result: ActionResult) => json(result, { headers: responseHeaders(request) });
  if (intent === 'accept') {
    const { quoteAccept } = await gql(request, context, storeQuoteAcceptMutation, { input: { quoteId, purchaseOrderReference: optionalText(form, 'purchaseOrderReference') } });
    if (quoteAccept.order) throw redirect(`/orders/${encodeURIComponent(quoteAccept.order.id)}?placed=1`, { headers: responseHeaders(request) });
    return reply({ intent, errors: formErrors(quoteAccept.userErrors, ['purchaseOrderReference']), done: false });
  }
  if (intent === 'decline') {
    const { quoteDecline } = await gql(request, context, storeQuoteDeclineMutation, { input: { quoteId, reason: optionalText(form, 'reason') } });
    return reply({ intent, errors: formErrors(quoteDecline.userErrors, ['reason']), done: quoteDecline.userErrors.length === 0 });
  }
  if (intent === 'comment') {
    const { quoteComment } = await gql(request, context, storeQuoteCommentMutation, { input: { quoteId, message: text(form, 'message') } });
    return reply({ intent, errors: formErrors(quoteComment.userErrors, ['message']), done: quoteComment.userErrors.length === 0 });
  }
  throw json({ code: 'BAD_REQUEST', message: 'Unknown intent' }, { status: 400 });
}

export default function QuotePage() {
  const { quote } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation();
  const commentForm = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (result?.intent === 'comment' && result.done) commentForm.current?.reset();
  }, [result]);
  const errorsOf = (intent: ActionResult['intent']) => (result?.intent === intent ? result.errors : noErrors);
  const open = quote.status === 'SENT';
  const declinable = quote.status === 'SENT' || quote.status === 'EXPIRED' || quote.status === 'REQUESTED';
  const revising = quote.status === 'REQUESTED' && Boolean(quote.sentAt);
  const expiry = quote.expiresOn ? formatDate(quote.expiresOn, i18n.language, { timeZone: 'UTC' }) : '';
  const stateText =
    quote.status === 'REQUESTED'
      ? revising
        ? t('storeQuotes.state.revising')
        : t('storeQuotes.state.requested')
      : quote.status === 'EXPIRED'
        ? t('storeQuotes.state.expired', { date: expiry })
        : quote.status === 'SENT'
          ? t('storeQuotes.state.sent', { date: expiry })
          : quote.status === 'ACCEPTED'
            ? t('storeQuotes.state.accepted')
            : t('storeQuotes.state.declined');

  return (
    <>
      <p className="breadcrumb">
        <Link to="/quotes">
          <span aria-hidden="true">← </span>
          {t('storeQuotes.back')}
        </Link>
      </p>
      {params.get('requested') ? (
        <div className="alert alert--success" role="status">
          <p className="alert__title">{t('storeQuotes.requestedTitle')}</p>
          <p>{t('storeQuotes.requestedMessage', { number: quote.number })}</p>
        </div>
      ) : null}
      {result?.intent === 'decline' && result.done ? (
        <div className="alert alert--success" role="status">
          <p>{t('storeQuotes.declinedMessage')}</p>
        </div>
      ) : null}
      <div className="page-header">
        <div className="order-heading">
          <h1>{t('storeQuotes.quoteTitle', { number: quote.number })}</h1>
          <QuoteStatusBadge status={quote.status} />
        </div>
      </div>

      <section className="card" aria-labelledby="quote-state-title">
        <h2 id="quote-state-title" className="visually-hidden">
          {t('storeQuotes.statusLabel')}
        </h2>
        <p id="quote-state" className="quote-state">
          {stateText}
        </p>
        {quote.order ? (
          <p>
            <Link to={`/orders/${encodeURIComponent(quote.order.id)}`} className="button button--secondary">
              {t('storeQuotes.openOrder', { number: quote.order.number })}
            </Link>
          </p>
        ) : null}
        <dl className="summary">
          <div>
            <dt>{t('storeQuotes.requestedOn')}</dt>
            <dd>
              <DateTime value={quote.createdAt} />
            </dd>
          </div>
          <div>
            <dt>{t('storeQuotes.expiresOn')}</dt>
            <dd>
              <LocalDay value={quote.expiresOn} />
            </dd>
          </div>
          <div>
            <dt>{t('storeQuotes.total')}</dt>
            <dd className="strong">
              <Money value={quote.total} />
            </dd>
          </div>
        </dl>
        <p className="muted small">{t('storeQuotes.totalNote')}</p>
      </section>

      {quote.staffMessage ? (
        <section className="card" aria-labelledby="quote-message-title">
          <h2 id="quote-message-title" className="card__title">
            {t('storeQuotes.supplierMessage')}
          </h2>
          <p className="pre-line">{quote.staffMessage}</p>
        </section>
      ) : null}

      <section className="card card--flush" aria-labelledby="quote-lines-title">
        <h2 id="quote-lines-title" className="card__title quote-lines__title">
          {t('storeQuotes.lines')}
        </h2>
        <div className="table-wrap">
          <table className="table table--stack quote-lines">
            <thead>
              <tr>
                <th scope="col">{t('storeQuotes.reference')}</th>
                <th scope="col">{t('storeQuotes.product')}</th>
                <th scope="col" className="num">
                  {t('storeQuotes.quantity')}
                </th>
                <th scope="col" className="num">
                  {t('storeQuotes.unitPrice')}
                </th>
                <th scope="col" className="num">
                  {t('storeQuotes.discount')}
                </th>
                <th scope="col" className="num">
                  {t('storeQuotes.lineTotal')}
                </th>
              </tr>
            </thead>
            <tbody>
              {quote.lines.map((line) => (
                <tr key={line.id} className="quote-line">
                  <td className="mono" data-label={t('storeQuotes.reference')}>
                    {line.reference}
                  </td>
                  <td data-label={t('storeQuotes.product')}>
                    <span className="cell-title">{line.name}</span>
                  </td>
                  <td className="num" data-label={t('storeQuotes.quantity')}>
                    {line.quantity}
                  </td>
                  <td className="num" data-label={t('storeQuotes.unitPrice')}>
                    <Money value={line.unitPrice} />
                    {line.discountPercent ? (
                      <span className="muted small quote-line__list">
                        {' '}
                        <span className="visually-hidden">{t('storeQuotes.listPrice')} </span>
                        <s>
                          <Money value={line.listPrice} />
                        </s>
                      </span>
                    ) : null}
                  </td>
                  <td className="num" data-label={t('storeQuotes.discount')}>
                    {line.discountPercent ? t('storeQuotes.percent', { value: line.discountPercent }) : '—'}
                  </td>
                  <td className="num" data-label={t('storeQuotes.lineTotal')}>
                    <Money value={line.lineTotal} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={5} className="num">
                  {t('storeQuotes.total')}
                </th>
                <td className="num strong">
                  <Money value={quote.total} />
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      {quote.status !== 'ACCEPTED' && quote.status !== 'DECLINED' ? (
        <section className="card quote-answer" aria-labelledby="quote-answer-title">
          <h2 id="quote-answer-title" className="card__title">
            {t('storeQuotes.answerTitle')}
          </h2>
          <Form method="post" className="form">
            <FormErrorSummary errors={errorsOf('accept').form} />
            <TextField
              id="quote-po"
              label={t('storeQuotes.purchaseOrderReference')}
              name="purchaseOrderReference"
              maxLength={100}
              disabled={!open}
              errors={errorsOf('accept').fields.purchaseOrderReference}
            />
            <SubmitButton intent="accept" name="intent" value="accept" className="button button--primary button--block" disabled={!open} aria-describedby={open ? undefined : 'quote-state'}>
              {t('storeQuotes.accept')}
            </SubmitButton>
          </Form>
          {declinable ? (
            <Form
              method="post"
              className="form quote-decline"
              onSubmit={(e) => !confirm(quote.status === 'REQUESTED' ? t('storeQuotes.withdrawConfirm') : t('storeQuotes.declineConfirm')) && e.preventDefault()}
            >
              <FormErrorSummary errors={errorsOf('decline').form} />
              <TextAreaField id="quote-decline-reason" label={t('storeQuotes.declineReason')} name="reason" rows={2} maxLength={5000} errors={errorsOf('decline').fields.reason} />
              <SubmitButton intent="decline" name="intent" value="decline" className="button button--danger button--block">
                {quote.status === 'REQUESTED' ? t('storeQuotes.withdraw') : t('storeQuotes.decline')}
              </SubmitButton>
            </Form>
          ) : null}
        </section>
      ) : null}

      <section className="card quote-thread" aria-labelledby="quote-thread-title">
        <h2 id="quote-thread-title" className="card__title">
          {t('storeQuotes.thread')}
        </h2>
        {quote.thread.length === 0 ? <p className="muted">{t('storeQuotes.noComments')}</p> : null}
        <ol className="quote-thread__list">
          {quote.thread.map((entry) => (
            <li key={entry.id} className={`quote-thread__entry${entry.fromStaff ? ' quote-thread__entry--supplier' : ''}`}>
              <p className="small">
                {/* the store never names the supplier's staff member */}
                <span className="strong">{entry.fromStaff ? t('storeQuotes.supplier') : (entry.authorName ?? t('storeQuotes.you'))}</span>
                {' · '}
                <span className="muted">{t(`storeQuotes.kind.${entry.kind}` as 'storeQuotes.kind.COMMENTED')}</span>
                {' · '}
                <span className="muted">
                  <DateTime value={entry.createdAt} withTime />
                </span>
              </p>
              <p className="pre-line">{entry.message}</p>
            </li>
          ))}
        </ol>
        <Form method="post" className="form" ref={commentForm} preventScrollReset>
          <FormErrorSummary errors={errorsOf('comment').form} />
          <TextAreaField id="quote-comment" label={t('storeQuotes.comment')} name="message" rows={3} maxLength={5000} required errors={errorsOf('comment').fields.message} />
          <SubmitButton intent="comment" name="intent" value="comment" className="button button--secondary">
            {t('storeQuotes.send')}
          </SubmitButton>
        </Form>
      </section>
    </>
  );
}
