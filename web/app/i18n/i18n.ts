import i18next, { type i18n as I18n, type Resource } from 'i18next';

/**
 * Every language Comptoir speaks (the API's `Language` enum, lowercase), named in itself.
 * The UI speaks those that have a `locales/<code>.json` file: adding Dutch is adding `nl.json`.
 * Codes are BCP 47 tags: Brazilian Portuguese is `pt-BR` (API `PT_BR`), European Portuguese `pt`
 * (decision 0054).
 */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'nl', name: 'Nederlands' },
  { code: 'de', name: 'Deutsch' },
  { code: 'pt-BR', name: 'Português (Brasil)' },
  { code: 'pt', name: 'Português (Portugal)' },
  { code: 'es', name: 'Español' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

/** Name of the language cookie the API reads when the user has no language of its own. */
export const LANGUAGE_COOKIE = 'comptoir_lang';

// Each language's texts are a chunk of their own: the browser loads only the page's language (issue 18
// M3); the server loads them all at start (all-languages.server.ts).
const files = import.meta.glob<Record<string, unknown>>('./locales/*.json', { import: 'default' });
const fileCode = (path: string) => /([a-z]{2}(?:-[A-Z]{2})?)\.json$/.exec(path)![1];
const filesByCode = new Map(Object.entries(files).map(([path, load]) => [fileCode(path), load]));

/** The translations loaded so far in this process or page (all of them on the server). */
export const resources: Resource = {};

/** The codes of the languages the UI is translated into (those with a locales file), loaded or not. */
const spoken = new Set(filesByCode.keys());

/** The languages the UI is translated into, for the language switcher. */
export const UI_LANGUAGES = LANGUAGES.filter((l) => spoken.has(l.code));

/** Adds a language's texts (the server adds every one at start; the browser the page's). */
export function addLanguage(code: string, translation: Record<string, unknown>, ...instances: I18n[]): void {
  resources[code] = { translation };
  for (const instance of [shared, ...instances]) {
    if (instance && !instance.hasResourceBundle(code, 'translation')) instance.addResourceBundle(code, 'translation', translation);
  }
}

/** Loads a language's texts once (a separate chunk in the browser) into the shared instance and those given. */
export async function loadLanguage(language: string, ...instances: I18n[]): Promise<void> {
  const code = uiLanguage(language);
  if (!resources[code]) addLanguage(code, await filesByCode.get(code)!());
  for (const instance of instances) {
    if (!instance.hasResourceBundle(code, 'translation')) instance.addResourceBundle(code, 'translation', resources[code].translation as Record<string, unknown>);
  }
}

/**
 * 'FR', 'fr', 'fr-BE' → 'fr'; 'PT_BR', 'pt-br', 'pt-BR' → 'pt-BR'; 'pt', 'pt-PT' → 'pt'; an API enum
 * value or a code in any case; null for a language Comptoir does not speak.
 */
export function languageCode(value: string | null | undefined): LanguageCode | null {
  const [primary = '', region] = (value ?? '').trim().toLowerCase().split(/[-_]/);
  if (primary === 'pt' && region === 'br') return 'pt-BR';
  return LANGUAGES.find((l) => l.code === primary)?.code ?? null;
}

/**
 * 'FR' or 'fr' → the language's name in the UI language: 'French' in English, 'français' in French;
 * the two Portuguese are told apart: 'Portuguese (Brazil)', 'Portuguese (Portugal)'.
 */
export function languageName(code: string, uiLanguageCode: string = DEFAULT_LANGUAGE): string {
  const known = languageCode(code);
  const tag = known === 'pt' ? 'pt-PT' : (known ?? code.toLowerCase());
  try {
    const name = new Intl.DisplayNames([uiLanguageCode], { type: 'language', languageDisplay: 'standard' }).of(tag);
    if (name && name.toLowerCase() !== tag.toLowerCase()) return name;
  } catch {
    // fall through to the language's own name
  }
  return LANGUAGES.find((l) => l.code === known)?.name ?? code;
}

/** 'FR', 'fr-BE' → 'fr'; 'pt-BR', 'PT_BR' → 'pt-BR'; anything the UI does not speak → English. */
export function uiLanguage(value: string | null | undefined): LanguageCode {
  const code = languageCode(value);
  return code && spoken.has(code) ? code : DEFAULT_LANGUAGE;
}

/** A language the API names ('FR', 'PT_BR') as the UI's code ('fr', 'pt-BR'). */
export function fromApiLanguage(value: string): LanguageCode {
  return languageCode(value) ?? DEFAULT_LANGUAGE;
}

/** The API's enum value for a language code ('fr' → 'FR', 'pt-BR' → 'PT_BR'). */
export function apiLanguage(code: string): ApiLanguage {
  return (languageCode(code) ?? code).toUpperCase().replace('-', '_') as ApiLanguage;
}

/** The API's `Language` enum values. */
export type ApiLanguage = Uppercase<Exclude<LanguageCode, 'pt-BR'>> | 'PT_BR';

/** A fresh, synchronously initialised i18next instance: one per request on the server, one in the browser. */
export function createI18n(language: string): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: uiLanguage(language),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...spoken],
    resources: { ...resources },
    initImmediate: false,
    interpolation: { escapeValue: false }, // React escapes
    react: { useSuspense: false },
  });
  return instance;
}

// Read-only use (getFixedT never changes the instance's language), so one is shared across requests.
const shared = createI18n(DEFAULT_LANGUAGE);

/** A translate function for one language, where hooks are not available (meta, loaders). */
export function fixedT(language: string) {
  return shared.getFixedT(uiLanguage(language));
}

/** The language a request asks for before the API has said: the cookie, else Accept-Language. */
export function requestLanguage(request: Request): LanguageCode {
  const cookie = new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE}=([a-z]{2}(?:-[A-Za-z]{2})?)`).exec(request.headers.get('Cookie') ?? '');
  const fromCookie = cookie && languageCode(cookie[1]);
  if (fromCookie && spoken.has(fromCookie)) return fromCookie;
  // In the order the browser lists them ('pt-BR' → pt-BR, any other Portuguese → pt), like the API's negotiation.
  const accepted = (request.headers.get('Accept-Language') ?? '')
    .split(',')
    .map((part) => languageCode(part.split(';')[0]))
    .find((code) => code && spoken.has(code));
  return uiLanguage(accepted);
}
