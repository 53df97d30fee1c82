import type { Ctx } from '../../common/context.js';
import { UserErrorCode, userError, type UserError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { getSettings } from '../settings/index.js';
import { Customer, Contact, customerQuery, type CustomerFilter, applyVisibility, type VisibilityIds } from '../customers/index.js';
import { registerTaskRunner, startTask, type Task } from '../tasks/index.js';
import { generateTemporaryPassword, hashGeneratedPassword } from './auth/password.js';
import { ShopUser } from './entities/shop-user.entity.js';
import { StoreAccess, StoreAccessStatus } from './entities/store-access.entity.js';
import { createAccess, notifyPendingApproval, queueAccessEmail } from './store-access.service.js';

export const BULK_GRANT = 'store-access-bulk-grant';
export const MAX_BULK = 20_000;

/**
 * Staff grant access to many customers at once (product A4): each customer's primary email, one
 * visibility for all, no private message. Runs as a task with progress; customers without an email
 * are reported, and a customer whose email already has access is skipped, so running it twice
 * grants nothing twice.
 */
export async function bulkGrant(
  ctx: Ctx,
  input: { idempotencyKey: string; customerIds?: string[] | null; filter?: CustomerFilter | null; visibility?: VisibilityIds | null },
): Promise<{ task?: Task; userErrors: UserError[] }> {
  const key = input.idempotencyKey.trim();
  if (!key || key.length > 100) return { userErrors: [userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'idempotencyKey'])] };
  let ids: string[];
  if (input.customerIds?.length) {
    const uuids = input.customerIds.map((g) => idOf('Customer', g));
    if (uuids.some((u) => !u)) return { userErrors: [userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'customerIds'])] };
    ids = [...new Set(uuids as string[])];
  } else if (input.filter) {
    const rows = await customerQuery(ctx, input.filter).select(['c.id']).orderBy({ name: 'asc', id: 'asc' }).limit(MAX_BULK + 1).execute('all');
    ids = (rows as Array<{ id: string }>).map((r) => r.id);
  } else {
    return { userErrors: [userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'customerIds'])] };
  }
  if (ids.length === 0) return { userErrors: [userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'customerIds'])] };
  if (ids.length > MAX_BULK) return { userErrors: [userError(ctx.t, UserErrorCode.INVALID_VALUE, ['input', 'customerIds'])] };
  if (input.visibility) {
    const probe = ctx.em.create(Customer, { name: '-', customerNumber: '-' }, { persist: false });
    const errors = await applyVisibility(ctx, probe, input.visibility, ['input', 'visibility'], { dryRun: true });
    if (errors.length) return { userErrors: errors };
  }
  const task = await startTask(ctx, BULK_GRANT, key, ids, { visibility: input.visibility ?? null });
  return { task, userErrors: [] };
}

/** One chunk of a bulk grant, in one transaction, with a handful of queries whatever its size. */
registerTaskRunner(BULK_GRANT, async (ctx, task, customerIds) => {
  const settings = await getSettings(ctx.em);
  const visibility = task.input.visibility as VisibilityIds | null;
  const customers = await ctx.em.find(Customer, { id: { $in: customerIds } }, visibility ? { populate: ['visibleTags', 'visibleSeasons', 'visibleBrands', 'visibleManufacturers'] } : {});
  const contacts = await ctx.em.find(Contact, { customer: { $in: customerIds }, email: { $ne: null } }, { orderBy: { position: 'asc', createdAt: 'asc' } });
  const primary = new Map<string, string>();
  for (const c of contacts) if (!primary.has(c.customer.id)) primary.set(c.customer.id, c.email!);
  const emails = [...new Set(primary.values())];
  const existingAccess = new Set((await ctx.em.find(StoreAccess, { customer: { $in: customerIds } }, { fields: ['customer', 'email'] })).map((a) => `${a.customer.id}|${a.email}`));
  const takenEmails = new Set((await ctx.em.find(ShopUser, { email: { $in: emails } }, { fields: ['email'] })).map((u) => u.email));

  const byId = new Map(customers.map((c) => [c.id, c]));
  const outcome: Array<{ id: string; label: string; reason?: string }> = [];
  for (const id of customerIds) {
    const customer = byId.get(id);
    if (!customer) continue; // deleted since the task started
    const label = `${customer.name} (${customer.customerNumber})`;
    const gid = customer.globalId;
    const email = primary.get(id);
    if (!email) outcome.push({ id: gid, label, reason: UserErrorCode.NO_EMAIL });
    else if (existingAccess.has(`${id}|${email}`)) outcome.push({ id: gid, label, reason: UserErrorCode.ACCESS_EXISTS });
    else if (takenEmails.has(email)) outcome.push({ id: gid, label, reason: UserErrorCode.EMAIL_IN_USE });
    else {
      const temporaryPassword = generateTemporaryPassword();
      const access = createAccess(ctx, customer, email, { language: customer.documentLanguage, passwordHash: hashGeneratedPassword(temporaryPassword), autoApprove: settings.autoApproveBuyers });
      takenEmails.add(email);
      if (visibility) await applyVisibility(ctx, customer, visibility, ['input', 'visibility']);
      queueAccessEmail(ctx, 'access-granted', customer, email, temporaryPassword, settings.storeName, access.status === StoreAccessStatus.PENDING_APPROVAL);
      await notifyPendingApproval(ctx, access, settings);
      outcome.push({ id: gid, label });
    }
  }
  await ctx.em.flush();
  return outcome;
});
