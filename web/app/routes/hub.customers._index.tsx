import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { Pagination } from '../components/ui/pagination.js';
import { StatusBadge } from '../components/ui/status-badge.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { customersQuery } from '../graphql/customers.server.js';
import { languageName } from '../i18n/i18n.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('customers.title'), 'hub');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const q = params.get('q')?.trim() ?? '';
  const { customers } = await gql(request, context, customersQuery, { first: 25, after: params.get('after') || null, query: q || null });
  return json({ q, customers: customers.edges.map((e) => e.node), pageInfo: customers.pageInfo }, { headers: responseHeaders(request) });
}

export default function Customers() {
  const { q, customers, pageInfo } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  return (
    <>
      <div className="page-header">
        <h1>{t('customers.title')}</h1>
        <Link to="/hub/customers/new" className="button button--primary">
          {t('customers.new')}
        </Link>
      </div>
      <Form method="get" role="search" className="search-form search-form--wide" aria-label={t('customers.searchLabel')}>
        <label htmlFor="customer-search" className="visually-hidden">
          {t('customers.searchLabel')}
        </label>
        <input id="customer-search" type="search" name="q" defaultValue={q} key={q} placeholder={t('customers.searchPlaceholder')} autoComplete="off" />
        <button type="submit" className="button button--secondary">
          {t('common.search')}
        </button>
      </Form>
      {customers.length === 0 ? (
        <div className="empty card">
          <p>{q ? t('customers.noResults', { q }) : t('customers.empty')}</p>
        </div>
      ) : (
        <div className="card card--flush">
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('customers.name')}</th>
                  <th scope="col">{t('customers.number')}</th>
                  <th scope="col">{t('customers.language')}</th>
                  <th scope="col">{t('customers.status')}</th>
                  <th scope="col" className="num">
                    {t('customers.accessCount')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {customers.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link to={`/hub/customers/${encodeURIComponent(c.id)}`} className="strong">
                        {c.name}
                      </Link>
                    </td>
                    <td className="mono">{c.customerNumber}</td>
                    <td>{languageName(c.documentLanguage, i18n.language)}</td>
                    <td>
                      <StatusBadge kind="customer" status={c.status} />
                    </td>
                    <td className="num">{c.accessCount}</td>
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
