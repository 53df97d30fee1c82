import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { signOutMutation } from '../graphql/auth.server.js';

/** POST only: ends the session (the API clears the cookie) and goes to the right sign-in page. */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await gql(request, context, signOutMutation);
  throw redirect(form.get('area') === 'hub' ? '/hub/sign-in' : '/sign-in', { headers: responseHeaders(request) });
}

export function loader() {
  return redirect('/');
}
