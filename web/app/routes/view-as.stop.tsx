import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { viewAsClientStopMutation } from '../graphql/auth.server.js';

/** POST only: staff stop viewing the store as a customer (V1) and go back to that customer's page. */
export async function action({ request, context }: ActionFunctionArgs) {
  const { viewAsClientStop } = await gql(request, context, viewAsClientStopMutation);
  const customer = viewAsClientStop.customer;
  throw redirect(customer ? `/hub/customers/${encodeURIComponent(customer.id)}` : '/hub', { headers: responseHeaders(request) });
}

export function loader() {
  return redirect('/hub');
}
