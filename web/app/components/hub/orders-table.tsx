import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { HubOrdersQuery } from '../../graphql/generated/graphql.js';
import { DateTime, Money } from '../ui/format.js';
import type { PageInfo } from '../ui/pagination.js';
import { QuoteBadge } from '../store/order-view.js';
import { StatusBadge } from '../ui/status-badge.js';
import { ListTable } from './list-table.js';

type HubOrder = HubOrdersQuery['orders']['edges'][number]['node'];

/** The hub's order list (O5) with its pager: the shared list table (cards on a phone). */
export function OrdersTable({ orders, pageInfo }: { orders: HubOrder[]; pageInfo: PageInfo }) {
  const { t } = useTranslation();
  return (
    <ListTable
      rows={orders}
      rowKey={(order) => order.id}
      empty={t('hub.orders.empty')}
      pageInfo={pageInfo}
      columns={[
        {
          header: t('orders.number'),
          primary: true,
          cell: (order) => (
            <>
              <Link to={`/hub/orders/${encodeURIComponent(order.id)}`} className="strong">
                {order.number}
              </Link>
              <QuoteBadge kind={order.kind} className="badge--inline" />
            </>
          ),
        },
        { header: t('orders.externalReference'), cell: (order) => order.externalReference ?? <span className="muted">—</span> },
        {
          header: t('hub.orders.customer'),
          cell: (order) => (
            <>
              <Link to={`/hub/customers/${encodeURIComponent(order.customer.id)}`}>{order.customer.name}</Link>
              <span className="muted small block">{order.customer.customerNumber}</span>
            </>
          ),
        },
        { header: t('orders.date'), cell: (order) => <DateTime value={order.placedAt} withTime /> },
        { header: t('orders.status'), cell: (order) => <StatusBadge kind="order" status={order.status} /> },
        { header: t('orders.total'), className: 'num', cell: (order) => <Money value={order.total} /> },
      ]}
    />
  );
}
