import { Link } from '@remix-run/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreProductCardFragment } from '../../graphql/generated/graphql.js';
import { Money } from '../ui/format.js';
import { AddToCartForm, quantityRuleText, type AddResult } from './add-to-cart-form.js';

export type CatalogProduct = StoreProductCardFragment;

/** The product's image, or a tile with its initials so a card never has a hole. */
export function ProductImage({ product, large = false }: { product: Pick<CatalogProduct, 'name' | 'imageUrl'>; large?: boolean }) {
  const { t } = useTranslation();
  const className = `product-media${large ? ' product-media--large' : ''}`;
  if (product.imageUrl) {
    return (
      <div className={className}>
        <img src={product.imageUrl} alt={t('storeCatalog.imageAlt', { name: product.name })} loading={large ? undefined : 'lazy'} />
      </div>
    );
  }
  const initials = product.name
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w))
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return (
    <div className={`${className} product-media--placeholder`} aria-hidden="true">
      <span>{initials || '•'}</span>
    </div>
  );
}

/** Price for the viewer, or "Not orderable" (never a zero price), and the stock when the store shows it. */
export function PriceAndStock({ product }: { product: Pick<CatalogProduct, 'orderable' | 'price' | 'stock' | 'unit'> }) {
  const { t } = useTranslation();
  const orderable = product.orderable && !!product.price;
  return (
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
  );
}

/** One product of the catalog: image, brand, name (a link to its page), reference, pack, price, stock, add to cart. */
export function ProductCard({ product, submitted, readOnly = false }: { product: CatalogProduct; submitted?: AddResult; readOnly?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const href = `/products/${encodeURIComponent(product.id)}`;
  const orderable = product.orderable && !!product.price;

  return (
    <article className="product-card" aria-labelledby={`${id}-name`}>
      <Link to={href} className="product-card__media-link" tabIndex={-1} aria-hidden="true">
        <ProductImage product={product} />
      </Link>
      <div className="product-card__body">
        {product.brand ? <p className="product-card__brand">{product.brand.name}</p> : null}
        <h2 className="product-card__name" id={`${id}-name`}>
          <Link to={href}>{product.name}</Link>
        </h2>
        <p className="product-card__meta">
          <span>
            {t('product.reference')} <span className="mono">{product.reference}</span>
          </span>
          <span>{product.packSize > 1 ? t('product.packOf', { count: product.packSize, unit: product.unit }) : t('storeCatalog.soldPer', { unit: product.unit })}</span>
          {product.quantityRules.minimum > product.packSize || product.quantityRules.increment !== product.packSize || product.quantityRules.maximum ? (
            <span className="product-card__rule">{quantityRuleText(t, product.quantityRules)}</span>
          ) : null}
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
        <PriceAndStock product={product} />
        {orderable && !readOnly ? <AddToCartForm product={product} submitted={submitted} /> : null}
      </div>
    </article>
  );
}
