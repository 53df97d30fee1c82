import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderQuery } from '../../graphql/generated/graphql.js';
import { DateTime, Money } from '../ui/format.js';
import { VatTableRows } from './vat-summary.js';
import { StatusBadge } from '../ui/status-badge.js';
import { formatLocalDate } from '../../utils/local-date.js';
import { intlLocale } from '../../../../server/common/intl-locale.js';

type Order = OrderQuery['order'];

/** "Quote" for a request for a quote (O2); nothing for a firm order. */
export function QuoteBadge({ kind, className = '' }: { kind: string; className?: string }) {
  const { t } = useTranslation();
  if (kind !== 'QUOTE') return null;
  return <span className={`badge badge--warning quote-badge ${className}`.trim()}>{t('orderDetails.quote')}</span>;
}

function LocalDate({ value }: { value: string | null | undefined }) {
  const { i18n } = useTranslation();
  if (!value) return <>—</>;
  return <time dateTime={value}>{formatLocalDate(value, i18n.language)}</time>;
}

function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([intlLocale(language)], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * One order: what checkout recorded, its lines and totals. Used by the store and the hub;
 * `onBehalf` is the page's own sentence when staff placed it for the customer (the hub names
 * the staff member, the store does not).
 */
export function OrderView({ order, extraFacts, onBehalf }: { order: Order; extraFacts?: ReactNode; onBehalf?: string | null }) {
  const { t, i18n } = useTranslation();
  const site = order.deliverySite;
  return (
    <div className="order-layout">
      <section className="card" aria-labelledby="order-facts">
        <h2 id="order-facts" className="card__title">
          {t('orders.details')}
        </h2>
        <dl className="facts">
          <div>
            <dt>{t('orderDetails.kind')}</dt>
            <dd>{order.kind === 'QUOTE' ? <QuoteBadge kind={order.kind} /> : t('orderDetails.order')}</dd>
          </div>
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
          <div>
            <dt>{t('orderDetails.orderDate')}</dt>
            <dd>
              <LocalDate value={order.orderDate} />
            </dd>
          </div>
          <div>
            <dt>{t('orderDetails.requestedDeliveryDate')}</dt>
            <dd>{order.requestedDeliveryDate ? <LocalDate value={order.requestedDeliveryDate} /> : <span className="muted">{t('orderDetails.noRequestedDate')}</span>}</dd>
          </div>
          {extraFacts}
          <div>
            <dt>{t('orderDetails.deliverySite')}</dt>
            <dd>
              {site ? (
                <address className="order-site">
                  <span className="strong block">{site.name}</span>
                  <span className="block">{site.street}</span>
                  <span className="block">
                    {site.postalCode} {site.city}, {countryName(site.country, i18n.language)}
                  </span>
                </address>
              ) : (
                <span className="muted">{t('orderDetails.noDeliverySite')}</span>
              )}
            </dd>
          </div>
          {order.placedBy || onBehalf ? (
            <div>
              <dt>{t('orders.placedBy')}</dt>
              <dd>
                {order.placedBy ? <span className="block">{order.placedBy.email}</span> : null}
                {onBehalf ? <span className="order-on-behalf block">{onBehalf}</span> : null}
              </dd>
            </div>
          ) : null}
          <div>
            <dt>{t('orders.purchaseOrderReference')}</dt>
            <dd>{order.purchaseOrderReference || '—'}</dd>
          </div>
          {order.externalReference ? (
            <div>
              <dt>{t('orders.externalReference')}</dt>
              <dd data-testid="external-reference">{order.externalReference}</dd>
            </div>
          ) : null}
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
                  {order.shippingTaxRateName ? `${t('orders.shipping')} (${order.shippingTaxRateName})` : t('orders.shipping')}
                </th>
                <td className="num">
                  <Money value={order.shippingCost} />
                </td>
              </tr>
              <VatTableRows vat={order} total={order.total} colSpan={3} />
            </tfoot>
          </table>
        </div>
      </section>
    </div>
  );
}
