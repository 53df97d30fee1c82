import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { safeRedirect } from '../graphql/client.server.js';
import { LANGUAGE_COOKIE, LANGUAGES } from '../i18n/i18n.js';

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * Remembers the chosen language in the cookie the API reads (after the signed-in user's own setting)
 * and goes back to the page.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const language = String(form.get('language') ?? '');
  const back = safeRedirect(form.get('redirectTo'));
  if (!LANGUAGES.some((l) => l.code === language)) return redirect(back);
  const secure = context.publicUrl.startsWith('https://') ? '; Secure' : '';
  return redirect(back, {
    headers: { 'Set-Cookie': `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax${secure}` },
  });
}

export function loader() {
  return redirect('/');
}
