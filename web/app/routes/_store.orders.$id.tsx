import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { OrderTimeline } from '../components/store/order-timeline.js';
import { OrderDocuments } from '../components/store/order-documents.js';
import { OrderView, QuoteBadge } from '../components/store/order-view.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { orderQuery, orderReorderMutation } from '../graphql/ordering.server.js';
import { pageTitle } from '../utils/meta.js';
import { shopUserOnly } from '../utils/store-guard.server.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => (data ? t('orders.orderTitle', { number: data.order.number }) : t('errors.notFound.title')));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await shopUserOnly(request, context);
  const { order } = await gql(request, context, orderQuery, { id: params.id ?? '' });
  return json({ order }, { headers: responseHeaders(request) });
}

/** "Order again" (O6): the lines still available go to the cart; the others are named. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  await shopUserOnly(request, context);
  const { orderReorder } = await gql(request, context, orderReorderMutation, { input: { orderId: params.id ?? '' } });
  return json({ added: orderReorder.addedLineCount, unavailable: orderReorder.userErrors.map((e) => e.message) }, { headers: responseHeaders(request) });
}

export default function OrderPage() {
  const { order } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/orders">
          <span aria-hidden="true">← </span>
          {t('orders.back')}
        </Link>
      </p>
      {params.get('placed') ? (
        <div className="alert alert--success" role="status">
          <p className="alert__title">{t('orders.placedTitle')}</p>
          <p>{t('orders.placedMessage', { number: order.number })}</p>
        </div>
      ) : null}
      {result && result.added > 0 ? (
        <div className="alert alert--success" role="status">
          <p>
            {t('orderFlow.reorder.added', { count: result.added })} <Link to="/cart">{t('orderFlow.reorder.toCart')}</Link>
          </p>
        </div>
      ) : null}
      {result && result.unavailable.length > 0 ? (
        <div className="alert alert--warning" role="alert">
          <p className="alert__title">{t('orderFlow.reorder.unavailableTitle', { count: result.unavailable.length })}</p>
          <ul>
            {result.unavailable.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="page-header">
        <div className="order-heading">
          <h1>{t('orders.orderTitle', { number: order.number })}</h1>
          <QuoteBadge kind={order.kind} />
        </div>
        <div className="page-header__actions">
          <Form method="post">
            <SubmitButton className="button button--secondary">{t('orderFlow.reorder.button')}</SubmitButton>
          </Form>
          {/* Issue 19 B1: a list made from this order, named after it (renamed on the list's page). */}
          <Form method="post" action="/lists">
            <input type="hidden" name="orderId" value={order.id} />
            <input type="hidden" name="name" value={t('orderLists.fromOrderName', { number: order.number })} />
            <SubmitButton className="button button--ghost">{t('orderLists.saveOrder')}</SubmitButton>
          </Form>
        </div>
      </div>
      {/* the store never names the supplier's staff member */}
      <OrderView order={order} onBehalf={order.placedOnBehalfBy ? t('orderDetails.onYourBehalf') : null} />
      <OrderDocuments documents={order.documents} order={order} />
      <OrderTimeline entries={order.timeline} store />
    </>
  );
}
