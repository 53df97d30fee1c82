import { registerEnumType } from 'type-graphql';

/** Languages Comptoir speaks: UI, documents and emails. Stored lowercase (ISO 639-1). */
export enum Language {
  EN = 'en',
  FR = 'fr',
  NL = 'nl',
  DE = 'de',
  PT = 'pt',
  ES = 'es',
}

registerEnumType(Language, {
  name: 'Language',
  description: 'A language for the store, the hub, documents and emails (ISO 639-1).',
  valuesConfig: {
    EN: { description: 'English' },
    FR: { description: 'French' },
    NL: { description: 'Dutch' },
    DE: { description: 'German' },
    PT: { description: 'Portuguese' },
    ES: { description: 'Spanish' },
  },
});

export const LANGUAGES = Object.values(Language) as Language[];

/** 'FR', 'fr-BE' → Language.FR; anything unknown → fallback. */
export function toLanguage(value: string | null | undefined, fallback: Language = Language.EN): Language {
  if (!value) return fallback;
  const code = value.toLowerCase().slice(0, 2);
  return (LANGUAGES as string[]).includes(code) ? (code as Language) : fallback;
}
