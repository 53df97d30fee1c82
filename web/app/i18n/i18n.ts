import i18next, { type i18n as I18n, type Resource } from 'i18next';

/**
 * Every language Comptoir speaks (the API's `Language` enum, lowercase), named in itself.
 * The UI speaks those that have a `locales/<code>.json` file: adding Dutch is adding `nl.json`.
 */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'nl', name: 'Nederlands' },
  { code: 'de', name: 'Deutsch' },
  { code: 'pt', name: 'Português' },
  { code: 'es', name: 'Español' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: LanguageCode = 'en';

/** Name of the language cookie the API reads when the user has no language of its own. */
export const LANGUAGE_COOKIE = 'comptoir_lang';

const files = import.meta.glob<Record<string, unknown>>('./locales/*.json', { eager: true, import: 'default' });

/** Translations of every UI language, the same on the server and in the browser. */
export const resources: Resource = Object.fromEntries(
  Object.entries(files).map(([path, translation]) => [/([a-z]{2})\.json$/.exec(path)![1], { translation }]),
);

/** The languages the UI is translated into, for the language switcher. */
export const UI_LANGUAGES = LANGUAGES.filter((l) => l.code in resources);

/** 'FR' or 'fr' → the language's name in the UI language: 'French' in English, 'français' in French. */
export function languageName(code: string, uiLanguageCode: string = DEFAULT_LANGUAGE): string {
  const lower = code.toLowerCase();
  try {
    const name = new Intl.DisplayNames([uiLanguageCode], { type: 'language' }).of(lower);
    if (name && name !== lower) return name;
  } catch {
    // fall through to the language's own name
  }
  return LANGUAGES.find((l) => l.code === lower)?.name ?? code;
}

function isLanguageCode(value: string): value is LanguageCode {
  return LANGUAGES.some((l) => l.code === value);
}

/** 'FR', 'fr-BE' → 'fr'; anything the UI does not speak → English. */
export function uiLanguage(value: string | null | undefined): LanguageCode {
  const code = (value ?? '').slice(0, 2).toLowerCase();
  return isLanguageCode(code) && code in resources ? code : DEFAULT_LANGUAGE;
}

/** The API's enum value for a language code ('fr' → 'FR'). */
export function apiLanguage(code: string): Uppercase<LanguageCode> {
  return code.toUpperCase() as Uppercase<LanguageCode>;
}

/** A fresh, synchronously initialised i18next instance: one per request on the server, one in the browser. */
export function createI18n(language: string): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: uiLanguage(language),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: Object.keys(resources),
    resources,
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
  const cookie = new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE}=([a-z]{2})`).exec(request.headers.get('Cookie') ?? '');
  if (cookie && cookie[1] in resources) return uiLanguage(cookie[1]);
  const accepted = (request.headers.get('Accept-Language') ?? '')
    .split(',')
    .map((part) => part.split(';')[0].trim().slice(0, 2).toLowerCase())
    .find((code) => code in resources);
  return uiLanguage(accepted);
}
