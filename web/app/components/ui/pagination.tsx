import { Link, useLocation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';

/** Cursor pagination: "Next page" with `?after=`, and back to the first page. */
export function Pagination({ pageInfo }: { pageInfo: { hasNextPage: boolean; endCursor?: string | null } }) {
  const { t } = useTranslation();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
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
