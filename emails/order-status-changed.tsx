import type { CSSProperties } from 'react';
import { Heading, Section, Text } from '@react-email/components';
import { ActionButton, Closing, MultilineText, given } from './components/blocks.js';
import { formatDateTime } from './components/format.js';
import { EmailLayout, blockStyles, colors } from './components/layout.js';
import { DEFAULT_EMAIL_LANGUAGE, getEmailT, type EmailLanguage } from './i18n.js';

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
} satisfies Record<string, CSSProperties>;
