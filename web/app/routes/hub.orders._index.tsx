import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useLoaderData, useSubmit, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { OrdersTable } from '../components/hub/orders-table.js';
import { Pagination } from '../components/ui/pagination.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import type { OrderStatus } from '../graphql/generated/graphql.js';
import { hubOrdersQuery } from '../graphql/ordering.server.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('hub.orders.title'), 'hub');

const STATUSES: OrderStatus[] = ['SUBMITTED', 'VALIDATED', 'SHIPPED', 'DELIVERED', 'REJECTED', 'CANCELLED'];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const requested = params.get('status') as OrderStatus | null;
  const status = requested && STATUSES.includes(requested) ? requested : null;
  const { orders } = await gql(request, context, hubOrdersQuery, { first: 25, after: params.get('after') || null, status });
  return json({ status, orders: orders.edges.map((e) => e.node), pageInfo: orders.pageInfo }, { headers: responseHeaders(request) });
}

export default function HubOrders() {
  const { status, orders, pageInfo } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const submit = useSubmit();
  return (
    <>
      <div className="page-header">
        <h1>{t('hub.orders.title')}</h1>
        <Form method="get" className="filter-form" onChange={(e) => submit(e.currentTarget)}>
          <label htmlFor="status-filter">{t('orders.status')}</label>
          <select id="status-filter" name="status" defaultValue={status ?? ''} key={status ?? ''}>
            <option value="">{t('hub.orders.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.order.${s}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--secondary">
            {t('common.filter')}
          </button>
        </Form>
      </div>
      <OrdersTable orders={orders} />
      <Pagination pageInfo={pageInfo} />
    </>
  );
}
