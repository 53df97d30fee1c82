import { useTranslation } from 'react-i18next';
import type { QuoteStatus } from '../../graphql/generated/graphql.js';
import { formatLocalDate } from '../../utils/local-date.js';

const TONE: Record<QuoteStatus, string> = { REQUESTED: 'warning', SENT: 'info', ACCEPTED: 'success', DECLINED: 'neutral', EXPIRED: 'danger' };

/** A quote's status in the hub (issue 19 B3), coloured by what staff have to do. */
export function QuoteStatusBadge({ status }: { status: QuoteStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${TONE[status]}`}>{t(`hubQuotes.status.${status}`)}</span>;
}

/** A calendar day of the API (LocalDate) in the UI language, or a dash. */
export function Day({ value }: { value: string | null | undefined }) {
  const { i18n } = useTranslation();
  return value ? <time dateTime={value}>{formatLocalDate(value, i18n.language)}</time> : <>—</>;
}
