import { json, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData, type MetaFunction } from '@remix-run/react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPage } from './components/ui/error-page.js';
import { gql, responseHeaders } from './graphql/client.server.js';
import { rootQuery } from './graphql/auth.server.js';
import { loadLanguage, uiLanguage } from './i18n/i18n.js';
import type { RootData } from './utils/meta.js';
import { useNonce } from './utils/nonce.js';
import { THEME_COLOR } from './utils/pwa.js';
import { UpdatePrompt } from './components/ui/update-prompt.js';
import stylesheet from './styles/app.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet },
  // The installable store (issue 18 M1): manifest (a route: the store's name), icons in public/icons.
  { rel: 'manifest', href: '/manifest.webmanifest' },
  { rel: 'icon', href: '/icons/favicon.svg', type: 'image/svg+xml' },
  { rel: 'icon', href: '/icons/favicon-32.png', type: 'image/png', sizes: '32x32' },
  { rel: 'apple-touch-icon', href: '/icons/apple-touch-icon.png' },
];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.storeName ?? 'Comptoir' }];

/** The page's language comes from the API (user setting → cookie → Accept-Language), and the store's name. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const data = await gql(request, context, rootQuery);
  const root: RootData = {
    language: uiLanguage(data.viewer.language),
    storeName: data.storeSettings.storeName,
    viewerKind: data.viewer.kind,
  };
  return json(root, { headers: responseHeaders(request) });
}

export function Layout({ children }: { children: ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root');
  const { i18n } = useTranslation();
  const language = data?.language;
  const nonce = useNonce();

  // After a client-side navigation (e.g. the language switcher) the API may answer in another language.
  useEffect(() => {
    if (language && i18n.language !== language) void loadLanguage(language, i18n).then(() => i18n.changeLanguage(language));
  }, [language, i18n]);

  return (
    <html lang={language ?? i18n.language} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <meta name="theme-color" content={THEME_COLOR} />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <UpdatePrompt />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return (
    <main className="page-center">
      <ErrorPage />
    </main>
  );
}
