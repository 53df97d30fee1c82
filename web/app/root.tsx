import { json, type LinksFunction, type LoaderFunctionArgs } from '@remix-run/node';
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData, type MetaFunction } from '@remix-run/react';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorPage } from './components/ui/error-page.js';
import { gql, responseHeaders } from './graphql/client.server.js';
import { rootQuery } from './graphql/auth.server.js';
import { uiLanguage } from './i18n/i18n.js';
import type { RootData } from './utils/meta.js';
import { useNonce } from './utils/nonce.js';
import stylesheet from './styles/app.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesheet },
  { rel: 'icon', href: 'data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 32 32%22%3E%3Crect width=%2232%22 height=%2232%22 rx=%226%22 fill=%22%23285e61%22/%3E%3Ctext x=%2216%22 y=%2223%22 font-size=%2220%22 text-anchor=%22middle%22 fill=%22white%22 font-family=%22sans-serif%22%3EC%3C/text%3E%3C/svg%3E' },
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
    if (language && i18n.language !== language) void i18n.changeLanguage(language);
  }, [language, i18n]);

  return (
    <html lang={language ?? i18n.language} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
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
