import { isGTIN, isValid } from 'gtin';
import { UserErrorCode } from '../../common/errors.js';

// Value rules shared by the staff mutations and the CSV import, so both accept the same things.

export const REFERENCE_MAX = 64;
export const NAME_MAX = 300;
export const UNIT_MAX = 20;
export const LIST_NAME_MAX = 120;
export const CODE_MAX = 40;
/** Prices are numeric(12,4); shipping costs numeric(12,2). */
export const PRICE_DECIMALS = 4;
export const SHIPPING_DECIMALS = 2;
const NUMERIC_PRECISION = 12;

/** True for an EAN-8, UPC-A (12), EAN-13 or GTIN-14 with a correct check digit. */
export function isValidBarcode(value: string): boolean {
  try {
    return isGTIN(value) && isValid(value);
  } catch {
    return false;
  }
}

/**
 * The spellings of one trade item's code a product may be stored under (issue 18): a UPC-A
 * (12 digits) is the EAN-13 with a leading 0 and the GTIN-14 with two, so a code scanned or typed
 * in one form finds the product stored in another. The code as given comes first; other codes
 * (EAN-8, anything not 12 to 14 digits) only as given.
 */
export function barcodeVariants(code: string): string[] {
  if (!/^\d{12,14}$/.test(code)) return [code];
  const gtin14 = code.padStart(14, '0');
  const forms = [gtin14, gtin14.slice(1), gtin14.slice(2)].filter((f, i) => i === 0 || gtin14.slice(0, i) === '0'.repeat(i));
  return [code, ...forms.filter((f) => f !== code)];
}

/**
 * Reads a non-negative decimal ("12.5", "12,5" from spreadsheets in comma-decimal locales) and
 * returns it with exactly `decimals` decimals, as stored ("12.5000"), never through a float.
 */
export function parseAmount(raw: string, decimals: number): { amount: string } | { code: UserErrorCode } {
  const value = raw.trim().replace(',', '.');
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return { code: UserErrorCode.NOT_A_NUMBER };
  const [, minus, int, frac = ''] = match;
  const intPart = int.replace(/^0+(?=\d)/, '');
  const significantFrac = frac.replace(/0+$/, '');
  if (minus && (intPart !== '0' || significantFrac)) return { code: UserErrorCode.INVALID_AMOUNT };
  if (significantFrac.length > decimals || intPart.length > NUMERIC_PRECISION - decimals) return { code: UserErrorCode.INVALID_AMOUNT };
  return { amount: decimals ? `${intPart}.${significantFrac.padEnd(decimals, '0')}` : intPart };
}

const INT_MAX = 2_147_483_647;

/** Reads a whole number within [min, INT_MAX]. */
export function parseWholeNumber(raw: string, min: number): { value: number } | { code: UserErrorCode } {
  const value = raw.trim();
  if (!/^[-+]?\d+$/.test(value)) return { code: UserErrorCode.NOT_A_NUMBER };
  const n = Number(value);
  if (n < min || n > INT_MAX) return { code: UserErrorCode.INVALID_VALUE };
  return { value: n };
}

const TRUE = new Set(['true', '1', 'yes']);
const FALSE = new Set(['false', '0', 'no']);

/** true/false, 1/0, yes/no, in any case; null when it is none of them. */
export function parseFlag(raw: string): boolean | null {
  const value = raw.trim().toLowerCase();
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  return null;
}

/** A numeric(…, n) string from the database in the same form parseAmount returns. */
export function storedAmount(value: string, decimals: number): string {
  const parsed = parseAmount(value, decimals);
  return 'amount' in parsed ? parsed.amount : value;
}

export { escapeLike } from '../../common/text.js';

/** Prices are stored with 4 decimals; shown with 2 unless more are significant. */
export function normalizeAmount(amount: string): string {
  const [int, frac = ''] = amount.split('.');
  const trimmed = frac.replace(/0+$/, '');
  return `${int}.${trimmed.padEnd(2, '0')}`;
}
