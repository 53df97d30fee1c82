import { Heading, Text } from '@react-email/components';
import { ActionButton, Closing, CredentialsPanel, Notice } from './components/blocks.js';
import { EmailLayout, blockStyles } from './components/layout.js';
import { DEFAULT_EMAIL_LANGUAGE, getEmailT, type EmailLanguage } from './i18n.js';

/** Sent to the applicant when staff approve an access request (R4, R5). */
export interface RegistrationApprovedProps {
  supplierName: string;
  /** The company named in the request. */
  companyName: string;
  loginUrl: string;
  /** The applicant's email address, which is the store username. */
  username: string;
  temporaryPassword: string;
}

export type RegistrationApprovedEmailProps = RegistrationApprovedProps & { language?: EmailLanguage };

export function registrationApprovedSubject(props: RegistrationApprovedProps, language: EmailLanguage): string {
  return getEmailT(language)('registrationApproved.subject', { supplier: props.supplierName });
}

export function RegistrationApprovedEmail({
  supplierName,
  companyName,
  loginUrl,
  username,
  temporaryPassword,
  language = DEFAULT_EMAIL_LANGUAGE,
}: RegistrationApprovedEmailProps) {
  const t = getEmailT(language);
  const names = { supplier: supplierName, company: companyName };
  return (
    <EmailLayout
      language={language}
      supplierName={supplierName}
      preview={t('registrationApproved.preview', names)}
      t={t}
    >
      <Heading as="h1" style={blockStyles.heading}>
        {t('registrationApproved.heading')}
      </Heading>
      <Text style={blockStyles.paragraph}>{t('common.greeting')}</Text>
      <Text style={blockStyles.paragraph}>{t('registrationApproved.intro', names)}</Text>

      <ActionButton href={loginUrl} label={t('registrationApproved.button')} t={t} />

      <CredentialsPanel
        title={t('registrationApproved.credentialsTitle')}
        usernameLabel={t('registrationApproved.usernameLabel')}
        temporaryPasswordLabel={t('registrationApproved.temporaryPasswordLabel')}
        username={username}
        temporaryPassword={temporaryPassword}
      />
      <Text style={blockStyles.paragraph}>{t('registrationApproved.firstSignIn')}</Text>

      <Notice>{t('registrationApproved.spamHint')}</Notice>
      <Closing t={t} supplierName={supplierName} />
    </EmailLayout>
  );
}

RegistrationApprovedEmail.PreviewProps = {
  supplierName: 'Maison Dupont & Fils',
  companyName: 'Brasserie des Halles',
  loginUrl: 'https://shop.example.com/login',
  username: 'julien.moreau@brasserie-des-halles.example',
  temporaryPassword: 'Hp3n-72Vd-Qe9s',
} satisfies RegistrationApprovedProps;

export default RegistrationApprovedEmail;
