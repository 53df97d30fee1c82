import { json, redirect, type LoaderFunctionArgs } from '@remix-run/node';
import { Outlet, useLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { StoreHeader } from '../components/store/store-header.js';
import { RouteErrorBoundary } from '../components/ui/error-page.js';
import { LanguageSwitcher } from '../components/ui/language-switcher.js';
import { currentPath, gql, responseHeaders, signInRedirect } from '../graphql/client.server.js';
import { storeShellQuery } from '../graphql/auth.server.js';
import { cartCountQuery } from '../graphql/ordering.server.js';

/** The customer store: only for a signed-in shop user who has replaced the temporary password. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer, storeSettings } = await gql(request, context, storeShellQuery);
  if (viewer.kind !== 'SHOP_USER') throw signInRedirect(request);
  if (viewer.mustChangePassword) {
    const path = currentPath(request);
    throw redirect(`/change-password${path === '/' ? '' : `?redirectTo=${encodeURIComponent(path)}`}`, { headers: responseHeaders(request) });
  }
  const { cart } = await gql(request, context, cartCountQuery);
  return json(
    {
      storeName: storeSettings.storeName,
      showStock: storeSettings.showStock,
      email: viewer.shopUser?.email ?? null,
      customer: viewer.customer ?? null,
      accessStatus: viewer.storeAccessStatus ?? null,
      cartLines: cart.lines.length,
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
      <StoreHeader storeName={data.storeName} customerName={data.customer?.name} email={data.email} cartLines={data.cartLines} />
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
        <Outlet />
      </main>
      <footer className="store-footer">
        <div className="container store-footer__inner">
          <span>{t('footer.poweredBy')}</span>
          {/* Phones have no room for the switcher in the header: it is here instead. */}
          <div className="store-footer__language">
            <LanguageSwitcher />
          </div>
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
