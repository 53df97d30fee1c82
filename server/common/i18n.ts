import i18next, { type TFunction } from 'i18next';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { Language } from './language.js';

// Server-side messages (userErrors, API errors). Adding a language = adding locales/<code>.json.
const dir = fileURLToPath(new URL('./locales/', import.meta.url));
const resources = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), { translation: JSON.parse(readFileSync(join(dir, f), 'utf8')) }]),
);

const instance = i18next.createInstance();
void instance.init({
  resources,
  fallbackLng: 'en',
  initImmediate: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export function translator(language: Language | string): TFunction {
  return instance.getFixedT(language);
}
