import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CatalogTabs } from '../components/hub/catalog-tabs.js';
import { TextField } from '../components/ui/fields.js';
import { Money } from '../components/ui/format.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { explainCandidatesQuery, explainQuery } from '../graphql/catalog-admin.server.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('hubCatalog.explain.title'), 'hub');

const same = (a: string | null | undefined, b: string) => !!a && a.trim().toLowerCase() === b.toLowerCase();

/** The one match for a search: an exact number / reference / barcode, else the only result. */
function pick<T>(items: T[], exact: (item: T) => boolean): T | null {
  return items.find(exact) ?? (items.length === 1 ? items[0] : null);
}

/**
 * "Why can customer X not see product Y?" Both are found by what staff know (a customer's name or
 * number, a product's reference, barcode or name); the API's explainer names every rule in the way.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const cq = params.get('cq')?.trim() ?? '';
  const pq = params.get('pq')?.trim() ?? '';
  const found = await gql(request, context, explainCandidatesQuery, {
    customerQuery: cq || null,
    productQuery: pq || null,
    withCustomers: !!cq,
    withProducts: !!pq,
  });
  const customers = found.customers?.edges.map((e) => e.node) ?? [];
  const products = found.products?.edges.map((e) => e.node) ?? [];
  const customer = cq ? pick(customers, (c) => same(c.customerNumber, cq)) : null;
  const product = pq ? pick(products, (p) => same(p.reference, pq) || same(p.barcode, pq)) : null;
  const explanation = customer && product ? await gql(request, context, explainQuery, { customerId: customer.id, productId: product.id }) : null;
  return json(
    { cq, pq, customers: customer ? [] : customers, products: product ? [] : products, customer, product, explanation },
    { headers: responseHeaders(request) },
  );
}

export default function Explain() {
  const { cq, pq, customers, products, customer, product, explanation } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const withParam = (name: 'cq' | 'pq', value: string) => {
    const next = new URLSearchParams({ cq, pq });
    next.set(name, value);
    return `?${next.toString()}`;
  };
  const result = explanation?.productVisibilityExplain;
  const level = explanation?.customer.priceLevel?.name ?? null;
  const price = explanation
    ? (explanation.product.prices.find((p) => (level ? p.priceLevel.name === level : p.priceLevel.isDefault)) ?? null)
    : null;
  const names = customer && product ? { customer: customer.name, product: `${product.name} (${product.reference})` } : null;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('hubCatalog.explain.title')}</h1>
          <p className="muted">{t('hubCatalog.explain.intro')}</p>
        </div>
      </div>
      <CatalogTabs />

      <Form method="get" className="card filters hubcat-explain-form" aria-label={t('hubCatalog.explain.formLabel')} key={`${cq}|${pq}`}>
        <TextField
          label={t('hubCatalog.explain.customer')}
          hint={t('hubCatalog.explain.customerHint')}
          name="cq"
          defaultValue={cq}
          required
          autoComplete="off"
          fieldClassName="filters__wide"
        />
        <TextField
          label={t('hubCatalog.explain.product')}
          hint={t('hubCatalog.explain.productHint')}
          name="pq"
          defaultValue={pq}
          required
          autoComplete="off"
          fieldClassName="filters__wide"
        />
        <div className="filters__actions">
          <button type="submit" className="button button--primary">
            {t('hubCatalog.explain.submit')}
          </button>
        </div>
      </Form>

      {cq && !customer ? (
        <section className="card" aria-labelledby="pick-customer">
          <h2 id="pick-customer" className="card__title">
            {customers.length ? t('hubCatalog.explain.chooseCustomer') : t('hubCatalog.explain.noCustomer', { query: cq })}
          </h2>
          <ul className="hubcat-picks">
            {customers.map((c) => (
              <li key={c.id}>
                <Link to={withParam('cq', c.customerNumber)}>
                  {c.name} <span className="muted mono">{c.customerNumber}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {pq && !product ? (
        <section className="card" aria-labelledby="pick-product">
          <h2 id="pick-product" className="card__title">
            {products.length ? t('hubCatalog.explain.chooseProduct') : t('hubCatalog.explain.noProduct', { query: pq })}
          </h2>
          <ul className="hubcat-picks">
            {products.map((p) => (
              <li key={p.id}>
                <Link to={withParam('pq', p.reference)}>
                  {p.name} <span className="muted mono">{p.reference}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {result && names && customer && product ? (
        <section className={`card hubcat-verdict hubcat-verdict--${result.visible ? (result.orderable ? 'ok' : 'warn') : 'hidden'}`} aria-labelledby="verdict-title">
          <h2 id="verdict-title" className="card__title">
            {result.visible
              ? result.orderable
                ? t('hubCatalog.explain.visible', names)
                : t('hubCatalog.explain.visibleNotOrderable', names)
              : t('hubCatalog.explain.hidden', names)}
          </h2>
          {result.reasons.length ? (
            <>
              <h3 id="rules-title">{t('hubCatalog.explain.rules')}</h3>
              <ul className="hubcat-reasons" aria-labelledby="rules-title">
                {result.reasons.map((r) => (
                  <li key={r.rule}>
                    <strong>{t(`hubCatalog.explain.rule.${r.rule}`)}</strong>
                    <span>{r.message}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <dl className="facts">
            <div>
              <dt>{t('hubCatalog.explain.priceLevel')}</dt>
              <dd>{level ?? t('hubCatalog.explain.defaultLevel')}</dd>
            </div>
            <div>
              <dt>{t('hubCatalog.explain.price')}</dt>
              <dd>{price ? <Money value={price.amount} /> : t('hubCatalog.explain.noPrice')}</dd>
            </div>
          </dl>
          <p className="hubcat-verdict__links">
            <Link to={`/hub/customers/${encodeURIComponent(customer.id)}`}>{t('hubCatalog.explain.openCustomer', { name: customer.name })}</Link>
            <Link to={`/hub/products/${encodeURIComponent(product.id)}`}>{t('hubCatalog.explain.openProduct', { name: product.name })}</Link>
          </p>
        </section>
      ) : null}
    </>
  );
}
