import { useTranslation } from 'react-i18next';

type Kind = 'order' | 'access' | 'email' | 'customer';

const TONE: Record<string, string> = {
  SUBMITTED: 'info',
  VALIDATED: 'success',
  SHIPPED: 'info',
  DELIVERED: 'success',
  CANCELLED: 'neutral',
  REJECTED: 'danger',
  ACTIVE: 'success',
  PENDING_APPROVAL: 'warning',
  BLOCKED: 'danger',
  NONE: 'neutral',
  PENDING: 'warning',
  SENT: 'success',
  STORED: 'info',
  FAILED: 'danger',
  EXCLUDED: 'danger',
  ARCHIVED: 'neutral',
};

/** A translated status, coloured by how good or bad it is. */
export function StatusBadge({ kind, status }: { kind: Kind; status: string }) {
  const { t } = useTranslation();
  const label = t(`status.${kind}.${status}` as 'status.order.SUBMITTED', { defaultValue: status });
  return <span className={`badge badge--${TONE[status] ?? 'neutral'}`}>{label}</span>;
}
