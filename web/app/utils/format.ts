import { intlLocale } from '../../../server/common/intl-locale.js';

/** An amount of the API: a decimal string and a currency, never a float. */
export interface MoneyValue {
  amount: string;
  currencyCode: string;
}

/** Formats a decimal string as money in the UI language; Intl reads the string exactly. */
export function formatMoney(money: MoneyValue, language: string): string {
  const format = new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency: money.currencyCode });
  return format.format(money.amount as `${number}`);
}

/**
 * Formats an ISO date. `timeZone` is UTC during the server render and hydration (so both agree,
 * and the zone is named) and the browser's own zone afterwards.
 */
export function formatDate(iso: string, language: string, options: { withTime?: boolean; timeZone?: string } = {}): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
  if (options.withTime) Object.assign(parts, { hour: '2-digit', minute: '2-digit' });
  if (options.withTime && options.timeZone === 'UTC') parts.timeZoneName = 'short';
  return new Intl.DateTimeFormat(intlLocale(language), { ...parts, timeZone: options.timeZone }).format(date);
}

/** A size in bytes as "12 kB" / "1.4 MB" (bytes under 1 kB), in the UI language. */
export function formatFileSize(bytes: number, language: string): string {
  if (bytes < 1024) return new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  if (bytes < 1024 * 1024) {
    return new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit: 'kilobyte', maximumFractionDigits: bytes < 10 * 1024 ? 1 : 0 }).format(bytes / 1024);
  }
  return new Intl.NumberFormat(intlLocale(language), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);
}
