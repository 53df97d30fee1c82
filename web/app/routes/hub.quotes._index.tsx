import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { ListFilters } from '../components/hub/list-filters.js';
import { ListTable } from '../components/hub/list-table.js';
import { Day, QuoteStatusBadge } from '../components/hub/quote-status-badge.js';
import { DateTime, Money } from '../components/ui/format.js';
import { SelectField, TextField } from '../components/ui/fields.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import type { QuoteStatus } from '../graphql/generated/graphql.js';
import { hubQuotesQuery } from '../graphql/hub-quotes.server.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('hubQuotes.title'), 'hub');

const STATUSES: QuoteStatus[] = ['REQUESTED', 'SENT', 'EXPIRED', 'ACCEPTED', 'DECLINED'];

/** The quotes customers requested (issue 19 B3), newest first, by status and customer. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const requested = params.get('status') as QuoteStatus | null;
  const status = requested && STATUSES.includes(requested) ? requested : null;
  const customer = params.get('customer')?.trim() || '';
  const { quotes } = await gql(request, context, hubQuotesQuery, { first: 25, after: params.get('after') || null, status, customerSearch: customer || null });
  return json({ filters: { status, customer }, quotes: quotes.edges.map((e) => e.node), pageInfo: quotes.pageInfo }, { headers: responseHeaders(request) });
}

export default function HubQuotes() {
  const { filters, quotes, pageInfo } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const filtered = Boolean(filters.status || filters.customer);
  return (
    <>
      <div className="page-header">
        <h1>{t('hubQuotes.title')}</h1>
      </div>
      <ListFilters active={filtered}>
        <Form method="get" className="card order-filters" aria-label={t('hubQuotes.filters')}>
          <SelectField id="quote-status-filter" label={t('hubQuotes.statusLabel')} name="status" defaultValue={filters.status ?? ''}>
            <option value="">{t('hubQuotes.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`hubQuotes.status.${s}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id="quote-customer-filter"
            label={t('hubQuotes.customer')}
            type="search"
            name="customer"
            defaultValue={filters.customer}
            placeholder={t('orderFlow.filters.customerPlaceholder')}
          />
          <div className="order-filters__actions">
            <button type="submit" className="button button--secondary">
              {t('common.filter')}
            </button>
            {filtered ? (
              <Link to="/hub/quotes" className="button button--ghost">
                {t('orderFlow.filters.clear')}
              </Link>
            ) : null}
          </div>
        </Form>
      </ListFilters>
      <ListTable
        rows={quotes}
        rowKey={(q) => q.id}
        empty={filtered ? t('hubQuotes.noMatch') : t('hubQuotes.empty')}
        pageInfo={pageInfo}
        columns={[
          {
            header: t('hubQuotes.number'),
            primary: true,
            cell: (q) => (
              <Link to={`/hub/quotes/${encodeURIComponent(q.id)}`} className="strong">
                {q.number}
              </Link>
            ),
          },
          {
            header: t('hubQuotes.customer'),
            cell: (q) => (
              <>
                <Link to={`/hub/customers/${encodeURIComponent(q.customer.id)}`}>{q.customer.name}</Link>
                <span className="muted small block">{q.customer.customerNumber}</span>
              </>
            ),
          },
          { header: t('hubQuotes.statusLabel'), cell: (q) => <QuoteStatusBadge status={q.status} /> },
          { header: t('hubQuotes.requestedAt'), cell: (q) => <DateTime value={q.createdAt} withTime /> },
          { header: t('hubQuotes.expiresOn'), cell: (q) => <Day value={q.expiresOn} /> },
          { header: t('hubQuotes.total'), className: 'num', cell: (q) => <Money value={q.total} /> },
        ]}
      />
    </>
  );
}
