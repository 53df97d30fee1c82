import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { QuoteBadge } from '../components/store/order-view.js';
import { TextField } from '../components/ui/fields.js';
import { DateTime, Money } from '../components/ui/format.js';
import { Pagination } from '../components/ui/pagination.js';
import { StatusBadge } from '../components/ui/status-badge.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { ordersQuery } from '../graphql/ordering.server.js';
import { pageTitle } from '../utils/meta.js';
import { shopUserOnly } from '../utils/store-guard.server.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('orders.title'));

export async function loader({ request, context }: LoaderFunctionArgs) {
  await shopUserOnly(request, context);
  const params = new URL(request.url).searchParams;
  const search = params.get('q')?.trim() || '';
  const { orders } = await gql(request, context, ordersQuery, { first: 20, after: params.get('after') || null, search: search || null });
  return json({ search, orders: orders.edges.map((e) => e.node), pageInfo: orders.pageInfo }, { headers: responseHeaders(request) });
}

export default function MyOrders() {
  const { search, orders, pageInfo } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <div className="page-header">
        <h1>{t('orders.title')}</h1>
      </div>
      <Form method="get" className="card order-filters" role="search">
        <TextField id="order-search" label={t('orders.searchLabel')} type="search" name="q" defaultValue={search} placeholder={t('orders.searchPlaceholder')} />
        <div className="order-filters__actions">
          <button type="submit" className="button button--secondary">
            {t('orders.search')}
          </button>
        </div>
      </Form>
      {orders.length === 0 && search ? (
        <div className="empty card">
          <p>{t('orders.noMatch')}</p>
        </div>
      ) : orders.length === 0 ? (
        <div className="empty card">
          <p>{t('orders.empty')}</p>
          <p>
            <Link to="/" className="button button--primary">
              {t('cart.browse')}
            </Link>
          </p>
        </div>
      ) : (
        <div className="card card--flush">
          <div className="table-wrap">
            <table className="table table--stack store-orders">
              <thead>
                <tr>
                  <th scope="col">{t('orders.number')}</th>
                  <th scope="col">{t('orders.externalReference')}</th>
                  <th scope="col">{t('orders.date')}</th>
                  <th scope="col">{t('orders.status')}</th>
                  <th scope="col" className="num">
                    {t('orders.lineCount')}
                  </th>
                  <th scope="col" className="num">
                    {t('orders.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {orders.map((order) => (
                  <tr key={order.id}>
                    <td>
                      <Link to={`/orders/${encodeURIComponent(order.id)}`} className="strong store-orders__link">
                        {order.number}
                      </Link>
                      <QuoteBadge kind={order.kind} className="badge--inline" />
                    </td>
                    <td data-label={t('orders.externalReference')}>{order.externalReference ?? <span className="muted">—</span>}</td>
                    <td data-label={t('orders.date')}>
                      <DateTime value={order.placedAt} />
                    </td>
                    <td data-label={t('orders.status')}>
                      <StatusBadge kind="order" status={order.status} />
                    </td>
                    <td className="num" data-label={t('orders.lineCount')}>
                      {order.lineCount}
                    </td>
                    <td className="num" data-label={t('orders.total')}>
                      <Money value={order.total} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      <Pagination pageInfo={pageInfo} />
    </>
  );
}
