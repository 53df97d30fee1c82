import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, isRouteErrorResponse, useActionData, useLoaderData, useRouteError, useRouteLoaderData, type MetaFunction, type ShouldRevalidateFunction } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AddToCartForm, quantityRuleText } from '../components/store/add-to-cart-form.js';
import { PriceAndStock, ProductImage } from '../components/store/product-card.js';
import { RouteErrorBoundary } from '../components/ui/error-page.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { storeProductQuery } from '../graphql/catalog.server.js';
import { orderListLinesAddMutation, orderListsQuery } from '../graphql/order-lists.server.js';
import { addToCart } from '../utils/add-to-cart.server.js';
import { text } from '../utils/form-errors.js';
import { quantity } from '../utils/quantity.js';
import { pageTitle } from '../utils/meta.js';
import type { loader as storeLoader } from './_store.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => (data ? data.product.name : t('storeCatalog.notFound.title')));

/** One product as the viewer may see it; the API answers NOT_FOUND alike for unknown and hidden ones (a 404 here). */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const [{ product }, lists] = await Promise.all([
    gql(request, context, storeProductQuery, { id: params.id ?? '' }),
    // The lists "Add to list" offers: the customer's own (published ones are read-only). Staff
    // outside view-as have none here.
    gql(request, context, orderListsQuery, { first: 100 }).then(
      (r) => r.orderLists.edges.map((e) => e.node).filter((l) => l.editable).map((l) => ({ id: l.id, name: l.name })),
      (): Array<{ id: string; name: string }> => [],
    ),
  ]);
  return json({ product, lists }, { headers: responseHeaders(request) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  if (form.get('intent') === 'addToList') {
    const { orderListLinesAdd } = await gql(request, context, orderListLinesAddMutation, {
      input: { orderListId: text(form, 'orderListId'), lines: [{ productId: text(form, 'productId'), quantity: quantity(text(form, 'quantity')) }] },
    });
    const errors = orderListLinesAdd.userErrors.map((e) => e.message);
    return json({ intent: 'addToList' as const, listName: errors.length ? null : (orderListLinesAdd.orderList?.name ?? null), errors }, { headers: responseHeaders(request) });
  }
  const result = await addToCart(request, context, form);
  return json(result, { headers: responseHeaders(request) });
}

export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, defaultShouldRevalidate }) =>
  formMethod?.toUpperCase() === 'POST' ? false : defaultShouldRevalidate;

export default function StoreProduct() {
  const { product, lists } = useLoaderData<typeof loader>();
  const store = useRouteLoaderData<typeof storeLoader>('routes/_store');
  const submitted = useActionData<typeof action>();
  const { t } = useTranslation();
  const orderable = product.orderable && !!product.price;
  const readOnly = !!store?.viewingAs;

  const details: Array<[string, ReactNode]> = [
    [t('storeCatalog.detail.reference'), <span className="mono">{product.reference}</span>],
    [t('storeCatalog.detail.barcode'), product.barcode ? <span className="mono">{product.barcode}</span> : null],
    [t('storeCatalog.facet.brand'), product.brand?.name],
    [t('storeCatalog.facet.season'), product.season?.name],
    [t('storeCatalog.facet.manufacturer'), product.manufacturer?.name],
    [t('storeCatalog.detail.unit'), product.unit],
    [t('storeCatalog.detail.packSize'), t('storeCatalog.packSizeValue', { size: product.packSize, unit: product.unit })],
    [t('product.quantityRules'), quantityRuleText(t, product.quantityRules)],
  ];

  return (
    <>
      <nav className="breadcrumb" aria-label={t('storeCatalog.breadcrumb')}>
        <Link to="/">
          <span aria-hidden="true">←</span> {t('nav.catalog')}
        </Link>
      </nav>
      <article className="product-page" aria-labelledby="product-title">
        <div className="product-page__media">
          <ProductImage product={product} large />
        </div>
        <div className="product-page__main">
          {product.brand ? <p className="product-card__brand">{product.brand.name}</p> : null}
          <h1 id="product-title">{product.name}</h1>
          <p className="product-page__reference muted">
            {t('product.reference')} <span className="mono">{product.reference}</span>
          </p>
          <div className="card product-page__buy">
            <PriceAndStock product={product} />
            {orderable && !readOnly ? <AddToCartForm product={product} submitted={submitted && 'productId' in submitted && submitted.productId === product.id ? submitted : undefined} /> : null}
            {orderable && readOnly ? <p className="muted">{t('storeCatalog.readOnly')}</p> : null}
            {!orderable ? <p className="muted">{t('storeCatalog.notOrderableHint')}</p> : null}
          </div>
          {!readOnly ? <AddToListForm productId={product.id} packSize={product.packSize} lists={lists} result={submitted && 'intent' in submitted ? submitted : undefined} /> : null}
          {product.description ? (
            <section className="product-page__description" aria-labelledby="product-description">
              <h2 id="product-description">{t('storeCatalog.description')}</h2>
              <p>{product.description}</p>
            </section>
          ) : null}
          <section aria-labelledby="product-details">
            <h2 id="product-details">{t('storeCatalog.details')}</h2>
            <dl className="product-page__details">
              {details
                .filter(([, value]) => value !== null && value !== undefined && value !== '')
                .map(([label, value]) => (
                  <div key={label}>
                    <dt>{label}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              {product.tags.length ? (
                <div>
                  <dt>{t('storeCatalog.facet.tag')}</dt>
                  <dd>
                    <ul className="tag-list" aria-label={t('product.tags')}>
                      {product.tags.map((tag) => (
                        <li key={tag.name} className="tag">
                          {tag.name}
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ) : null}
            </dl>
          </section>
        </div>
      </article>
    </>
  );
}

/** An unknown product and one this customer may not see look the same: "not in your catalog". */
export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (!isRouteErrorResponse(error) || error.status !== 404) return <RouteErrorBoundary />;
  return (
    <section className="error-page card" aria-labelledby="error-title">
      <p className="error-page__code">404</p>
      <h1 id="error-title">{t('storeCatalog.notFound.title')}</h1>
      <p>{t('storeCatalog.notFound.message')}</p>
      <p>
        <Link className="button button--primary" to="/">
          {t('storeCatalog.notFound.back')}
        </Link>
      </p>
    </section>
  );
}

/** "Add to list": the product and a default quantity into one of the customer's order lists. */
function AddToListForm({ productId, packSize, lists, result }: { productId: string; packSize: number; lists: Array<{ id: string; name: string }>; result?: { listName: string | null; errors: string[] } }) {
  const { t } = useTranslation();
  return (
    <section className="card product-page__list" aria-labelledby="add-to-list-title">
      <h2 id="add-to-list-title" className="card__title">
        {t('orderLists.addToList')}
      </h2>
      {lists.length === 0 ? (
        <p className="muted">
          {t('orderLists.noListsYet')} <Link to="/lists">{t('orderLists.createList')}</Link>
        </p>
      ) : (
        <Form method="post" className="add-to-list" preventScrollReset>
          <input type="hidden" name="productId" value={productId} />
          <label htmlFor="add-to-list-list">{t('orderLists.addToListLabel')}</label>
          <select id="add-to-list-list" name="orderListId">
            {lists.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
          <label htmlFor="add-to-list-qty">{t('cart.quantity')}</label>
          <input id="add-to-list-qty" type="number" name="quantity" min={packSize} step={packSize} inputMode="numeric" defaultValue={packSize} required />
          <button type="submit" name="intent" value="addToList" className="button button--secondary">
            {t('orderLists.addToList')}
          </button>
        </Form>
      )}
      {result?.listName ? (
        <p className="feedback feedback--success" role="status">
          {t('orderLists.addedToList', { name: result.listName })}
        </p>
      ) : null}
      {result?.errors.map((e) => (
        <p key={e} className="feedback feedback--error" role="alert">
          {e}
        </p>
      ))}
    </section>
  );
}
