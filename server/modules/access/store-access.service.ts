import type { Ctx } from '../../common/context.js';
import { UserErrorCode, apiError, userError, type UserError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { getSettings } from '../settings/index.js';
import { queueEmail } from '../notifications/index.js';
import { Customer } from '../customers/entities/customer.entity.js';
import { Contact } from '../customers/entities/contact.entity.js';
import { generateTemporaryPassword, hashPassword, isStrongPassword } from './auth/password.js';
import { ShopUser } from './entities/shop-user.entity.js';
import { StoreAccess, StoreAccessStatus } from './entities/store-access.entity.js';
import { normalizeEmail } from './auth.service.js';
import type { StoreAccessGrantInput } from './dto/store-access.dto.js';

/**
 * Staff grant store access to one contact email of a customer (product A3): a shop user with a
 * temporary password, an access (pending when buyers are not auto-approved), and the credentials
 * emailed in the customer's document language — all in one transaction.
 */
export async function grantStoreAccess(
  ctx: Ctx,
  input: StoreAccessGrantInput,
): Promise<{ storeAccess?: StoreAccess; temporaryPassword?: string; userErrors: UserError[] }> {
  const customerId = idOf('Customer', input.customerId);
  const customer = customerId ? await ctx.em.findOne(Customer, { id: customerId }) : null;
  if (!customer) throw apiError(ctx.t, 'NOT_FOUND');

  const email = normalizeEmail(input.email);
  const errors: UserError[] = [];
  if (!email) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'email']));
  else if ((await ctx.em.count(Contact, { customer, email })) === 0) {
    errors.push(userError(ctx.t, UserErrorCode.EMAIL_NOT_OF_CUSTOMER, ['input', 'email']));
  } else if ((await ctx.em.count(StoreAccess, { customer, email })) > 0) {
    errors.push(userError(ctx.t, UserErrorCode.ACCESS_EXISTS, ['input', 'email']));
  } else if ((await ctx.em.count(ShopUser, { email })) > 0) {
    // Linking one login to several customers comes with multi-customer checkout (product O2).
    errors.push(userError(ctx.t, UserErrorCode.EMAIL_IN_USE, ['input', 'email']));
  }
  const typed = input.password ?? '';
  if (typed || input.passwordConfirmation) {
    if (!isStrongPassword(typed)) errors.push(userError(ctx.t, UserErrorCode.PASSWORD_TOO_WEAK, ['input', 'password']));
    else if (typed !== input.passwordConfirmation) errors.push(userError(ctx.t, UserErrorCode.PASSWORD_MISMATCH, ['input', 'passwordConfirmation']));
  }
  if (errors.length) return { userErrors: errors };

  const settings = await getSettings(ctx.em);
  const temporaryPassword = typed || generateTemporaryPassword();
  const shopUser = ctx.em.create(ShopUser, {
    email,
    language: input.language ?? customer.documentLanguage,
    passwordHash: await hashPassword(temporaryPassword),
    mustChangePassword: true,
  });
  const storeAccess = ctx.em.create(StoreAccess, {
    customer,
    shopUser,
    email,
    status: settings.autoApproveBuyers ? StoreAccessStatus.ACTIVE : StoreAccessStatus.PENDING_APPROVAL,
    grantedBy: ctx.viewer.kind === 'staff' ? ctx.viewer.staff : null,
  });
  queueEmail(ctx, {
    to: email,
    template: 'access-granted',
    language: customer.documentLanguage,
    props: {
      supplierName: settings.storeName,
      customerName: customer.name,
      loginUrl: `${ctx.env.publicUrl}/sign-in`,
      username: email,
      temporaryPassword,
    },
  });
  await ctx.em.flush();
  return { storeAccess, temporaryPassword, userErrors: [] };
}

/** Every access of a customer, oldest first. */
export function customerAccesses(ctx: Ctx, customer: Customer): Promise<StoreAccess[]> {
  return ctx.em.find(StoreAccess, { customer }, { orderBy: { createdAt: 'asc' } });
}
