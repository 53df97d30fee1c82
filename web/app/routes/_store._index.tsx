import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation, useRouteLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { ProductCard, type CatalogProduct } from '../components/store/product-card.js';
import { Pagination } from '../components/ui/pagination.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { catalogProductsQuery } from '../graphql/catalog.server.js';
import { cartLinesAddMutation } from '../graphql/ordering.server.js';
import { text } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';
import { quantity } from '../utils/quantity.js';
import type { loader as storeLoader } from './_store.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => (data?.q ? t('catalog.searchTitle', { q: data.q }) : t('catalog.title')));

const PAGE_SIZE = 24;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const q = params.get('q')?.trim() ?? '';
  const after = params.get('after') || null;
  const { products } = await gql(request, context, catalogProductsQuery, { first: PAGE_SIZE, after, query: q || null });
  return json({ q, products: products.edges.map((e) => e.node), pageInfo: products.pageInfo }, { headers: responseHeaders(request) });
}

/** Add to cart: one product and a quantity; what the API refuses is shown on that product's card. */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const productId = text(form, 'productId');
  const qty = quantity(text(form, 'quantity'));
  const { cartLinesAdd } = await gql(request, context, cartLinesAddMutation, { input: { lines: [{ productId, quantity: qty }] } });
  const errors = cartLinesAdd.userErrors.map((e) => e.message);
  return json({ productId, quantity: qty, errors, ok: errors.length === 0 }, { headers: responseHeaders(request) });
}

export default function Catalog() {
  const { q, products, pageInfo } = useLoaderData<typeof loader>();
  const store = useRouteLoaderData<typeof storeLoader>('routes/_store');
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const searching = navigation.state === 'loading' && navigation.location.pathname === '/' && navigation.formMethod === undefined;

  return (
    <>
      {store?.customer?.privateMessage ? (
        <aside className="message-banner" aria-label={t('catalog.privateMessage')}>
          <p>{store.customer.privateMessage}</p>
        </aside>
      ) : null}

      <div className="page-header">
        <h1>{q ? t('catalog.searchTitle', { q }) : t('catalog.title')}</h1>
        <Form method="get" role="search" className="search-form" aria-label={t('catalog.searchLabel')}>
          <label htmlFor="catalog-search" className="visually-hidden">
            {t('catalog.searchLabel')}
          </label>
          <input
            id="catalog-search"
            type="search"
            name="q"
            defaultValue={q}
            key={q}
            placeholder={t('catalog.searchPlaceholder')}
            autoComplete="off"
          />
          <button type="submit" className="button button--primary" aria-busy={searching || undefined}>
            {t('catalog.searchButton')}
          </button>
        </Form>
      </div>

      {products.length === 0 ? (
        <div className="empty card">
          <p>{q ? t('catalog.noResults', { q }) : t('catalog.empty')}</p>
        </div>
      ) : (
        <ul className="product-grid" aria-label={t('catalog.products')}>
          {products.map((product: CatalogProduct) => (
            <li key={product.id}>
              <ProductCard product={product} submitted={actionData?.productId === product.id ? actionData : undefined} readOnly={!!store?.viewingAs} />
            </li>
          ))}
        </ul>
      )}
      <Pagination pageInfo={pageInfo} />
    </>
  );
}
