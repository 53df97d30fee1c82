import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { ListTable } from '../components/hub/list-table.js';
import { Day, QuoteStatusBadge } from '../components/hub/quote-status-badge.js';
import { DateTime, Money } from '../components/ui/format.js';
import { FormErrorSummary, TextAreaField, TextField } from '../components/ui/fields.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import type { QuoteLineChangeInput } from '../graphql/generated/graphql.js';
import { hubQuoteCommentMutation, hubQuoteProductSearchQuery, hubQuoteQuery, hubQuoteSendMutation, hubQuoteUpdateMutation } from '../graphql/hub-quotes.server.js';
import { formErrors, noErrors, text, type ApiUserError, type FormErrors } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => (data ? t('hubQuotes.quoteTitle', { number: data.quote.number }) : t('errors.notFound.title')), 'hub');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { quote } = await gql(request, context, hubQuoteQuery, { id: params.id ?? '' });
  return json({ quote }, { headers: responseHeaders(request) });
}

const INTENTS = ['save', 'send', 'comment'] as const;
type Intent = (typeof INTENTS)[number];
/** What the page itself refuses before asking the API (translated in the component). */
type Problem = { key: 'hubQuotes.errors.number' | 'hubQuotes.errors.quantity' | 'hubQuotes.errors.date' | 'hubQuotes.errors.productNotFound' | 'hubQuotes.errors.productAmbiguous'; what: string };

const DECIMAL = /^\d+(\.\d+)?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** "12,50" or " 12.5 " as the API's decimal string; null when blank; false when not a number. */
function decimalOf(value: string): string | null | false {
  const v = value.replace(/\s/g, '').replace(',', '.');
  if (!v) return null;
  return DECIMAL.test(v) ? v : false;
}

/**
 * Save (quoteUpdate) the editor's changes, and Send (quoteSend) them to the customer; or add a
 * comment to the thread. Only changed values are sent, so an overall discount is not undone by
 * the unchanged prices of the lines.
 */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = text(form, 'intent') as Intent;
  if (!INTENTS.includes(intent)) throw new Response('Unknown action', { status: 400 });
  const quoteId = params.id ?? '';
  const headers = responseHeaders(request);
  const fail = (errors: FormErrors, problems: Problem[] = []) => json({ intent, errors, problems }, { headers });

  if (intent === 'comment') {
    const { quoteComment } = await gql(request, context, hubQuoteCommentMutation, { input: { quoteId, message: text(form, 'comment') } });
    if (quoteComment.userErrors.length) return fail(formErrors(quoteComment.userErrors, ['comment'], { message: 'comment' }));
    throw redirect(`/hub/quotes/${encodeURIComponent(quoteId)}?done=comment#quote-thread`, { headers });
  }

  const problems: Problem[] = [];
  const lines: QuoteLineChangeInput[] = [];
  const lineRefs: string[] = [];
  for (const lineId of form.getAll('lineId').map(String)) {
    const ref = text(form, `ref-${lineId}`);
    const change: QuoteLineChangeInput = { lineId };
    if (form.get(`remove-${lineId}`)) change.quantity = 0;
    else {
      const quantity = text(form, `quantity-${lineId}`);
      if (quantity !== text(form, `was-quantity-${lineId}`)) {
        if (!/^\d+$/.test(quantity)) problems.push({ key: 'hubQuotes.errors.quantity', what: ref });
        else change.quantity = Number(quantity);
      }
      const price = text(form, `price-${lineId}`);
      const discount = text(form, `discount-${lineId}`);
      if (price !== text(form, `was-price-${lineId}`)) {
        const value = decimalOf(price);
        if (value === false || value === null) problems.push({ key: 'hubQuotes.errors.number', what: ref });
        else change.unitPrice = value;
      } else if (discount !== text(form, `was-discount-${lineId}`)) {
        const value = decimalOf(discount);
        if (value === false) problems.push({ key: 'hubQuotes.errors.number', what: ref });
        else change.discountPercent = value ?? '0';
      }
    }
    if (Object.keys(change).length > 1) {
      lines.push(change);
      lineRefs.push(ref);
    }
  }

  const product = text(form, 'addProduct');
  if (product) {
    const quantity = text(form, 'addQuantity') || '1';
    const price = decimalOf(text(form, 'addPrice'));
    if (!/^\d+$/.test(quantity)) problems.push({ key: 'hubQuotes.errors.quantity', what: product });
    if (price === false) problems.push({ key: 'hubQuotes.errors.number', what: product });
    const { products } = await gql(request, context, hubQuoteProductSearchQuery, { query: product });
    const found = products.edges.map((e) => e.node);
    const match = found.find((p) => p.reference.toLowerCase() === product.toLowerCase()) ?? (found.length === 1 ? found[0] : undefined);
    if (!match) problems.push({ key: found.length ? 'hubQuotes.errors.productAmbiguous' : 'hubQuotes.errors.productNotFound', what: product });
    else {
      lines.push({ productId: match.id, quantity: Number(quantity), ...(price ? { unitPrice: price } : {}) });
      lineRefs.push(match.reference);
    }
  }

  const overall = decimalOf(text(form, 'discountPercent'));
  if (overall === false) problems.push({ key: 'hubQuotes.errors.number', what: '%' });
  const expiresOn = text(form, 'expiresOn');
  if (expiresOn && !DAY.test(expiresOn)) problems.push({ key: 'hubQuotes.errors.date', what: expiresOn });
  const message = String(form.get('message') ?? '');
  if (problems.length) return fail(noErrors, problems);

  // Line errors are shown at the top, named by the line's reference.
  const named = (errors: readonly ApiUserError[]): ApiUserError[] =>
    errors.map((e) => {
      const [, where, index] = e.field ?? [];
      const ref = where === 'lines' && index !== undefined ? lineRefs[Number(index)] : undefined;
      return ref ? { ...e, field: null, message: `${ref}: ${e.message}` } : e;
    });
  const fields = ['discountPercent', 'expiresOn', 'message'];
  const { quoteUpdate } = await gql(request, context, hubQuoteUpdateMutation, {
    input: { quoteId, lines: lines.length ? lines : null, discountPercent: overall || null, expiresOn: expiresOn || null, message },
  });
  if (quoteUpdate.userErrors.length) return fail(formErrors(named(quoteUpdate.userErrors), fields));
  if (intent === 'send') {
    const { quoteSend } = await gql(request, context, hubQuoteSendMutation, { input: { quoteId, expiresOn: expiresOn || null } });
    if (quoteSend.userErrors.length) return fail(formErrors(quoteSend.userErrors, fields));
  }
  throw redirect(`/hub/quotes/${encodeURIComponent(quoteId)}?done=${intent}`, { headers });
}

export default function HubQuote() {
  const { quote } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const done = params.get('done') as Intent | null;
  const editable = quote.status === 'REQUESTED' || quote.status === 'SENT' || quote.status === 'EXPIRED';
  const editErrors = actionData && actionData.intent !== 'comment' ? actionData.errors : noErrors;
  const problems = actionData && actionData.intent !== 'comment' ? actionData.problems.map((p) => t(p.key, { what: p.what })) : [];
  const commentErrors = actionData?.intent === 'comment' ? actionData.errors : noErrors;

  return (
    <>
      <p className="breadcrumb">
        <Link to="/hub/quotes">
          <span aria-hidden="true">← </span>
          {t('hubQuotes.back')}
        </Link>
      </p>
      <div className="page-header">
        <div className="order-heading">
          <h1>{t('hubQuotes.quoteTitle', { number: quote.number })}</h1>
          <QuoteStatusBadge status={quote.status} />
        </div>
      </div>
      {done && INTENTS.includes(done) && !actionData ? (
        <div className="alert alert--success" role="status">
          <p>{t(`hubQuotes.done.${done}`, { number: quote.number })}</p>
        </div>
      ) : null}

      <section className="card" aria-labelledby="quote-summary-title">
        <h2 id="quote-summary-title" className="card__title">
          {t('hubQuotes.summary')}
        </h2>
        <dl className="facts">
          <dt>{t('hubQuotes.customer')}</dt>
          <dd>
            <Link to={`/hub/customers/${encodeURIComponent(quote.customer.id)}`}>{quote.customer.name}</Link> <span className="muted">{quote.customer.customerNumber}</span>
          </dd>
          <dt>{t('hubQuotes.requestedAt')}</dt>
          <dd>
            <DateTime value={quote.createdAt} withTime />
          </dd>
          <dt>{t('hubQuotes.sentAt')}</dt>
          <dd>
            <DateTime value={quote.sentAt} withTime />
          </dd>
          <dt>{t('hubQuotes.expiresOn')}</dt>
          <dd>
            <Day value={quote.expiresOn} />
          </dd>
          <dt>{t('hubQuotes.total')}</dt>
          <dd className="strong">
            <Money value={quote.total} />
          </dd>
        </dl>
        {quote.buyerMessage ? (
          <blockquote className="quote-message">
            <p className="muted small">{t('hubQuotes.buyerMessage')}</p>
            <p>{quote.buyerMessage}</p>
          </blockquote>
        ) : null}
        {quote.order ? (
          <p>
            <Link to={`/hub/orders/${encodeURIComponent(quote.order.id)}`} className="button button--secondary">
              {t('hubQuotes.order', { number: quote.order.number })}
            </Link>
          </p>
        ) : null}
        {!editable ? <p className="muted">{t(quote.status === 'ACCEPTED' ? 'hubQuotes.readOnlyAccepted' : 'hubQuotes.readOnlyDeclined')}</p> : null}
      </section>

      {editable ? (
        <Form method="post" className="quote-editor" aria-labelledby="quote-editor-title">
          <h2 id="quote-editor-title">{t('hubQuotes.editor')}</h2>
          <FormErrorSummary errors={[...problems, ...editErrors.form]} />
          <ListTable
            rows={quote.lines}
            rowKey={(l) => l.id}
            empty={t('hubQuotes.noLines')}
            pageInfo={{ hasNextPage: false }}
            columns={[
              {
                header: t('hubQuotes.product'),
                primary: true,
                cell: (l) => (
                  <>
                    <input type="hidden" name="lineId" value={l.id} />
                    <input type="hidden" name={`ref-${l.id}`} value={l.reference} />
                    <input type="hidden" name={`was-quantity-${l.id}`} value={l.quantity} />
                    <input type="hidden" name={`was-price-${l.id}`} value={l.unitPrice.amount} />
                    <input type="hidden" name={`was-discount-${l.id}`} value={l.discountPercent ?? ''} />
                    <span className="strong">{l.name}</span> <span className="muted mono">{l.reference}</span>
                  </>
                ),
              },
              {
                header: t('hubQuotes.quantity'),
                cell: (l) => (
                  <span className="qty-form"><input type="text" inputMode="numeric" name={`quantity-${l.id}`} defaultValue={l.quantity} aria-label={t('hubQuotes.quantityOf', { reference: l.reference })} /></span>
                ),
              },
              { header: t('hubQuotes.listPrice'), className: 'num', cell: (l) => <Money value={l.listPrice} /> },
              {
                header: t('hubQuotes.unitPrice'),
                cell: (l) => (
                  <span className="qty-form"><input type="text" inputMode="decimal" name={`price-${l.id}`} defaultValue={l.unitPrice.amount} aria-label={t('hubQuotes.unitPriceOf', { reference: l.reference })} /></span>
                ),
              },
              {
                header: t('hubQuotes.discount'),
                cell: (l) => (
                  <span className="qty-form"><input type="text" inputMode="decimal" name={`discount-${l.id}`} defaultValue={l.discountPercent ?? ''} aria-label={t('hubQuotes.discountOf', { reference: l.reference })} /></span>
                ),
              },
              { header: t('hubQuotes.lineTotal'), className: 'num', cell: (l) => <Money value={l.lineTotal} /> },
              {
                header: t('hubQuotes.remove'),
                cell: (l) => (
                  <label className="checkbox-row">
                    <input type="checkbox" name={`remove-${l.id}`} value="1" /> <span className="visually-hidden">{t('hubQuotes.removeLine', { reference: l.reference })}</span>
                    <span aria-hidden="true">{t('hubQuotes.remove')}</span>
                  </label>
                ),
              },
            ]}
          />
          <fieldset className="card quote-editor__add">
            <legend>{t('hubQuotes.addLine')}</legend>
            <TextField id="quote-add-product" label={t('hubQuotes.addProduct')} hint={t('hubQuotes.addProductHint')} name="addProduct" autoComplete="off" />
            <TextField id="quote-add-quantity" label={t('hubQuotes.quantity')} name="addQuantity" inputMode="numeric" defaultValue="1" />
            <TextField id="quote-add-price" label={t('hubQuotes.unitPrice')} hint={t('hubQuotes.addPriceHint')} name="addPrice" inputMode="decimal" />
          </fieldset>
          <div className="card quote-editor__terms">
            <TextField
              id="quote-discount"
              label={t('hubQuotes.overallDiscount')}
              hint={t('hubQuotes.overallDiscountHint')}
              name="discountPercent"
              inputMode="decimal"
              errors={editErrors.fields.discountPercent}
            />
            <TextField id="quote-expires" label={t('hubQuotes.expiresOn')} type="date" name="expiresOn" defaultValue={quote.expiresOn ?? ''} errors={editErrors.fields.expiresOn} />
            <TextAreaField id="quote-message" label={t('hubQuotes.staffMessage')} name="message" rows={3} defaultValue={quote.staffMessage ?? ''} errors={editErrors.fields.message} />
            <div className="form-actions">
              <SubmitButton intent="save" name="intent" value="save" className="button button--secondary">
                {t('hubQuotes.save')}
              </SubmitButton>
              <SubmitButton intent="send" name="intent" value="send">
                {t('hubQuotes.send')}
              </SubmitButton>
            </div>
          </div>
        </Form>
      ) : (
        <ListTable
          rows={quote.lines}
          rowKey={(l) => l.id}
          empty={t('hubQuotes.noLines')}
          pageInfo={{ hasNextPage: false }}
          columns={[
            {
              header: t('hubQuotes.product'),
              primary: true,
              cell: (l) => (
                <>
                  <span className="strong">{l.name}</span> <span className="muted mono">{l.reference}</span>
                </>
              ),
            },
            { header: t('hubQuotes.quantity'), className: 'num', cell: (l) => l.quantity },
            { header: t('hubQuotes.listPrice'), className: 'num', cell: (l) => <Money value={l.listPrice} /> },
            { header: t('hubQuotes.unitPrice'), className: 'num', cell: (l) => <Money value={l.unitPrice} /> },
            { header: t('hubQuotes.discount'), className: 'num', cell: (l) => (l.discountPercent ? `${l.discountPercent} %` : '—') },
            { header: t('hubQuotes.lineTotal'), className: 'num', cell: (l) => <Money value={l.lineTotal} /> },
          ]}
        />
      )}

      <section className="card" aria-labelledby="quote-thread-title" id="quote-thread">
        <h2 id="quote-thread-title" className="card__title">
          {t('hubQuotes.thread')}
        </h2>
        {quote.thread.length === 0 ? (
          <p className="muted">{t('hubQuotes.noComments')}</p>
        ) : (
          <ol className="quote-thread">
            {quote.thread.map((e) => (
              <li key={e.id} className={e.fromStaff ? 'quote-thread__item quote-thread__item--staff' : 'quote-thread__item'}>
                <p className="muted small">
                  {t(`hubQuotes.event.${e.kind}`)} · {e.authorName ?? (e.fromStaff ? t('hubQuotes.supplier') : quote.customer.name)} · <DateTime value={e.createdAt} withTime />
                </p>
                <p className="pre-line">{e.message}</p>
              </li>
            ))}
          </ol>
        )}
        <Form method="post" className="quote-comment">
          <TextAreaField id="quote-comment" label={t('hubQuotes.comment')} name="comment" rows={3} errors={commentErrors.fields.comment} required />
          <FormErrorSummary errors={commentErrors.form} />
          <SubmitButton intent="comment" name="intent" value="comment" className="button button--secondary">
            {t('hubQuotes.addComment')}
          </SubmitButton>
        </Form>
      </section>
    </>
  );
}
