import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const PHONE = '(max-width: 640px)';

/**
 * The filters of a hub list, folded away on a phone so the results show on the first screen (issue 17,
 * H7): a <details> that the server sends open (desktop, and phones without JavaScript, see everything)
 * and that closes itself on a phone unless a filter is in use. On a wider screen its summary is hidden
 * by CSS and it stays open. Decision 0040.
 */
export function ListFilters({ active, children }: { active: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const details = ref.current;
    if (!details || typeof window.matchMedia !== 'function') return;
    const phone = window.matchMedia(PHONE);
    if (phone.matches && !active) details.open = false;
    const widened = (event: MediaQueryListEvent) => {
      if (!event.matches) details.open = true;
    };
    phone.addEventListener('change', widened);
    return () => phone.removeEventListener('change', widened);
  }, [active]);
  return (
    <details className="list-filters" open ref={ref}>
      <summary className="button button--secondary">{t('listFilters.show')}</summary>
      {children}
    </details>
  );
}
