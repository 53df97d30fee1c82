import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Outlet, useLoaderData, useRouteLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { HubNav } from '../components/hub/hub-nav.js';
import { RouteErrorBoundary } from '../components/ui/error-page.js';
import { gql, responseHeaders, signInRedirect } from '../graphql/client.server.js';
import { hubShellQuery } from '../graphql/auth.server.js';
import type { RootData } from '../utils/meta.js';

/** The hub: staff only; everyone else goes to /hub/sign-in. The API enforces the rest. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer } = await gql(request, context, hubShellQuery);
  if (viewer.kind !== 'STAFF' || !viewer.staff) throw signInRedirect(request);
  return json({ staff: viewer.staff }, { headers: responseHeaders(request) });
}

export default function HubLayout() {
  const { staff } = useLoaderData<typeof loader>();
  const root = useRouteLoaderData('root') as RootData | undefined;
  const { t } = useTranslation();
  return (
    <div className="hub">
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <HubNav storeName={root?.storeName ?? 'Comptoir'} staff={staff} />
      <main id="main" className="hub-main">
        <Outlet />
      </main>
    </div>
  );
}

export function ErrorBoundary() {
  return (
    <main className="page-center">
      <RouteErrorBoundary />
    </main>
  );
}
