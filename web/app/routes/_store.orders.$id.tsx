import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { OrderView } from '../components/store/order-view.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { orderQuery } from '../graphql/ordering.server.js';
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

export default function OrderPage() {
  const { order } = useLoaderData<typeof loader>();
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
      <div className="page-header">
        <h1>{t('orders.orderTitle', { number: order.number })}</h1>
      </div>
      <OrderView order={order} />
    </>
  );
}
