import { gql } from '../../graphql/client.server.js';
import { customerUpdateMutation } from '../../graphql/customers.server.js';
import { formErrors } from '../../utils/form-errors.js';
import { parseForm } from '../../utils/parse-form.server.js';
import type { CustomerAction } from './context.server.js';
import { customerNumberSchema } from './schemas.js';

/** A2: save the customer number typed in place. */
export async function saveCustomerNumber({ request, context, form, id, done, reply }: CustomerAction) {
  const { customerNumber: value } = parseForm(form, customerNumberSchema);
  const { customerUpdate } = await gql(request, context, customerUpdateMutation, { input: { id, customerNumber: value } });
  if (customerUpdate.userErrors.length === 0) throw done('number');
  return reply({ intent: 'customerNumber', errors: formErrors(customerUpdate.userErrors, ['customerNumber']), value });
}
