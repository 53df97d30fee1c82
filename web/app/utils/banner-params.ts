/**
 * URL parameters that only say what the previous action did ("saved", "blocked", "email sent
 * again"): a page shows its banner for them once, after the redirect. Links built from the current
 * URL (pagers, "older" activity, exports, the language switcher) leave them out, so the banner
 * of an earlier action does not come back on the next page.
 */
export const BANNER_PARAMS = ['done', 'created', 'resent', 'saved', 'revoked'] as const;

/** A copy of `search` (a query string or parameters) without the banner parameters. */
export function withoutBanner(search: string | URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(search);
  for (const name of BANNER_PARAMS) params.delete(name);
  return params;
}
