import { gql } from '../../graphql/client.server.js';
import { customerExcludeMutation, customerExclusionLiftMutation } from '../../graphql/customers.server.js';
import { formErrors } from '../../utils/form-errors.js';
import { parseForm } from '../../utils/parse-form.server.js';
import type { CustomerAction } from './context.server.js';
import { excludeSchema, liftSchema } from './schemas.js';

/** A8: exclude the customer with a reason. */
export async function excludeCustomer({ request, context, form, id, done, reply }: CustomerAction) {
  const { reason } = parseForm(form, excludeSchema);
  const { customerExclude } = await gql(request, context, customerExcludeMutation, { input: { id, reason } });
  if (customerExclude.userErrors.length === 0) throw done('excluded');
  return reply({ intent: 'exclude', errors: formErrors(customerExclude.userErrors, ['reason']), reason });
}

/** A8: lift the exclusion. */
export async function liftExclusion({ request, context, form, id, done, reply }: CustomerAction) {
  parseForm(form, liftSchema);
  const { customerExclusionLift } = await gql(request, context, customerExclusionLiftMutation, { input: { id } });
  if (customerExclusionLift.userErrors.length === 0) throw done('lifted');
  return reply({ intent: 'lift', errors: customerExclusionLift.userErrors.map((e) => e.message) });
}
