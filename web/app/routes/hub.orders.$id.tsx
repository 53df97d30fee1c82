import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { OrderView } from '../components/store/order-view.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { hubOrderQuery } from '../graphql/ordering.server.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => (data ? t('orders.orderTitle', { number: data.order.number }) : t('errors.notFound.title')), 'hub');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { order } = await gql(request, context, hubOrderQuery, { id: params.id ?? '' });
  return json({ order }, { headers: responseHeaders(request) });
}

export default function HubOrder() {
  const { order } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/hub/orders">
          <span aria-hidden="true">← </span>
          {t('hub.orders.back')}
        </Link>
      </p>
      <div className="page-header">
        <h1>{t('orders.orderTitle', { number: order.number })}</h1>
      </div>
      <OrderView
        order={order}
        extraFacts={
          <div>
            <dt>{t('hub.orders.customer')}</dt>
            <dd>
              <Link to={`/hub/customers/${encodeURIComponent(order.customer.id)}`}>{order.customer.name}</Link>{' '}
              <span className="muted">({order.customer.customerNumber})</span>
            </dd>
          </div>
        }
      />
    </>
  );
}
