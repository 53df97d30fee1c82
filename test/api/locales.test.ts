import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every language the UI and the API speak is complete: each locale file has every key of en.json,
// none of them empty, and the same {{placeholders}}. A missing key would silently show English.

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const FOLDERS = [
  { name: 'web', url: new URL('../../web/app/i18n/locales/', import.meta.url) },
  { name: 'server', url: new URL('../../server/common/locales/', import.meta.url) },
];

const REQUIRED_LANGUAGES = ['en', 'fr', 'nl', 'de', 'pt', 'pt-BR', 'es'];

describe.each(FOLDERS)('$name locales', ({ url }) => {
  const files = readdirSync(url).filter((f) => f.endsWith('.json'));
  const load = (file: string) => flatten(JSON.parse(readFileSync(new URL(file, url), 'utf8')) as Messages);
  const english = load('en.json');

  it('exist for the six languages', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(expect.arrayContaining(REQUIRED_LANGUAGES));
  });

  it.each(files.filter((f) => f !== 'en.json'))('%s has every key of en.json, none empty, with the same placeholders', (file) => {
    const messages = load(file);
    const missing = [...english.keys()].filter((key) => !messages.has(key));
    const empty = [...messages].filter(([, value]) => value.trim() === '').map(([key]) => key);
    const extra = [...messages.keys()].filter((key) => !english.has(key));
    const wrongPlaceholders = [...english]
      .filter(([key, value]) => messages.has(key) && placeholders(messages.get(key)!).join() !== placeholders(value).join())
      .map(([key]) => key);
    expect({ missing, empty, extra, wrongPlaceholders }).toEqual({ missing: [], empty: [], extra: [], wrongPlaceholders: [] });
  });

  it('en.json itself has no empty value', () => {
    expect([...english].filter(([, value]) => value.trim() === '').map(([key]) => key)).toEqual([]);
  });
});
