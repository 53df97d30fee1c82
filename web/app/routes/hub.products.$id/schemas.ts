import { z } from 'zod';

// One schema per form of the product page, parsed with @conform-to/zod (blank fields become
// undefined, hence the defaults; a repeated name becomes an array). They only shape the input: every
// business rule (a reference taken, a price below zero, an image too large) stays in the API's
// translated userErrors, and the grids' "not a number" is answered next to its cell.

const trimmed = z.string().trim().default('');

/**
 * The form's intent. The image form sends it twice (a hidden field and its button, as the customer
 * page's forms may), which conform reads as an array: the first one counts, as `form.get` reads it.
 */
const intent = <I extends string>(value: I) => z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.literal(value));

/** C1: the product's details (components/hub/product-form.tsx, shared with the new-product page). */
export const productSchema = z.object({
  intent: intent('update'),
  reference: trimmed,
  barcode: trimmed,
  name: trimmed,
  description: trimmed,
  brandId: trimmed,
  seasonId: trimmed,
  manufacturerId: trimmed,
  tagIds: z.array(z.string().trim()).default([]).transform((ids) => ids.filter((id) => id !== '')),
  unit: trimmed,
  packSize: trimmed,
  // A checkbox: "on" when ticked, absent when not.
  active: z.boolean().default(false),
  // '' = the default VAT rate.
  taxRateId: trimmed,
});

/**
 * C2: the price grid (`price-<level id>` per level) and the stock grid (`stock-<location id>` per
 * location). The cells are read by the levels and locations the API lists, as typed (trimmed).
 */
export const pricesSchema = z.object({ intent: intent('prices') }).catchall(trimmed);
export const stockSchema = z.object({ intent: intent('stock') }).catchall(trimmed);

/** C1: deactivate or reactivate; `active` is what the product becomes. */
export const statusSchema = z.object({
  intent: intent('status'),
  active: z
    .string()
    .optional()
    .transform((value) => value === 'true'),
});

/** C1: the product image; the file is checked by the API's image endpoint (type, size). */
export const imageSchema = z.object({
  intent: intent('image'),
  image: z.unknown().optional(),
});

/** L1 (issue 16): the name and description in one of the store's other languages. */
export const translationSchema = z.object({
  intent: intent('translation'),
  language: z.enum(['en', 'fr', 'nl', 'de', 'pt', 'pt-BR', 'es']),
  name: trimmed,
  description: trimmed,
});

export type ProductFormInput = z.infer<typeof productSchema>;
