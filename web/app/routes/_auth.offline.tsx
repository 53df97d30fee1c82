import type { MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { pageTitle } from '../utils/meta.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('pwa.offline.title'));

/**
 * What the installed store shows when a page cannot be reached (issue 18 M1): the service worker
 * keeps this page from its install, in the language of the user who installed it. The cart lives
 * on the server, so nothing in it is lost.
 */
export default function Offline() {
  const { t } = useTranslation();
  return (
    <section className="card auth-card" aria-labelledby="offline-title">
      <h1 id="offline-title">{t('pwa.offline.title')}</h1>
      <p>{t('pwa.offline.body')}</p>
      <p>{t('pwa.offline.cartKept')}</p>
      <a className="button button--primary" href="/">
        {t('pwa.offline.retry')}
      </a>
    </section>
  );
}
