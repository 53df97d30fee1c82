import { Link, isRouteErrorResponse, useLocation, useRouteError } from '@remix-run/react';
import { useTranslation } from 'react-i18next';

/** What went wrong, in words a person can read, with a way back. */
export function ErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const kind = status === 404 ? 'notFound' : status === 403 ? 'forbidden' : status === 400 ? 'badRequest' : status === 503 ? 'unavailable' : 'server';
  // A 400 carries the server's reason, already in the visitor's language (e.g. an unreadable form).
  const reason = status === 400 && isRouteErrorResponse(error) && typeof error.data?.message === 'string' ? (error.data.message as string) : null;
  const home = pathname === '/hub' || pathname.startsWith('/hub/') ? '/hub' : '/';
  return (
    <section className="error-page card" aria-labelledby="error-title">
      <p className="error-page__code">{status}</p>
      <h1 id="error-title">{t(`errors.${kind}.title`)}</h1>
      <p>{reason ?? t(`errors.${kind}.message`)}</p>
      <p>
        <Link className="button button--primary" to={home}>
          {t('errors.backHome')}
        </Link>
      </p>
    </section>
  );
}

/** Re-exported as `ErrorBoundary` by routes, so a failing page keeps its layout around it. */
export function RouteErrorBoundary() {
  return <ErrorPage />;
}
