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
