import { json, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import uplotCss from 'uplot/dist/uPlot.min.css?url';
import { DashboardChart } from '../components/hub/dashboard-chart.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { hubDashboardQuery } from '../graphql/ordering.server.js';
import { formatDate, formatMoney, type MoneyValue } from '../utils/format.js';
import { pageTitle } from '../utils/meta.js';
import { intlLocale } from '../../../server/common/intl-locale.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('hub.home.title'), 'hub');
export const links: LinksFunction = () => [{ rel: 'stylesheet', href: uplotCss }];

/** The hub's home: the dashboard (issue 17, H5; decision 39). `?days=90` widens the chart and the top lists. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const days = new URL(request.url).searchParams.get('days') === '90' ? 90 : 30;
  const { hubDashboard } = await gql(request, context, hubDashboardQuery, { days });
  return json({ dashboard: hubDashboard }, { headers: responseHeaders(request) });
}

const day = (iso: string) => iso.slice(0, 10);

function Change({ now, before }: { now: number; before: number }) {
  const { t } = useTranslation();
  if (now === before) return <span className="dashboard-change">{t('hub.dashboard.same')}</span>;
  const up = now > before;
  return (
    <span className={`dashboard-change dashboard-change--${up ? 'up' : 'down'}`}>
      {up ? '▲' : '▼'} {t(up ? 'hub.dashboard.more' : 'hub.dashboard.less', { count: Math.abs(now - before) })}
    </span>
  );
}

function PeriodCard(props: { title: string; to: string; orderCount: number; value: MoneyValue; beforeCount: number; beforeValue: MoneyValue; beforeLabel: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Link to={props.to} className="dashboard-card">
      <span className="dashboard-card__title">{props.title}</span>
      <span className="dashboard-card__figure">{t('hub.dashboard.orders', { count: props.orderCount })}</span>
      <span className="dashboard-card__value">{formatMoney(props.value, i18n.language)}</span>
      <span className="dashboard-card__before">
        <Change now={props.orderCount} before={props.beforeCount} /> · {props.beforeLabel}: {t('hub.dashboard.orders', { count: props.beforeCount })}, {formatMoney(props.beforeValue, i18n.language)}
      </span>
    </Link>
  );
}

function WaitingCard({ title, count, to }: { title: string; count: number; to: string }) {
  return (
    <Link to={to} className={`dashboard-card dashboard-card--small${count > 0 ? ' dashboard-card--attention' : ''}`}>
      <span className="dashboard-card__figure">{count}</span>
      <span className="dashboard-card__title">{title}</span>
    </Link>
  );
}

export default function HubHome() {
  const { dashboard: d } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const currency = d.today.value.currencyCode;
  const chartDays = useMemo(() => d.series.map((s) => ({ day: s.day, orderCount: s.orderCount, value: Number(s.value.amount) })), [d.series]);
  const labels = useMemo(() => ({ orders: t('hub.dashboard.ordersColumn'), value: t('hub.dashboard.valueColumn'), title: t('hub.dashboard.chartTitle', { count: d.days }) }), [t, d.days]);
  const formatValue = useMemo(() => {
    const f = new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency, maximumFractionDigits: 0 });
    return (v: number) => f.format(v);
  }, [language, currency]);
  const todayDay = day(d.today.from);
  return (
    <>
      <div className="page-header">
        <h1>{t('hub.home.title')}</h1>
        <Link to="/hub/orders" className="button button--secondary">
          {t('hub.home.allOrders')}
        </Link>
      </div>

      <section className="dashboard-cards" aria-label={t('hub.dashboard.activity')}>
        <PeriodCard
          title={t('hub.dashboard.today')}
          to={`/hub/orders?from=${todayDay}&to=${todayDay}`}
          orderCount={d.today.orderCount}
          value={d.today.value}
          beforeCount={d.yesterday.orderCount}
          beforeValue={d.yesterday.value}
          beforeLabel={t('hub.dashboard.yesterday')}
        />
        <PeriodCard
          title={t('hub.dashboard.week')}
          to={`/hub/orders?from=${day(d.week.from)}&to=${todayDay}`}
          orderCount={d.week.orderCount}
          value={d.week.value}
          beforeCount={d.previousWeek.orderCount}
          beforeValue={d.previousWeek.value}
          beforeLabel={t('hub.dashboard.previousWeek')}
        />
      </section>

      <section className="dashboard-cards" aria-label={t('hub.dashboard.waiting')}>
        <WaitingCard title={t('hub.dashboard.submitted')} count={d.submittedOrderCount} to="/hub/orders?status=SUBMITTED" />
        <WaitingCard title={t('hub.dashboard.pendingApprovals')} count={d.pendingApprovalCount} to="/hub/customers?access=PENDING_APPROVAL" />
        <WaitingCard title={t('hub.dashboard.registrationRequests')} count={d.registrationRequestCount} to="/hub/registrations?status=PENDING" />
        <WaitingCard title={t('hub.dashboard.failedEmails')} count={d.failedEmailCount} to="/hub/mailbox?status=FAILED" />
      </section>

      <section className="dashboard-section">
        <div className="page-header">
          <h2>{t('hub.dashboard.chartTitle', { count: d.days })}</h2>
          <nav className="dashboard-periods" aria-label={t('hub.dashboard.period')}>
            {[30, 90].map((n) => (
              <Link key={n} to={`/hub?days=${n}`} className={`button button--secondary${n === d.days ? ' is-current' : ''}`} aria-current={n === d.days ? 'page' : undefined}>
                {t('hub.dashboard.days', { count: n })}
              </Link>
            ))}
          </nav>
        </div>
        <DashboardChart days={chartDays} labels={labels} formatValue={formatValue} />
        <details className="dashboard-table">
          <summary>{t('hub.dashboard.asTable')}</summary>
          <table className="table">
            <caption className="visually-hidden">{t('hub.dashboard.chartTitle', { count: d.days })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hub.dashboard.dayColumn')}</th>
                <th scope="col" className="num">{t('hub.dashboard.ordersColumn')}</th>
                <th scope="col" className="num">{t('hub.dashboard.valueColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {d.series.map((s) => (
                <tr key={s.day}>
                  <td>
                    <Link to={`/hub/orders?from=${s.day}&to=${s.day}`}>{formatDate(`${s.day}T12:00:00Z`, language, { timeZone: 'UTC' })}</Link>
                  </td>
                  <td className="num">{s.orderCount}</td>
                  <td className="num">{formatMoney(s.value, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>

      <div className="dashboard-tops">
        <section className="dashboard-section">
          <h2>{t('hub.dashboard.topCustomers', { count: d.days })}</h2>
          {d.topCustomers.length === 0 ? (
            <p className="hint">{t('hub.dashboard.noOrders')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('hub.dashboard.customerColumn')}</th>
                  <th scope="col" className="num">{t('hub.dashboard.ordersColumn')}</th>
                  <th scope="col" className="num">{t('hub.dashboard.valueColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {d.topCustomers.map((c) => (
                  <tr key={c.customerId}>
                    <td>
                      <Link to={`/hub/customers/${encodeURIComponent(c.customerId)}`}>{c.name}</Link> <span className="hint">{c.customerNumber}</span>
                    </td>
                    <td className="num">
                      <Link to={`/hub/orders?customer=${encodeURIComponent(c.customerNumber)}`}>{c.orderCount}</Link>
                    </td>
                    <td className="num">{formatMoney(c.value, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section className="dashboard-section">
          <h2>{t('hub.dashboard.topProducts', { count: d.days })}</h2>
          {d.topProducts.length === 0 ? (
            <p className="hint">{t('hub.dashboard.noOrders')}</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('hub.dashboard.productColumn')}</th>
                  <th scope="col" className="num">{t('hub.dashboard.quantityColumn')}</th>
                  <th scope="col" className="num">{t('hub.dashboard.valueColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {d.topProducts.map((p) => (
                  <tr key={p.productId ?? 'deleted'}>
                    <td>
                      {p.productId ? <Link to={`/hub/products/${encodeURIComponent(p.productId)}`}>{p.name}</Link> : t('hub.dashboard.deletedProduct')}{' '}
                      <span className="hint">{p.reference}</span>
                    </td>
                    <td className="num">{p.quantity}</td>
                    <td className="num">{formatMoney(p.value, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </>
  );
}
