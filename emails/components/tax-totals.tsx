import type { CSSProperties } from 'react';
import { Text } from '@react-email/components';
import { formatMoney } from './format.js';
import { colors } from './layout.js';

/** VAT frozen on an order (issue 15, D1; decision 35), as the emails show it. */
export interface EmailTax {
  /** False for orders placed before VAT rates existed: "VAT not computed". */
  computed: boolean;
  /** Lines and shipping without VAT. */
  totalExcludingTax?: string | null;
  /** VAT per rate. */
  lines?: Array<{ name: string; rate: string; base: string; amount: string }>;
  /** Legal mention of an exempt customer (reverse charge, export). */
  exemptionMention?: string | null;
  exempt?: boolean;
}

type T = (key: string, values?: Record<string, unknown>) => string;

/** Rows for a totals table, between the shipping and the grand total: without VAT, VAT per rate. */
export function TaxRows({ tax, currencyCode, language, t, labelStyle, valueStyle }: { tax: EmailTax; currencyCode: string; language: string; t: T; labelStyle: CSSProperties; valueStyle: CSSProperties }) {
  const money = (amount: string) => formatMoney(amount, currencyCode, language);
  if (!tax.computed) {
    return (
      <tr>
        <td style={labelStyle}>{t('tax.notComputed')}</td>
        <td style={valueStyle} />
      </tr>
    );
  }
  return (
    <>
      {tax.totalExcludingTax ? (
        <tr>
          <td style={labelStyle}>{t('tax.totalExcludingTax')}</td>
          <td style={valueStyle}>{money(tax.totalExcludingTax)}</td>
        </tr>
      ) : null}
      {(tax.lines ?? []).map((line) => (
        <tr key={`${line.name}-${line.rate}`}>
          <td style={labelStyle}>{t('tax.line', { name: line.name, base: money(line.base) })}</td>
          <td style={valueStyle}>{money(line.amount)}</td>
        </tr>
      ))}
    </>
  );
}

/** The exemption's legal mention, under the totals. */
export function TaxMention({ tax, t }: { tax: EmailTax; t: T }) {
  if (!tax.computed || !tax.exempt) return null;
  return <Text style={mentionStyle}>{tax.exemptionMention || t('tax.exempt')}</Text>;
}

const mentionStyle: CSSProperties = { fontSize: '13px', lineHeight: '20px', margin: '8px 0 0', color: colors.muted, textAlign: 'right' };
