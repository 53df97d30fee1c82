import { useTranslation } from 'react-i18next';
import { Money } from '../ui/format.js';
import { formatMoney, type MoneyValue } from '../../utils/format.js';

/**
 * VAT figures of a cart or an order (issue 15, D1; decision 35), as the API gives them for both:
 * total without VAT, VAT per rate, total with VAT, or "VAT not computed" for orders placed before
 * VAT rates existed; an exempt customer's legal mention.
 */
export interface VatFigures {
  taxComputed: boolean;
  totalExcludingTax?: MoneyValue | null;
  taxLines: Array<{ name: string; rate: string; base: MoneyValue; amount: MoneyValue }>;
  totalIncludingTax?: MoneyValue | null;
  taxExemption?: string | null;
  taxExemptionMention?: string | null;
}

/** Rows for a table's footer, after subtotal and shipping; `total` is shown with VAT when computed. */
export function VatTableRows({ vat, total, colSpan }: { vat: VatFigures; total: MoneyValue | null; colSpan: number }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {vat.taxComputed && vat.totalExcludingTax ? (
        <tr>
          <th scope="row" colSpan={colSpan} className="num">
            {t('vat.totalExcludingTax')}
          </th>
          <td className="num">
            <Money value={vat.totalExcludingTax} />
          </td>
        </tr>
      ) : null}
      {vat.taxComputed
        ? vat.taxLines.map((line) => (
            <tr key={`${line.name}-${line.rate}`} data-testid="vat-line">
              <th scope="row" colSpan={colSpan} className="num">
                {t('vat.line', { name: line.name, base: formatMoney(line.base, i18n.language) })}
              </th>
              <td className="num">
                <Money value={line.amount} />
              </td>
            </tr>
          ))
        : null}
      <tr className="total-row">
        <th scope="row" colSpan={colSpan} className="num">
          {vat.taxComputed ? t('vat.totalIncludingTax') : t('orders.total')}
        </th>
        <td className="num" data-testid="order-total">
          <Money value={total} />
        </td>
      </tr>
      {!vat.taxComputed || vat.taxExemption ? (
        <tr>
          <td colSpan={colSpan + 1} className="num muted small" data-testid="vat-note">
            {vat.taxComputed ? vat.taxExemptionMention || t('vat.exempt') : t('vat.notComputed')}
          </td>
        </tr>
      ) : null}
    </>
  );
}

/** Items for a `<dl className="summary">` (cart and checkout side panels). */
export function VatSummaryItems({ vat, subtotal }: { vat: VatFigures; subtotal?: MoneyValue | null }) {
  const { t, i18n } = useTranslation();
  if (!vat.taxComputed) return null;
  // Without VAT in the prices, the subtotal already is the total without VAT: not said twice.
  const sameAsSubtotal = subtotal && vat.totalExcludingTax && subtotal.amount === vat.totalExcludingTax.amount;
  return (
    <>
      {sameAsSubtotal ? null : (
        <div className="summary__minor">
          <dt>{t('vat.totalExcludingTax')}</dt>
          <dd>
            <Money value={vat.totalExcludingTax} />
          </dd>
        </div>
      )}
      {vat.taxLines.map((line) => (
        <div key={`${line.name}-${line.rate}`} className="summary__minor" data-testid="vat-line">
          <dt>{t('vat.line', { name: line.name, base: formatMoney(line.base, i18n.language) })}</dt>
          <dd>
            <Money value={line.amount} />
          </dd>
        </div>
      ))}
      <div>
        <dt>{t('vat.totalIncludingTax')}</dt>
        <dd className="strong">
          <Money value={vat.totalIncludingTax} />
        </dd>
      </div>
    </>
  );
}

/** An exempt customer's legal mention, under a summary. */
export function VatMention({ vat }: { vat: VatFigures }) {
  const { t } = useTranslation();
  if (!vat.taxComputed || !vat.taxExemption) return null;
  return (
    <p className="muted small" data-testid="vat-note">
      {vat.taxExemptionMention || t('vat.exempt')}
    </p>
  );
}
