import { gql } from '../../graphql/client.server.js';
import { productUpdateMutation } from '../../graphql/products.server.js';
import { parseForm } from '../../utils/parse-form.server.js';
import { productFormErrors } from '../../utils/product-form.js';
import type { ProductAction } from './context.server.js';
import { statusSchema } from './schemas.js';

/** C1: deactivate (hidden from every store) or reactivate the product. */
export async function setStatus({ request, context, form, id, reply }: ProductAction) {
  const { active } = parseForm(form, statusSchema);
  const { productUpdate } = await gql(request, context, productUpdateMutation, { input: { id, active } });
  return reply({ intent: 'status', saved: productUpdate.userErrors.length === 0, active, errors: productFormErrors(productUpdate.userErrors) });
}
