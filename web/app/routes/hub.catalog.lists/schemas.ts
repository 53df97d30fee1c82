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
