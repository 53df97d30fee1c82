import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useRouteLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, SelectField, TextAreaField, TextField } from '../components/ui/fields.js';
import { Money } from '../components/ui/format.js';
import { VatMention, VatSummaryItems } from '../components/store/vat-summary.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { useOnline } from '../components/store/offline-cart.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { checkoutQuery, orderPlaceMutation, shopUserCustomersQuery, shopUserCustomerSwitchMutation } from '../graphql/ordering.server.js';
import { formErrors, noErrors, optionalText, text, type ApiUserError, type FormErrors } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';
import { orderingViewer } from '../utils/ordering-guard.server.js';
import type { loader as storeLoader } from './_store.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('checkout.title'));

const FIELDS = ['customerId', 'deliverySiteId', 'orderDate', 'requestedDeliveryDate', 'purchaseOrderReference', 'notes', 'documentIds', 'kind'] as const;
const MAX_DOCUMENTS = 10;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { onBehalf } = await orderingViewer(request, context);
  const placed = new URL(request.url).searchParams.get('placed');
  const [{ cart }, customers] = await Promise.all([
    gql(request, context, checkoutQuery),
    onBehalf ? Promise.resolve([]) : gql(request, context, shopUserCustomersQuery).then((r) => r.shopUserCustomers),
  ]);
  if (!placed && cart.lines.length === 0) throw redirect('/cart', { headers: responseHeaders(request) });
  // A new key per rendering of the form: a double submit (or a retried request) reuses it, so the
  // API places one order only.
  return json({ cart, customers, onBehalf, today: new Date().toISOString().slice(0, 10), idempotencyKey: crypto.randomUUID() }, { headers: responseHeaders(request) });
}

/** Sends each chosen file to the API's document endpoint with the visitor's session cookie. */
async function uploadDocuments(request: Request, files: Blob[]): Promise<{ ids: string[]; error: string | null }> {
  const ids: string[] = [];
  for (const file of files) {
    const body = new FormData();
    body.append('document', file, file instanceof File ? file.name : 'document');
    const response = await fetch(new URL('/api/order-documents', request.url), { method: 'POST', body, headers: { cookie: request.headers.get('cookie') ?? '' } });
    const payload = (await response.json().catch(() => null)) as { id?: string; error?: { message?: string } } | null;
    if (!response.ok || !payload?.id) return { ids, error: `${file instanceof File ? `${file.name}: ` : ''}${payload?.error?.message ?? response.statusText}` };
    ids.push(payload.id);
  }
  return { ids, error: null };
}

type Values = Partial<Record<(typeof FIELDS)[number], string>>;

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = text(form, 'intent');
  const headers = responseHeaders(request);

  if (intent === 'switch') {
    const { shopUserCustomerSwitch } = await gql(request, context, shopUserCustomerSwitchMutation, { input: { customerId: text(form, 'customerId') } });
    if (shopUserCustomerSwitch.userErrors.length) {
      return json({ errors: formErrors(shopUserCustomerSwitch.userErrors, FIELDS) as FormErrors, values: { customerId: text(form, 'customerId') } as Values }, { headers });
    }
    throw redirect('/checkout', { headers });
  }

  const values: Values = Object.fromEntries(FIELDS.map((f) => [f, text(form, f)]));
  const files = form.getAll('documents').filter((f): f is File => typeof f !== 'string' && f.size > 0);
  if (files.length > MAX_DOCUMENTS) {
    return json({ errors: { fields: { documentIds: ['tooMany'] }, form: [] } as FormErrors, values }, { headers });
  }
  const uploaded = await uploadDocuments(request, files);
  if (uploaded.error) return json({ errors: { fields: { documentIds: [uploaded.error] }, form: [] } as FormErrors, values }, { headers });

  const kind = text(form, 'kind') === 'QUOTE' ? 'QUOTE' : 'ORDER';
  const { orderPlace } = await gql(request, context, orderPlaceMutation, {
    input: {
      idempotencyKey: text(form, 'idempotencyKey'),
      kind,
      deliverySiteId: optionalText(form, 'deliverySiteId'),
      orderDate: optionalText(form, 'orderDate'),
      requestedDeliveryDate: optionalText(form, 'requestedDeliveryDate'),
      purchaseOrderReference: optionalText(form, 'purchaseOrderReference'),
      notes: optionalText(form, 'notes'),
      documentIds: uploaded.ids,
    },
  });
  if (orderPlace.order && orderPlace.userErrors.length === 0) {
    const { onBehalf } = await orderingViewer(request, context);
    // The customer's users land on the order; staff ordering on behalf get a confirmation here
    // (the store's order pages are the customer's own).
    throw redirect(
      onBehalf
        ? `/checkout?placed=${encodeURIComponent(orderPlace.order.id)}&number=${encodeURIComponent(orderPlace.order.number)}`
        : `/orders/${encodeURIComponent(orderPlace.order.id)}?placed=1`,
      { headers },
    );
  }
  // Document errors point at one id (documentIds.N): show them on the upload field.
  const userErrors: ApiUserError[] = orderPlace.userErrors.map((e) => (e.field?.[1] === 'documentIds' ? { ...e, field: ['input', 'documentIds'] } : e));
  return json({ errors: formErrors(userErrors, FIELDS), values }, { headers });
}

function Confirmation({ orderId, number }: { orderId: string; number: string }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="page-header">
        <h1>{t('checkout.placedOnBehalf.title', { number })}</h1>
      </div>
      <div className="alert alert--success" role="status">
        <p className="alert__title">{t('orders.placedTitle')}</p>
        <p>{t('checkout.placedOnBehalf.message', { number })}</p>
      </div>
      <p className="form-actions">
        <Link to={`/hub/orders/${encodeURIComponent(orderId)}`} className="button button--primary">
          {t('checkout.placedOnBehalf.open', { number })}
        </Link>
        <Link to="/" className="button button--secondary">
          {t('cart.browse')}
        </Link>
      </p>
    </>
  );
}

export default function CheckoutPage() {
  const { cart, customers, onBehalf, today, idempotencyKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const store = useRouteLoaderData<typeof storeLoader>('routes/_store');
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const online = useOnline();
  const placed = params.get('placed');
  if (placed) return <Confirmation orderId={placed} number={params.get('number') ?? ''} />;

  const errors = actionData?.errors ?? noErrors;
  const values: Values = actionData?.values ?? {};
  const fieldErrors = (name: (typeof FIELDS)[number]) => errors.fields[name]?.map((e) => (e === 'tooMany' ? t('checkout.documents.tooMany', { max: MAX_DOCUMENTS }) : e));
  const current = store?.customer ?? store?.viewingAs ?? null;
  const blocked = !onBehalf && (store?.accessStatus === 'PENDING_APPROVAL' || store?.customer?.status === 'EXCLUDED');

  return (
    <>
      <p className="breadcrumb">
        <Link to="/cart">
          <span aria-hidden="true">← </span>
          {t('checkout.backToCart')}
        </Link>
      </p>
      <div className="page-header">
        <h1>{t('checkout.title')}</h1>
        {onBehalf && current ? <p>{t('checkout.onBehalfOf', { name: current.name })}</p> : null}
      </div>

      <div className="cart-layout">
        <div className="checkout-main">
          {customers.length > 1 ? (
            <section className="card" aria-labelledby="checkout-customer-title">
              <h2 id="checkout-customer-title" className="card__title">
                {t('checkout.customer.title')}
              </h2>
              <Form method="post" className="form checkout-inline">
                <SelectField label={t('checkout.customer.label')} name="customerId" defaultValue={values.customerId ?? customers.find((c) => c.name === current?.name)?.id} errors={fieldErrors('customerId')}>
                  {customers.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name} ({c.customerNumber})
                    </option>
                  ))}
                </SelectField>
                <SubmitButton intent="switch" className="button button--secondary">
                  {t('checkout.customer.switch')}
                </SubmitButton>
              </Form>
              <p className="muted small">{t('checkout.customer.hint')}</p>
            </section>
          ) : null}

          <section className="card" aria-labelledby="checkout-details-title">
            <h2 id="checkout-details-title" className="card__title">
              {t('checkout.details')}
            </h2>
            <Form
              method="post"
              encType="multipart/form-data"
              className="form"
              onSubmit={(e) => {
                // Placing an order needs the connection (issue 18 M4): nothing is queued for it.
                if (!navigator.onLine) e.preventDefault();
              }}
            >
              <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
              <FormErrorSummary errors={errors.form} title={t('common.fixErrors')} />
              <fieldset>
                <legend>{t('checkout.kind.legend')}</legend>
                <label className="checkout-radio">
                  <input type="radio" name="kind" value="ORDER" defaultChecked={values.kind !== 'QUOTE'} /> {t('checkout.kind.order')}
                </label>
                <label className="checkout-radio">
                  <input type="radio" name="kind" value="QUOTE" defaultChecked={values.kind === 'QUOTE'} /> {t('checkout.kind.quote')}
                </label>
              </fieldset>
              {cart.deliverySites.length ? (
                <SelectField label={t('checkout.deliverySite')} name="deliverySiteId" defaultValue={values.deliverySiteId ?? cart.deliverySites[0].id} errors={fieldErrors('deliverySiteId')}>
                  {cart.deliverySites.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name} — {s.street}, {s.postalCode} {s.city}
                    </option>
                  ))}
                </SelectField>
              ) : (
                <p className="muted">{t('checkout.noDeliverySite')}</p>
              )}
              <div className="form-grid">
                <TextField label={t('checkout.orderDate')} name="orderDate" type="date" min={today} defaultValue={values.orderDate || today} required errors={fieldErrors('orderDate')} />
                <TextField
                  label={t('checkout.requestedDeliveryDate')}
                  name="requestedDeliveryDate"
                  type="date"
                  min={today}
                  defaultValue={values.requestedDeliveryDate}
                  hint={t('checkout.optional')}
                  errors={fieldErrors('requestedDeliveryDate')}
                />
              </div>
              <TextField
                label={t('cart.purchaseOrderReference')}
                name="purchaseOrderReference"
                maxLength={100}
                autoComplete="off"
                defaultValue={values.purchaseOrderReference}
                errors={fieldErrors('purchaseOrderReference')}
              />
              <TextAreaField label={t('cart.notes')} name="notes" rows={3} maxLength={5000} defaultValue={values.notes} errors={fieldErrors('notes')} />
              <TextField
                id="checkout-documents"
                label={t('checkout.documents.label')}
                name="documents"
                type="file"
                multiple
                accept=".pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.csv,.txt"
                hint={t('checkout.documents.hint', { max: MAX_DOCUMENTS })}
                errors={fieldErrors('documentIds')}
              />
              {blocked ? <p className="note">{t('cart.cannotOrder')}</p> : null}
              {!online ? (
                <p className="feedback feedback--error" role="alert">
                  {t('pwa.queue.placeNeedsConnection')}
                </p>
              ) : null}
              <SubmitButton intent="place" className="button button--primary button--block button--large">
                {onBehalf ? t('checkout.placeOnBehalf') : t('cart.placeOrder')}
              </SubmitButton>
            </Form>
          </section>
        </div>

        <section className="card" aria-labelledby="checkout-summary-title">
          <h2 id="checkout-summary-title" className="card__title">
            {t('checkout.summary', { count: cart.lines.length })}
          </h2>
          <ul className="checkout-lines">
            {cart.lines.map((l) => (
              <li key={l.id}>
                <span>
                  {l.quantity} × {l.product.name}
                </span>
                <Money value={l.lineTotal} />
              </li>
            ))}
          </ul>
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
        </section>
      </div>
    </>
  );
}
