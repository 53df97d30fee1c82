// VAT arithmetic (issue 15, D1; decision 35): exact, on bigints of cents and of ten-thousandths of
// a percent. Never floats. Pure functions, shared by the cart (live figures) and placing (frozen).

export type TaxRoundingMode = 'PER_LINE' | 'PER_TOTAL';

/** One amount to tax: a line total (or the shipping cost) as entered, with its rate. */
export interface TaxableAmount {
  /** Decimal string, as entered: without VAT, or with VAT when `pricesIncludeTax`. */
  amount: string;
  /** The rate's name when placed, e.g. "TVA 20 %". */
  rateName: string;
  /** The rate as a decimal percentage string, e.g. "20", "5.5". */
  percentage: string;
}

export interface TaxLine {
  rateName: string;
  percentage: string;
  /** Sum of the amounts at this rate without VAT. */
  base: string;
  /** VAT at this rate. */
  tax: string;
}

export interface TaxBreakdown {
  /** VAT per rate (empty for an exempt customer). */
  lines: TaxLine[];
  totalExcludingTax: string;
  taxTotal: string;
  totalIncludingTax: string;
}

const PCT_SCALE = 10_000n; // percentages to 4 decimals
const HUNDRED = 100n * PCT_SCALE;

/** A decimal string to a count of its smallest units at `decimals` places, rounding half away from zero. */
function units(value: string, decimals: number): bigint {
  const s = value.trim();
  if (!/^-?\d+(\.\d+)?$/.test(s)) throw new Error(`Not a decimal: ${value}`);
  const negative = s.startsWith('-');
  const [int, frac = ''] = (negative ? s.slice(1) : s).split('.');
  const kept = BigInt(int + frac.padEnd(decimals, '0').slice(0, decimals));
  const roundUp = frac.length > decimals && Number(frac[decimals]) >= 5 ? 1n : 0n;
  const abs = kept + roundUp;
  return negative ? -abs : abs;
}

/** n / d rounded half away from zero (d > 0). */
function divRound(n: bigint, d: bigint): bigint {
  const negative = n < 0n;
  const abs = negative ? -n : n;
  const q = (2n * abs + d) / (2n * d);
  return negative ? -q : q;
}

function cents(value: bigint): string {
  const negative = value < 0n;
  const s = (negative ? -value : value).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}

/** "5.5000" → "5.5", "20.0000" → "20". */
export function normalizePercentage(value: string): string {
  return pctString(units(value, 4));
}

function pctString(u: bigint): string {
  const int = u / PCT_SCALE;
  const frac = (u % PCT_SCALE).toString().padStart(4, '0').replace(/0+$/, '');
  return frac ? `${int}.${frac}` : `${int}`;
}

/** The VAT contained in or added to `amount` (cents) at `pct` (ten-thousandths of a percent). */
function taxOf(amount: bigint, pct: bigint, pricesIncludeTax: boolean): bigint {
  return pricesIncludeTax ? divRound(amount * pct, HUNDRED + pct) : divRound(amount * pct, HUNDRED);
}

/**
 * The VAT of an order or a cart. `PER_LINE` rounds each amount's VAT to the cent and adds them up;
 * `PER_TOTAL` adds the amounts of a rate first and rounds its VAT once. With prices entered with
 * VAT, the amounts are gross: the VAT is the part of them above the base. An exempt customer pays
 * no VAT: without VAT the amounts are the bases; with VAT, the VAT they contain is taken off.
 */
export function computeTax(amounts: TaxableAmount[], options: { pricesIncludeTax: boolean; rounding: TaxRoundingMode; exempt: boolean }): TaxBreakdown {
  const groups = new Map<string, { rateName: string; pct: bigint; amount: bigint; tax: bigint }>();
  for (const a of amounts) {
    const amount = units(a.amount, 2);
    if (amount === 0n) continue;
    const pct = units(a.percentage, 4);
    const key = `${pct}\u0000${a.rateName}`;
    const g = groups.get(key) ?? { rateName: a.rateName, pct, amount: 0n, tax: 0n };
    g.amount += amount;
    if (options.rounding === 'PER_LINE') g.tax += taxOf(amount, pct, options.pricesIncludeTax);
    groups.set(key, g);
  }
  const sorted = [...groups.values()].sort((x, y) => (x.pct === y.pct ? x.rateName.localeCompare(y.rateName) : x.pct < y.pct ? -1 : 1));
  let excl = 0n;
  let taxTotal = 0n;
  const lines: TaxLine[] = [];
  for (const g of sorted) {
    const tax = options.rounding === 'PER_TOTAL' ? taxOf(g.amount, g.pct, options.pricesIncludeTax) : g.tax;
    const base = options.pricesIncludeTax ? g.amount - tax : g.amount;
    excl += base;
    if (options.exempt) continue;
    taxTotal += tax;
    lines.push({ rateName: g.rateName, percentage: pctString(g.pct), base: cents(base), tax: cents(tax) });
  }
  return { lines, totalExcludingTax: cents(excl), taxTotal: cents(taxTotal), totalIncludingTax: cents(excl + taxTotal) };
}
