import { z } from 'zod';
import { KINDS } from './kinds.js';

// One schema per form of the managed-lists page, parsed with @conform-to/zod (blank fields become
// undefined, hence the defaults). They only shape the input: a blank or taken name, or an item still
// named by a customer's visibility, is answered by the API's translated userErrors.

const kind = z.enum(KINDS);
const name = z.string().trim().default('');

/** The "add" form under each list: `intent` is "<kind>:create". */
export const createSchema = z.object({
  intent: z.string().regex(/^[a-z]+:create$/),
  kind,
  name,
});

/** One item's row: rename it (the typed name) or delete it; `intent` is "<kind>:rename" or "<kind>:delete". */
export const itemSchema = z.object({
  intent: z.string().regex(/^[a-z]+:(rename|delete)$/),
  kind,
  id: z.string().trim().default(''),
  name,
});

/** One item's name in another language (tags and seasons): `intent` is "<kind>:translate"; an empty name removes it. */
export const translateSchema = z.object({
  intent: z.string().regex(/^(tag|season):translate$/),
  kind: z.enum(['tag', 'season']),
  id: z.string().trim().default(''),
  /** The item's name in the catalog language, which the update mutation takes along. */
  current: z.string().trim().default(''),
  language: z.string().trim().default(''),
  name,
});
