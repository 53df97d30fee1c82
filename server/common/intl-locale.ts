/**
 * The locale to hand `Intl` for one of Comptoir's languages (decision 0059). Comptoir's `pt` is
 * European Portuguese, but CLDR's bare `pt` is Brazilian ("€ 12,50", Brazilian month names), so
 * `pt` becomes `pt-PT` ("12,50 €"); `pt-BR` and every other language pass through unchanged.
 * Every number, amount and date shown to a person (web pages, emails, PDFs) goes through it.
 * No import: the web app, the emails and the server all use this one file.
 */
export function intlLocale(language: string): string {
  return language.toLowerCase() === 'pt' ? 'pt-PT' : language;
}
