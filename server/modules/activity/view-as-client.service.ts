import type { Ctx } from '../../common/context.js';
import type { EventCtx } from '../../common/events.js';
import { apiError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { Customer } from '../customers/index.js';
import { sessionKey } from '../access/index.js';
import { AuditAction, type AuditChange } from './entities/audit-event.entity.js';
import { recordAudit } from './audit.service.js';

/**
 * Staff open the store as one customer (product V1): the session acts for that customer, so the
 * store shows its products, prices, stock and message through the same API path. Every start and
 * stop is recorded. Staff never see or change the customer's password: nothing here touches it.
 */
export async function startViewAsClient(ctx: Ctx, customerGlobalId: string): Promise<Customer> {
  if (ctx.viewer.kind !== 'staff') throw apiError(ctx.t, 'FORBIDDEN');
  const id = idOf('Customer', customerGlobalId);
  const customer = id ? await ctx.em.findOne(Customer, { id }) : null;
  if (!customer) throw apiError(ctx.t, 'NOT_FOUND');
  if (ctx.viewer.actingAs && ctx.viewer.actingAs.id !== customer.id) {
    recordCustomerAudit(ctx, ctx.viewer.actingAs, AuditAction.VIEW_AS_CLIENT_STOP);
  }
  recordCustomerAudit(ctx, customer, AuditAction.VIEW_AS_CLIENT_START);
  await ctx.em.flush();
  await ctx.em.execute('update auth_session set acting_customer_id = ? where id = ?', [customer.id, sessionKey(ctx.viewer.sessionId)]);
  ctx.viewer.actingAs = customer;
  ctx.loaders.clear();
  return customer;
}

export async function stopViewAsClient(ctx: Ctx): Promise<Customer | null> {
  if (ctx.viewer.kind !== 'staff') throw apiError(ctx.t, 'FORBIDDEN');
  const customer = ctx.viewer.actingAs ?? null;
  if (customer) {
    recordCustomerAudit(ctx, customer, AuditAction.VIEW_AS_CLIENT_STOP);
    await ctx.em.flush();
    await ctx.em.execute('update auth_session set acting_customer_id = null where id = ?', [sessionKey(ctx.viewer.sessionId)]);
    ctx.viewer.actingAs = null;
    ctx.loaders.clear();
  }
  return customer;
}

/**
 * Records a back-office change of a customer for audit, by the staff member or the API token
 * acting (E6). Written by the caller's next flush, so in the same transaction as the change.
 */
export function recordCustomerAudit(ctx: Pick<EventCtx, 'em' | 'viewer'>, customer: Customer, action: AuditAction, changes?: AuditChange[] | null): void {
  recordAudit(ctx, action, { customer, targetType: 'Customer', targetId: customer.id, targetLabel: `${customer.name} (${customer.customerNumber})`, changes });
}
