import { NavLink, useRouteLoaderData } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { HubLayoutData } from '../../routes/hub.js';

const TABS = [
  { to: '/hub/products', key: 'products' },
  { to: '/hub/catalog-import', key: 'import' },
  { to: '/hub/catalog/lists', key: 'lists' },
  { to: '/hub/catalog/price-levels', key: 'priceLevels' },
  { to: '/hub/catalog/locations', key: 'locations' },
  { to: '/hub/catalog/explain', key: 'explain' },
  { to: '/hub/catalog/tax-rates', key: 'taxRates', adminOnly: true },
] as const;

/** The catalog section's pages, as a row of tabs under the page title (scrolls sideways on phones). */
export function CatalogTabs() {
  const { t } = useTranslation();
  const hub = useRouteLoaderData('routes/hub') as HubLayoutData | undefined;
  const isAdmin = hub?.staff.role === 'ADMIN';
  return (
    <nav className="catalog-tabs" aria-label={t('hubCatalog.tabs.label')}>
      <ul>
        {TABS.filter((tab) => !('adminOnly' in tab) || isAdmin).map((tab) => (
          <li key={tab.key}>
            <NavLink to={tab.to} end={tab.to === '/hub/products'} prefetch="intent">
              {t(`hubCatalog.tabs.${tab.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
