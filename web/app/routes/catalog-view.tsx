import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { responseHeaders, safeRedirect } from '../graphql/client.server.js';
import { CATALOG_VIEW_COOKIE, CATALOG_VIEWS } from '../utils/catalog-view.js';

const ONE_YEAR = 60 * 60 * 24 * 365;

/** The catalog's "Cards / List" switch: remembers the choice in a cookie, then back to the page. */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const view = String(form.get('view') ?? '');
  const back = safeRedirect(form.get('redirectTo'));
  const headers = responseHeaders(request);
  if ((CATALOG_VIEWS as readonly string[]).includes(view)) {
    const secure = context.publicUrl.startsWith('https://') ? '; Secure' : '';
    headers.append('Set-Cookie', `${CATALOG_VIEW_COOKIE}=${view}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax; HttpOnly${secure}`);
  }
  return redirect(back, { headers });
}

export function loader() {
  return redirect('/');
}
