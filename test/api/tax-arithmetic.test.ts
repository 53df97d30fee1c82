import { describe, expect, it } from 'vitest';
import { computeTax, normalizePercentage, type TaxableAmount } from '../../server/common/tax.js';

const r20 = (amount: string): TaxableAmount => ({ amount, rateName: 'TVA 20 %', percentage: '20' });
const r55 = (amount: string): TaxableAmount => ({ amount, rateName: 'TVA 5,5 %', percentage: '5.5' });
const net = { pricesIncludeTax: false, exempt: false } as const;
const gross = { pricesIncludeTax: true, exempt: false } as const;

describe('VAT arithmetic (decision 35)', () => {
  it('rounds each line half up in PER_LINE, the rate total once in PER_TOTAL', () => {
    // 0.10 × 5.5 % = 0.0055 → 0.01 per line; ten lines: 0.10 per line, 0.06 on the total (0.055 → 0.06).
    const lines = Array.from({ length: 10 }, () => r55('0.10'));
    expect(computeTax(lines, { ...net, rounding: 'PER_LINE' })).toEqual({
      lines: [{ rateName: 'TVA 5,5 %', percentage: '5.5', base: '1.00', tax: '0.10' }],
      totalExcludingTax: '1.00', taxTotal: '0.10', totalIncludingTax: '1.10',
    });
    expect(computeTax(lines, { ...net, rounding: 'PER_TOTAL' })).toEqual({
      lines: [{ rateName: 'TVA 5,5 %', percentage: '5.5', base: '1.00', tax: '0.06' }],
      totalExcludingTax: '1.00', taxTotal: '0.06', totalIncludingTax: '1.06',
    });
  });

  it('a VAT of exactly half a cent rounds up (0.005 → 0.01), never down to even', () => {
    // 0.025 × 20 % = 0.005; 0.075 cannot be a line total, so take 0.45 × 5.5 % = 0.02475 → 0.02
    expect(computeTax([r20('0.025')], { ...net, rounding: 'PER_LINE' }).taxTotal).toBe('0.01'); // 0.03 (amount rounded to cents) × 20 % = 0.006
    expect(computeTax([{ amount: '0.05', rateName: '10', percentage: '10' }], { ...net, rounding: 'PER_LINE' }).taxTotal).toBe('0.01'); // 0.005
    expect(computeTax([{ amount: '0.15', rateName: '10', percentage: '10' }], { ...net, rounding: 'PER_TOTAL' }).taxTotal).toBe('0.02'); // 0.015
    expect(computeTax([r55('0.45')], { ...net, rounding: 'PER_LINE' }).taxTotal).toBe('0.02');
  });

  it('many lines at several rates, with shipping at its own rate, add up to the cent in both modes', () => {
    const lines: TaxableAmount[] = [];
    for (let i = 1; i <= 500; i++) lines.push(i % 3 ? r20(`${i}.05`) : r55(`${i}.15`));
    lines.push({ amount: '12.35', rateName: 'Shipping 21 %', percentage: '21' });
    const perLine = computeTax(lines, { ...net, rounding: 'PER_LINE' });
    const perTotal = computeTax(lines, { ...net, rounding: 'PER_TOTAL' });
    // Exact sums computed separately: per rate, base = Σ amounts.
    const base20 = lines.filter((l) => l.percentage === '20').reduce((s, l) => s + Math.round(Number(l.amount) * 100), 0);
    const base55 = lines.filter((l) => l.percentage === '5.5').reduce((s, l) => s + Math.round(Number(l.amount) * 100), 0);
    expect(perTotal.lines.map((l) => [l.percentage, l.base])).toEqual([['5.5', (base55 / 100).toFixed(2)], ['20', (base20 / 100).toFixed(2)], ['21', '12.35']]);
    // PER_TOTAL: one rounding per rate. 20 % of a whole number of cents is exact to 0.2 cent: half-up by integers.
    const tax20 = (base20 * 20 + 50) / 100; // cents × 20 % in cents, half-up
    expect(perTotal.lines[1].tax).toBe((Math.floor(tax20) / 100).toFixed(2));
    expect(perTotal.lines[2].tax).toBe('2.59'); // 12.35 × 21 % = 2.5935
    // PER_LINE: each line rounded; x.05 × 20 % = x.01 exactly, so the same as PER_TOTAL at 20 %;
    // x.15 × 5.5 % = ….00825 → rounds per line, so the totals differ at 5.5 %.
    expect(perLine.lines[1].tax).toBe(perTotal.lines[1].tax);
    expect(perLine.lines[0].tax).not.toBe(perTotal.lines[0].tax);
    for (const b of [perLine, perTotal]) {
      const sum = (k: 'base' | 'tax') => b.lines.reduce((s, l) => s + BigInt(l[k].replace('.', '')), 0n);
      expect(BigInt(b.totalExcludingTax.replace('.', ''))).toBe(sum('base'));
      expect(BigInt(b.taxTotal.replace('.', ''))).toBe(sum('tax'));
      expect(BigInt(b.totalIncludingTax.replace('.', ''))).toBe(sum('base') + sum('tax'));
    }
  });

  it('prices with VAT: the VAT contained is taken out, and base + VAT is the gross amount', () => {
    // 1.05 with 5.5 %: 1.05 × 5.5 / 105.5 = 0.05474 → 0.05; base 1.00.
    expect(computeTax([r55('1.05')], { ...gross, rounding: 'PER_LINE' })).toEqual({
      lines: [{ rateName: 'TVA 5,5 %', percentage: '5.5', base: '1.00', tax: '0.05' }],
      totalExcludingTax: '1.00', taxTotal: '0.05', totalIncludingTax: '1.05',
    });
    // 0.03 with 20 %: 0.005 exactly → 0.01 per line; 3 lines: 0.03 per line, 0.015 → 0.02 on the total.
    const three = [r20('0.03'), r20('0.03'), r20('0.03')];
    expect(computeTax(three, { ...gross, rounding: 'PER_LINE' }).lines[0]).toEqual({ rateName: 'TVA 20 %', percentage: '20', base: '0.06', tax: '0.03' });
    expect(computeTax(three, { ...gross, rounding: 'PER_TOTAL' }).lines[0]).toEqual({ rateName: 'TVA 20 %', percentage: '20', base: '0.07', tax: '0.02' });
    for (const rounding of ['PER_LINE', 'PER_TOTAL'] as const) expect(computeTax(three, { ...gross, rounding }).totalIncludingTax).toBe('0.09');
  });

  it('an exempt customer pays no VAT: no VAT lines; prices with VAT lose the VAT they contain', () => {
    expect(computeTax([r20('100.00'), r55('10.00')], { ...net, exempt: true, rounding: 'PER_LINE' })).toEqual({ lines: [], totalExcludingTax: '110.00', taxTotal: '0.00', totalIncludingTax: '110.00' });
    expect(computeTax([r20('120.00')], { ...gross, exempt: true, rounding: 'PER_TOTAL' })).toEqual({ lines: [], totalExcludingTax: '100.00', taxTotal: '0.00', totalIncludingTax: '100.00' });
  });

  it('a 0 % rate shows its base with no VAT; percentages print without trailing zeros', () => {
    expect(computeTax([{ amount: '9.99', rateName: '0 %', percentage: '0.0000' }], { ...net, rounding: 'PER_LINE' }).lines).toEqual([{ rateName: '0 %', percentage: '0', base: '9.99', tax: '0.00' }]);
    expect(normalizePercentage('5.5000')).toBe('5.5');
    expect(normalizePercentage('21')).toBe('21');
  });
});
