import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation, useRouteLoaderData, type MetaFunction, type ShouldRevalidateFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { ActiveFilters, CatalogFilters, CatalogSort } from '../components/store/catalog-filters.js';
import { ProductCard } from '../components/store/product-card.js';
import { ProductRow, ProductRowsHeader } from '../components/store/product-row.js';
import { ScanButton } from '../components/store/scan-button.js';
import { SearchSuggestions } from '../components/store/search-suggestions.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { storeCatalogQuery } from '../graphql/catalog.server.js';
import type { StoreCatalogQueryVariables } from '../graphql/generated/graphql.js';
import { addToCart } from '../utils/add-to-cart.server.js';
import { catalogViewOf, type CatalogView } from '../utils/catalog-view.js';
import { FACETS, SORTS, activeFilterCount, catalogHref, parseCatalogQuery, withoutFilters } from '../utils/catalog-query.js';
import { pageTitle } from '../utils/meta.js';
import type { loader as storeLoader } from './_store.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => (data?.query.q ? t('catalog.searchTitle', { q: data.query.q }) : t('catalog.title')));

const PAGE_SIZE = 24;

/**
 * The catalog as the viewer may see it: one GraphQL operation per page (a page of products with
 * their prices and stock, the number of matches, and the facet counts), whatever the page size.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const query = parseCatalogQuery(new URL(request.url).searchParams);
  const variables: StoreCatalogQueryVariables = {
    query: query.q || null,
    sort: SORTS[query.sort],
    ...Object.fromEntries(FACETS.map((f) => [f.variable, query.filters[f.param].length ? query.filters[f.param] : null])),
    ...(query.before ? { last: PAGE_SIZE, before: query.before } : { first: PAGE_SIZE, after: query.after }),
  };
  try {
    const { products, productFacets } = await gql(request, context, storeCatalogQuery, variables);
    // A code read by the camera (issue 18 M2) opens its product when it is one.
    if (query.q && new URL(request.url).searchParams.has('scan') && products.edges.length === 1) {
      throw redirect(`/products/${encodeURIComponent(products.edges[0].node.id)}`, { headers: responseHeaders(request) });
    }
    return json(
      { query, view: catalogViewOf(request.headers.get('Cookie')), products: products.edges.map((e) => e.node), totalCount: products.totalCount, pageInfo: products.pageInfo, facets: productFacets },
      { headers: responseHeaders(request) },
    );
  } catch (error) {
    // A hand-edited URL (a filter id or cursor that is not one): start again from the search alone.
    if (error instanceof Response && error.status === 500 && (await error.clone().json().catch(() => null))?.code === 'BAD_USER_INPUT') {
      throw redirect(catalogHref({ q: query.q, sort: query.sort, filters: { brand: [], season: [], tag: [], manufacturer: [] } }), {
        headers: responseHeaders(request),
      });
    }
    throw error;
  }
}

/** Add to cart from a card (a plain POST without JavaScript; a fetcher with it). */
export async function action({ request, context }: ActionFunctionArgs) {
  const result = await addToCart(request, context, await request.formData());
  return json(result, { headers: responseHeaders(request) });
}

// Adding to the cart changes the header's count (the layout reloads), not the products: the
// catalog's own loader is not run again for it.
// Switching between cards and list (a POST to /catalog-view that comes back here) does.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, formAction, defaultShouldRevalidate }) =>
  formMethod?.toUpperCase() === 'POST' && formAction !== '/catalog-view' ? false : defaultShouldRevalidate;

/** "Cards | List": two submit buttons of one form, the current one pressed. */
function ViewSwitch({ view }: { view: CatalogView }) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <Form method="post" action="/catalog-view" className="view-switch" role="group" aria-label={t('storeCatalog.view.label')} preventScrollReset>
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      {(['cards', 'list'] as const).map((v) => (
        <button key={v} type="submit" name="view" value={v} className={`view-switch__option view-switch__option--${v}`} aria-pressed={view === v}>
          <span className="view-switch__icon" aria-hidden="true" />
          {t(`storeCatalog.view.${v}`)}
        </button>
      ))}
    </Form>
  );
}

export default function Catalog() {
  const { query, view, products, totalCount, pageInfo, facets } = useLoaderData<typeof loader>();
  const store = useRouteLoaderData<typeof storeLoader>('routes/_store');
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const loading = navigation.state === 'loading' && navigation.location.pathname === '/';
  const filtered = activeFilterCount(query) > 0;
  // A catalog without brands, seasons, tags or manufacturers has nothing to filter by: no panel.
  const showFilters = filtered || FACETS.some((f) => facets[f.key].length > 0);

  return (
    <>
      <div className="page-header catalog-header">
        <div>
          <h1>{query.q ? t('catalog.searchTitle', { q: query.q }) : t('catalog.title')}</h1>
          <p className="muted" role="status" aria-live="polite">
            {t('storeCatalog.resultCount', { count: totalCount })}
          </p>
        </div>
        <Form method="get" action="/" role="search" className="search-form catalog-search" aria-label={t('catalog.searchLabel')} key={query.q}>
          <label htmlFor="catalog-search" className="visually-hidden">
            {t('catalog.searchLabel')}
          </label>
          <SearchSuggestions id="catalog-search" defaultValue={query.q} placeholder={t('catalog.searchPlaceholder')} />
          {query.sort !== 'name' ? <input type="hidden" name="sort" value={query.sort} /> : null}
          {FACETS.flatMap((f) => query.filters[f.param].map((id) => <input key={`${f.param}-${id}`} type="hidden" name={f.param} value={id} />))}
          <button type="submit" className="button button--primary" aria-busy={loading || undefined}>
            {t('catalog.searchButton')}
          </button>
          <ScanButton mode="search" typeInto="catalog-search" />
        </Form>
      </div>

      <div className={`catalog-layout${showFilters ? '' : ' catalog-layout--no-filters'}`}>
        {showFilters ? (
          <aside className="catalog-layout__filters" aria-label={t('storeCatalog.filters')}>
            <CatalogFilters query={query} facets={facets} resultCount={totalCount} />
          </aside>
        ) : null}
        <section className="catalog-layout__results" id="catalog-results" aria-label={t('catalog.products')} aria-busy={loading || undefined}>
          <div className="catalog-toolbar">
            <ActiveFilters query={query} facets={facets} />
            <div className="catalog-toolbar__end">
              <ViewSwitch view={view} />
              <CatalogSort query={query} />
            </div>
          </div>

          {products.length === 0 ? (
            <div className="empty card catalog-empty">
              <h2>{t('storeCatalog.nothingMatches')}</h2>
              <p>{query.q ? t('catalog.noResults', { q: query.q }) : filtered ? t('storeCatalog.noResultsFiltered') : query.after || query.before ? t('storeCatalog.pageGone') : t('catalog.empty')}</p>
              <p className="catalog-empty__actions">
                {filtered ? (
                  <Link className="button button--primary" to={withoutFilters(query)}>
                    {t('storeCatalog.clearFilters')}
                  </Link>
                ) : null}
                {query.q || query.after || query.before ? (
                  <Link className="button button--secondary" to="/">
                    {t('storeCatalog.showAll')}
                  </Link>
                ) : null}
              </p>
            </div>
          ) : view === 'list' ? (
            <div className="product-rows">
              <ProductRowsHeader showStock={!!store?.showStock} />
              <ul className="product-rows__list" aria-label={t('catalog.products')}>
                {products.map((product) => (
                  <li key={product.id}>
                    <ProductRow
                      product={product}
                      submitted={actionData?.productId === product.id ? actionData : undefined}
                      readOnly={!!store?.viewingAs}
                      showStock={!!store?.showStock}
                    />
                  </li>
                ))}
              </ul>
            </div>
          ) : (
            <ul className="product-grid" aria-label={t('catalog.products')}>
              {products.map((product) => (
                <li key={product.id}>
                  <ProductCard product={product} submitted={actionData?.productId === product.id ? actionData : undefined} readOnly={!!store?.viewingAs} />
                </li>
              ))}
            </ul>
          )}

          {pageInfo.hasPreviousPage || pageInfo.hasNextPage ? (
            <nav className="pagination" aria-label={t('pagination.label')}>
              {pageInfo.hasPreviousPage && pageInfo.startCursor ? (
                <Link className="button button--secondary" rel="prev" to={catalogHref({ ...query, after: null, before: pageInfo.startCursor })}>
                  <span aria-hidden="true">←</span> {t('storeCatalog.previousPage')}
                </Link>
              ) : (
                <span />
              )}
              {pageInfo.hasNextPage && pageInfo.endCursor ? (
                <Link className="button button--secondary" rel="next" to={catalogHref({ ...query, before: null, after: pageInfo.endCursor })}>
                  {t('storeCatalog.nextPage')} <span aria-hidden="true">→</span>
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      </div>
    </>
  );
}
