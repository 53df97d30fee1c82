import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { HubOrdersQuery } from '../../graphql/generated/graphql.js';
import { DateTime, Money } from '../ui/format.js';
import { QuoteBadge } from '../store/order-view.js';
import { StatusBadge } from '../ui/status-badge.js';

type HubOrder = HubOrdersQuery['orders']['edges'][number]['node'];

export function OrdersTable({ orders }: { orders: HubOrder[] }) {
  const { t } = useTranslation();
  if (orders.length === 0) {
    return (
      <div className="empty card">
        <p>{t('hub.orders.empty')}</p>
      </div>
    );
  }
  return (
    <div className="card card--flush">
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('orders.number')}</th>
              <th scope="col">{t('orders.externalReference')}</th>
              <th scope="col">{t('hub.orders.customer')}</th>
              <th scope="col">{t('orders.date')}</th>
              <th scope="col">{t('orders.status')}</th>
              <th scope="col" className="num">
                {t('orders.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.id}>
                <td>
                  <Link to={`/hub/orders/${encodeURIComponent(order.id)}`} className="strong">
                    {order.number}
                  </Link>
                  <QuoteBadge kind={order.kind} className="badge--inline" />
                </td>
                <td>{order.externalReference ?? <span className="muted">—</span>}</td>
                <td>
                  <Link to={`/hub/customers/${encodeURIComponent(order.customer.id)}`}>{order.customer.name}</Link>
                  <span className="muted small block">{order.customer.customerNumber}</span>
                </td>
                <td>
                  <DateTime value={order.placedAt} withTime />
                </td>
                <td>
                  <StatusBadge kind="order" status={order.status} />
                </td>
                <td className="num">
                  <Money value={order.total} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
