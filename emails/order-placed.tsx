import type { CSSProperties } from 'react';
import { Heading, Section, Text } from '@react-email/components';
import { ActionButton, Closing, Notice } from './components/blocks.js';
import { EmailLayout, blockStyles, colors } from './components/layout.js';
import { formatDateTime, formatMoney, formatQuantity } from './components/format.js';
import { DEFAULT_EMAIL_LANGUAGE, getEmailT, type EmailLanguage } from './i18n.js';
import { TaxMention, TaxRows, type EmailTax } from './components/tax-totals.js';

export interface OrderPlacedLine {
  reference: string;
  name: string;
  quantity: number;
  /** Decimal string, e.g. "12.50". */
  unitPrice: string;
  lineTotal: string;
}

/** Order confirmation sent to the customer when an order is placed and awaits validation (O3). */
export interface OrderPlacedProps {
  supplierName: string;
  customerName: string;
  orderNumber: string;
  orderUrl: string;
  /** ISO 8601. */
  placedAt: string;
  currencyCode: string;
  lines: OrderPlacedLine[];
  subtotal: string;
  shippingCost: string;
  total: string;
  purchaseOrderReference?: string | null;
  /** Name of the staff member who placed it on the customer's behalf (V1), if so. */
  placedOnBehalfBy?: string | null;
  /** A request for a quote rather than a firm order. */
  quote?: boolean;
  /** YYYY-MM-DD, when the customer asked for a delivery date. */
  requestedDeliveryDate?: string | null;
  /** VAT frozen at placing; absent in emails queued before VAT existed. `total` is then with VAT. */
  tax?: EmailTax | null;
}

export type OrderPlacedEmailProps = OrderPlacedProps & { language?: EmailLanguage };

export function orderPlacedSubject(props: OrderPlacedProps, language: EmailLanguage): string {
  return getEmailT(language)('orderPlaced.subject', {
    number: props.orderNumber,
    supplier: props.supplierName,
  });
}

export function OrderPlacedEmail({
  supplierName,
  customerName,
  orderNumber,
  orderUrl,
  placedAt,
  currencyCode,
  lines,
  subtotal,
  shippingCost,
  total,
  purchaseOrderReference,
  placedOnBehalfBy,
  quote,
  requestedDeliveryDate,
  tax,
  language = DEFAULT_EMAIL_LANGUAGE,
}: OrderPlacedEmailProps) {
  const t = getEmailT(language);
  const money = (amount: string) => formatMoney(amount, currencyCode, language);
  const values = { number: orderNumber, supplier: supplierName, customer: customerName };
  return (
    <EmailLayout
      language={language}
      supplierName={supplierName}
      preview={t('orderPlaced.preview', values)}
      t={t}
    >
      <Heading as="h1" style={blockStyles.heading}>
        {t('orderPlaced.heading')}
      </Heading>
      <Text style={blockStyles.paragraph}>{t('common.greeting')}</Text>
      <Text style={blockStyles.paragraph}>{t('orderPlaced.intro', values)}</Text>

      {placedOnBehalfBy ? <Notice>{t('orderPlaced.placedOnBehalf', { ...values, staff: placedOnBehalfBy })}</Notice> : null}
      {quote ? <Text style={blockStyles.paragraph}>{t('orderPlaced.quote', values)}</Text> : null}
      <Notice>{t('orderPlaced.awaitingValidation', values)}</Notice>

      <Section style={blockStyles.panel}>
        <Text style={styles.detail}>
          {t('orderPlaced.orderNumberLabel')} <strong>{orderNumber}</strong>
        </Text>
        <Text style={styles.detail}>
          {t('orderPlaced.dateLabel')} <strong>{formatDateTime(placedAt, language)}</strong>
        </Text>
        <Text style={styles.detail}>
          {t('orderPlaced.customerLabel')} <strong>{customerName}</strong>
        </Text>
        {requestedDeliveryDate ? (
          <Text style={styles.detail}>
            {t('orderPlaced.requestedDeliveryDateLabel')} <strong>{requestedDeliveryDate}</strong>
          </Text>
        ) : null}
        {purchaseOrderReference ? (
          <Text style={styles.detail}>
            {t('orderPlaced.purchaseOrderReferenceLabel')} <strong>{purchaseOrderReference}</strong>
          </Text>
        ) : null}
      </Section>

      <table
        data-text-format="dataTable"
        width="100%"
        cellPadding={0}
        cellSpacing={0}
        role="table"
        style={styles.table}
      >
        <thead>
          <tr>
            <th style={{ ...styles.th, textAlign: 'left' }}>{t('orderPlaced.columns.reference')}</th>
            <th style={{ ...styles.th, textAlign: 'left' }}>{t('orderPlaced.columns.name')}</th>
            <th style={{ ...styles.th, textAlign: 'right' }}>{t('orderPlaced.columns.quantity')}</th>
            <th style={{ ...styles.th, textAlign: 'right' }}>{t('orderPlaced.columns.unitPrice')}</th>
            <th style={{ ...styles.th, textAlign: 'right' }}>{t('orderPlaced.columns.lineTotal')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr key={`${line.reference}-${index}`}>
              <td style={{ ...styles.td, ...styles.reference }}>{line.reference}</td>
              <td style={styles.td}>{line.name}</td>
              <td style={{ ...styles.td, ...styles.number }}>{formatQuantity(line.quantity, language)}</td>
              <td style={{ ...styles.td, ...styles.number }}>{money(line.unitPrice)}</td>
              <td style={{ ...styles.td, ...styles.number }}>{money(line.lineTotal)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <table
        data-text-format="dataTable"
        width="100%"
        cellPadding={0}
        cellSpacing={0}
        role="presentation"
        style={styles.totals}
      >
        <tbody>
          <tr>
            <td style={styles.totalLabel}>{t('orderPlaced.subtotal')}</td>
            <td style={styles.totalValue}>{money(subtotal)}</td>
          </tr>
          <tr>
            <td style={styles.totalLabel}>{t('orderPlaced.shipping')}</td>
            <td style={styles.totalValue}>{money(shippingCost)}</td>
          </tr>
          {tax ? <TaxRows tax={tax} currencyCode={currencyCode} language={language} t={t} labelStyle={styles.totalLabel} valueStyle={styles.totalValue} /> : null}
          <tr>
            <td style={{ ...styles.totalLabel, ...styles.grandTotal }}>{tax?.computed ? t('tax.totalIncludingTax') : t('orderPlaced.total')}</td>
            <td style={{ ...styles.totalValue, ...styles.grandTotal }}>{money(total)}</td>
          </tr>
        </tbody>
      </table>
      {tax ? <TaxMention tax={tax} t={t} /> : null}

      <ActionButton href={orderUrl} label={t('orderPlaced.button')} t={t} />
      <Closing t={t} supplierName={supplierName} />
    </EmailLayout>
  );
}

OrderPlacedEmail.PreviewProps = {
  supplierName: 'Maison Dupont & Fils',
  customerName: 'Café du Commerce',
  orderNumber: 'CMD-2025-00042',
  orderUrl: 'https://shop.example.com/orders/CMD-2025-00042',
  placedAt: '2025-03-14T09:30:00.000Z',
  currencyCode: 'EUR',
  lines: [
    { reference: 'CAF-001', name: 'Arabica coffee beans, 1 kg', quantity: 6, unitPrice: '18.90', lineTotal: '113.40' },
    { reference: 'SUC-010', name: 'Cane sugar sticks (box of 500)', quantity: 2, unitPrice: '12.50', lineTotal: '25.00' },
    { reference: 'TAS-220', name: 'Espresso cups, white porcelain', quantity: 24, unitPrice: '2.35', lineTotal: '56.40' },
  ],
  subtotal: '194.80',
  shippingCost: '15.00',
  total: '251.76',
  purchaseOrderReference: 'PO-7781',
  tax: { computed: true, totalExcludingTax: '209.80', lines: [{ name: 'TVA 20 %', rate: '20', base: '209.80', amount: '41.96' }] },
} satisfies OrderPlacedProps;

export default OrderPlacedEmail;

const cell: CSSProperties = {
  fontSize: '14px',
  lineHeight: '20px',
  padding: '8px 6px',
  borderBottom: `1px solid ${colors.border}`,
  color: colors.text,
  verticalAlign: 'top',
};

const styles = {
  detail: { fontSize: '15px', lineHeight: '24px', margin: '2px 0', color: colors.text },
  table: { borderCollapse: 'collapse', margin: '16px 0 0', width: '100%' },
  th: {
    ...cell,
    fontSize: '12px',
    fontWeight: 700,
    textTransform: 'uppercase',
    letterSpacing: '0.03em',
    color: colors.muted,
    borderBottom: `2px solid ${colors.border}`,
  },
  td: cell,
  reference: { fontFamily: 'SFMono-Regular, Menlo, Consolas, monospace', fontSize: '13px', whiteSpace: 'nowrap' },
  number: { textAlign: 'right', whiteSpace: 'nowrap' },
  totals: { borderCollapse: 'collapse', margin: '8px 0 0', width: '100%' },
  totalLabel: { fontSize: '14px', lineHeight: '22px', padding: '4px 6px', textAlign: 'right', color: colors.muted },
  totalValue: {
    fontSize: '14px',
    lineHeight: '22px',
    padding: '4px 6px',
    textAlign: 'right',
    whiteSpace: 'nowrap',
    width: '120px',
    color: colors.text,
  },
  grandTotal: { fontSize: '16px', fontWeight: 700, color: colors.text, borderTop: `2px solid ${colors.border}` },
} satisfies Record<string, CSSProperties>;
