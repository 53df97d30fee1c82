import { Link, Outlet, useLocation, useRouteLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../components/ui/language-switcher.js';
import { RouteErrorBoundary } from '../components/ui/error-page.js';
import type { RootData } from '../utils/meta.js';

/** Sign-in and password pages: one centred card, the store's (or the hub's) name above it. */
export default function AuthLayout() {
  const root = useRouteLoaderData('root') as RootData | undefined;
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const hub = pathname.startsWith('/hub');
  return (
    <div className="auth-layout">
      <header className="auth-layout__top">
        <Link to={hub ? '/hub' : '/'} className="brand">
          <span className="brand__mark" aria-hidden="true">
            C
          </span>
          <span className="brand__name">{hub ? `${root?.storeName ?? 'Comptoir'} · ${t('hub.title')}` : (root?.storeName ?? 'Comptoir')}</span>
        </Link>
        <LanguageSwitcher />
      </header>
      <main className="auth-layout__main" id="main">
        <Outlet />
      </main>
      <footer className="auth-layout__footer">{t('footer.poweredBy')}</footer>
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
