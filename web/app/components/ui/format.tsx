import { useTranslation } from 'react-i18next';
import { formatDate, formatMoney, type MoneyValue } from '../../utils/format.js';
import { useHydrated } from '../../utils/hydrated.js';

export function Money({ value, fallback = '—' }: { value: MoneyValue | null | undefined; fallback?: string }) {
  const { i18n } = useTranslation();
  if (!value) return <>{fallback}</>;
  return <span className="money">{formatMoney(value, i18n.language)}</span>;
}

/** A date (and time), in UTC until hydrated, then in the browser's time zone. */
export function DateTime({ value, withTime = false }: { value: string | null | undefined; withTime?: boolean }) {
  const { i18n } = useTranslation();
  const hydrated = useHydrated();
  if (!value) return <>—</>;
  return (
    <time dateTime={value} suppressHydrationWarning>
      {formatDate(value, i18n.language, { withTime, timeZone: hydrated ? undefined : 'UTC' })}
    </time>
  );
}
