/**
 * How the catalog shows its products: cards (a picture each) or a compact list (one line per
 * product). Kept per browser in a cookie (decision 0056): a phone and a desktop may want
 * different views, and it is read on the server, so the first render is the chosen one.
 */
export const CATALOG_VIEW_COOKIE = 'comptoir_catalog_view';
export const CATALOG_VIEWS = ['cards', 'list'] as const;
export type CatalogView = (typeof CATALOG_VIEWS)[number];

export function catalogViewOf(cookieHeader: string | null): CatalogView {
  const match = new RegExp(`(?:^|;\\s*)${CATALOG_VIEW_COOKIE}=([a-z]+)`).exec(cookieHeader ?? '');
  return match?.[1] === 'list' ? 'list' : 'cards';
}
