import type { CSSProperties } from 'react';
import { Heading, Section, Text } from '@react-email/components';
import { ActionButton, Closing, MultilineText, given } from './components/blocks.js';
import { formatDateTime } from './components/format.js';
import { EmailLayout, blockStyles, colors } from './components/layout.js';
import { DEFAULT_EMAIL_LANGUAGE, getEmailT, type EmailLanguage } from './i18n.js';
import { formatMoney } from './components/format.js';
import { TaxMention, TaxRows, type EmailTax } from './components/tax-totals.js';

/** The order statuses a customer is emailed about when staff move an order (O4). */
export const ORDER_STATUS_CHANGED_STATUSES = ['VALIDATED', 'REJECTED', 'SHIPPED', 'DELIVERED', 'CANCELLED'] as const;
export type OrderStatusChangedStatus = (typeof ORDER_STATUS_CHANGED_STATUSES)[number];

/** Sent to the customer when staff validate, reject, ship, deliver or cancel an order (O4). */
export interface OrderStatusChangedProps {
  supplierName: string;
  customerName: string;
  orderNumber: string;
  orderUrl: string;
  status: OrderStatusChangedStatus;
  /** Why, typed by staff (typically on rejection or cancellation); shown only when given. */
  reason?: string | null;
  /** ISO 8601. */
  changedAt: string;
  /** The order's figures (issue 15, D1): total, with its VAT per rate; absent in older queued emails. */
  totals?: { currencyCode: string; shippingCost: string; total: string; tax: EmailTax } | null;
}

export type OrderStatusChangedEmailProps = OrderStatusChangedProps & { language?: EmailLanguage };

export function orderStatusChangedSubject(props: OrderStatusChangedProps, language: EmailLanguage): string {
  return getEmailT(language)(`orderStatusChanged.subject.${props.status}`, {
    number: props.orderNumber,
    supplier: props.supplierName,
  });
}

export function OrderStatusChangedEmail({
  supplierName,
  customerName,
  orderNumber,
  orderUrl,
  status,
  reason,
  changedAt,
  totals,
  language = DEFAULT_EMAIL_LANGUAGE,
}: OrderStatusChangedEmailProps) {
  const t = getEmailT(language);
  const values = { number: orderNumber, supplier: supplierName, customer: customerName };
  const reasonText = given(reason);
  return (
    <EmailLayout
      language={language}
      supplierName={supplierName}
      preview={t('orderStatusChanged.preview', values)}
      t={t}
    >
      <Heading as="h1" style={blockStyles.heading}>
        {t('orderStatusChanged.heading')}
      </Heading>
      <Text style={blockStyles.paragraph}>{t('common.greeting')}</Text>
      <Text style={blockStyles.paragraph}>{t(`orderStatusChanged.intro.${status}`, values)}</Text>

      <Section style={blockStyles.panel}>
        <Text style={styles.detail}>
          {t('orderStatusChanged.orderNumberLabel')} <strong>{orderNumber}</strong>
        </Text>
        <Text style={styles.detail}>
          {t('orderStatusChanged.statusLabel')} <strong>{t(`orderStatusChanged.status.${status}`)}</strong>
        </Text>
        <Text style={styles.detail}>
          {t('orderStatusChanged.dateLabel')} <strong>{formatDateTime(changedAt, language)}</strong>
        </Text>
      </Section>

      {totals ? (
        <>
          <table data-text-format="dataTable" width="100%" cellPadding={0} cellSpacing={0} role="presentation" style={styles.totals}>
            <tbody>
              <tr>
                <td style={styles.totalLabel}>{t('orderPlaced.shipping')}</td>
                <td style={styles.totalValue}>{formatMoney(totals.shippingCost, totals.currencyCode, language)}</td>
              </tr>
              <TaxRows tax={totals.tax} currencyCode={totals.currencyCode} language={language} t={t} labelStyle={styles.totalLabel} valueStyle={styles.totalValue} />
              <tr>
                <td style={{ ...styles.totalLabel, ...styles.grandTotal }}>{totals.tax.computed ? t('tax.totalIncludingTax') : t('orderPlaced.total')}</td>
                <td style={{ ...styles.totalValue, ...styles.grandTotal }}>{formatMoney(totals.total, totals.currencyCode, language)}</td>
              </tr>
            </tbody>
          </table>
          <TaxMention tax={totals.tax} t={t} />
        </>
      ) : null}

      {reasonText ? (
        <Section style={blockStyles.notice}>
          <Text style={blockStyles.panelTitle}>{t('orderStatusChanged.reasonLabel')}</Text>
          <Text style={blockStyles.noticeText}>
            <MultilineText text={reasonText} />
          </Text>
        </Section>
      ) : null}

      <ActionButton href={orderUrl} label={t('orderStatusChanged.button')} t={t} />
      <Text style={blockStyles.paragraph}>{t('orderStatusChanged.questions', values)}</Text>
      <Closing t={t} supplierName={supplierName} />
    </EmailLayout>
  );
}

OrderStatusChangedEmail.PreviewProps = {
  supplierName: 'Maison Dupont & Fils',
  customerName: 'Café du Commerce',
  orderNumber: 'CMD-2025-00042',
  orderUrl: 'https://shop.example.com/orders/CMD-2025-00042',
  status: 'REJECTED',
  reason: 'The espresso cups are out of stock until April; please order them again then.',
  changedAt: '2025-03-14T15:05:00.000Z',
} satisfies OrderStatusChangedProps;

export default OrderStatusChangedEmail;

const styles = {
  detail: { fontSize: '15px', lineHeight: '24px', margin: '2px 0', color: colors.text },
  totals: { borderCollapse: 'collapse', margin: '8px 0 0', width: '100%' },
  totalLabel: { fontSize: '14px', lineHeight: '22px', padding: '4px 6px', textAlign: 'right', color: colors.muted },
  totalValue: { fontSize: '14px', lineHeight: '22px', padding: '4px 6px', textAlign: 'right', whiteSpace: 'nowrap', width: '120px', color: colors.text },
  grandTotal: { fontSize: '16px', fontWeight: 700, color: colors.text, borderTop: `2px solid ${colors.border}` },
} satisfies Record<string, CSSProperties>;
