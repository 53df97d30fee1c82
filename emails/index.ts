import { createElement, type ReactElement } from 'react';
import { render } from '@react-email/render';
import { AccessApprovedEmail, accessApprovedSubject, type AccessApprovedProps } from './access-approved.js';
import { AccessGrantedEmail, accessGrantedSubject, type AccessGrantedProps } from './access-granted.js';
import {
  AccessPendingApprovalEmail,
  accessPendingApprovalSubject,
  type AccessPendingApprovalProps,
} from './access-pending-approval.js';
import { OrderPlacedEmail, orderPlacedSubject, type OrderPlacedProps } from './order-placed.js';
import {
  OrderStatusChangedEmail,
  orderStatusChangedSubject,
  type OrderStatusChangedProps,
} from './order-status-changed.js';
import {
  PasswordRegeneratedEmail,
  passwordRegeneratedSubject,
  type PasswordRegeneratedProps,
} from './password-regenerated.js';
import { PasswordResetEmail, passwordResetSubject, type PasswordResetProps } from './password-reset.js';
import {
  RegistrationApprovedEmail,
  registrationApprovedSubject,
  type RegistrationApprovedProps,
} from './registration-approved.js';
import {
  RegistrationReceivedEmail,
  registrationReceivedSubject,
  type RegistrationReceivedProps,
} from './registration-received.js';
import {
  RegistrationRefusedEmail,
  registrationRefusedSubject,
  type RegistrationRefusedProps,
} from './registration-refused.js';
import {
  RegistrationAcknowledgedEmail,
  registrationAcknowledgedSubject,
  type RegistrationAcknowledgedProps,
} from './registration-acknowledged.js';
import {
  WebhookEndpointDisabledEmail,
  webhookEndpointDisabledSubject,
  type WebhookEndpointDisabledProps,
} from './webhook-endpoint-disabled.js';
import { QuoteEmail, quoteSubject, type QuoteProps } from './quote.js';
import { normalizeEmailLanguage, type EmailLanguage } from './i18n.js';

export { EMAIL_LANGUAGES, normalizeEmailLanguage, type EmailLanguage } from './i18n.js';
export type { AccessApprovedProps } from './access-approved.js';
export type { AccessGrantedProps } from './access-granted.js';
export type { AccessPendingApprovalProps } from './access-pending-approval.js';
export type { OrderPlacedProps, OrderPlacedLine } from './order-placed.js';
export {
  ORDER_STATUS_CHANGED_STATUSES,
  type OrderStatusChangedProps,
  type OrderStatusChangedStatus,
} from './order-status-changed.js';
export type { PasswordRegeneratedProps } from './password-regenerated.js';
export type { PasswordResetProps } from './password-reset.js';
export type { RegistrationApprovedProps } from './registration-approved.js';
export type { RegistrationReceivedProps } from './registration-received.js';
export type { RegistrationRefusedProps } from './registration-refused.js';
export type { RegistrationAcknowledgedProps } from './registration-acknowledged.js';
export type { WebhookEndpointDisabledProps } from './webhook-endpoint-disabled.js';
export { QUOTE_EMAIL_KINDS, type QuoteProps, type QuoteEmailKind } from './quote.js';

export type EmailTemplateName =
  | 'access-granted'
  | 'order-placed'
  | 'password-regenerated'
  | 'password-reset'
  | 'registration-received'
  | 'registration-approved'
  | 'registration-refused'
  | 'access-pending-approval'
  | 'order-status-changed'
  | 'access-approved'
  | 'registration-acknowledged'
  | 'webhook-endpoint-disabled'
  | 'quote';

export interface EmailPropsByTemplate {
  'access-granted': AccessGrantedProps;
  'order-placed': OrderPlacedProps;
  'password-regenerated': PasswordRegeneratedProps;
  'password-reset': PasswordResetProps;
  'registration-received': RegistrationReceivedProps;
  'registration-approved': RegistrationApprovedProps;
  'registration-refused': RegistrationRefusedProps;
  'access-pending-approval': AccessPendingApprovalProps;
  'order-status-changed': OrderStatusChangedProps;
  'access-approved': AccessApprovedProps;
  'registration-acknowledged': RegistrationAcknowledgedProps;
  'webhook-endpoint-disabled': WebhookEndpointDisabledProps;
  quote: QuoteProps;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  language: EmailLanguage;
}

interface TemplateDefinition<P> {
  subject: (props: P, language: EmailLanguage) => string;
  element: (props: P, language: EmailLanguage) => ReactElement;
  previewProps: P;
}

const templates: { [K in EmailTemplateName]: TemplateDefinition<EmailPropsByTemplate[K]> } = {
  'access-granted': {
    subject: accessGrantedSubject,
    element: (props, language) => createElement(AccessGrantedEmail, { ...props, language }),
    previewProps: AccessGrantedEmail.PreviewProps,
  },
  'order-placed': {
    subject: orderPlacedSubject,
    element: (props, language) => createElement(OrderPlacedEmail, { ...props, language }),
    previewProps: OrderPlacedEmail.PreviewProps,
  },
  'password-regenerated': {
    subject: passwordRegeneratedSubject,
    element: (props, language) => createElement(PasswordRegeneratedEmail, { ...props, language }),
    previewProps: PasswordRegeneratedEmail.PreviewProps,
  },
  'password-reset': {
    subject: passwordResetSubject,
    element: (props, language) => createElement(PasswordResetEmail, { ...props, language }),
    previewProps: PasswordResetEmail.PreviewProps,
  },
  'registration-received': {
    subject: registrationReceivedSubject,
    element: (props, language) => createElement(RegistrationReceivedEmail, { ...props, language }),
    previewProps: RegistrationReceivedEmail.PreviewProps,
  },
  'registration-approved': {
    subject: registrationApprovedSubject,
    element: (props, language) => createElement(RegistrationApprovedEmail, { ...props, language }),
    previewProps: RegistrationApprovedEmail.PreviewProps,
  },
  'registration-refused': {
    subject: registrationRefusedSubject,
    element: (props, language) => createElement(RegistrationRefusedEmail, { ...props, language }),
    previewProps: RegistrationRefusedEmail.PreviewProps,
  },
  'access-pending-approval': {
    subject: accessPendingApprovalSubject,
    element: (props, language) => createElement(AccessPendingApprovalEmail, { ...props, language }),
    previewProps: AccessPendingApprovalEmail.PreviewProps,
  },
  'order-status-changed': {
    subject: orderStatusChangedSubject,
    element: (props, language) => createElement(OrderStatusChangedEmail, { ...props, language }),
    previewProps: OrderStatusChangedEmail.PreviewProps,
  },
  'access-approved': {
    subject: accessApprovedSubject,
    element: (props, language) => createElement(AccessApprovedEmail, { ...props, language }),
    previewProps: AccessApprovedEmail.PreviewProps,
  },
  'registration-acknowledged': {
    subject: registrationAcknowledgedSubject,
    element: (props, language) => createElement(RegistrationAcknowledgedEmail, { ...props, language }),
    previewProps: RegistrationAcknowledgedEmail.PreviewProps,
  },
  'webhook-endpoint-disabled': {
    subject: webhookEndpointDisabledSubject,
    element: (props, language) => createElement(WebhookEndpointDisabledEmail, { ...props, language }),
    previewProps: WebhookEndpointDisabledEmail.PreviewProps,
  },
  quote: {
    subject: quoteSubject,
    element: (props, language) => createElement(QuoteEmail, { ...props, language }),
    previewProps: QuoteEmail.PreviewProps,
  },
};

/**
 * Renders one email in the reader's language. `language` may be anything a customer record
 * holds ('FR', 'fr-BE'); it is reduced to a supported language, English when unknown.
 */
export async function renderEmail<T extends EmailTemplateName>(
  template: T,
  props: EmailPropsByTemplate[T],
  language: string,
): Promise<RenderedEmail> {
  const lang = normalizeEmailLanguage(language);
  const definition = templates[template] as TemplateDefinition<EmailPropsByTemplate[T]>;
  const element = definition.element(props, lang);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { subject: definition.subject(props, lang), html, text, language: lang };
}

/** Sample props per template, for previews, the hub's outbox demo and tests. */
export const previewProps: { [K in EmailTemplateName]: EmailPropsByTemplate[K] } = {
  'access-granted': templates['access-granted'].previewProps,
  'order-placed': templates['order-placed'].previewProps,
  'password-regenerated': templates['password-regenerated'].previewProps,
  'password-reset': templates['password-reset'].previewProps,
  'registration-received': templates['registration-received'].previewProps,
  'registration-approved': templates['registration-approved'].previewProps,
  'registration-refused': templates['registration-refused'].previewProps,
  'access-pending-approval': templates['access-pending-approval'].previewProps,
  'order-status-changed': templates['order-status-changed'].previewProps,
  'access-approved': templates['access-approved'].previewProps,
  'registration-acknowledged': templates['registration-acknowledged'].previewProps,
  'webhook-endpoint-disabled': templates['webhook-endpoint-disabled'].previewProps,
  quote: templates.quote.previewProps,
};
