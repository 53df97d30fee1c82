import { Heading, Text } from '@react-email/components';
import { ActionButton, Closing, Notice } from './components/blocks.js';
import { formatDuration } from './components/format.js';
import { EmailLayout, blockStyles } from './components/layout.js';
import { DEFAULT_EMAIL_LANGUAGE, getEmailT, type EmailLanguage } from './i18n.js';

/** Sent when a shop user asks to reset a forgotten password (A7). */
export interface PasswordResetProps {
  supplierName: string;
  /** Single-use link to the store's "choose a new password" page. */
  resetUrl: string;
  /** How long the link stays valid, shown as "30 minutes", or "1 hour" for whole hours. */
  expiresInMinutes: number;
}

export type PasswordResetEmailProps = PasswordResetProps & { language?: EmailLanguage };

export function passwordResetSubject(props: PasswordResetProps, language: EmailLanguage): string {
  return getEmailT(language)('passwordReset.subject', { supplier: props.supplierName });
}

export function PasswordResetEmail({
  supplierName,
  resetUrl,
  expiresInMinutes,
  language = DEFAULT_EMAIL_LANGUAGE,
}: PasswordResetEmailProps) {
  const t = getEmailT(language);
  const values = { supplier: supplierName, duration: formatDuration(expiresInMinutes, language) };
  return (
    <EmailLayout
      language={language}
      supplierName={supplierName}
      preview={t('passwordReset.preview', values)}
      t={t}
    >
      <Heading as="h1" style={blockStyles.heading}>
        {t('passwordReset.heading')}
      </Heading>
      <Text style={blockStyles.paragraph}>{t('common.greeting')}</Text>
      <Text style={blockStyles.paragraph}>{t('passwordReset.intro', values)}</Text>

      <ActionButton href={resetUrl} label={t('passwordReset.button')} t={t} />

      <Text style={blockStyles.paragraph}>{t('passwordReset.expiry', values)}</Text>
      <Notice>{t('passwordReset.ignore', values)}</Notice>
      <Closing t={t} supplierName={supplierName} />
    </EmailLayout>
  );
}

PasswordResetEmail.PreviewProps = {
  supplierName: 'Maison Dupont & Fils',
  resetUrl: 'https://shop.example.com/reset-password?token=3f9c2a7e5b1d4c8f',
  expiresInMinutes: 60,
} satisfies PasswordResetProps;

export default PasswordResetEmail;
