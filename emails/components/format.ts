import { intlLocale } from '../../server/common/intl-locale.js';

/**
 * Display-only formatting. Amounts travel as decimal strings so that no arithmetic is ever done
 * on floats; Number() is used here only to hand them to Intl.
 */
export function formatMoney(amount: string, currencyCode: string, language: string): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currencyCode}`;
  return new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency: currencyCode }).format(value);
}

/** Date and time in the reader's language, in the server's time zone (set TZ in production). */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

export function formatQuantity(quantity: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language)).format(quantity);
}

/**
 * A delay in words, with the language's own plural ("1 minute", "30 minutes", "30 Minuten").
 * Whole hours read as hours ("1 hour", "24 hours") rather than "60 minutes".
 */
export function formatDuration(minutes: number, language: string): string {
  const wholeHours = minutes >= 60 && minutes % 60 === 0;
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'unit',
    unit: wholeHours ? 'hour' : 'minute',
    unitDisplay: 'long',
  }).format(wholeHours ? minutes / 60 : minutes);
}
