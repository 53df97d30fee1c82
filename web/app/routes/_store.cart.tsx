import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useFetcher, useLoaderData, useNavigation, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, TextAreaField, TextField } from '../components/ui/fields.js';
import { Money } from '../components/ui/format.js';
import { VatMention, VatSummaryItems } from '../components/store/vat-summary.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import type { CartQuery, CartSuggestionsQuery } from '../graphql/generated/graphql.js';
import { storeQuoteRequestMutation } from '../graphql/store-quotes.server.js';
import { cartLinesAddMutation, cartLinesImportMutation, cartLinesUpdateMutation, cartQuery, cartScanMutation, cartSuggestionsQuery } from '../graphql/ordering.server.js';
import { ScanButton, type ScanResult } from '../components/store/scan-button.js';
import { useQueued } from '../components/store/offline-cart.js';
import { queueLineChange } from '../utils/offline-cart.js';
import { text } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';
import { orderingViewer } from '../utils/ordering-guard.server.js';
import { quantity } from '../utils/quantity.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('cart.title'));

type Suggestion = CartSuggestionsQuery['products']['edges'][number]['node'];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { onBehalf } = await orderingViewer(request, context);
  const q = new URL(request.url).searchParams.get('q')?.trim() ?? '';
  const [{ cart }, suggestions] = await Promise.all([
    gql(request, context, cartQuery),
    q ? gql(request, context, cartSuggestionsQuery, { query: q }).then((r) => r.products.edges.map((e) => e.node)) : Promise.resolve([] as Suggestion[]),
  ]);
  return json({ cart, q, suggestions, onBehalf }, { headers: responseHeaders(request) });
}

type ActionResult =
  | { intent: 'update'; lineId: string; errors: string[] }
  | { intent: 'add'; productId: string; errors: string[]; added: number }
  | { intent: 'import'; errors: string[]; added: number; problems: Array<{ line: number; code: string; message: string }> }
  | { intent: 'quote'; errors: string[] }
  | ScanResult;

const MAX_FILE_BYTES = 1024 * 1024;

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = text(form, 'intent');
  const reply = (result: ActionResult) => json(result, { headers: responseHeaders(request) });

  if (intent === 'update' || intent === 'remove') {
    const lineId = text(form, 'lineId');
    const qty = intent === 'remove' ? 0 : quantity(text(form, 'quantity'));
    const { cartLinesUpdate } = await gql(request, context, cartLinesUpdateMutation, { input: { lines: [{ lineId, quantity: qty }] } });
    return reply({ intent: 'update', lineId, errors: cartLinesUpdate.userErrors.map((e) => e.message) });
  }

  if (intent === 'add') {
    const productId = text(form, 'productId');
    const qty = quantity(text(form, 'quantity'));
    const { cartLinesAdd } = await gql(request, context, cartLinesAddMutation, { input: { lines: [{ productId, quantity: qty }] } });
    return reply({ intent: 'add', productId, errors: cartLinesAdd.userErrors.map((e) => e.message), added: cartLinesAdd.userErrors.length ? 0 : qty });
  }

  if (intent === 'import') {
    // Pasted lines and a CSV file go through the same API parser; both may be given.
    const parts = [text(form, 'barcodes')];
    const file = form.get('file');
    if (file instanceof Blob && file.size > 0) {
      if (file.size > MAX_FILE_BYTES) return reply({ intent: 'import', errors: ['fileTooLarge'], added: 0, problems: [] });
      parts.push(await file.text());
    }
    const input = parts.filter((p) => p.trim()).join('\n');
    if (!input.trim()) return reply({ intent: 'import', errors: ['empty'], added: 0, problems: [] });
    const { cartLinesImport } = await gql(request, context, cartLinesImportMutation, { input: { text: input } });
    return reply({
      intent: 'import',
      errors: cartLinesImport.userErrors.map((e) => e.message),
      added: cartLinesImport.addedProductCount,
      problems: cartLinesImport.problems.map((p) => ({ line: p.line, code: p.code, message: p.message })),
    });
  }

  if (intent === 'quote') {
    // Issue 19 B3: the cart's lines move into a quote; the buyer lands on it with a banner.
    const { quoteRequest } = await gql(request, context, storeQuoteRequestMutation, { input: { message: text(form, 'message') || null } });
    if (quoteRequest.quote) throw redirect(`/quotes/${encodeURIComponent(quoteRequest.quote.id)}?requested=1`, { headers: responseHeaders(request) });
    return reply({ intent: 'quote', errors: quoteRequest.userErrors.map((e) => e.message) });
  }

  if (intent === 'scan') {
    // One code read by the camera: one pack, through the barcode import (same lookup, same answers).
    const code = text(form, 'code').trim().slice(0, 64);
    if (!/^[\x21-\x7e]+$/.test(code) || /[;,]/.test(code)) return reply({ intent: 'scan', code, added: false, name: null, quantity: null, reason: 'NOT_FOUND' });
    const { cartLinesImport } = await gql(request, context, cartScanMutation, { input: { text: `barcode\n${code}` } });
    const line = cartLinesImport.cart?.lines.find((l) => l.product.barcode === code);
    const added = cartLinesImport.addedProductCount > 0 && Boolean(line);
    const reason = added ? null : (cartLinesImport.problems[0]?.reason ?? 'NOT_FOUND');
    return reply({ intent: 'scan', code, added, name: line?.product.name ?? null, quantity: added ? (line?.product.packSize ?? 1) : null, reason });
  }

  throw json({ code: 'BAD_REQUEST', message: 'Unknown intent' }, { status: 400 });
}

type CartLine = CartQuery['cart']['lines'][number];

function CartLineRow({ line, errors }: { line: CartLine; errors?: string[] }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const id = useId();
  const busy = navigation.state === 'submitting' && navigation.formData?.get('lineId') === line.id;
  const pack = line.product.packSize;
  // A change made without a connection, kept on the phone until it returns (issue 18 M4).
  const queued = useQueued().find((q) => q.kind === 'set' && q.lineId === line.id);
  return (
    <tr aria-busy={busy || undefined} className={queued ? 'cart-line--queued' : undefined}>
      <td data-label={t('cart.product')}>
        <span className="cell-title">{line.product.name}</span>
        {queued ? (
          <span className="offline-cart__badge" role="status">
            {queued.quantity > 0 ? t('pwa.queue.lineNotSaved', { quantity: queued.quantity }) : t('pwa.queue.lineRemovalNotSaved')}
          </span>
        ) : null}
        <span className="muted mono">{line.product.reference}</span>
        {pack > 1 ? <span className="muted small checkout-pack">{t('checkout.packHint', { count: pack })}</span> : null}
        {errors?.map((e) => (
          <p key={e} className="feedback feedback--error" role="alert">
            {e}
          </p>
        ))}
        {!line.unitPrice ? <p className="feedback feedback--error">{t('product.notOrderable')}</p> : null}
      </td>
      <td data-label={t('cart.unitPrice')} className="num">
        <Money value={line.unitPrice} />
      </td>
      <td data-label={t('cart.quantity')}>
        <Form
          method="post"
          className="qty-form"
          preventScrollReset
          onSubmit={(e) => {
            if (navigator.onLine) return;
            e.preventDefault();
            const remove = (e.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'remove';
            const typed = Math.floor(Number(new FormData(e.currentTarget).get('quantity')));
            if (!remove && !(typed >= 0)) return;
            // Rounded up to whole packs as the server would; 0 removes the line.
            const qty = remove ? 0 : Math.ceil(typed / pack) * pack;
            queueLineChange({ lineId: line.id, productId: line.product.id, quantity: qty, name: line.product.name });
          }}
        >
          <input type="hidden" name="lineId" value={line.id} />
          <label htmlFor={`${id}-qty`} className="visually-hidden">
            {t('product.quantityFor', { name: line.product.name })}
          </label>
          <input
            id={`${id}-qty`}
            type="number"
            name="quantity"
            min={0}
            step={pack}
            inputMode="numeric"
            defaultValue={queued?.quantity || line.quantity}
            key={line.quantity}
            required
          />
          <button type="submit" name="intent" value="update" className="button button--secondary button--small">
            {t('cart.update')}
          </button>
          <button type="submit" name="intent" value="remove" className="button button--ghost button--small" aria-label={t('cart.removeItem', { name: line.product.name })} formNoValidate>
            {t('cart.remove')}
          </button>
        </Form>
      </td>
      <td data-label={t('cart.lineTotal')} className="num">
        <Money value={line.lineTotal} />
      </td>
    </tr>
  );
}

/** Type a reference or a name: matching products appear as one types, each with its own Add. */
function QuickAdd({ initialQuery, initialSuggestions, result }: { initialQuery: string; initialSuggestions: Suggestion[]; result?: Extract<ActionResult, { intent: 'add' }> }) {
  const { t } = useTranslation();
  const fetcher = useFetcher<typeof loader>();
  const [query, setQuery] = useState(initialQuery);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  useEffect(() => () => clearTimeout(timer.current), []);
  const suggestions = query.trim() ? (fetcher.data && fetcher.data.q === query.trim() ? fetcher.data.suggestions : initialQuery === query.trim() ? initialSuggestions : (fetcher.data?.suggestions ?? [])) : [];
  const searched = query.trim().length > 0 && (fetcher.data?.q === query.trim() || initialQuery === query.trim());

  return (
    <section className="card checkout-quick" aria-labelledby="quick-add-title">
      <h2 id="quick-add-title" className="card__title">
        {t('checkout.quickAdd.title')}
      </h2>
      <Form method="get" role="search" className="checkout-quick__search" onSubmit={(e) => fetcher.state !== 'idle' && e.preventDefault()}>
        <label htmlFor="quick-add-q">{t('checkout.quickAdd.label')}</label>
        <div className="checkout-quick__row">
          <input
            id="quick-add-q"
            name="q"
            type="search"
            autoComplete="off"
            value={query}
            placeholder={t('checkout.quickAdd.placeholder')}
            aria-controls="quick-add-results"
            onChange={(e) => {
              const value = e.target.value;
              setQuery(value);
              clearTimeout(timer.current);
              if (value.trim().length >= 2) timer.current = setTimeout(() => fetcher.load(`/cart?q=${encodeURIComponent(value.trim())}`), 200);
            }}
          />
          <button type="submit" className="button button--secondary">
            {t('checkout.quickAdd.search')}
          </button>
          <ScanButton mode="cart" typeInto="quick-add-q" />
        </div>
      </Form>
      <div id="quick-add-results" aria-live="polite" aria-busy={fetcher.state === 'loading' || undefined}>
        {suggestions.length ? (
          <ul className="checkout-suggestions" aria-label={t('checkout.quickAdd.results')}>
            {suggestions.map((p) => (
              <li key={p.id} className="checkout-suggestion">
                <div>
                  <span className="cell-title">{p.name}</span>
                  <span className="muted mono">{p.reference}</span>
                  {p.packSize > 1 ? <span className="muted small">{t('checkout.packHint', { count: p.packSize })}</span> : null}
                </div>
                {p.orderable ? (
                  <Form method="post" className="qty-form" preventScrollReset>
                    <input type="hidden" name="productId" value={p.id} />
                    <label className="visually-hidden" htmlFor={`qa-${p.id}`}>
                      {t('product.quantityFor', { name: p.name })}
                    </label>
                    <input id={`qa-${p.id}`} type="number" name="quantity" min={p.packSize} step={p.packSize} defaultValue={p.packSize} inputMode="numeric" required />
                    <button type="submit" name="intent" value="add" className="button button--primary button--small" aria-label={t('checkout.quickAdd.addItem', { name: p.name })}>
                      {t('product.addToCart')}
                    </button>
                  </Form>
                ) : (
                  <span className="muted">{t('product.notOrderable')}</span>
                )}
              </li>
            ))}
          </ul>
        ) : searched && fetcher.state === 'idle' ? (
          <p className="muted">{t('checkout.quickAdd.none')}</p>
        ) : null}
      </div>
      {result ? (
        result.errors.length ? (
          <FormErrorSummary errors={result.errors} />
        ) : (
          <p className="feedback feedback--success" role="status">
            {t('product.added', { count: result.added })}
          </p>
        )
      ) : null}
    </section>
  );
}

function ImportReport({ result }: { result: Extract<ActionResult, { intent: 'import' }> }) {
  const { t } = useTranslation();
  // 'empty' and 'fileTooLarge' are shown next to their field.
  const messages = result.errors.filter((e) => e !== 'empty' && e !== 'fileTooLarge');
  if (messages.length) return <FormErrorSummary errors={messages} />;
  if (result.errors.length) return null;
  return (
    <div className="checkout-report">
      <p className="feedback feedback--success" role="status">
        {t('checkout.import.added', { count: result.added })}
      </p>
      {result.problems.length ? (
        <div className="table-wrap">
          <table className="table">
            <caption>{t('checkout.import.problems', { count: result.problems.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('checkout.import.line')}</th>
                <th scope="col">{t('checkout.import.code')}</th>
                <th scope="col">{t('checkout.import.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {result.problems.map((p) => (
                <tr key={`${p.line}-${p.code}`}>
                  <td className="num">{p.line}</td>
                  <td className="mono">{p.code}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

export default function CartPage() {
  const { cart, q, suggestions, onBehalf } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const importForm = useRef<HTMLFormElement>(null);
  const importResult = actionData?.intent === 'import' ? actionData : undefined;
  // An import that went through empties the form, so the same lines are not sent twice.
  useEffect(() => {
    if (actionData?.intent === 'import' && actionData.errors.length === 0) importForm.current?.reset();
  }, [actionData]);

  return (
    <>
      <div className="page-header">
        <h1>{t('cart.title')}</h1>
        {onBehalf ? <p>{t('checkout.onBehalfNote')}</p> : null}
      </div>
      <div className="checkout-tools">
        <QuickAdd key={params.get('q') ?? ''} initialQuery={q} initialSuggestions={suggestions} result={actionData?.intent === 'add' ? actionData : undefined} />
        <section className="card" aria-labelledby="import-title">
          <h2 id="import-title" className="card__title">
            {t('checkout.import.title')}
          </h2>
          <Form method="post" encType="multipart/form-data" className="form" preventScrollReset ref={importForm}>
            <TextAreaField
              id="import-barcodes"
              label={t('checkout.import.paste')}
              name="barcodes"
              rows={5}
              className="mono"
              hint={t('checkout.import.hint')}
              errors={importResult?.errors.includes('empty') ? [t('checkout.import.empty')] : undefined}
            />
            <TextField
              id="import-file"
              label={t('checkout.import.file')}
              name="file"
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              errors={importResult?.errors.includes('fileTooLarge') ? [t('checkout.import.fileTooLarge')] : undefined}
            />
            <SubmitButton intent="import" className="button button--secondary">
              {t('checkout.import.submit')}
            </SubmitButton>
          </Form>
          {importResult ? <ImportReport result={importResult} /> : null}
        </section>
      </div>

      {cart.lines.length === 0 ? (
        <div className="empty card">
          <p>{t('cart.empty')}</p>
          <p>
            <Link to="/" className="button button--primary">
              {t('cart.browse')}
            </Link>
          </p>
        </div>
      ) : (
        <div className="cart-layout">
          <section className="card card--flush" aria-labelledby="cart-lines-title">
            <h2 id="cart-lines-title" className="visually-hidden">
              {t('cart.lines')}
            </h2>
            <div className="table-wrap">
              <table className="table table--stack">
                <thead>
                  <tr>
                    <th scope="col">{t('cart.product')}</th>
                    <th scope="col" className="num">
                      {t('cart.unitPrice')}
                    </th>
                    <th scope="col">{t('cart.quantity')}</th>
                    <th scope="col" className="num">
                      {t('cart.lineTotal')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {cart.lines.map((line) => (
                    <CartLineRow key={line.id} line={line} errors={actionData?.intent === 'update' && actionData.lineId === line.id ? actionData.errors : undefined} />
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row" colSpan={3} className="num">
                      {t('cart.subtotal')}
                    </th>
                    <td className="num strong">
                      <Money value={cart.subtotal} />
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
          </section>

          <section className="card" aria-labelledby="checkout-title">
            <h2 id="checkout-title">{t('cart.checkout')}</h2>
            <dl className="summary">
              <div>
                <dt>{t('cart.subtotal')}</dt>
                <dd>
                  <Money value={cart.subtotal} />
                </dd>
              </div>
              {cart.shippingCost ? (
              <div>
                <dt>{t('orders.shipping')}</dt>
                <dd>
                  <Money value={cart.shippingCost} />
                </dd>
              </div>
            ) : null}
            <VatSummaryItems vat={cart} subtotal={cart.subtotal} />
            </dl>
            <VatMention vat={cart} />
            <p className="muted small">{t('cart.shippingEstimateNote')}</p>
            <Link to="/checkout" className="button button--primary button--block button--large">
              {t('checkout.proceed')}
            </Link>
          </section>
          <section className="card cart-quote" aria-labelledby="request-quote-title">
            <h2 id="request-quote-title">{t('storeQuotes.requestTitle')}</h2>
            <p className="muted small">{t('storeQuotes.requestHint')}</p>
            <Form method="post" className="form">
              <FormErrorSummary errors={actionData?.intent === 'quote' ? actionData.errors : undefined} />
              <TextAreaField id="quote-message" label={t('storeQuotes.requestMessage')} name="message" rows={3} maxLength={5000} />
              <SubmitButton intent="quote" className="button button--secondary button--block">
                {t('storeQuotes.request')}
              </SubmitButton>
            </Form>
          </section>
          <section className="card cart-save-list" aria-labelledby="save-list-title">
            <h2 id="save-list-title">{t('orderLists.saveCartTitle')}</h2>
            <Form method="post" action="/lists">
              <input type="hidden" name="fromCart" value="1" />
              <TextField id="save-list-name" label={t('orderLists.saveCartName')} name="name" maxLength={100} required />
              <button type="submit" className="button button--secondary button--block">
                {t('orderLists.saveCart')}
              </button>
            </Form>
          </section>
        </div>
      )}
    </>
  );
}
