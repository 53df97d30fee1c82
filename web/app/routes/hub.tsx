import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, Outlet, useLoaderData, useRouteLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { HubNav } from '../components/hub/hub-nav.js';
import { RouteErrorBoundary } from '../components/ui/error-page.js';
import { gql, responseHeaders, signInRedirect } from '../graphql/client.server.js';
import { hubShellQuery } from '../graphql/auth.server.js';
import { hubBellQuery } from '../graphql/notifications.server.js';
import type { RootData } from '../utils/meta.js';

/** The hub: staff only; everyone else goes to /hub/sign-in. The API enforces the rest. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer } = await gql(request, context, hubShellQuery);
  if (viewer.kind !== 'STAFF' || !viewer.staff) throw signInRedirect(request);
  const { hubNotifications } = await gql(request, context, hubBellQuery);
  return json(
    {
      staff: viewer.staff,
      notificationCount: hubNotifications.unreadCount, // unread for this staff member (N2)
      viewingAs: viewer.viewingAsClient && viewer.customer ? viewer.customer : null,
    },
    { headers: responseHeaders(request) },
  );
}

export type HubLayoutData = ReturnType<typeof useLoaderData<typeof loader>>;

export default function HubLayout() {
  const { staff, notificationCount, viewingAs } = useLoaderData<typeof loader>();
  const root = useRouteLoaderData('root') as RootData | undefined;
  const { t } = useTranslation();
  return (
    <div className="hub">
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <HubNav storeName={root?.storeName ?? 'Comptoir'} staff={staff} notificationCount={notificationCount} />
      <main id="main" className="hub-main">
        {viewingAs ? (
          // The session still acts for a customer in the store: say so, with the two ways out.
          <div className="alert alert--info hub-viewing" role="status">
            <p>{t('viewAs.hubNotice', { name: viewingAs.name })}</p>
            <div className="hub-viewing__actions">
              <Link to="/" className="button button--secondary button--small">
                {t('viewAs.backToStore')}
              </Link>
              <Form method="post" action="/view-as/stop">
                <button type="submit" className="button button--ghost button--small">
                  {t('viewAs.exit')}
                </button>
              </Form>
            </div>
          </div>
        ) : null}
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
