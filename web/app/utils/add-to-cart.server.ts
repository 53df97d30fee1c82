import type { WebLoadContext } from '../graphql/client.server.js';
import { gql } from '../graphql/client.server.js';
import { productPackSizeQuery } from '../graphql/catalog.server.js';
import { cartLinesAddMutation } from '../graphql/ordering.server.js';
import { text } from './form-errors.js';
import { quantity } from './quantity.js';

/** What an add-to-cart form gets back: shown on the product's card or page. */
export interface AddToCartResult {
  productId: string;
  /** What the buyer typed (a whole number), and what went into the cart. */
  requested: number;
  quantity: number;
  packSize: number;
  ok: boolean;
  errors: string[];
}

/**
 * A positive quantity rounded up to whole increments (the pack size unless the product sets one),
 * and up to the product's minimum (decision 0049); anything else is left for the API to refuse.
 */
function roundUpToRules(requested: number, rules: { minimum: number; increment: number }): number {
  if (requested < 1) return requested;
  return Math.max(rules.minimum, Math.ceil(requested / rules.increment) * rules.increment);
}

/**
 * Adds one product from the catalog or its page. Products are sold in whole packs, so a quantity
 * that is not a multiple of the pack size is rounded up to the next full pack (what a buyer typing
 * "7" of a 6-pack expects), and the result says so. The pack size is read from the API, not from
 * the form. What the API refuses (an invisible or unpriced product, a bad quantity) comes back as
 * its translated userErrors.
 */
export async function addToCart(request: Request, context: WebLoadContext, form: FormData): Promise<AddToCartResult> {
  const productId = text(form, 'productId');
  const requested = quantity(text(form, 'quantity'));
  let packSize = 1;
  let rules = { minimum: 1, increment: 1 };
  if (requested >= 1) {
    try {
      const { product } = await gql(request, context, productPackSizeQuery, { id: productId });
      packSize = product.packSize;
      rules = product.quantityRules;
    } catch (error) {
      // An unknown or hidden product: cartLinesAdd below reports it in the buyer's language.
      if (!(error instanceof Response && error.status === 404)) throw error;
    }
  }
  const qty = roundUpToRules(requested, rules);
  // Sent by a phone's offline queue (utils/offline-cart.ts): the same addition is applied once.
  const idempotencyKey = text(form, 'idempotencyKey') || null;
  const { cartLinesAdd } = await gql(request, context, cartLinesAddMutation, { input: { lines: [{ productId, quantity: qty }], idempotencyKey } });
  const errors = cartLinesAdd.userErrors.map((e) => e.message);
  return { productId, requested, quantity: qty, packSize, ok: errors.length === 0, errors };
}
