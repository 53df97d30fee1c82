import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { OrdersTable } from '../components/hub/orders-table.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { hubOrdersQuery } from '../graphql/ordering.server.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('hub.home.title'), 'hub');

/** The hub's home: the latest orders. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { orders } = await gql(request, context, hubOrdersQuery, { first: 10 });
  return json({ orders: orders.edges.map((e) => e.node) }, { headers: responseHeaders(request) });
}

export default function HubHome() {
  const { orders } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <div className="page-header">
        <h1>{t('hub.home.title')}</h1>
        <Link to="/hub/orders" className="button button--secondary">
          {t('hub.home.allOrders')}
        </Link>
      </div>
      <OrdersTable orders={orders} />
    </>
  );
}
