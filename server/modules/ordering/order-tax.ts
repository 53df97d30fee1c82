// VAT of carts and orders (issue 15, D1; decision 35): which rate each amount is taxed at, and the
// breakdown computed by server/common/tax.ts. Placing freezes the result on the order; a later
// shipping-cost change recomputes it from the frozen rates, never from the current ones.
import { Field, ObjectType } from 'type-graphql';
import { computeTax, normalizePercentage, type TaxBreakdown, type TaxRoundingMode } from '../../common/tax.js';
import { DecimalScalar, Money, decimal } from '../../common/money.js';
import type { Ctx } from '../../common/context.js';
import { loader } from '../../common/context.js';
import { bulkQuery, catalogView, listTaxRates, priceLoader } from '../catalog/index.js';
import { getSettings } from '../settings/index.js';
import type { Cart } from './entities/cart.entity.js';
import { OrderLine, type Order } from './entities/order.entity.js';
import { cartLines, orderingActor } from './cart.service.js';

/** A rate as read: id, name, percentage, default or not. */
export interface RateRow {
  id: string;
  name: string;
  percentage: string;
  is_default: boolean;
}

/** The rate of a product (or of shipping): its own, else the default; null when there is none. */
export function rateFor(rates: RateRow[], id: string | null | undefined): RateRow | null {
  return rates.find((r) => r.id === id) ?? rates.find((r) => r.is_default) ?? null;
}

/**
 * The shipping cost an order will carry (product O5): the storage location's default, or the
 * customer's last order's cost when the store reuses it. Placing and the cart both ask here, so the
 * cart's totals are the placed order's (decision 0053).
 */
export function expectedShippingCost(reusePrevious: boolean, locationDefault: string | null | undefined, lastShippingCost: string | null): string {
  if (reusePrevious && lastShippingCost !== null) return lastShippingCost;
  return locationDefault ?? '0.00';
}

/** What an order keeps of its VAT (the columns of migration 20261204030000). */
export interface FrozenTax {
  taxComputed: boolean;
  pricesIncludeTax: boolean | null;
  taxRounding: TaxRoundingMode | null;
  totalExcludingTax: string | null;
  taxTotal: string | null;
  taxLines: TaxBreakdown['lines'] | null;
  shippingTaxRateName: string | null;
  shippingTaxPercentage: string | null;
  /** Line by line: the rate's name and percentage (null when not computed). */
  lineRates: Array<{ name: string | null; percentage: string | null }>;
  /** Total to pay: with VAT when computed, else lines + shipping as before. */
  total: string;
}

export interface TaxOptions {
  pricesIncludeTax: boolean;
  rounding: TaxRoundingMode;
  exempt: boolean;
}

/**
 * The VAT of lines (amounts as entered) and a shipping cost, each at its rate. Without any rate
 * (no VAT configured, or a product without rate and no default) nothing is computed: the total is
 * lines + shipping, as orders had before VAT existed.
 */
export function freezeTax(
  lines: Array<{ amount: string; rate: RateRow | null }>,
  shipping: { amount: string; rate: RateRow | null },
  options: TaxOptions,
): FrozenTax {
  const plain = decimal.add(...lines.map((l) => l.amount), shipping.amount);
  const shippingNeedsRate = decimal.normalize(shipping.amount) !== '0.00';
  if (!lines.length || lines.some((l) => !l.rate) || (shippingNeedsRate && !shipping.rate)) {
    return {
      taxComputed: false, pricesIncludeTax: null, taxRounding: null, totalExcludingTax: null, taxTotal: null, taxLines: null,
      shippingTaxRateName: null, shippingTaxPercentage: null, lineRates: lines.map(() => ({ name: null, percentage: null })), total: plain,
    };
  }
  const amounts = lines.map((l) => ({ amount: l.amount, rateName: l.rate!.name, percentage: l.rate!.percentage }));
  if (shipping.rate) amounts.push({ amount: shipping.amount, rateName: shipping.rate.name, percentage: shipping.rate.percentage });
  const b = computeTax(amounts, options);
  return {
    taxComputed: true,
    pricesIncludeTax: options.pricesIncludeTax,
    taxRounding: options.rounding,
    totalExcludingTax: b.totalExcludingTax,
    taxTotal: b.taxTotal,
    taxLines: b.lines,
    shippingTaxRateName: shipping.rate?.name ?? null,
    shippingTaxPercentage: shipping.rate ? normalizePercentage(shipping.rate.percentage) : null,
    lineRates: lines.map((l) => ({ name: l.rate!.name, percentage: normalizePercentage(l.rate!.percentage) })),
    total: b.totalIncludingTax,
  };
}

/**
 * An order's VAT and total after its shipping cost changed to `shipping`, from the rates frozen on
 * its lines and shipping when placed (a rate changed since changes nothing). Null for an order
 * whose VAT was not computed: its total stays subtotal + shipping.
 */
export async function recomputeOrderTax(ctx: Ctx, order: Order, shipping: string): Promise<Pick<FrozenTax, 'totalExcludingTax' | 'taxTotal' | 'taxLines' | 'total'> | null> {
  if (!order.taxComputed) return null;
  const lines = await ctx.em.find(OrderLine, { order: order.id }, { fields: ['lineTotal', 'taxRateName', 'taxPercentage'], orderBy: { position: 'asc' } });
  const amounts = lines.map((l) => ({ amount: l.lineTotal, rateName: l.taxRateName ?? '', percentage: l.taxPercentage ?? '0' }));
  if (order.shippingTaxRateName && order.shippingTaxPercentage !== null && order.shippingTaxPercentage !== undefined) {
    amounts.push({ amount: shipping, rateName: order.shippingTaxRateName, percentage: order.shippingTaxPercentage });
  }
  const b = computeTax(amounts, {
    pricesIncludeTax: Boolean(order.pricesIncludeTax),
    rounding: order.taxRounding === 'PER_TOTAL' ? 'PER_TOTAL' : 'PER_LINE',
    exempt: Boolean(order.taxExemption),
  });
  return { totalExcludingTax: b.totalExcludingTax, taxTotal: b.taxTotal, taxLines: b.lines, total: b.totalIncludingTax };
}

/** VAT at one rate, as the API shows it. */
@ObjectType({ description: 'VAT at one rate: the amounts taxed at it (without VAT) and the VAT on them.' })
export class TaxLine {
  @Field(() => String, { description: 'The rate\'s name, e.g. "TVA 20 %" (frozen when placed, for orders).' })
  name!: string;

  @Field(() => DecimalScalar, { description: 'The rate as a decimal percentage, e.g. "20" or "5.5".' })
  rate!: string;

  @Field(() => Money, { description: 'Sum of the amounts at this rate, without VAT.' })
  base!: Money;

  @Field(() => Money, { description: 'VAT at this rate.' })
  amount!: Money;
}

export function taxLinesOf(lines: TaxBreakdown['lines'] | null | undefined, currency: string): TaxLine[] {
  return (lines ?? []).map((l) =>
    Object.assign(new TaxLine(), { name: l.rateName, rate: normalizePercentage(l.percentage), base: Money.of(decimal.normalize(l.base), currency), amount: Money.of(decimal.normalize(l.tax), currency) }),
  );
}

/** The cart's live VAT figures, lines and the shipping placing would add (decision 0053), once per request. */
export interface CartTax extends FrozenTax {
  currency: string;
  /** The shipping cost placing the cart now would charge, as entered (with or without VAT). */
  shipping: string;
  exemptionMention: string | null;
  exempt: boolean;
}

export function cartTax(ctx: Ctx, cart: Cart): Promise<CartTax | null> {
  return loader(ctx, `cart.tax.${cart.id}`, async () => {
    const lines = await cartLines(ctx, cart);
    if (!lines.length) return null;
    const prices = await priceLoader(ctx).loadMany(lines.map((l) => l.product.id));
    const failed = prices.find((p) => p instanceof Error);
    if (failed) throw failed;
    const [rates, settings, view] = await Promise.all([listTaxRates(ctx), loader(ctx, 'settings.row', () => getSettings(ctx.em)), catalogView(ctx)]);
    const rows: RateRow[] = rates.map((r) => ({ id: r.id, name: r.name, percentage: r.percentage, is_default: r.isDefault }));
    const { customer } = orderingActor(ctx);
    const [last] = settings.reusePreviousShippingCost
      ? await bulkQuery<{ cost: string }>(ctx.em, 'select o.shipping_cost::text as cost from customer_order o where o.customer_id = ? order by o.placed_at desc limit 1', [customer.id])
      : [];
    const shipping = decimal.normalize(expectedShippingCost(settings.reusePreviousShippingCost, view.location?.defaultShippingCost, last?.cost ?? null));
    const exempt = Boolean(customer.taxExemption);
    const priced = lines.flatMap((l, i) => {
      const p = prices[i];
      return p && !(p instanceof Error) ? [{ amount: decimal.mul(p.amount, l.quantity), rate: rateFor(rows, l.product.taxRate?.id), currency: p.currencyCode }] : [];
    });
    if (!priced.length) return null;
    const frozen = freezeTax(priced, { amount: shipping, rate: rateFor(rows, settings.shippingTaxRateId) }, {
      pricesIncludeTax: settings.pricesIncludeTax,
      rounding: settings.taxRounding === 'PER_TOTAL' ? 'PER_TOTAL' : 'PER_LINE',
      exempt,
    });
    return { ...frozen, shipping, pricesIncludeTax: settings.pricesIncludeTax, currency: priced[0]!.currency, exempt, exemptionMention: exempt ? (customer.taxExemptionMention ?? null) : null };
  });
}

/** An order's frozen VAT as the emails show it (emails/components/tax-totals.tsx). */
export function orderEmailTax(order: Pick<Order, 'taxComputed' | 'totalExcludingTax' | 'taxLines' | 'taxExemption' | 'taxExemptionMention'>): {
  computed: boolean;
  totalExcludingTax: string | null;
  lines: Array<{ name: string; rate: string; base: string; amount: string }>;
  exempt: boolean;
  exemptionMention: string | null;
} {
  return {
    computed: order.taxComputed,
    totalExcludingTax: order.totalExcludingTax ? decimal.normalize(order.totalExcludingTax) : null,
    lines: (order.taxLines ?? []).map((l) => ({ name: l.rateName, rate: normalizePercentage(l.percentage), base: l.base, amount: l.tax })),
    exempt: Boolean(order.taxExemption),
    exemptionMention: order.taxExemptionMention ?? null,
  };
}
