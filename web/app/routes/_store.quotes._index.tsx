import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { LocalDay, QuoteStatusBadge } from '../components/store/quote-status.js';
import { DateTime, Money } from '../components/ui/format.js';
import { Pagination } from '../components/ui/pagination.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { storeQuotesQuery } from '../graphql/store-quotes.server.js';
import { pageTitle } from '../utils/meta.js';
import { orderingViewer } from '../utils/ordering-guard.server.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('storeQuotes.title'));

/** "My quotes" (issue 19 B3): the customer's quotes, newest first, 20 a page (keyset). */
export async function loader({ request, context }: LoaderFunctionArgs) {
  await orderingViewer(request, context);
  const after = new URL(request.url).searchParams.get('after') || null;
  const { quotes } = await gql(request, context, storeQuotesQuery, { first: 20, after });
  return json({ quotes: quotes.edges.map((e) => e.node), pageInfo: quotes.pageInfo }, { headers: responseHeaders(request) });
}

export default function MyQuotes() {
  const { quotes, pageInfo } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <div className="page-header">
        <h1>{t('storeQuotes.title')}</h1>
      </div>
      <p className="muted">{t('storeQuotes.intro')}</p>
      {quotes.length === 0 ? (
        <div className="empty card">
          <p>{t('storeQuotes.empty')}</p>
          <p>
            <Link to="/cart" className="button button--primary">
              {t('storeQuotes.toCart')}
            </Link>
          </p>
        </div>
      ) : (
        <div className="card card--flush">
          <div className="table-wrap">
            <table className="table table--stack store-quotes">
              <thead>
                <tr>
                  <th scope="col">{t('storeQuotes.number')}</th>
                  <th scope="col">{t('storeQuotes.statusLabel')}</th>
                  <th scope="col">{t('storeQuotes.requestedOn')}</th>
                  <th scope="col">{t('storeQuotes.expiresOn')}</th>
                  <th scope="col" className="num">
                    {t('storeQuotes.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {quotes.map((quote) => (
                  <tr key={quote.id}>
                    <td>
                      <Link to={`/quotes/${encodeURIComponent(quote.id)}`} className="strong store-quotes__link">
                        {quote.number}
                      </Link>
                      <span className="muted small"> {t('orderLists.lineCount', { count: quote.lineCount })}</span>
                    </td>
                    <td data-label={t('storeQuotes.statusLabel')}>
                      <QuoteStatusBadge status={quote.status} />
                    </td>
                    <td data-label={t('storeQuotes.requestedOn')}>
                      <DateTime value={quote.createdAt} />
                    </td>
                    <td data-label={t('storeQuotes.expiresOn')}>
                      <LocalDay value={quote.expiresOn} />
                    </td>
                    <td className="num" data-label={t('storeQuotes.total')}>
                      <Money value={quote.total} />
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
