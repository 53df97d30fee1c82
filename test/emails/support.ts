import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { EMAIL_LANGUAGES, type EmailLanguage, type RenderedEmail } from '../../emails/index.js';

export type Translations = { [key: string]: string | Translations };

export const localesDir = new URL('../../emails/locales/', import.meta.url);

const readLocale = (language: string): Translations =>
  JSON.parse(readFileSync(new URL(`${language}.json`, localesDir), 'utf8')) as Translations;

export const locales = Object.fromEntries(
  EMAIL_LANGUAGES.map((language) => [language, readLocale(language)]),
) as Record<EmailLanguage, Translations>;

export function flatten(tree: Translations, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

const flat = Object.fromEntries(
  EMAIL_LANGUAGES.map((language) => [language, flatten(locales[language])]),
) as Record<EmailLanguage, Record<string, string>>;

/** The raw locale string, read from the JSON file rather than through i18next. */
export function phrase(language: EmailLanguage, key: string): string {
  const value = flat[language][key];
  if (value === undefined) throw new Error(`missing ${language}:${key}`);
  return value;
}

/** A locale string with its {{placeholders}} filled in; every placeholder must be given. */
export function fill(language: EmailLanguage, key: string, values: Record<string, string> = {}): string {
  return phrase(language, key).replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {{${name}}} in ${language}:${key}`);
    return value;
  });
}

// React escapes text; undo the few entities it produces so locale phrases can be searched for.
export const decode = (html: string) =>
  html
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The text is in both the HTML and the plain-text version. */
export function expectInBoth(email: RenderedEmail, ...texts: string[]) {
  const html = decode(email.html);
  for (const text of texts) {
    expect(html, 'html').toContain(text);
    expect(email.text, 'text').toContain(text);
  }
}

/** The text is in neither the HTML nor the plain-text version. */
export function expectInNeither(email: RenderedEmail, ...texts: string[]) {
  const html = decode(email.html);
  for (const text of texts) {
    expect(html, 'html').not.toContain(text);
    expect(email.text, 'text').not.toContain(text);
  }
}

/** The link is a real href (attribute-escaped), not only visible text. */
export function expectHref(email: RenderedEmail, url: string) {
  expect(email.html).toContain(`href="${url.replace(/&/g, '&amp;')}"`);
}
