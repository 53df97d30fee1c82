import { Form, Link, NavLink, useLocation } from '@remix-run/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../ui/language-switcher.js';

interface Props {
  storeName: string;
  staff: { name: string; email: string; role: string };
  /** Everything waiting for staff (N2), shown on the bell. */
  notificationCount: number;
}

function BellIcon() {
  return (
    <svg className="bell__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}

/** The bell: a link to what waits for staff, with the count on a badge. */
function NotificationBell({ count }: { count: number }) {
  const { t } = useTranslation();
  return (
    <NavLink to="/hub/notifications" className="bell" aria-label={t('bell.label', { count })} title={t('bell.title')}>
      <BellIcon />
      {count > 0 ? (
        <span className="bell__badge" aria-hidden="true">
          {count > 99 ? '99+' : count}
        </span>
      ) : null}
    </NavLink>
  );
}

/**
 * The hub's navigation: a sidebar on wide screens, a collapsible menu on phones. The menu button
 * is a link to #hub-nav, so it also opens the menu without JavaScript (CSS :target). Admin-only
 * pages are listed for admins only; the API refuses them to others anyway.
 */
export function HubNav({ storeName, staff, notificationCount }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  const isAdmin = staff.role === 'ADMIN';

  // A navigation closes the menu: state adjusted while rendering (React's pattern for state that
  // follows a prop) rather than in an effect, which would render the open menu once more.
  const where = location.pathname + location.search;
  const [shownAt, setShownAt] = useState(where);
  if (shownAt !== where) {
    setShownAt(where);
    setOpen(false);
  }

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
        <div className="hub-sidebar__tools">
          <NotificationBell count={notificationCount} />
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
              <NavLink to="/hub/quotes">{t('hubQuotes.title')}</NavLink>
            </li>
            <li>
              <NavLink to="/hub/customers">{t('nav.customers')}</NavLink>
            </li>
            <li>
              <NavLink to="/hub/order-lists">{t('nav.orderLists')}</NavLink>
            </li>
            <li>
              <NavLink to="/hub/users">{t('nav.users')}</NavLink>
            </li>
            <li>
              <NavLink
                to="/hub/products"
                className={({ isActive }) => (isActive || location.pathname.startsWith('/hub/catalog') ? 'active' : undefined)}
              >
                {t('nav.catalog')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/hub/registrations">{t('nav.registrations')}</NavLink>
            </li>
            <li>
              <NavLink to="/hub/mailbox">{t('nav.mailbox')}</NavLink>
            </li>
          </ul>
          {isAdmin ? (
            <>
              <p className="sidenav__heading" id="nav-admin">
                {t('nav.administration')}
              </p>
              <ul className="sidenav" aria-labelledby="nav-admin">
                <li>
                  <NavLink to="/hub/staff">{t('nav.staff')}</NavLink>
                </li>
                <li>
                  <NavLink to="/hub/settings">{t('nav.settings')}</NavLink>
                </li>
                <li>
                  <NavLink to="/hub/api-tokens">{t('nav.apiTokens')}</NavLink>
                </li>
                <li>
                  <NavLink to="/hub/webhooks">{t('nav.webhooks')}</NavLink>
                </li>
                <li>
                  <NavLink to="/hub/audit">{t('nav.audit')}</NavLink>
                </li>
              </ul>
            </>
          ) : null}
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
