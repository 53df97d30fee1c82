import type { CSSProperties, ReactNode } from 'react';
import {
  Body,
  Container,
  Head,
  Hr,
  Html,
  Preview,
  Section,
  Text,
} from '@react-email/components';
import type { TFunction } from 'i18next';
import type { EmailLanguage } from '../i18n.js';

export interface EmailLayoutProps {
  language: EmailLanguage;
  supplierName: string;
  /** The line mail clients show next to the subject in the inbox. */
  preview: string;
  t: TFunction;
  /** Footer line; by default the customer-facing "sent to you by <supplier>" one. */
  footer?: string;
  children: ReactNode;
}

/** Shared frame of every Comptoir email: supplier header, white card body, footer. */
export function EmailLayout({ language, supplierName, preview, t, footer, children }: EmailLayoutProps) {
  return (
    <Html lang={language} dir="ltr">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Section style={styles.header}>
            <Text style={styles.supplierName}>{supplierName}</Text>
          </Section>
          <Section style={styles.content}>{children}</Section>
          <Hr style={styles.hr} />
          <Section style={styles.footer}>
            <Text style={styles.footerText}>{footer ?? t('common.footer', { supplier: supplierName })}</Text>
            <Text style={styles.footerText}>{t('common.poweredBy')}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

const fontFamily =
  '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const colors = {
  text: '#1f2937',
  muted: '#6b7280',
  border: '#e5e7eb',
  accent: '#1d4ed8',
  panel: '#f9fafb',
  notice: '#fffbeb',
  noticeBorder: '#f59e0b',
} as const;

const styles = {
  body: { backgroundColor: '#f3f4f6', fontFamily, color: colors.text, margin: 0, padding: '24px 0' },
  container: {
    backgroundColor: '#ffffff',
    border: `1px solid ${colors.border}`,
    borderRadius: '8px',
    maxWidth: '600px',
    margin: '0 auto',
  },
  header: { padding: '20px 32px', borderBottom: `1px solid ${colors.border}` },
  supplierName: { fontSize: '20px', fontWeight: 700, lineHeight: '28px', margin: 0, color: colors.text },
  content: { padding: '8px 32px 16px' },
  hr: { borderColor: colors.border, margin: 0 },
  footer: { padding: '16px 32px 24px' },
  footerText: { fontSize: '12px', lineHeight: '18px', color: colors.muted, margin: '4px 0' },
} satisfies Record<string, CSSProperties>;

/** Styles the templates share, so all emails look like one family. */
export const blockStyles = {
  heading: { fontSize: '22px', lineHeight: '30px', fontWeight: 700, margin: '24px 0 12px', color: colors.text },
  paragraph: { fontSize: '15px', lineHeight: '24px', margin: '12px 0', color: colors.text },
  small: { fontSize: '13px', lineHeight: '20px', margin: '12px 0', color: colors.muted },
  buttonSection: { margin: '24px 0' },
  button: {
    backgroundColor: colors.accent,
    borderRadius: '6px',
    color: '#ffffff',
    fontSize: '15px',
    fontWeight: 600,
    padding: '12px 24px',
    textDecoration: 'none',
    display: 'inline-block',
  },
  link: { color: colors.accent, textDecoration: 'underline', wordBreak: 'break-all' },
  panel: {
    backgroundColor: colors.panel,
    border: `1px solid ${colors.border}`,
    borderRadius: '6px',
    padding: '16px 20px',
    margin: '16px 0',
  },
  notice: {
    backgroundColor: colors.notice,
    borderLeft: `4px solid ${colors.noticeBorder}`,
    borderRadius: '4px',
    padding: '12px 16px',
    margin: '16px 0',
  },
  noticeText: { fontSize: '14px', lineHeight: '22px', margin: 0, color: colors.text },
  panelTitle: {
    fontSize: '13px',
    fontWeight: 700,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
    color: colors.muted,
    margin: '0 0 8px',
  },
  panelText: { fontSize: '15px', lineHeight: '24px', margin: 0, color: colors.text },
} satisfies Record<string, CSSProperties>;
