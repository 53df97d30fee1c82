import { useTranslation } from 'react-i18next';
import { formatDate } from '../../utils/format.js';

const TONE: Record<string, string> = { REQUESTED: 'warning', SENT: 'info', ACCEPTED: 'success', DECLINED: 'neutral', EXPIRED: 'danger' };

/** A quote's status in the store, translated and coloured (issue 19 B3). */
export function QuoteStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${TONE[status] ?? 'neutral'}`}>{t(`storeQuotes.status.${status}` as 'storeQuotes.status.SENT', { defaultValue: status })}</span>;
}

/** A calendar day (`LocalDate`, e.g. an expiry date): the same day whatever the browser's time zone. */
export function LocalDay({ value }: { value: string | null | undefined }) {
  const { i18n } = useTranslation();
  if (!value) return <>—</>;
  return <time dateTime={value}>{formatDate(value, i18n.language, { timeZone: 'UTC' })}</time>;
}
