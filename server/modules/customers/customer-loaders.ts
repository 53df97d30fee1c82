import type { Ctx } from '../../common/context.js';
import { groupLoader } from '../../common/loaders.js';
import { Contact } from './entities/contact.entity.js';

/** A customer's contacts in their order, batched per request (the customer page and the access module's emailAccesses). */
export function customerContactsLoader(ctx: Ctx) {
  return groupLoader(
    ctx,
    'customer.contacts',
    (ids) => ctx.em.find(Contact, { customer: { $in: ids } }, { orderBy: { position: 'asc', createdAt: 'asc' } }),
    (c) => c.customer.id,
  );
}
