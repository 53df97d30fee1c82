import { readFileSync } from 'node:fs';
import i18next, { type TFunction } from 'i18next';

/** Languages an email can be written in. Adding one = a `locales/<code>.json` file + its code here. */
export const EMAIL_LANGUAGES = ['en', 'fr', 'nl', 'de', 'pt', 'pt-BR', 'es'] as const;
export type EmailLanguage = (typeof EMAIL_LANGUAGES)[number];
export const DEFAULT_EMAIL_LANGUAGE: EmailLanguage = 'en';

export type EmailTranslations = { [key: string]: string | EmailTranslations };

/**
 * Read from disk rather than imported, so that a new language needs no code besides its code in
 * EMAIL_LANGUAGES. Resolved against this module, so it works from the sources (tsx, vitest) and
 * from a build as long as `emails/locales/` is copied next to the compiled `i18n.js`.
 */
function loadLocale(language: EmailLanguage): EmailTranslations {
  const file = new URL(`./locales/${language}.json`, import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')) as EmailTranslations;
}

export const emailResources: Record<EmailLanguage, EmailTranslations> = Object.fromEntries(
  EMAIL_LANGUAGES.map((language) => [language, loadLocale(language)]),
) as Record<EmailLanguage, EmailTranslations>;

// One instance of our own (never the global one the web app may configure), initialised
// synchronously from in-memory resources; each render takes a fixed `t` for its language.
const i18n = i18next.createInstance();
void i18n.init({
  resources: Object.fromEntries(
    EMAIL_LANGUAGES.map((language) => [language, { translation: emailResources[language] }]),
  ),
  lng: DEFAULT_EMAIL_LANGUAGE,
  fallbackLng: DEFAULT_EMAIL_LANGUAGE,
  supportedLngs: [...EMAIL_LANGUAGES],
  initImmediate: false,
  returnNull: false,
  // React escapes what ends up in the HTML, and subjects are plain text: escaping here would
  // double-escape ("Dupont &amp;amp; Fils").
  interpolation: { escapeValue: false },
});

/** 'FR', 'fr-BE', 'fr_BE' → 'fr'; 'pt-BR', 'pt_br' → 'pt-BR' (other Portuguese → 'pt'); anything unknown or empty → 'en'. */
export function normalizeEmailLanguage(language: string | null | undefined): EmailLanguage {
  const [primary, region] = (language ?? '').trim().toLowerCase().split(/[-_]/);
  if (primary === 'pt' && region === 'br') return 'pt-BR';
  return (EMAIL_LANGUAGES as readonly string[]).includes(primary)
    ? (primary as EmailLanguage)
    : DEFAULT_EMAIL_LANGUAGE;
}

export function getEmailT(language: EmailLanguage): TFunction {
  return i18n.getFixedT(language);
}
