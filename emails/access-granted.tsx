import type { CSSProperties } from 'react';
import { Button, Heading, Link, Section, Text } from '@react-email/components';
import { EmailLayout, blockStyles, colors } from './components/layout.js';
import { DEFAULT_EMAIL_LANGUAGE, getEmailT, type EmailLanguage } from './i18n.js';

/** Sent when staff grant a customer's contact access to the store (A3, A4). */
export interface AccessGrantedProps {
  supplierName: string;
  customerName: string;
  loginUrl: string;
  /** The contact's email address, which is the store username. */
  username: string;
  temporaryPassword: string;
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
      <Text style={blockStyles.paragraph}>{t('accessGranted.intro', names)}</Text>

      <Section style={blockStyles.buttonSection}>
        <Button href={loginUrl} style={blockStyles.button}>
          {t('accessGranted.button')}
        </Button>
      </Section>
      <Text style={blockStyles.small}>
        {t('common.linkFallback')}
        <br />
        <Link href={loginUrl} style={blockStyles.link}>
          {loginUrl}
        </Link>
      </Text>

      <Section style={blockStyles.panel}>
        <Text style={styles.panelTitle}>{t('accessGranted.credentialsTitle')}</Text>
        <Text style={styles.credential}>
          {t('accessGranted.usernameLabel')} <span style={styles.value}>{username}</span>
        </Text>
        <Text style={styles.credential}>
          {t('accessGranted.temporaryPasswordLabel')}{' '}
          <span style={styles.value}>{temporaryPassword}</span>
        </Text>
      </Section>
      <Text style={blockStyles.paragraph}>{t('accessGranted.firstSignIn')}</Text>

      <Section style={blockStyles.notice}>
        <Text style={styles.noticeText}>{t('accessGranted.spamHint')}</Text>
      </Section>
      <Text style={blockStyles.paragraph}>
        {t('common.closing')}
        <br />
        {t('common.signature', { supplier: supplierName })}
      </Text>
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

const mono = 'SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

const styles = {
  panelTitle: {
    fontSize: '13px',
    fontWeight: 700,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    color: colors.muted,
    margin: '0 0 8px',
  },
  credential: { fontSize: '15px', lineHeight: '24px', margin: '4px 0', color: colors.text },
  value: { fontFamily: mono, fontWeight: 700, fontSize: '15px', color: colors.text },
  noticeText: { fontSize: '14px', lineHeight: '22px', margin: 0, color: colors.text },
} satisfies Record<string, CSSProperties>;
