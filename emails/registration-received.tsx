import { Heading, Section, Text } from '@react-email/components';
import { ActionButton, DetailsTable, MultilineText, given } from './components/blocks.js';
import { EmailLayout, blockStyles } from './components/layout.js';
import { DEFAULT_EMAIL_LANGUAGE, getEmailT, type EmailLanguage } from './i18n.js';

/** Sent to staff when someone submits the public access-request form (R2, R3). */
export interface RegistrationReceivedProps {
  supplierName: string;
  companyName: string;
  contactName: string;
  /** The applicant's email address, as typed in the form. */
  email: string;
  phone?: string | null;
  vatNumber?: string | null;
  /** Free text; its line breaks are kept. */
  address?: string | null;
  /** Free text; its line breaks are kept. */
  message?: string | null;
  /** The request in the hub. */
  reviewUrl: string;
}

export type RegistrationReceivedEmailProps = RegistrationReceivedProps & { language?: EmailLanguage };

export function registrationReceivedSubject(props: RegistrationReceivedProps, language: EmailLanguage): string {
  return getEmailT(language)('registrationReceived.subject', {
    company: props.companyName,
    supplier: props.supplierName,
  });
}

export function RegistrationReceivedEmail({
  supplierName,
  companyName,
  contactName,
  email,
  phone,
  vatNumber,
  address,
  message,
  reviewUrl,
  language = DEFAULT_EMAIL_LANGUAGE,
}: RegistrationReceivedEmailProps) {
  const t = getEmailT(language);
  const values = { supplier: supplierName, company: companyName, contact: contactName };
  const addressText = given(address);
  const messageText = given(message);
  return (
    <EmailLayout
      language={language}
      supplierName={supplierName}
      preview={t('registrationReceived.preview', values)}
      t={t}
      footer={t('common.staffFooter', { supplier: supplierName })}
    >
      <Heading as="h1" style={blockStyles.heading}>
        {t('registrationReceived.heading')}
      </Heading>
      <Text style={blockStyles.paragraph}>{t('common.greeting')}</Text>
      <Text style={blockStyles.paragraph}>{t('registrationReceived.intro', values)}</Text>

      <DetailsTable
        rows={[
          { label: t('registrationReceived.companyLabel'), value: companyName },
          { label: t('registrationReceived.contactLabel'), value: contactName },
          { label: t('registrationReceived.emailLabel'), value: email },
          { label: t('registrationReceived.phoneLabel'), value: given(phone) },
          { label: t('registrationReceived.vatNumberLabel'), value: given(vatNumber) },
          {
            label: t('registrationReceived.addressLabel'),
            value: addressText ? <MultilineText text={addressText} /> : null,
          },
        ]}
      />

      {messageText ? (
        <Section style={blockStyles.panel}>
          <Text style={blockStyles.panelTitle}>{t('registrationReceived.messageLabel')}</Text>
          <Text style={blockStyles.panelText}>
            <MultilineText text={messageText} />
          </Text>
        </Section>
      ) : null}

      <Text style={blockStyles.paragraph}>{t('registrationReceived.nextStep')}</Text>
      <ActionButton href={reviewUrl} label={t('registrationReceived.button')} t={t} />
    </EmailLayout>
  );
}

RegistrationReceivedEmail.PreviewProps = {
  supplierName: 'Maison Dupont & Fils',
  companyName: 'Brasserie des Halles',
  contactName: 'Julien Moreau',
  email: 'julien.moreau@brasserie-des-halles.example',
  phone: '+33 4 72 00 00 00',
  vatNumber: 'FR40123456789',
  address: '12 place des Halles\n69001 Lyon\nFrance',
  message: 'We are opening a second restaurant in March\nand would like to order coffee and tableware.',
  reviewUrl: 'https://hub.example.com/registration-requests/42',
} satisfies RegistrationReceivedProps;

export default RegistrationReceivedEmail;
