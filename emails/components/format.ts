/**
 * Display-only formatting. Amounts travel as decimal strings so that no arithmetic is ever done
 * on floats; Number() is used here only to hand them to Intl.
 */
export function formatMoney(amount: string, currencyCode: string, language: string): string {
  const value = Number(amount);
  if (!Number.isFinite(value)) return `${amount} ${currencyCode}`;
  return new Intl.NumberFormat(language, { style: 'currency', currency: currencyCode }).format(value);
}

/** Date and time in the reader's language, in the server's time zone (set TZ in production). */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

export function formatQuantity(quantity: number, language: string): string {
  return new Intl.NumberFormat(language).format(quantity);
}
