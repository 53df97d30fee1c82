import { Heading, Text } from '@react-email/components';
import { ActionButton, DetailsTable, Notice } from './components/blocks.js';
import { EmailLayout, blockStyles } from './components/layout.js';
import { DEFAULT_EMAIL_LANGUAGE, getEmailT, type EmailLanguage } from './i18n.js';

/** Sent to admins when Comptoir disabled a webhook endpoint after days of failed deliveries (E4). */
export interface WebhookEndpointDisabledProps {
  supplierName: string;
  /** The endpoint's URL. */
  url: string;
  /** ISO time since when every delivery failed. */
  failingSince: string;
  /** The hub's webhooks page. */
  webhooksUrl: string;
}

export type WebhookEndpointDisabledEmailProps = WebhookEndpointDisabledProps & { language?: EmailLanguage };

export function webhookEndpointDisabledSubject(props: WebhookEndpointDisabledProps, language: EmailLanguage): string {
  return getEmailT(language)('webhookEndpointDisabled.subject', { url: props.url, supplier: props.supplierName });
}

export function WebhookEndpointDisabledEmail({
  supplierName,
  url,
  failingSince,
  webhooksUrl,
  language = DEFAULT_EMAIL_LANGUAGE,
}: WebhookEndpointDisabledEmailProps) {
  const t = getEmailT(language);
  const since = failingSince.slice(0, 16).replace('T', ' ') + ' UTC';
  const values = { supplier: supplierName, url, since };
  return (
    <EmailLayout
      language={language}
      supplierName={supplierName}
      preview={t('webhookEndpointDisabled.preview', values)}
      t={t}
      footer={t('common.staffFooter', { supplier: supplierName })}
    >
      <Heading as="h1" style={blockStyles.heading}>
        {t('webhookEndpointDisabled.heading')}
      </Heading>
      <Text style={blockStyles.paragraph}>{t('common.greeting')}</Text>
      <Text style={blockStyles.paragraph}>{t('webhookEndpointDisabled.intro', values)}</Text>
      <DetailsTable
        rows={[
          { label: t('webhookEndpointDisabled.urlLabel'), value: url },
          { label: t('webhookEndpointDisabled.sinceLabel'), value: since },
        ]}
      />
      <Notice>{t('webhookEndpointDisabled.next')}</Notice>
      <ActionButton href={webhooksUrl} label={t('webhookEndpointDisabled.button')} t={t} />
    </EmailLayout>
  );
}

WebhookEndpointDisabledEmail.PreviewProps = {
  supplierName: 'Maison Dupont & Fils',
  url: 'https://erp.example.com/comptoir/webhooks',
  failingSince: '2026-11-28T09:15:00.000Z',
  webhooksUrl: 'https://hub.example.com/hub/webhooks',
} satisfies WebhookEndpointDisabledProps;

export default WebhookEndpointDisabledEmail;
