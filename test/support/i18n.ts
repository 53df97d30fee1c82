import { readFileSync } from 'node:fs';

/** The web UI's own strings, so browser tests find elements by the text a person reads. */
export function uiText(language: string): (key: string, vars?: Record<string, string | number>) => string {
  const messages = JSON.parse(readFileSync(new URL(`../../web/app/i18n/locales/${language}.json`, import.meta.url), 'utf8'));
  return (key, vars = {}) => {
    const value = key.split('.').reduce((o: any, k) => o?.[k], messages);
    if (typeof value !== 'string') throw new Error(`No UI text ${language}:${key}`);
    return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
  };
}
