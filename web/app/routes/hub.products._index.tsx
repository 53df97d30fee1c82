import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../components/ui/fields.js';
import { Money } from '../components/ui/format.js';
import { Pagination } from '../components/ui/pagination.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { hubProductsQuery } from '../graphql/products.server.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('products.title'), 'hub');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const query = params.get('q')?.trim() || null;
  const brandId = params.get('brand') || null;
  const { products, brands } = await gql(request, context, hubProductsQuery, {
    first: 25,
    after: params.get('after') || null,
    query,
    brandIds: brandId ? [brandId] : null,
  });
  return json(
    { query, brandId, brands, products: products.edges.map((e) => e.node), pageInfo: products.pageInfo },
    { headers: responseHeaders(request) },
  );
}

export default function Products() {
  const { query, brandId, brands, products, pageInfo } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const filtered = !!query || !!brandId;

  return (
    <>
      <div className="page-header">
        <h1>{t('products.title')}</h1>
        <div className="page-header__actions">
          <Link to="/hub/products/new" className="button button--primary">
            {t('products.new')}
          </Link>
        </div>
      </div>

      <Form method="get" role="search" className="card filters" aria-label={t('products.filterLabel')} key={`${query ?? ''}|${brandId ?? ''}`}>
        <div className="filters__search">
          <label htmlFor="product-search">{t('products.searchLabel')}</label>
          <input id="product-search" type="search" name="q" defaultValue={query ?? ''} placeholder={t('products.searchPlaceholder')} autoComplete="off" />
        </div>
        <SelectField label={t('products.brand')} name="brand" defaultValue={brandId ?? ''}>
          <option value="">{t('customers.filters.any')}</option>
          {brands.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </SelectField>
        <div className="filters__actions">
          <button type="submit" className="button button--secondary">
            {t('common.filter')}
          </button>
          {filtered ? (
            <Link to="/hub/products" className="button button--ghost">
              {t('customers.filters.clear')}
            </Link>
          ) : null}
        </div>
      </Form>

      {products.length === 0 ? (
        <div className="empty card">
          <p>{filtered ? t('products.noMatch') : t('products.empty')}</p>
        </div>
      ) : (
        <div className="card card--flush">
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('products.reference')}</th>
                  <th scope="col">{t('products.name')}</th>
                  <th scope="col">{t('products.brand')}</th>
                  <th scope="col">{t('products.active')}</th>
                  <th scope="col" className="num">
                    {t('products.defaultPrice')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {products.map((p) => (
                  <tr key={p.id}>
                    <td className="mono">{p.reference}</td>
                    <td>
                      <Link to={`/hub/products/${encodeURIComponent(p.id)}`} className="strong">
                        {p.name}
                      </Link>
                    </td>
                    <td>{p.brand?.name ?? <span className="muted">—</span>}</td>
                    <td>{p.active ? t('products.activeYes') : t('products.inactive')}</td>
                    <td className="num">
                      <Money value={p.price} />
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
