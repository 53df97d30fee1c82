import { gql } from '../../graphql/client.server.js';
import { productUpdateMutation } from '../../graphql/products.server.js';
import { parseForm } from '../../utils/parse-form.server.js';
import { productFormErrors, productInput } from '../../utils/product-form.js';
import type { ProductAction } from './context.server.js';
import { productSchema } from './schemas.js';

/** C1: save the product's details; on errors the form is shown again as typed. */
export async function updateProduct({ request, context, form, id, reply }: ProductAction) {
  const { intent: _intent, ...values } = parseForm(form, productSchema);
  const { productUpdate } = await gql(request, context, productUpdateMutation, { input: { id, ...productInput(values) } });
  const saved = productUpdate.userErrors.length === 0;
  return reply({ intent: 'update', saved, errors: productFormErrors(productUpdate.userErrors), values: saved ? null : values });
}
