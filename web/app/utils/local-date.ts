import { intlLocale } from '../../../server/common/intl-locale.js';

/**
 * Formats a calendar day of the API (LocalDate, "2026-11-28") in the UI language. The day has no
 * time zone: it is read and printed in UTC so no browser shifts it to the day before.
 */
export function formatLocalDate(day: string, language: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(intlLocale(language), { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}
