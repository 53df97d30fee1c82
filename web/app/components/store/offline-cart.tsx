import { useRevalidator } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFLINE_CART_EVENT, queuedAdditions, replayAdditions, type QueuedAddition } from '../../utils/offline-cart.js';

/** Whether the browser has a connection, kept up to date (true while rendering on the server). */
export function useOnline(): boolean {
  const [online, setOnline] = useState(true);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/** What is queued on this phone, kept up to date (empty while rendering on the server). */
export function useQueued(): QueuedAddition[] {
  const [queued, setQueued] = useState<QueuedAddition[]>([]);
  useEffect(() => {
    const update = () => setQueued(queuedAdditions());
    update();
    window.addEventListener(OFFLINE_CART_EVENT, update);
    window.addEventListener('storage', update);
    return () => {
      window.removeEventListener(OFFLINE_CART_EVENT, update);
      window.removeEventListener('storage', update);
    };
  }, []);
  return queued;
}

/**
 * On every store page: the additions (and the cart page's changes) made offline and not yet saved, listed, and sent as soon as
 * the connection returns (then the page's data, the cart and its count, is read again).
 */
export function OfflineCart() {
  const { t } = useTranslation();
  const revalidator = useRevalidator();
  const online = useOnline();
  const queued = useQueued();

  const pending = queued.length > 0;
  useEffect(() => {
    if (!online || !pending) return;
    void replayAdditions().then((sent) => {
      if (sent > 0) revalidator.revalidate();
    });
    // revalidator changes identity on every render; only the connection and the queue matter here
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [online, pending]);

  if (!pending && online) return null;
  return (
    <section className="offline-cart" aria-labelledby="offline-cart-title">
      <h2 id="offline-cart-title" className="offline-cart__title">
        {online ? t('pwa.queue.sending') : t('pwa.queue.offline')}
      </h2>
      {pending ? (
        <>
          <p role="status">{t('pwa.queue.pending', { count: queued.length })}</p>
          <ul aria-label={t('pwa.queue.notSaved')}>
            {queued.map((a) => (
              <li key={a.key}>
                {a.kind === 'set' ? (a.quantity > 0 ? t('pwa.queue.changedTo', { name: a.name, quantity: a.quantity }) : t('pwa.queue.removed', { name: a.name })) : `${a.name} × ${a.quantity}`}{' '}
                <span className="offline-cart__badge">{t('pwa.queue.notSaved')}</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p role="status">{t('pwa.queue.offlineHint')}</p>
      )}
    </section>
  );
}
