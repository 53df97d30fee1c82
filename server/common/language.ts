import { registerEnumType } from 'type-graphql';

/**
 * Languages Comptoir speaks: UI, documents and emails. Stored as BCP 47 tags: the ISO 639-1 code
 * in lower case, and for Brazilian Portuguese, a language of its own beside European Portuguese
 * (`pt`), `pt-BR` (decision 0054).
 */
export enum Language {
  EN = 'en',
  FR = 'fr',
  NL = 'nl',
  DE = 'de',
  PT = 'pt',
  PT_BR = 'pt-BR',
  ES = 'es',
}

registerEnumType(Language, {
  name: 'Language',
  description: 'A language for the store, the hub, documents and emails (BCP 47: ISO 639-1, and pt-BR for Brazilian Portuguese).',
  valuesConfig: {
    EN: { description: 'English' },
    FR: { description: 'French' },
    NL: { description: 'Dutch' },
    DE: { description: 'German' },
    PT: { description: 'Portuguese (Portugal)' },
    PT_BR: { description: 'Portuguese (Brazil)' },
    ES: { description: 'Spanish' },
  },
});

export const LANGUAGES = Object.values(Language) as Language[];

/**
 * 'FR', 'fr-BE', 'fr_BE' → Language.FR; 'pt-BR', 'PT_BR', 'pt-br' → Language.PT_BR; 'pt', 'pt-PT',
 * 'pt-AO' → Language.PT; anything unknown → fallback.
 */
export function toLanguage(value: string | null | undefined, fallback: Language = Language.EN): Language {
  if (!value) return fallback;
  const [primary, region] = value.trim().toLowerCase().split(/[-_]/);
  if (primary === 'pt' && region === 'br') return Language.PT_BR;
  return (LANGUAGES as string[]).includes(primary) ? (primary as Language) : fallback;
}
