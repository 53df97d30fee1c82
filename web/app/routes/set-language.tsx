import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { gql, responseHeaders, safeRedirect } from '../graphql/client.server.js';
import { rootQuery, viewerLanguageSetMutation } from '../graphql/auth.server.js';
import { apiLanguage, LANGUAGE_COOKIE, LANGUAGES } from '../i18n/i18n.js';

const ONE_YEAR = 60 * 60 * 24 * 365;

/**
 * The language switcher: a signed-in user's choice is saved on the account (viewerLanguageSet, so
 * emails follow it too); the cookie the API reads for anonymous visitors is set either way, so the
 * sign-in pages keep the language after signing out. Then back to the page.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const language = String(form.get('language') ?? '');
  const back = safeRedirect(form.get('redirectTo'));
  if (!LANGUAGES.some((l) => l.code === language)) return redirect(back);
  const { viewer } = await gql(request, context, rootQuery);
  if (viewer.kind === 'STAFF' || viewer.kind === 'SHOP_USER') {
    await gql(request, context, viewerLanguageSetMutation, { input: { language: apiLanguage(language) } });
  }
  const secure = context.publicUrl.startsWith('https://') ? '; Secure' : '';
  const headers = responseHeaders(request);
  headers.append('Set-Cookie', `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax${secure}`);
  return redirect(back, { headers });
}

export function loader() {
  return redirect('/');
}
