const INT_MAX = 2 ** 31 - 1;

/**
 * A submitted quantity as a GraphQL Int. Anything that is not a whole number becomes -1, which the
 * API refuses with a translated INVALID_QUANTITY user error instead of a failed request.
 */
export function quantity(value: string): number {
  if (!/^\s*-?\d+\s*$/.test(value)) return -1;
  const n = Number(value);
  return Number.isSafeInteger(n) && Math.abs(n) <= INT_MAX ? n : -1;
}

// What the Decimal scalar accepts.
const DECIMAL = /^\d{1,15}(\.\d{1,6})?$/;

/**
 * A typed amount for the Decimal scalar, a comma taken as the decimal separator as people type it:
 * '' when blank, null when it is not a number (answered in the person's language before the API is asked).
 */
export function decimal(value: string): string | null {
  const amount = value.trim().replace(',', '.');
  return amount === '' || DECIMAL.test(amount) ? amount : null;
}
