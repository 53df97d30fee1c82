import type { LoaderFunctionArgs } from '@remix-run/node';
import { gql } from '../graphql/client.server.js';
import { rootQuery } from '../graphql/auth.server.js';
import { fixedT, uiLanguage } from '../i18n/i18n.js';
import { THEME_COLOR } from '../utils/pwa.js';

/** The web app manifest (issue 18 M1): the store's name from its settings, so installed it is the store's app. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const data = await gql(request, context, rootQuery);
  const language = uiLanguage(data.viewer.language);
  const t = fixedT(language);
  const name = data.storeSettings.storeName;
  const manifest = {
    id: '/',
    name,
    short_name: name.length > 12 ? name.split(/\s+/)[0].slice(0, 12) : name,
    description: t('pwa.description', { name }),
    lang: language,
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    background_color: '#ffffff',
    theme_color: THEME_COLOR,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8', 'Cache-Control': 'no-cache' },
  });
}
