import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CatalogTabs } from '../components/hub/catalog-tabs.js';
import { ExportLinks } from '../components/hub/export-links.js';
import { ListFilters } from '../components/hub/list-filters.js';
import { ListTable } from '../components/hub/list-table.js';
import { SelectField } from '../components/ui/fields.js';
import { Money } from '../components/ui/format.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { hubCatalogProductsQuery } from '../graphql/catalog-admin.server.js';
import { pageTitle } from '../utils/meta.js';
import { intlLocale } from '../../../server/common/intl-locale.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('products.title'), 'hub');

const PAGE_SIZE = 25;
const FILTERS = ['q', 'brand', 'season', 'tag', 'manufacturer', 'status'] as const;

/** The staff product list: search, filters and keyset pages both ways, all in the URL. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const value = (name: string) => params.get(name)?.trim() || null;
  const one = (name: string) => (value(name) ? [value(name)!] : null);
  const status = value('status');
  const after = value('after');
  const before = after ? null : value('before');
  const data = await gql(request, context, hubCatalogProductsQuery, {
    first: before ? null : PAGE_SIZE,
    after,
    last: before ? PAGE_SIZE : null,
    before,
    query: value('q'),
    brandIds: one('brand'),
    seasonIds: one('season'),
    tagIds: one('tag'),
    manufacturerIds: one('manufacturer'),
    active: status === 'active' ? true : status === 'inactive' ? false : null,
  });
  const filters = Object.fromEntries(FILTERS.map((name) => [name, value(name) ?? '']));
  return json(
    {
      filters,
      options: { brands: data.brands, seasons: data.seasons, tags: data.tags, manufacturers: data.manufacturers },
      products: data.products.edges.map((e) => e.node),
      pageInfo: data.products.pageInfo,
      totalCount: data.products.totalCount,
    },
    { headers: responseHeaders(request) },
  );
}

export default function Products() {
  const { filters, options, products, pageInfo, totalCount } = useLoaderData<typeof loader>();
  const { t, i18n } = useTranslation();
  const filtered = FILTERS.some((name) => filters[name]);
  const anyOption = t('customers.filters.any');
  const select = (name: 'brand' | 'season' | 'tag' | 'manufacturer', label: string, items: { id: string; name: string }[]) => (
    <SelectField label={label} name={name} defaultValue={filters[name]}>
      <option value="">{anyOption}</option>
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </SelectField>
  );

  return (
    <>
      <div className="page-header">
        <h1>{t('products.title')}</h1>
        <div className="page-header__actions">
          <ExportLinks name="products" />
          <Link to="/hub/catalog-import" className="button button--secondary">
            {t('products.import')}
          </Link>
          <Link to="/hub/products/new" className="button button--primary">
            {t('products.new')}
          </Link>
        </div>
      </div>
      <CatalogTabs />

      <ListFilters active={filtered}>
        <Form method="get" role="search" className="card filters" aria-label={t('products.filterLabel')} key={JSON.stringify(filters)}>
          <div className="filters__search">
            <label htmlFor="product-search">{t('products.searchLabel')}</label>
            <input id="product-search" type="search" name="q" defaultValue={filters.q} placeholder={t('products.searchPlaceholder')} autoComplete="off" />
          </div>
          {select('brand', t('products.brand'), options.brands)}
          {select('season', t('products.season'), options.seasons)}
          {select('tag', t('hubCatalog.list.tag'), options.tags)}
          {select('manufacturer', t('products.manufacturer'), options.manufacturers)}
          <SelectField label={t('hubCatalog.list.status')} name="status" defaultValue={filters.status}>
            <option value="">{t('hubCatalog.list.statusAll')}</option>
            <option value="active">{t('hubCatalog.list.statusActive')}</option>
            <option value="inactive">{t('hubCatalog.list.statusInactive')}</option>
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
      </ListFilters>

      <p className="muted hubcat-count" aria-live="polite">
        {t('hubCatalog.list.count', { count: totalCount, formatted: new Intl.NumberFormat(intlLocale(i18n.language)).format(totalCount) })}
      </p>

      <ListTable
        rows={products}
        rowKey={(p) => p.id}
        empty={filtered ? t('products.noMatch') : t('products.empty')}
        pageInfo={pageInfo}
        bothWays
        columns={[
          {
            header: t('products.name'),
            primary: true,
            cell: (p) => (
              <Link to={`/hub/products/${encodeURIComponent(p.id)}`} className="strong">
                {p.name}
              </Link>
            ),
          },
          { header: t('products.reference'), className: 'mono', cell: (p) => p.reference },
          { header: t('products.brand'), cell: (p) => p.brand?.name ?? <span className="muted">—</span> },
          { header: t('products.season'), cell: (p) => p.season?.name ?? <span className="muted">—</span> },
          {
            header: t('products.taxRate'),
            cell: (p) =>
              p.taxRate ? (
                <>
                  {p.taxRate.name}
                  {p.taxRateIsDefault ? <span className="muted small"> ({t('taxRate.followsDefault')})</span> : null}
                </>
              ) : (
                <span className="muted">—</span>
              ),
          },
          {
            header: t('hubCatalog.list.status'),
            cell: (p) => <span className={`badge badge--${p.active ? 'success' : 'neutral'}`}>{p.active ? t('products.activeYes') : t('products.inactive')}</span>,
          },
          { header: t('products.defaultPrice'), className: 'num', cell: (p) => <Money value={p.price} /> },
        ]}
      />
    </>
  );
}
