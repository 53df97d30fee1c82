import { NavLink } from '@remix-run/react';
import { useTranslation } from 'react-i18next';

const TABS = [
  { to: '/hub/products', key: 'products' },
  { to: '/hub/catalog-import', key: 'import' },
  { to: '/hub/catalog/lists', key: 'lists' },
  { to: '/hub/catalog/price-levels', key: 'priceLevels' },
  { to: '/hub/catalog/locations', key: 'locations' },
  { to: '/hub/catalog/explain', key: 'explain' },
] as const;

/** The catalog section's pages, as a row of tabs under the page title (scrolls sideways on phones). */
export function CatalogTabs() {
  const { t } = useTranslation();
  return (
    <nav className="catalog-tabs" aria-label={t('hubCatalog.tabs.label')}>
      <ul>
        {TABS.map((tab) => (
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
