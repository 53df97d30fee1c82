import { Heading, Section, Text } from '@react-email/components';
import { ActionButton, Closing, DetailsTable, MultilineText, given } from './components/blocks.js';
import { formatMoney } from './components/format.js';
import { EmailLayout, blockStyles } from './components/layout.js';
import { DEFAULT_EMAIL_LANGUAGE, getEmailT, type EmailLanguage } from './i18n.js';

/** What happened to the quote. */
export const QUOTE_EMAIL_KINDS = ['requested', 'sent', 'accepted', 'declined', 'commented'] as const;
export type QuoteEmailKind = (typeof QUOTE_EMAIL_KINDS)[number];

/**
 * A step of a negotiated quote (issue 19 B3): the buyer is told when the proposal is sent and when
 * the supplier comments; staff when a quote is requested, accepted, declined or commented.
 */
export interface QuoteProps {
  kind: QuoteEmailKind;
  /** Who reads it: the customer's buyer, or the supplier's staff. */
  audience: 'customer' | 'staff';
  supplierName: string;
  customerName: string;
  quoteNumber: string;
  /** The quote's total (lines, before shipping and VAT), as a decimal string. */
  total: string;
  currencyCode: string;
  /** Last day to accept (yyyy-mm-dd); null when not set. */
  expiresOn?: string | null;
  /** The message, comment or reason; null when none. */
  message?: string | null;
  /** The order it became, once accepted. */
  orderNumber?: string | null;
  /** The quote's page in the store (customer) or the hub (staff). */
  url: string;
}

export type QuoteEmailProps = QuoteProps & { language?: EmailLanguage };

const key = (kind: QuoteEmailKind, audience: QuoteProps['audience']) => (kind === 'commented' ? (audience === 'staff' ? 'commentedByCustomer' : 'commentedBySupplier') : kind);

function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

export function quoteSubject(props: QuoteProps, language: EmailLanguage): string {
  return getEmailT(language)(`quote.${key(props.kind, props.audience)}.subject`, { number: props.quoteNumber, customer: props.customerName, supplier: props.supplierName });
}

export function QuoteEmail({ kind, audience, supplierName, customerName, quoteNumber, total, currencyCode, expiresOn, message, orderNumber, url, language = DEFAULT_EMAIL_LANGUAGE }: QuoteEmailProps) {
  const t = getEmailT(language);
  const k = key(kind, audience);
  const values = { number: quoteNumber, customer: customerName, supplier: supplierName };
  const text = given(message);
  return (
    <EmailLayout
      language={language}
      supplierName={supplierName}
      preview={t(`quote.${k}.intro`, values)}
      t={t}
      footer={audience === 'staff' ? t('common.staffFooter', { supplier: supplierName }) : undefined}
    >
      <Heading as="h1" style={blockStyles.heading}>
        {t(`quote.${k}.heading`, values)}
      </Heading>
      <Text style={blockStyles.paragraph}>{t('common.greeting')}</Text>
      <Text style={blockStyles.paragraph}>{t(`quote.${k}.intro`, values)}</Text>
      <DetailsTable
        rows={[
          { label: t('quote.numberLabel'), value: quoteNumber },
          { label: t('quote.customerLabel'), value: audience === 'staff' ? customerName : null },
          { label: t('quote.totalLabel'), value: formatMoney(total, currencyCode, language) },
          { label: t('quote.expiresLabel'), value: expiresOn && (kind === 'sent' || kind === 'commented') ? formatDay(expiresOn, language) : null },
          { label: t('quote.orderLabel'), value: orderNumber ?? null },
        ]}
      />
      {text ? (
        <Section style={blockStyles.panel}>
          <Text style={blockStyles.panelTitle}>{t('quote.messageLabel')}</Text>
          <Text style={blockStyles.panelText}>
            <MultilineText text={text} />
          </Text>
        </Section>
      ) : null}
      <ActionButton href={url} label={t(audience === 'staff' ? 'quote.hubButton' : 'quote.storeButton')} t={t} />
      {audience === 'customer' ? <Closing t={t} supplierName={supplierName} /> : null}
    </EmailLayout>
  );
}

QuoteEmail.PreviewProps = {
  kind: 'sent',
  audience: 'customer',
  supplierName: 'Maison Dupont & Fils',
  customerName: 'Café du Commerce',
  quoteNumber: 'Q-000012',
  total: '1234.50',
  currencyCode: 'EUR',
  expiresOn: '2026-12-31',
  message: 'Prices include the end-of-year discount on 20 cases or more.',
  orderNumber: null,
  url: 'https://store.example.com/quotes/UXVvdGU6MQ',
} satisfies QuoteProps;

export default QuoteEmail;
