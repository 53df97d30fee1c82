import { useTranslation } from 'react-i18next';
import { formatDate } from '../../utils/format.js';
import { intlLocale } from '../../../../server/common/intl-locale.js';

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago" in the UI language (Intl.RelativeTimeFormat); the exact date in the tooltip. */
function formatRelative(iso: string, language: string, now: number = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const format = new Intl.RelativeTimeFormat(intlLocale(language), { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'minute');
}

export function RelativeTime({ value }: { value: string }) {
  const { i18n } = useTranslation();
  return (
    <time dateTime={value} title={formatDate(value, i18n.language, { withTime: true, timeZone: 'UTC' })} suppressHydrationWarning>
      {formatRelative(value, i18n.language)}
    </time>
  );
}
