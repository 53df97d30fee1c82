import { Heading, Text } from '@react-email/components';
import { Closing } from './components/blocks.js';
import { EmailLayout, blockStyles } from './components/layout.js';
import { DEFAULT_EMAIL_LANGUAGE, getEmailT, type EmailLanguage } from './i18n.js';

/** Sent to whoever submits the public access-request form: the request has arrived (R2, seed 001). */
export interface RegistrationAcknowledgedProps {
  supplierName: string;
  companyName: string;
  contactName: string;
}

export type RegistrationAcknowledgedEmailProps = RegistrationAcknowledgedProps & { language?: EmailLanguage };

export function registrationAcknowledgedSubject(props: RegistrationAcknowledgedProps, language: EmailLanguage): string {
  return getEmailT(language)('registrationAcknowledged.subject', { supplier: props.supplierName });
}

export function RegistrationAcknowledgedEmail({ supplierName, companyName, contactName, language = DEFAULT_EMAIL_LANGUAGE }: RegistrationAcknowledgedEmailProps) {
  const t = getEmailT(language);
  const names = { supplier: supplierName, company: companyName, contact: contactName };
  return (
    <EmailLayout language={language} supplierName={supplierName} preview={t('registrationAcknowledged.preview', names)} t={t}>
      <Heading as="h1" style={blockStyles.heading}>
        {t('registrationAcknowledged.heading')}
      </Heading>
      <Text style={blockStyles.paragraph}>{t('common.greeting')}</Text>
      <Text style={blockStyles.paragraph}>{t('registrationAcknowledged.intro', names)}</Text>
      <Text style={blockStyles.paragraph}>{t('registrationAcknowledged.nextStep', names)}</Text>
      <Closing t={t} supplierName={supplierName} />
    </EmailLayout>
  );
}

RegistrationAcknowledgedEmail.PreviewProps = {
  supplierName: 'Maison Dupont & Fils',
  companyName: 'Brasserie des Halles',
  contactName: 'Julien Roux',
} satisfies RegistrationAcknowledgedProps;

export default RegistrationAcknowledgedEmail;
