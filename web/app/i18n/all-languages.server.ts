import { addLanguage } from './i18n.js';

// The server renders pages in any language: every locale file, loaded once at start. The browser
// loads only its page's (loadLanguage in i18n.ts).
const files = import.meta.glob<Record<string, unknown>>('./locales/*.json', { eager: true, import: 'default' });
for (const [path, translation] of Object.entries(files)) addLanguage(/([a-z]{2}(?:-[A-Z]{2})?)\.json$/.exec(path)![1], translation);
