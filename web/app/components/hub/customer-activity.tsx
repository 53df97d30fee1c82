import { Link, useLocation } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import type { CustomerActivitiesQuery } from '../../graphql/generated/graphql.js';
import { DateTime } from '../ui/format.js';
import { withoutBanner } from '../../utils/banner-params.js';

type Activities = CustomerActivitiesQuery['customer']['activities'];

/** What the customer's users did in the store (V2), newest first, with "older" paging by cursor. */
export function CustomerActivity({ activities }: { activities: Activities }) {
  const { t } = useTranslation();
  const location = useLocation();
  const params = withoutBanner(location.search);
  const paged = Boolean(params.get('activityAfter'));
  const older = new URLSearchParams(params);
  if (activities.pageInfo.endCursor) older.set('activityAfter', activities.pageInfo.endCursor);
  const newest = new URLSearchParams(params);
  newest.delete('activityAfter');
  const detail = (kind: string, value: string | null | undefined) => {
    if (!value) return null;
    if (kind === 'CART_CHANGE') {
      const count = Number(value.slice(1));
      return t(value.startsWith('+') ? 'orderFlow.activity.cartAdded' : 'orderFlow.activity.cartChanged', { count });
    }
    return value;
  };
  return (
    <section className="card" aria-labelledby="customer-activity-title" id="customer-activity">
      <h2 id="customer-activity-title" className="card__title">
        {t('orderFlow.activity.title')}
      </h2>
      {activities.edges.length === 0 ? (
        <p className="muted">{t('orderFlow.activity.empty')}</p>
      ) : (
        <ul className="activity-list">
          {activities.edges.map(({ node }) => (
            <li key={node.id} className="activity-list__item">
              <span className={`activity-list__kind activity-list__kind--${node.kind.toLowerCase()}`}>{t(`orderFlow.activity.kind.${node.kind}`)}</span>
              <span className="activity-list__detail">{detail(node.kind, node.detail)}</span>
              <span className="muted small activity-list__who">
                {node.shopUser?.email ?? t('orderFlow.activity.unknownUser')} · <DateTime value={node.createdAt} withTime />
              </span>
            </li>
          ))}
        </ul>
      )}
      {paged || activities.pageInfo.hasNextPage ? (
        <nav className="pagination" aria-label={t('orderFlow.activity.paging')}>
          {paged ? (
            <Link className="button button--ghost" to={{ search: newest.toString() ? `?${newest}` : '', hash: 'customer-activity' }}>
              {t('orderFlow.activity.newest')}
            </Link>
          ) : (
            <span />
          )}
          {activities.pageInfo.hasNextPage ? (
            <Link className="button button--secondary" to={{ search: `?${older}`, hash: 'customer-activity' }}>
              {t('orderFlow.activity.older')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
