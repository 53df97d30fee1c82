import { Form, Link, NavLink } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../ui/language-switcher.js';

interface Props {
  storeName: string;
  customerName?: string | null;
  email?: string | null;
  cartLines: number;
  /** Staff viewing the store as a customer: no orders, no sign-out from here; the cart is theirs (ordering on behalf). */
  readOnly?: boolean;
}

/** The store's header: name, catalog, orders, cart with its line count, language, sign-out. */
export function StoreHeader({ storeName, customerName, email, cartLines, readOnly = false }: Props) {
  const { t } = useTranslation();
  return (
    <header className="topbar">
      <div className="container topbar__inner">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true">
            {storeName.slice(0, 1).toUpperCase()}
          </span>
          <span className="brand__name">{storeName}</span>
        </Link>
        <nav className="topnav" aria-label={t('nav.main')}>
          <NavLink to="/" end className="topnav__link">
            {t('nav.catalog')}
          </NavLink>
          {readOnly ? null : (
            <NavLink to="/orders" className="topnav__link">
              {t('nav.myOrders')}
            </NavLink>
          )}
          <NavLink to="/lists" className="topnav__link">
            {t('nav.lists')}
          </NavLink>
          <NavLink to="/quotes" className="topnav__link">
            {t('storeQuotes.nav')}
          </NavLink>
          <NavLink to="/cart" className="topnav__link topnav__cart">
            {t('nav.cart')}
            <span className="count-badge" aria-label={t('nav.cartLines', { count: cartLines })}>
              {cartLines}
            </span>
          </NavLink>
        </nav>
        <div className="topbar__tools">
          {customerName ? (
            <span className="topbar__who" title={email ?? undefined}>
              {customerName}
            </span>
          ) : null}
          <span className="topbar__language">
            <LanguageSwitcher />
          </span>
          <span className="topbar__language-menu">
            <LanguageSwitcher compact />
          </span>
          {readOnly ? null : (
            <Form method="post" action="/sign-out">
              <button type="submit" className="button button--ghost button--small">
                {t('nav.signOut')}
              </button>
            </Form>
          )}
        </div>
      </div>
    </header>
  );
}
