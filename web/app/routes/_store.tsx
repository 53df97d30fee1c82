import { json, redirect, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Outlet, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { StoreHeader } from '../components/store/store-header.js';
import { OfflineCart } from '../components/store/offline-cart.js';
import { RouteErrorBoundary } from '../components/ui/error-page.js';
import { currentPath, gql, responseHeaders, signInRedirect } from '../graphql/client.server.js';
import { storeShellQuery } from '../graphql/auth.server.js';
import { cartCountQuery } from '../graphql/ordering.server.js';

/**
 * The customer store: for a signed-in shop user who has replaced the temporary password, or for a
 * staff member viewing the store as a customer (V1, read-only: no cart, no orders).
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer, storeSettings } = await gql(request, context, storeShellQuery);
  const viewingAs = viewer.kind === 'STAFF' && viewer.viewingAsClient && viewer.customer ? viewer.customer : null;
  if (viewer.kind === 'STAFF' && !viewingAs) throw redirect('/hub', { headers: responseHeaders(request) });
  if (viewer.kind !== 'SHOP_USER' && !viewingAs) throw signInRedirect(request);
  if (viewer.mustChangePassword) {
    const path = currentPath(request);
    throw redirect(`/change-password${path === '/' ? '' : `?redirectTo=${encodeURIComponent(path)}`}`, { headers: responseHeaders(request) });
  }
  // Staff viewing as the customer have their own cart for it (ordering on its behalf, V1).
  const cartLines = (await gql(request, context, cartCountQuery)).cart.lines.length;
  return json(
    {
      storeName: storeSettings.storeName,
      showStock: storeSettings.showStock,
      email: viewer.shopUser?.email ?? null,
      customer: viewer.customer ?? null,
      accessStatus: viewer.storeAccessStatus ?? null,
      cartLines,
      viewingAs,
    },
    { headers: responseHeaders(request) },
  );
}

export type StoreLayoutData = ReturnType<typeof useLoaderData<typeof loader>>;

export default function StoreLayout() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="store">
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      {data.viewingAs ? (
        <div className="banner banner--view-as" role="region" aria-labelledby="view-as-title">
          <div className="container banner__inner">
            <p id="view-as-title">
              <strong>{t('viewAs.banner', { name: data.viewingAs.name })}</strong> <span>{t('checkout.onBehalfBanner')}</span>
            </p>
            <Form method="post" action="/view-as/stop">
              <button type="submit" className="button button--small button--inverse">
                {t('viewAs.exit')}
              </button>
            </Form>
          </div>
        </div>
      ) : null}
      <StoreHeader
        storeName={data.storeName}
        customerName={data.customer?.name}
        email={data.email}
        cartLines={data.cartLines}
        readOnly={!!data.viewingAs}
      />
      {data.customer?.status === 'EXCLUDED' ? (
        <div className="banner banner--danger" role="alert">
          <div className="container">
            <strong>{t('store.excluded.title')}</strong> {data.customer.exclusionReason || t('store.excluded.noReason')}
          </div>
        </div>
      ) : data.accessStatus === 'PENDING_APPROVAL' ? (
        <div className="banner banner--warning" role="status">
          <div className="container">
            <strong>{t('store.pending.title')}</strong> {t('store.pending.message')}
          </div>
        </div>
      ) : null}
      <main id="main" className="container page">
        {/* C7: the customer's private message, at the top of every store page (also when staff view as the customer). */}
        {data.customer?.privateMessage ? (
          <aside className="message-banner" aria-label={t('catalog.privateMessage')}>
            <p>{data.customer.privateMessage}</p>
          </aside>
        ) : null}
        <OfflineCart />
        <Outlet />
      </main>
      <footer className="store-footer">
        <div className="container store-footer__inner">
          <span>{t('footer.poweredBy')}</span>
        </div>
      </footer>
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
