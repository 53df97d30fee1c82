import { Link } from '@remix-run/react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '../ui/format.js';
import { AddToCartForm, type AddResult } from './add-to-cart-form.js';
import type { CatalogProduct } from './product-card.js';

/**
 * The catalog's list view (issue 18 M3): the column names over the rows, shown from tablet width
 * up (on a phone each row names its figures itself).
 */
export function ProductRowsHeader({ showStock }: { showStock: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={`product-rows__header${showStock ? '' : ' product-rows--no-stock'}`} aria-hidden="true">
      <span>{t('product.reference')}</span>
      <span>{t('storeCatalog.list.name')}</span>
      <span>{t('storeCatalog.list.pack')}</span>
      <span className="num">{t('storeCatalog.list.price')}</span>
      {showStock ? <span className="num">{t('storeCatalog.list.stock')}</span> : null}
      <span>{t('storeCatalog.list.quantity')}</span>
    </div>
  );
}

/** One product on one line: reference, name (its page), pack, price, stock, quantity and "Add". */
export function ProductRow({ product, submitted, readOnly = false, showStock }: { product: CatalogProduct; submitted?: AddResult; readOnly?: boolean; showStock: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const orderable = product.orderable && !!product.price;
  const hasStock = product.stock !== null && product.stock !== undefined;
  return (
    <article className={`product-row${showStock ? '' : ' product-rows--no-stock'}`} aria-labelledby={`${id}-name`}>
      <span className="product-row__reference mono">{product.reference}</span>
      <h2 className="product-row__name" id={`${id}-name`}>
        <Link to={`/products/${encodeURIComponent(product.id)}`}>{product.name}</Link>
      </h2>
      <span className="product-row__pack">
        {product.packSize > 1 ? t('storeCatalog.packSizeValue', { size: product.packSize, unit: product.unit }) : product.unit}
      </span>
      <span className="product-row__price num">
        {orderable ? <Money value={product.price} /> : <span className="muted">{t('product.notOrderable')}</span>}
      </span>
      {showStock ? (
        <span className={`product-row__stock num${hasStock ? (product.stock! > 0 ? ' stock--in' : ' stock--out') : ''}`}>
          {hasStock ? (product.stock! > 0 ? t('product.inStock', { count: product.stock! }) : t('product.outOfStock')) : null}
        </span>
      ) : null}
      <div className="product-row__add">{orderable && !readOnly ? <AddToCartForm product={product} submitted={submitted} compact /> : null}</div>
    </article>
  );
}
