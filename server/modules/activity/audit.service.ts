import { backOfficeActor, type Ctx, type Viewer } from '../../common/context.js';
import { keysetPage, timestampCursorSql } from '../../common/connection.js';
import type { EventCtx } from '../../common/events.js';
import { apiError } from '../../common/errors.js';
import { fromGlobalId, idOf } from '../../common/global-id.js';
import type { Customer } from '../customers/index.js';
import { AuditAction, AuditEvent, type AuditChange } from './entities/audit-event.entity.js';

export interface AuditTarget {
  customer?: Customer | null;
  targetType: string;
  targetId: string | null;
  targetLabel?: string | null;
  changes?: AuditChange[] | null;
}

/** Who is recorded: the staff member or the token; null for anyone else (shop users' own actions are not audit). */
function actorOf(viewer: Viewer | undefined): Pick<AuditEvent, 'staff' | 'apiToken' | 'actorName'> | null {
  if (!viewer) return null;
  const actor = backOfficeActor(viewer);
  if (actor.staff) return { staff: actor.staff, actorName: actor.staff.name };
  if (actor.apiToken) return { apiToken: actor.apiToken, actorName: actor.apiToken.name };
  return null;
}

/**
 * Writes one audit row with the publisher's entity manager, so in its transaction (decision 37):
 * flushed with the change, rolled back with it. Nothing is written for an action no staff member
 * or token did. Never give it a password: `changes` hold the key fields only.
 */
export function recordAudit(ctx: Pick<EventCtx, 'em' | 'viewer'>, action: AuditAction, target: AuditTarget): void {
  const actor = actorOf(ctx.viewer);
  if (!actor) return;
  ctx.em.create(AuditEvent, {
    ...actor,
    action,
    customer: target.customer ?? null,
    targetType: target.targetType,
    targetId: target.targetId,
    targetLabel: target.targetLabel ?? null,
    changes: target.changes?.length ? target.changes : null,
  });
}

export interface AuditFilter {
  actorId?: string | null;
  actions?: AuditAction[] | null;
  targetId?: string | null;
  customerId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** The audit trail, newest first, keyset-paged on (created_at, id) with exact cursors; admins (checked by the resolver). */
export function listAuditEntries(ctx: Ctx, filter: AuditFilter, args: { first?: number | null; after?: string | null }) {
  const qb = ctx.em.createQueryBuilder(AuditEvent, 'e').select('e.*');
  if (filter.actorId) {
    const staffId = idOf('StaffUser', filter.actorId);
    const tokenId = idOf('ApiToken', filter.actorId);
    if (staffId) qb.andWhere({ staff: staffId });
    else if (tokenId) qb.andWhere({ apiToken: tokenId });
    else throw apiError(ctx.t, 'NOT_FOUND');
  }
  if (filter.actions?.length) qb.andWhere({ action: { $in: filter.actions } });
  if (filter.customerId) {
    const id = idOf('Customer', filter.customerId);
    if (!id) throw apiError(ctx.t, 'NOT_FOUND');
    qb.andWhere({ customer: id });
  }
  if (filter.targetId) {
    const id = anyIdOf(filter.targetId);
    if (!id) throw apiError(ctx.t, 'NOT_FOUND');
    qb.andWhere({ targetType: id.type, targetId: id.id });
  }
  if (filter.from) qb.andWhere({ createdAt: { $gte: filter.from } });
  if (filter.to) qb.andWhere({ createdAt: { $lt: filter.to } });
  return keysetPage<AuditEvent>({
    qb,
    alias: 'e',
    sortColumn: 'created_at',
    sortValue: (e) => e.createdAt.toISOString(),
    direction: 'desc',
    first: args.first,
    after: args.after,
    exact: { em: ctx.em, entity: AuditEvent, sql: timestampCursorSql('e.created_at') },
  });
}

const TARGET_TYPES = new Set([
  'Customer', 'StoreAccess', 'Order', 'RegistrationRequest', 'ApiToken',
  'StaffUser', 'PriceLevel', 'StorageLocation', 'TaxRate', 'Brand', 'Season', 'Tag', 'Manufacturer', 'WebhookEndpoint', 'WebhookDelivery', 'Product', 'OutboxEmail', 'Task',
]);

function anyIdOf(globalId: string): { type: string; id: string } | null {
  const parsed = fromGlobalId(globalId);
  return parsed && TARGET_TYPES.has(parsed.type) ? parsed : null;
}
