import { Form, Link, NavLink, useLocation } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../ui/language-switcher.js';

interface Props {
  storeName: string;
  staff: { name: string; email: string; role: string };
}

/**
 * The hub's navigation: a sidebar on wide screens, a collapsible menu on phones. The menu button
 * is a link to #hub-nav, so it also opens the menu without JavaScript (CSS :target).
 */
export function HubNav({ storeName, staff }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const [open, setOpen] = useState(false);

  useEffect(() => setOpen(false), [location.pathname, location.search]);

  return (
    <header className={`hub-sidebar${open ? ' is-open' : ''}`} id="hub-nav">
      <div className="hub-sidebar__top">
        <Link to="/hub" className="brand brand--light">
          <span className="brand__mark" aria-hidden="true">
            C
          </span>
          <span className="brand__name">
            {storeName}
            <small>{t('hub.title')}</small>
          </span>
        </Link>
        <a
          href="#hub-nav"
          className="hub-sidebar__toggle"
          role="button"
          aria-expanded={open}
          aria-controls="hub-nav-panel"
          onClick={(event) => {
            event.preventDefault();
            setOpen((o) => !o);
          }}
        >
          <span className="hamburger" aria-hidden="true" />
          {t('nav.menu')}
        </a>
      </div>
      <div className="hub-sidebar__panel" id="hub-nav-panel">
        <nav aria-label={t('nav.main')}>
          <ul className="sidenav">
            <li>
              <NavLink to="/hub" end className={({ isActive }) => (isActive || location.pathname.startsWith('/hub/orders') ? 'active' : undefined)}>
                {t('nav.orders')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/hub/customers">{t('nav.customers')}</NavLink>
            </li>
            <li>
              <NavLink to="/hub/mailbox">{t('nav.mailbox')}</NavLink>
            </li>
          </ul>
        </nav>
        <div className="hub-sidebar__footer">
          <p className="hub-sidebar__who">
            <span className="strong">{staff.name}</span>
            <span className="muted small">
              {staff.email} · {t(`staffRole.${staff.role}` as 'staffRole.ADMIN', { defaultValue: staff.role })}
            </span>
          </p>
          <LanguageSwitcher />
          <Form method="post" action="/sign-out">
            <input type="hidden" name="area" value="hub" />
            <button type="submit" className="button button--ghost-light button--small">
              {t('nav.signOut')}
            </button>
          </Form>
        </div>
      </div>
    </header>
  );
}
