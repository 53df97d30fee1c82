import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Update = (reloadPage?: boolean) => Promise<void>;

/**
 * Registers the service worker (production builds only; development has none) and, when a new
 * version has been deployed and its worker is waiting, offers to reload into it (issue 18 M1).
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const [update, setUpdate] = useState<Update | null>(null);

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    void import('virtual:pwa-register').then(({ registerSW }) => {
      if (cancelled) return;
      const updateSW = registerSW({
        onNeedRefresh: () => setUpdate(() => updateSW),
      });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (!update) return null;
  return (
    <div className="update-prompt" role="status">
      <p>{t('pwa.update.ready')}</p>
      <button type="button" className="button button--primary button--small" onClick={() => void update(true)}>
        {t('pwa.update.reload')}
      </button>
      <button type="button" className="button button--small" onClick={() => setUpdate(null)}>
        {t('pwa.update.later')}
      </button>
    </div>
  );
}
