import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderQuery } from '../../graphql/generated/graphql.js';
import { DateTime, Money } from '../ui/format.js';
import { StatusBadge } from '../ui/status-badge.js';

type Order = OrderQuery['order'];

/** One order: its facts, lines and totals. Used by the store and the hub. */
export function OrderView({ order, extraFacts }: { order: Order; extraFacts?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="order-layout">
      <section className="card" aria-labelledby="order-facts">
        <h2 id="order-facts" className="card__title">
          {t('orders.details')}
        </h2>
        <dl className="facts">
          <div>
            <dt>{t('orders.status')}</dt>
            <dd>
              <StatusBadge kind="order" status={order.status} />
            </dd>
          </div>
          <div>
            <dt>{t('orders.placedAt')}</dt>
            <dd>
              <DateTime value={order.placedAt} withTime />
            </dd>
          </div>
          {extraFacts}
          {order.placedBy ? (
            <div>
              <dt>{t('orders.placedBy')}</dt>
              <dd>{order.placedBy.email}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('orders.purchaseOrderReference')}</dt>
            <dd>{order.purchaseOrderReference || '—'}</dd>
          </div>
          {order.notes ? (
            <div className="facts__wide">
              <dt>{t('orders.notes')}</dt>
              <dd className="pre-line">{order.notes}</dd>
            </div>
          ) : null}
        </dl>
      </section>
      <section className="card card--flush" aria-labelledby="order-lines">
        <h2 id="order-lines" className="card__title card__title--padded">
          {t('orders.lines')}
        </h2>
        <div className="table-wrap">
          <table className="table table--stack">
            <thead>
              <tr>
                <th scope="col">{t('orders.product')}</th>
                <th scope="col" className="num">
                  {t('orders.quantity')}
                </th>
                <th scope="col" className="num">
                  {t('orders.unitPrice')}
                </th>
                <th scope="col" className="num">
                  {t('orders.lineTotal')}
                </th>
              </tr>
            </thead>
            <tbody>
              {order.lines.map((line) => (
                <tr key={line.id}>
                  <td data-label={t('orders.product')}>
                    <span className="cell-title">{line.name}</span>
                    <span className="muted mono">{line.reference}</span>
                  </td>
                  <td data-label={t('orders.quantity')} className="num">
                    {line.quantity}
                  </td>
                  <td data-label={t('orders.unitPrice')} className="num">
                    <Money value={line.unitPrice} />
                  </td>
                  <td data-label={t('orders.lineTotal')} className="num">
                    <Money value={line.lineTotal} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3} className="num">
                  {t('orders.subtotal')}
                </th>
                <td className="num">
                  <Money value={order.subtotal} />
                </td>
              </tr>
              <tr>
                <th scope="row" colSpan={3} className="num">
                  {t('orders.shipping')}
                </th>
                <td className="num">
                  <Money value={order.shippingCost} />
                </td>
              </tr>
              <tr className="total-row">
                <th scope="row" colSpan={3} className="num">
                  {t('orders.total')}
                </th>
                <td className="num">
                  <Money value={order.total} />
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
    </div>
  );
}
