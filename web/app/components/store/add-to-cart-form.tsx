import { Link, useFetcher } from '@remix-run/react';
import { useId, useState } from 'react';
import { queueAddition } from '../../utils/offline-cart.js';
import { useTranslation } from 'react-i18next';

/** What the page's action answers (see utils/add-to-cart.server.ts); repeated here, web types only. */
export interface AddResult {
  productId: string;
  requested: number;
  quantity: number;
  packSize: number;
  ok: boolean;
  errors: string[];
}

interface Props {
  product: { id: string; name: string; packSize: number; unit: string; quantityRules: { minimum: number; maximum?: number | null; increment: number } };
  /** The page's action data when the form was posted without JavaScript. */
  submitted?: AddResult;
  /** Where the form posts (the page's own action by default). */
  action?: string;
  /** The catalog's list view: a short "Add" (named after the product for screen readers), no pack hint (the row shows the pack). */
  compact?: boolean;
}

/**
 * Quantity and "Add to cart" for one product. Quantities are units; the field steps by the pack
 * size, and a quantity that is not a whole number of packs is rounded up to the next full pack by
 * the action, which the hint says beforehand and the confirmation repeats. A fetcher with
 * JavaScript (the page stays put, the header's cart count is revalidated), a plain POST without.
 */
/** "Min 24, by 12, max 240": the product's quantity rules in a few words (decision 0049). */
export function quantityRuleText(t: (key: string, vars?: Record<string, unknown>) => string, rules: { minimum: number; maximum?: number | null; increment: number }): string {
  const text = t('product.quantityRule', { minimum: rules.minimum, increment: rules.increment });
  return rules.maximum ? `${text}${t('product.quantityRuleMax', { maximum: rules.maximum })}` : text;
}

export function AddToCartForm({ product, submitted, action, compact = false }: Props) {
  const { t } = useTranslation();
  const fetcher = useFetcher<AddResult>();
  const id = useId();
  const busy = fetcher.state !== 'idle';
  const result = busy ? undefined : (fetcher.data ?? submitted);
  const pack = product.packSize;
  // The product's quantity rules (decision 0049): the field starts at the minimum and steps by the increment.
  const { minimum, increment } = product.quantityRules;
  // Without a connection the addition is kept on the phone and sent when it returns (issue 18 M4).
  const [queued, setQueued] = useState<number | null>(null);

  return (
    <div className={`add-to-cart${compact ? ' add-to-cart--compact' : ''}`}>
      <fetcher.Form
        method="post"
        action={action}
        className="add-form"
        noValidate
        onSubmit={(e) => {
          setQueued(null);
          if (navigator.onLine) return;
          e.preventDefault();
          const typed = Math.floor(Number(new FormData(e.currentTarget).get('quantity')));
          const qty = typed >= 1 ? Math.max(minimum, Math.ceil(typed / increment) * increment) : minimum;
          queueAddition({ productId: product.id, quantity: qty, name: product.name });
          setQueued(qty);
        }}
      >
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
          min={minimum}
          max={product.quantityRules.maximum ?? undefined}
          step={increment}
          defaultValue={minimum}
          aria-describedby={(pack > 1 || minimum > 1) && !compact ? `${id}-pack` : undefined}
          required
        />
        <button
          type="submit"
          className="button button--primary"
          aria-busy={busy || undefined}
          aria-label={compact ? t('storeCatalog.list.addLabel', { name: product.name }) : undefined}
        >
          {compact ? t('storeCatalog.list.add') : t('product.addToCart')}
        </button>
      </fetcher.Form>
      {(pack > 1 || minimum > 1) && !compact ? (
        <p className="add-to-cart__hint" id={`${id}-pack`}>
          {increment === pack && minimum === pack && !product.quantityRules.maximum
            ? t('storeCatalog.packHint', { size: pack, unit: product.unit })
            : quantityRuleText(t, product.quantityRules)}
        </p>
      ) : null}
      <div aria-live="polite" className="product-card__feedback">
        {queued !== null ? <p className="feedback feedback--warning">{t('pwa.queue.saved', { count: queued })}</p> : null}
        {queued === null && result?.ok ? (
          <p className="feedback feedback--success">
            {t('product.added', { count: result.quantity })}{' '}
            {result.quantity !== result.requested ? (
              <span>{t('storeCatalog.roundedUp', { requested: result.requested, quantity: result.quantity, packSize: result.packSize })} </span>
            ) : null}
            <Link to="/cart">{t('storeCatalog.viewCart')}</Link>
          </p>
        ) : null}
        {queued === null && result && !result.ok
          ? result.errors.map((e) => (
              <p key={e} className="feedback feedback--error" role="alert">
                {e}
              </p>
            ))
          : null}
      </div>
    </div>
  );
}
