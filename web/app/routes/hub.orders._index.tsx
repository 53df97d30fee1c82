import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { OrdersTable } from '../components/hub/orders-table.js';
import { ExportLinks } from '../components/hub/export-links.js';
import { ListFilters } from '../components/hub/list-filters.js';
import { SelectField, TextField } from '../components/ui/fields.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import type { OrderStatus } from '../graphql/generated/graphql.js';
import { hubOrdersQuery } from '../graphql/ordering.server.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('hub.orders.title'), 'hub');

const STATUSES: OrderStatus[] = ['SUBMITTED', 'VALIDATED', 'SHIPPED', 'DELIVERED', 'REJECTED', 'CANCELLED'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The ERP filter (issue 14, E3): acknowledged (given the ERP's order number) or not yet. */
const ACKNOWLEDGEMENTS = ['yes', 'no'] as const;

/** A yyyy-mm-dd day as the instant it starts (UTC), or null when absent or malformed. */
function dayStart(value: string | null, plusDays = 0): string | null {
  if (!value || !DAY.test(value)) return null;
  const d = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime())) return null;
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString();
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const requested = params.get('status') as OrderStatus | null;
  const status = requested && STATUSES.includes(requested) ? requested : null;
  const customer = params.get('customer')?.trim() || '';
  const search = params.get('q')?.trim() || '';
  const ack = ACKNOWLEDGEMENTS.find((a) => a === params.get('ack')) ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const { orders } = await gql(request, context, hubOrdersQuery, {
    first: 25,
    after: params.get('after') || null,
    status,
    customerSearch: customer || null,
    search: search || null,
    acknowledged: ack === '' ? null : ack === 'yes',
    placedFrom: dayStart(from),
    placedBefore: dayStart(to, 1), // the "to" day is included
  });
  return json({ filters: { status, customer, search, ack, from, to }, orders: orders.edges.map((e) => e.node), pageInfo: orders.pageInfo }, { headers: responseHeaders(request) });
}

export default function HubOrders() {
  const { filters, orders, pageInfo } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const filtered = Boolean(filters.status || filters.customer || filters.search || filters.ack || filters.from || filters.to);
  return (
    <>
      <div className="page-header">
        <h1>{t('hub.orders.title')}</h1>
        <div className="page-header__actions">
          <ExportLinks name="orders" />
        </div>
      </div>
      <ListFilters active={filtered}>
        <Form method="get" className="card order-filters" aria-label={t('orderFlow.filters.label')}>
          <SelectField id="status-filter" label={t('orders.status')} name="status" defaultValue={filters.status ?? ''}>
            <option value="">{t('hub.orders.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.order.${s}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id="customer-filter"
            label={t('hub.orders.customer')}
            type="search"
            name="customer"
            defaultValue={filters.customer}
            placeholder={t('orderFlow.filters.customerPlaceholder')}
          />
          <TextField
            id="order-search"
            label={t('orders.searchLabel')}
            type="search"
            name="q"
            defaultValue={filters.search}
            placeholder={t('orders.searchPlaceholder')}
          />
          <SelectField id="ack-filter" label={t('hub.orders.acknowledgement')} name="ack" defaultValue={filters.ack}>
            <option value="">{t('hub.orders.anyAcknowledgement')}</option>
            <option value="no">{t('hub.orders.notAcknowledged')}</option>
            <option value="yes">{t('hub.orders.acknowledged')}</option>
          </SelectField>
          <TextField id="from-filter" label={t('orderFlow.filters.from')} type="date" name="from" defaultValue={filters.from} />
          <TextField id="to-filter" label={t('orderFlow.filters.to')} type="date" name="to" defaultValue={filters.to} />
          <div className="order-filters__actions">
            <button type="submit" className="button button--secondary">
              {t('common.filter')}
            </button>
            {filtered ? (
              <Link to="/hub/orders" className="button button--ghost">
                {t('orderFlow.filters.clear')}
              </Link>
            ) : null}
          </div>
        </Form>
      </ListFilters>
      <OrdersTable orders={orders} pageInfo={pageInfo} />
    </>
  );
}
