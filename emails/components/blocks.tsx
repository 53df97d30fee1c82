import { Fragment, type CSSProperties, type ReactNode } from 'react';
import { Button, Link, Section, Text } from '@react-email/components';
import type { TFunction } from 'i18next';
import { blockStyles, colors } from './layout.js';

/** The main call to action, followed by the same address as a plain link for clients that drop buttons. */
export function ActionButton({ href, label, t }: { href: string; label: string; t: TFunction }) {
  return (
    <>
      <Section style={blockStyles.buttonSection}>
        <Button href={href} style={blockStyles.button}>
          {label}
        </Button>
      </Section>
      <Text style={blockStyles.small}>
        {t('common.linkFallback')}
        <br />
        <Link href={href} style={blockStyles.link}>
          {href}
        </Link>
      </Text>
    </>
  );
}

/** "Kind regards, / The <supplier> team". */
export function Closing({ t, supplierName }: { t: TFunction; supplierName: string }) {
  return (
    <Text style={blockStyles.paragraph}>
      {t('common.closing')}
      <br />
      {t('common.signature', { supplier: supplierName })}
    </Text>
  );
}

/** A highlighted note (amber bar on the left). */
export function Notice({ children }: { children: ReactNode }) {
  return (
    <Section style={blockStyles.notice}>
      <Text style={blockStyles.noticeText}>{children}</Text>
    </Section>
  );
}

export interface CredentialsPanelProps {
  title: string;
  usernameLabel: string;
  temporaryPasswordLabel: string;
  username: string;
  temporaryPassword: string;
}

/** The boxed username and temporary password of the store-access emails. */
export function CredentialsPanel({
  title,
  usernameLabel,
  temporaryPasswordLabel,
  username,
  temporaryPassword,
}: CredentialsPanelProps) {
  return (
    <Section style={blockStyles.panel}>
      <Text style={blockStyles.panelTitle}>{title}</Text>
      <Text style={styles.credential}>
        {usernameLabel} <span style={styles.value}>{username}</span>
      </Text>
      <Text style={styles.credential}>
        {temporaryPasswordLabel} <span style={styles.value}>{temporaryPassword}</span>
      </Text>
    </Section>
  );
}

export interface DetailRow {
  label: string;
  value: ReactNode;
}

/**
 * Label / value pairs in a two-column table; rows whose value is empty are left out. In the text
 * version it becomes an aligned two-column block.
 */
export function DetailsTable({ rows }: { rows: DetailRow[] }) {
  const shown = rows.filter((row) => row.value !== null && row.value !== undefined && row.value !== '');
  return (
    <table
      data-text-format="dataTable"
      width="100%"
      cellPadding={0}
      cellSpacing={0}
      role="presentation"
      style={styles.details}
    >
      <tbody>
        {shown.map((row) => (
          <tr key={row.label}>
            <th scope="row" style={styles.detailLabel}>
              {row.label}
            </th>
            <td style={styles.detailValue}>{row.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Keeps the line breaks of free text typed by a person (an address, a message, a reason). */
export function MultilineText({ text }: { text: string }) {
  const lines = text.trim().split(/\r?\n/);
  return (
    <>
      {lines.map((line, index) => (
        <Fragment key={index}>
          {index > 0 ? <br /> : null}
          {line}
        </Fragment>
      ))}
    </>
  );
}

/** Free text from a form, or null when it is missing or only blanks. */
export function given(value: string | null | undefined): string | null {
  return value && value.trim() !== '' ? value.trim() : null;
}

const mono = 'SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

const styles = {
  credential: { fontSize: '15px', lineHeight: '24px', margin: '4px 0', color: colors.text },
  value: { fontFamily: mono, fontWeight: 700, fontSize: '15px', color: colors.text },
  details: { borderCollapse: 'collapse', margin: '16px 0', width: '100%' },
  detailLabel: {
    fontSize: '14px',
    lineHeight: '22px',
    fontWeight: 600,
    padding: '8px 12px 8px 0',
    borderBottom: `1px solid ${colors.border}`,
    color: colors.muted,
    textAlign: 'left',
    verticalAlign: 'top',
    whiteSpace: 'nowrap',
    width: '35%',
  },
  detailValue: {
    fontSize: '15px',
    lineHeight: '22px',
    padding: '8px 0',
    borderBottom: `1px solid ${colors.border}`,
    color: colors.text,
    verticalAlign: 'top',
    wordBreak: 'break-word',
  },
} satisfies Record<string, CSSProperties>;
