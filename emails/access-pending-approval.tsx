import { Heading, Text } from '@react-email/components';
import { ActionButton, DetailsTable, Notice } from './components/blocks.js';
import { EmailLayout, blockStyles } from './components/layout.js';
import { DEFAULT_EMAIL_LANGUAGE, getEmailT, type EmailLanguage } from './i18n.js';

/** Sent to staff when a new store access is PENDING_APPROVAL (A6, N2). */
export interface AccessPendingApprovalProps {
  supplierName: string;
  customerName: string;
  /** The shop user's email address (its username). */
  email: string;
  /** The customer's store-access panel in the hub. */
  reviewUrl: string;
}

export type AccessPendingApprovalEmailProps = AccessPendingApprovalProps & { language?: EmailLanguage };

export function accessPendingApprovalSubject(props: AccessPendingApprovalProps, language: EmailLanguage): string {
  return getEmailT(language)('accessPendingApproval.subject', {
    customer: props.customerName,
    supplier: props.supplierName,
  });
}

export function AccessPendingApprovalEmail({
  supplierName,
  customerName,
  email,
  reviewUrl,
  language = DEFAULT_EMAIL_LANGUAGE,
}: AccessPendingApprovalEmailProps) {
  const t = getEmailT(language);
  const values = { supplier: supplierName, customer: customerName, email };
  return (
    <EmailLayout
      language={language}
      supplierName={supplierName}
      preview={t('accessPendingApproval.preview', values)}
      t={t}
      footer={t('common.staffFooter', { supplier: supplierName })}
    >
      <Heading as="h1" style={blockStyles.heading}>
        {t('accessPendingApproval.heading')}
      </Heading>
      <Text style={blockStyles.paragraph}>{t('common.greeting')}</Text>
      <Text style={blockStyles.paragraph}>{t('accessPendingApproval.intro', values)}</Text>

      <DetailsTable
        rows={[
          { label: t('accessPendingApproval.customerLabel'), value: customerName },
          { label: t('accessPendingApproval.emailLabel'), value: email },
        ]}
      />

      <Notice>{t('accessPendingApproval.restriction')}</Notice>
      <ActionButton href={reviewUrl} label={t('accessPendingApproval.button')} t={t} />
    </EmailLayout>
  );
}

AccessPendingApprovalEmail.PreviewProps = {
  supplierName: 'Maison Dupont & Fils',
  customerName: 'Café du Commerce',
  email: 'claire.martin@cafe-du-commerce.example',
  reviewUrl: 'https://hub.example.com/customers/17#store-access',
} satisfies AccessPendingApprovalProps;

export default AccessPendingApprovalEmail;
