import { Heading, Section, Text } from '@react-email/components';
import { Closing, MultilineText, given } from './components/blocks.js';
import { EmailLayout, blockStyles } from './components/layout.js';
import { DEFAULT_EMAIL_LANGUAGE, getEmailT, type EmailLanguage } from './i18n.js';

/** Sent to the applicant when staff refuse an access request (R4, R5). */
export interface RegistrationRefusedProps {
  supplierName: string;
  /** The company named in the request. */
  companyName: string;
  /** Optional reason typed by staff; shown only when given. */
  reason?: string | null;
}

export type RegistrationRefusedEmailProps = RegistrationRefusedProps & { language?: EmailLanguage };

export function registrationRefusedSubject(props: RegistrationRefusedProps, language: EmailLanguage): string {
  return getEmailT(language)('registrationRefused.subject', { supplier: props.supplierName });
}

export function RegistrationRefusedEmail({
  supplierName,
  companyName,
  reason,
  language = DEFAULT_EMAIL_LANGUAGE,
}: RegistrationRefusedEmailProps) {
  const t = getEmailT(language);
  const names = { supplier: supplierName, company: companyName };
  const reasonText = given(reason);
  return (
    <EmailLayout
      language={language}
      supplierName={supplierName}
      preview={t('registrationRefused.preview', names)}
      t={t}
    >
      <Heading as="h1" style={blockStyles.heading}>
        {t('registrationRefused.heading')}
      </Heading>
      <Text style={blockStyles.paragraph}>{t('common.greeting')}</Text>
      <Text style={blockStyles.paragraph}>{t('registrationRefused.intro', names)}</Text>

      {reasonText ? (
        <Section style={blockStyles.panel}>
          <Text style={blockStyles.panelTitle}>{t('registrationRefused.reasonLabel')}</Text>
          <Text style={blockStyles.panelText}>
            <MultilineText text={reasonText} />
          </Text>
        </Section>
      ) : null}

      <Text style={blockStyles.paragraph}>{t('registrationRefused.contact', names)}</Text>
      <Closing t={t} supplierName={supplierName} />
    </EmailLayout>
  );
}

RegistrationRefusedEmail.PreviewProps = {
  supplierName: 'Maison Dupont & Fils',
  companyName: 'Brasserie des Halles',
  reason: 'We only deliver to professional customers in the Rhône-Alpes region for now.',
} satisfies RegistrationRefusedProps;

export default RegistrationRefusedEmail;
