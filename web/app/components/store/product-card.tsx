import { useFetcher } from '@remix-run/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogProductsQuery } from '../../graphql/generated/graphql.js';
import { Money } from '../ui/format.js';

export type CatalogProduct = CatalogProductsQuery['products']['edges'][number]['node'];

interface AddResult {
  productId: string;
  quantity: number;
  ok: boolean;
  errors: string[];
}

/**
 * One product of the catalog with its own add-to-cart form: a fetcher with JavaScript (the page
 * stays put), a plain POST without (the result comes back as the page's action data).
 */
export function ProductCard({ product, submitted, readOnly = false }: { product: CatalogProduct; submitted?: AddResult; readOnly?: boolean }) {
  const { t } = useTranslation();
  const fetcher = useFetcher<AddResult>();
  const id = useId();
  const result = fetcher.state === 'idle' ? (fetcher.data ?? submitted) : undefined;
  const busy = fetcher.state !== 'idle';
  const orderable = product.orderable && !!product.price;

  return (
    <article className="product-card" aria-labelledby={`${id}-name`}>
      <div className="product-card__body">
        {product.brand ? <p className="product-card__brand">{product.brand.name}</p> : null}
        <h2 className="product-card__name" id={`${id}-name`}>
          {product.name}
        </h2>
        <p className="product-card__meta">
          <span>
            {t('product.reference')} <span className="mono">{product.reference}</span>
          </span>
          {product.packSize > 1 ? <span>{t('product.packOf', { count: product.packSize, unit: product.unit })}</span> : null}
        </p>
        {product.tags.length ? (
          <ul className="tag-list" aria-label={t('product.tags')}>
            {product.tags.map((tag) => (
              <li key={tag.name} className="tag">
                {tag.name}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <div className="product-card__footer">
        <div className="product-card__price-row">
          {orderable ? (
            <p className="product-card__price">
              <Money value={product.price} /> <span className="muted">/ {product.unit}</span>
            </p>
          ) : (
            <p className="product-card__unavailable">{t('product.notOrderable')}</p>
          )}
          {product.stock !== null && product.stock !== undefined ? (
            <p className={`stock ${product.stock > 0 ? 'stock--in' : 'stock--out'}`}>
              {product.stock > 0 ? t('product.inStock', { count: product.stock }) : t('product.outOfStock')}
            </p>
          ) : null}
        </div>
        {orderable && !readOnly ? (
          <fetcher.Form method="post" className="add-form">
            <input type="hidden" name="productId" value={product.id} />
            <label htmlFor={`${id}-qty`} className="visually-hidden">
              {t('product.quantityFor', { name: product.name })}
            </label>
            <input
              id={`${id}-qty`}
              className="add-form__qty"
              type="number"
              name="quantity"
              inputMode="numeric"
              min={1}
              step={1}
              defaultValue={product.packSize}
              required
            />
            <button type="submit" className="button button--primary" aria-busy={busy || undefined}>
              {t('product.addToCart')}
            </button>
          </fetcher.Form>
        ) : null}
        <div aria-live="polite" className="product-card__feedback">
          {result?.ok ? <p className="feedback feedback--success">{t('product.added', { count: result.quantity })}</p> : null}
          {result && !result.ok
            ? result.errors.map((e) => (
                <p key={e} className="feedback feedback--error" role="alert">
                  {e}
                </p>
              ))
            : null}
        </div>
      </div>
    </article>
  );
}
