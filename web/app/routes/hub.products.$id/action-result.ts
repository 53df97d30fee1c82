import type { HubProductQuery } from '../../graphql/generated/graphql.js';
import type { FormErrors } from '../../utils/form-errors.js';
import type { ProductFormValues } from '../../utils/product-form.js';

export type Product = HubProductQuery['product'];

/** A grid's outcome: API errors per cell (translated), cells that are not numbers, and what was typed. */
export interface GridResult {
  intent: 'prices' | 'stock';
  saved: boolean;
  fieldErrors: Record<string, string[]>;
  invalid: string[];
  cells: Record<string, string>;
}

/** What the page's action answers (it never redirects): one shape per form, told apart by `intent`. */
export type ActionResult =
  | { intent: 'update'; saved: boolean; errors: FormErrors; values: ProductFormValues | null }
  | { intent: 'status'; saved: boolean; active: boolean; errors: FormErrors }
  | { intent: 'image'; saved: boolean; imageError: string | null }
  | { intent: 'translation'; saved: boolean; language: string; name: string; description: string; errors: string[] }
  | GridResult;
