import { Heading, Text } from '@react-email/components';
import { ActionButton, Closing, CredentialsPanel, Notice } from './components/blocks.js';
import { EmailLayout, blockStyles } from './components/layout.js';
import { QrCode } from './components/qr-code.js';
import { DEFAULT_EMAIL_LANGUAGE, getEmailT, type EmailLanguage } from './i18n.js';

/** Sent when staff grant a customer's contact access to the store (A3, A4). */
export interface AccessGrantedProps {
  supplierName: string;
  customerName: string;
  loginUrl: string;
  /** The contact's email address, which is the store username. */
  username: string;
  /** Null when the email already signs in for another customer: the same login now orders for this one too (O2). */
  temporaryPassword: string | null;
  /** The access awaits the supplier's approval: the email must not say "you can order now". */
  pendingApproval?: boolean;
}

export type AccessGrantedEmailProps = AccessGrantedProps & { language?: EmailLanguage };

export function accessGrantedSubject(props: AccessGrantedProps, language: EmailLanguage): string {
  return getEmailT(language)('accessGranted.subject', { supplier: props.supplierName });
}

export function AccessGrantedEmail({
  supplierName,
  customerName,
  loginUrl,
  username,
  temporaryPassword,
  pendingApproval = false,
  language = DEFAULT_EMAIL_LANGUAGE,
}: AccessGrantedEmailProps) {
  const t = getEmailT(language);
  const names = { supplier: supplierName, customer: customerName };
  return (
    <EmailLayout
      language={language}
      supplierName={supplierName}
      preview={t('accessGranted.preview', names)}
      t={t}
    >
      <Heading as="h1" style={blockStyles.heading}>
        {t('accessGranted.heading')}
      </Heading>
      <Text style={blockStyles.paragraph}>{t('common.greeting')}</Text>
      <Text style={blockStyles.paragraph}>{t(pendingApproval ? 'accessGranted.pendingIntro' : 'accessGranted.intro', names)}</Text>

      <ActionButton href={loginUrl} label={t('accessGranted.button')} t={t} />

      {temporaryPassword ? (
        <>
          <CredentialsPanel
            title={t('accessGranted.credentialsTitle')}
            usernameLabel={t('accessGranted.usernameLabel')}
            temporaryPasswordLabel={t('accessGranted.temporaryPasswordLabel')}
            username={username}
            temporaryPassword={temporaryPassword}
          />
          <Text style={blockStyles.paragraph}>{t('accessGranted.firstSignIn')}</Text>
        </>
      ) : (
        <Text style={blockStyles.paragraph}>{t('accessGranted.linked', { ...names, username })}</Text>
      )}

      {/* The store as an app on the phone (issue 18 M1): the sign-in link as a QR code, and how to install it. */}
      <Heading as="h2" style={blockStyles.heading}>
        {t('accessGranted.installTitle')}
      </Heading>
      <Text style={blockStyles.paragraph}>{t('accessGranted.qrHint')}</Text>
      <QrCode value={loginUrl} label={t('accessGranted.qrHint')} />
      <Text style={blockStyles.paragraph}>{t('accessGranted.installIphone')}</Text>
      <Text style={blockStyles.paragraph}>{t('accessGranted.installAndroid')}</Text>

      <Notice>{t('accessGranted.spamHint')}</Notice>
      <Closing t={t} supplierName={supplierName} />
    </EmailLayout>
  );
}

AccessGrantedEmail.PreviewProps = {
  supplierName: 'Maison Dupont & Fils',
  customerName: 'Café du Commerce',
  loginUrl: 'https://shop.example.com/login',
  username: 'claire.martin@cafe-du-commerce.example',
  temporaryPassword: 'k7Rf-29xQ-mP4d',
} satisfies AccessGrantedProps;

export default AccessGrantedEmail;
