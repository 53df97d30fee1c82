import { Link } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { CustomerOrdersQuery } from '../../graphql/generated/graphql.js';
import { DateTime, Money } from '../../components/ui/format.js';
import { StatusBadge } from '../../components/ui/status-badge.js';

// The customer page for sales (issue 17 H6): how much and how lately the customer orders, and its
// latest orders, with the way to all of them.

export function CustomerOrders({ data, customerNumber }: { data: CustomerOrdersQuery; customerNumber: string }) {
  const { t } = useTranslation();
  const summary = data.customer.orderSummary;
  const orders = data.orders.edges.map((e) => e.node);
  return (
    <section className="card" aria-labelledby="customer-orders-title">
      <h2 id="customer-orders-title" className="card__title">
        {t('customerOrders.title')}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('customerOrders.count12')}</dt>
          <dd data-testid="orders-12-months">{summary.orderCount12Months}</dd>
        </div>
        <div>
          <dt>{t('customerOrders.value12')}</dt>
          <dd data-testid="value-12-months">
            <Money value={summary.value12Months} />
          </dd>
        </div>
        <div>
          <dt>{t('customerOrders.last')}</dt>
          <dd>{summary.lastOrderAt ? <DateTime value={summary.lastOrderAt} /> : <span className="muted">{t('customerOrders.never')}</span>}</dd>
        </div>
      </dl>
      {orders.length > 0 ? (
        <>
          <h3 className="card__subtitle">{t('customerOrders.latest')}</h3>
          <ul className="order-cards">
            {orders.map((order) => (
              <li key={order.id} className="order-cards__item">
                <Link to={`/hub/orders/${encodeURIComponent(order.id)}`} className="strong">
                  {order.number}
                </Link>
                <span className="muted">
                  <DateTime value={order.placedAt} />
                </span>
                <StatusBadge kind="order" status={order.status} />
                <span className="num">
                  <Money value={order.total} />
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link to={`/hub/orders?customer=${encodeURIComponent(customerNumber)}`}>{t('customerOrders.all')}</Link>
      </p>
    </section>
  );
}
