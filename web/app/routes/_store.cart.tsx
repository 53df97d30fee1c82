import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation, useRouteLoaderData, type MetaFunction } from '@remix-run/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, TextAreaField, TextField } from '../components/ui/fields.js';
import { Money } from '../components/ui/format.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import type { CartQuery } from '../graphql/generated/graphql.js';
import { cartLinesUpdateMutation, cartQuery, orderPlaceMutation } from '../graphql/ordering.server.js';
import { formErrors, noErrors, optionalText, text, type FormErrors } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';
import { shopUserOnly } from '../utils/store-guard.server.js';
import { quantity } from '../utils/quantity.js';
import type { loader as storeLoader } from './_store.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('cart.title'));

export async function loader({ request, context }: LoaderFunctionArgs) {
  await shopUserOnly(request, context);
  const { cart } = await gql(request, context, cartQuery);
  // A new key per rendering of the form: a double submit (or a retried request) reuses it, so the
  // API places one order only.
  return json({ cart, idempotencyKey: crypto.randomUUID() }, { headers: responseHeaders(request) });
}

type ActionResult = { intent: 'update'; lineId: string; errors: string[] } | { intent: 'place'; errors: FormErrors };

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = text(form, 'intent');

  if (intent === 'update' || intent === 'remove') {
    const lineId = text(form, 'lineId');
    const qty = intent === 'remove' ? 0 : quantity(text(form, 'quantity'));
    const { cartLinesUpdate } = await gql(request, context, cartLinesUpdateMutation, { input: { lines: [{ lineId, quantity: qty }] } });
    const result: ActionResult = { intent: 'update', lineId, errors: cartLinesUpdate.userErrors.map((e) => e.message) };
    return json(result, { headers: responseHeaders(request) });
  }

  if (intent === 'place') {
    const { orderPlace } = await gql(request, context, orderPlaceMutation, {
      input: {
        idempotencyKey: text(form, 'idempotencyKey'),
        purchaseOrderReference: optionalText(form, 'purchaseOrderReference'),
        notes: optionalText(form, 'notes'),
      },
    });
    if (orderPlace.order && orderPlace.userErrors.length === 0) {
      throw redirect(`/orders/${encodeURIComponent(orderPlace.order.id)}?placed=1`, { headers: responseHeaders(request) });
    }
    const result: ActionResult = { intent: 'place', errors: formErrors(orderPlace.userErrors, ['purchaseOrderReference', 'notes']) };
    return json(result, { headers: responseHeaders(request) });
  }

  throw json({ code: 'BAD_REQUEST', message: 'Unknown intent' }, { status: 400 });
}

type CartLine = CartQuery['cart']['lines'][number];

function CartLineRow({ line, errors }: { line: CartLine; errors?: string[] }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  const id = useId();
  const busy = navigation.state === 'submitting' && navigation.formData?.get('lineId') === line.id;
  return (
    <tr aria-busy={busy || undefined}>
      <td data-label={t('cart.product')}>
        <span className="cell-title">{line.product.name}</span>
        <span className="muted mono">{line.product.reference}</span>
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
        <Form method="post" className="qty-form" preventScrollReset>
          <input type="hidden" name="lineId" value={line.id} />
          <label htmlFor={`${id}-qty`} className="visually-hidden">
            {t('product.quantityFor', { name: line.product.name })}
          </label>
          <input id={`${id}-qty`} type="number" name="quantity" min={0} step={1} inputMode="numeric" defaultValue={line.quantity} key={line.quantity} required />
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

export default function CartPage() {
  const { cart, idempotencyKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const store = useRouteLoaderData<typeof storeLoader>('routes/_store');
  const { t } = useTranslation();
  const placeErrors = actionData?.intent === 'place' ? actionData.errors : noErrors;
  const blocked = store?.accessStatus === 'PENDING_APPROVAL' || store?.customer?.status === 'EXCLUDED';

  return (
    <>
      <div className="page-header">
        <h1>{t('cart.title')}</h1>
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
                    <CartLineRow
                      key={line.id}
                      line={line}
                      errors={actionData?.intent === 'update' && actionData.lineId === line.id ? actionData.errors : undefined}
                    />
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
            </dl>
            <p className="muted small">{t('cart.shippingNote')}</p>
            <Form method="post" className="form">
              <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
              <FormErrorSummary errors={placeErrors.form} />
              <TextField
                label={t('cart.purchaseOrderReference')}
                name="purchaseOrderReference"
                maxLength={100}
                autoComplete="off"
                errors={placeErrors.fields.purchaseOrderReference}
              />
              <TextAreaField label={t('cart.notes')} name="notes" rows={3} maxLength={5000} errors={placeErrors.fields.notes} />
              {blocked ? <p className="note">{t('cart.cannotOrder')}</p> : null}
              <SubmitButton intent="place" className="button button--primary button--block button--large">
                {t('cart.placeOrder')}
              </SubmitButton>
            </Form>
          </section>
        </div>
      )}
    </>
  );
}
