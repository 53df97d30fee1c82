import { Link, useLocation } from '@remix-run/react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AuditEntryFieldsFragment } from '../../graphql/generated/graphql.js';
import { languageName } from '../../i18n/i18n.js';
import { DateTime } from '../ui/format.js';
import { withoutBanner } from '../../utils/banner-params.js';

export type AuditEntry = AuditEntryFieldsFragment;

// The audit trail as staff read it (issue 17, H4): who did what to what, and the key fields
// before → after, in words. Used by /hub/audit and the "Staff activity" sections.

/** Where the thing acted on is shown in the hub, if anywhere. */
export function auditTargetHref(entry: AuditEntry): string | null {
  if (!entry.targetId) return null;
  switch (entry.targetType) {
    case 'Customer':
      return `/hub/customers/${encodeURIComponent(entry.targetId)}`;
    case 'StoreAccess':
      return entry.customer ? `/hub/customers/${encodeURIComponent(entry.customer.id)}` : null;
    case 'Order':
      return `/hub/orders/${encodeURIComponent(entry.targetId)}`;
    case 'RegistrationRequest':
      return `/hub/registrations/${encodeURIComponent(entry.targetId)}`;
    case 'ApiToken':
      return '/hub/api-tokens';
    case 'StaffUser':
      return '/hub/staff';
    case 'PriceLevel':
      return '/hub/catalog/price-levels';
    case 'StorageLocation':
      return '/hub/catalog/locations';
    case 'Brand':
    case 'Season':
    case 'Tag':
    case 'Manufacturer':
      return '/hub/catalog/lists';
    case 'Product':
      return `/hub/products/${encodeURIComponent(entry.targetId)}`;
    case 'WebhookEndpoint':
    case 'WebhookDelivery':
      return '/hub/webhooks';
    default:
      return null;
  }
}

const STATUS_KINDS: Record<string, string> = { Order: 'order', StoreAccess: 'access', Customer: 'customer' };

/** A recorded value as people read it: statuses in words, yes/no, "none" for nothing. */
function auditValue(t: TFunction, uiLanguage: string, entry: AuditEntry, field: string, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return t('audit.none');
  if (field === 'status' && STATUS_KINDS[entry.targetType ?? '']) {
    return t(`status.${STATUS_KINDS[entry.targetType ?? '']}.${value}` as 'status.order.SUBMITTED', { defaultValue: value });
  }
  if (field === 'language') return languageName(value, uiLanguage);
  if (field === 'role') return t(`staffRole.${value}` as 'staffRole.ADMIN', { defaultValue: value });
  if (value === 'true') return t('audit.yes');
  if (value === 'false') return t('audit.no');
  return value;
}

/** The key fields before → after, one line each. */
export function AuditChanges({ entry }: { entry: AuditEntry }) {
  const { t, i18n } = useTranslation();
  if (entry.changes.length === 0) return null;
  return (
    <ul className="audit-changes" aria-label={t('audit.changeLabel')}>
      {entry.changes.map((c) => (
        <li key={c.field}>
          <span className="audit-changes__field">{t(`audit.field.${c.field}` as 'audit.field.status', { defaultValue: c.field })}</span>{' '}
          {c.before !== null ? (
            <>
              <del className="audit-changes__before">{auditValue(t, i18n.language, entry, c.field, c.before)}</del>
              <span aria-hidden="true"> → </span>
            </>
          ) : null}
          <ins className="audit-changes__after">{auditValue(t, i18n.language, entry, c.field, c.after)}</ins>
        </li>
      ))}
    </ul>
  );
}

/** Who did it: the staff member's or the token's name, with a badge for a token. */
export function AuditActor({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  return (
    <>
      {entry.actorName ?? t('audit.someone')}
      {entry.byApiToken ? <span className="badge badge--neutral badge--inline">{t('activity.apiToken')}</span> : null}
    </>
  );
}

/** "Staff activity" of a customer or an order: sentences newest first, with older/newest paging by cursor. */
export function StaffActivity({
  entries,
  pageInfo,
  param,
  id,
}: {
  entries: AuditEntry[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  /** The URL parameter carrying this list's cursor. */
  param: string;
  /** The section's id, the anchor the paging links come back to. */
  id: string;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const params = withoutBanner(location.search);
  const paged = Boolean(params.get(param));
  const older = new URLSearchParams(params);
  if (pageInfo.endCursor) older.set(param, pageInfo.endCursor);
  const newest = new URLSearchParams(params);
  newest.delete(param);
  return (
    <section className="card" aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`} className="card__title">
        {t('activity.title')}
      </h2>
      {entries.length === 0 ? (
        <p className="muted">{t('activity.empty')}</p>
      ) : (
        <ul className="timeline audit-timeline">
          {entries.map((e) => (
            <li key={e.id}>
              <span>{t(`activity.${e.action}` as 'activity.CUSTOMER_CREATED', { name: e.actorName ?? t('activity.someone'), target: e.targetLabel ?? '' })}</span>
              {e.byApiToken ? <span className="badge badge--neutral badge--inline">{t('activity.apiToken')}</span> : null}{' '}
              <span className="muted small">
                <DateTime value={e.createdAt} withTime />
              </span>
              <AuditChanges entry={e} />
            </li>
          ))}
        </ul>
      )}
      {paged || pageInfo.hasNextPage ? (
        <nav className="pagination" aria-label={t('activity.paging')}>
          {paged ? (
            <Link className="button button--ghost" to={{ search: newest.toString() ? `?${newest}` : '', hash: id }}>
              {t('activity.newest')}
            </Link>
          ) : (
            <span />
          )}
          {pageInfo.hasNextPage ? (
            <Link className="button button--secondary" to={{ search: `?${older}`, hash: id }}>
              {t('activity.older')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
