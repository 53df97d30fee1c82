import { Heading, Text } from '@react-email/components';
import { ActionButton, Closing, CredentialsPanel, Notice } from './components/blocks.js';
import { EmailLayout, blockStyles } from './components/layout.js';
import { DEFAULT_EMAIL_LANGUAGE, getEmailT, type EmailLanguage } from './i18n.js';

/** Sent when staff regenerate a shop user's temporary password (A5); the previous one stops working. */
export interface PasswordRegeneratedProps {
  supplierName: string;
  customerName: string;
  loginUrl: string;
  /** The contact's email address, which is the store username. */
  username: string;
  temporaryPassword: string;
}

export type PasswordRegeneratedEmailProps = PasswordRegeneratedProps & { language?: EmailLanguage };

export function passwordRegeneratedSubject(props: PasswordRegeneratedProps, language: EmailLanguage): string {
  return getEmailT(language)('passwordRegenerated.subject', { supplier: props.supplierName });
}

export function PasswordRegeneratedEmail({
  supplierName,
  customerName,
  loginUrl,
  username,
  temporaryPassword,
  language = DEFAULT_EMAIL_LANGUAGE,
}: PasswordRegeneratedEmailProps) {
  const t = getEmailT(language);
  const names = { supplier: supplierName, customer: customerName };
  return (
    <EmailLayout
      language={language}
      supplierName={supplierName}
      preview={t('passwordRegenerated.preview', names)}
      t={t}
    >
      <Heading as="h1" style={blockStyles.heading}>
        {t('passwordRegenerated.heading')}
      </Heading>
      <Text style={blockStyles.paragraph}>{t('common.greeting')}</Text>
      <Text style={blockStyles.paragraph}>{t('passwordRegenerated.intro', names)}</Text>
      <Text style={blockStyles.paragraph}>{t('passwordRegenerated.previousPasswordInvalid')}</Text>

      <CredentialsPanel
        title={t('passwordRegenerated.credentialsTitle')}
        usernameLabel={t('passwordRegenerated.usernameLabel')}
        temporaryPasswordLabel={t('passwordRegenerated.temporaryPasswordLabel')}
        username={username}
        temporaryPassword={temporaryPassword}
      />
      <Text style={blockStyles.paragraph}>{t('passwordRegenerated.firstSignIn')}</Text>

      <ActionButton href={loginUrl} label={t('passwordRegenerated.button')} t={t} />

      <Notice>{t('passwordRegenerated.spamHint')}</Notice>
      <Text style={blockStyles.small}>{t('passwordRegenerated.unexpected', names)}</Text>
      <Closing t={t} supplierName={supplierName} />
    </EmailLayout>
  );
}

PasswordRegeneratedEmail.PreviewProps = {
  supplierName: 'Maison Dupont & Fils',
  customerName: 'Café du Commerce',
  loginUrl: 'https://shop.example.com/login',
  username: 'claire.martin@cafe-du-commerce.example',
  temporaryPassword: 'Zq8w-41Lm-Tr6c',
} satisfies PasswordRegeneratedProps;

export default PasswordRegeneratedEmail;
