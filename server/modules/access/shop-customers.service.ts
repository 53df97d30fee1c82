import type { Ctx } from '../../common/context.js';
import { apiError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import type { Customer } from '../customers/index.js';
import { StoreAccess, StoreAccessStatus } from './entities/store-access.entity.js';
import { sessionKey } from './auth/lucia.js';

/** The customers a shop user's login orders for (one access each, product O2), by name. */
export async function shopUserCustomers(ctx: Ctx): Promise<Customer[]> {
  if (ctx.viewer.kind !== 'shop') throw apiError(ctx.t, 'FORBIDDEN');
  const accesses = await ctx.em.find(StoreAccess, { shopUser: ctx.viewer.shopUser, status: { $ne: StoreAccessStatus.BLOCKED } }, { populate: ['customer'] });
  return accesses.map((a) => a.customer).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Makes the session act for another of the login's customers: catalog, prices and the cart follow
 * it from the next request on. A customer the login has no (unblocked) access to is NOT_FOUND.
 */
export async function switchShopUserCustomer(ctx: Ctx, customerGlobalId: string): Promise<Customer> {
  if (ctx.viewer.kind !== 'shop') throw apiError(ctx.t, 'FORBIDDEN');
  const id = idOf('Customer', customerGlobalId);
  const access = id
    ? await ctx.em.findOne(StoreAccess, { shopUser: ctx.viewer.shopUser, customer: id, status: { $ne: StoreAccessStatus.BLOCKED } }, { populate: ['customer'] })
    : null;
  if (!access) throw apiError(ctx.t, 'NOT_FOUND');
  await ctx.em.execute('update auth_session set acting_customer_id = ? where id = ?', [access.customer.id, sessionKey(ctx.viewer.sessionId)]);
  ctx.viewer.access = access;
  return access.customer;
}
