import { Link, useLocation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { withoutBanner } from '../../utils/banner-params.js';

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage?: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/** Cursor pagination: "Next page" with `?after=`, and back to the first page. */
export function Pagination({ pageInfo }: { pageInfo: PageInfo }) {
  const { t } = useTranslation();
  const location = useLocation();
  const params = withoutBanner(location.search);
  const onFirstPage = !params.get('after');
  if (onFirstPage && !pageInfo.hasNextPage) return null;

  const next = new URLSearchParams(params);
  if (pageInfo.endCursor) next.set('after', pageInfo.endCursor);
  const first = new URLSearchParams(params);
  first.delete('after');
  const firstSearch = first.toString();

  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      {onFirstPage ? <span /> : (
        <Link className="button button--ghost" to={{ pathname: location.pathname, search: firstSearch ? `?${firstSearch}` : '' }}>
          {t('pagination.first')}
        </Link>
      )}
      {pageInfo.hasNextPage && pageInfo.endCursor ? (
        <Link className="button button--secondary" rel="next" to={{ pathname: location.pathname, search: `?${next.toString()}` }}>
          {t('pagination.next')}
        </Link>
      ) : null}
    </nav>
  );
}

/** "Previous" and "Next" links carrying the cursors (`before` / `after`) and the filters. */
export function KeysetPager({ pageInfo }: { pageInfo: PageInfo }) {
  const { t } = useTranslation();
  const location = useLocation();
  if (!pageInfo.hasNextPage && !pageInfo.hasPreviousPage) return null;
  const link = (name: 'after' | 'before', cursor: string) => {
    const next = withoutBanner(location.search);
    next.delete('after');
    next.delete('before');
    next.set(name, cursor);
    return { pathname: location.pathname, search: `?${next.toString()}` };
  };
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      {pageInfo.hasPreviousPage && pageInfo.startCursor ? (
        <Link className="button button--ghost" rel="prev" to={link('before', pageInfo.startCursor)}>
          {t('hubCatalog.list.previous')}
        </Link>
      ) : (
        <span />
      )}
      {pageInfo.hasNextPage && pageInfo.endCursor ? (
        <Link className="button button--secondary" rel="next" to={link('after', pageInfo.endCursor)}>
          {t('hubCatalog.list.next')}
        </Link>
      ) : null}
    </nav>
  );
}
