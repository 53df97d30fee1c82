import { Heading, Text } from '@react-email/components';
import { ActionButton, Closing } from './components/blocks.js';
import { EmailLayout, blockStyles } from './components/layout.js';
import { DEFAULT_EMAIL_LANGUAGE, getEmailT, type EmailLanguage } from './i18n.js';

/** Sent to a store user when staff approve an access that awaited approval (A6). */
export interface AccessApprovedProps {
  supplierName: string;
  customerName: string;
  loginUrl: string;
}

export type AccessApprovedEmailProps = AccessApprovedProps & { language?: EmailLanguage };

export function accessApprovedSubject(props: AccessApprovedProps, language: EmailLanguage): string {
  return getEmailT(language)('accessApproved.subject', { supplier: props.supplierName });
}

export function AccessApprovedEmail({ supplierName, customerName, loginUrl, language = DEFAULT_EMAIL_LANGUAGE }: AccessApprovedEmailProps) {
  const t = getEmailT(language);
  const names = { supplier: supplierName, customer: customerName };
  return (
    <EmailLayout language={language} supplierName={supplierName} preview={t('accessApproved.preview', names)} t={t}>
      <Heading as="h1" style={blockStyles.heading}>
        {t('accessApproved.heading')}
      </Heading>
      <Text style={blockStyles.paragraph}>{t('common.greeting')}</Text>
      <Text style={blockStyles.paragraph}>{t('accessApproved.intro', names)}</Text>
      <ActionButton href={loginUrl} label={t('accessApproved.button')} t={t} />
      <Closing t={t} supplierName={supplierName} />
    </EmailLayout>
  );
}

AccessApprovedEmail.PreviewProps = {
  supplierName: 'Maison Dupont & Fils',
  customerName: 'Café du Commerce',
  loginUrl: 'https://shop.example.com/login',
} satisfies AccessApprovedProps;

export default AccessApprovedEmail;
