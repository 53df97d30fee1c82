import { createElement, type ReactElement } from 'react';
import { render } from '@react-email/render';
import { AccessGrantedEmail, accessGrantedSubject, type AccessGrantedProps } from './access-granted.js';
import { OrderPlacedEmail, orderPlacedSubject, type OrderPlacedProps } from './order-placed.js';
import { normalizeEmailLanguage, type EmailLanguage } from './i18n.js';

export { EMAIL_LANGUAGES, normalizeEmailLanguage, type EmailLanguage } from './i18n.js';
export type { AccessGrantedProps } from './access-granted.js';
export type { OrderPlacedProps, OrderPlacedLine } from './order-placed.js';

export type EmailTemplateName = 'access-granted' | 'order-placed';

export interface EmailPropsByTemplate {
  'access-granted': AccessGrantedProps;
  'order-placed': OrderPlacedProps;
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
};
