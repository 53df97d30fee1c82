import type { Ctx } from '../../common/context.js';
import { groupLoader } from '../../common/loaders.js';
import { UserErrorCode, apiError, userError, type UserError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { translator } from '../../common/i18n.js';
import type { Language } from '../../common/language.js';
import { getSettings } from '../settings/index.js';
import { publish } from '../../common/events.js';
import { Customer, Contact, applyVisibility, type VisibilityIds } from '../customers/index.js';
import { generateTemporaryPassword, hashGeneratedPassword, hashPassword, isStrongPassword } from './auth/password.js';
import { ShopUser } from './entities/shop-user.entity.js';
import { StoreAccess, StoreAccessStatus } from './entities/store-access.entity.js';
import { normalizeEmail } from './auth.service.js';
import { StoreAccessApprovedEvent } from './events/store-access-approved.event.js';
import { StoreAccessUnblockedEvent } from './events/store-access-unblocked.event.js';
import { StoreAccessLanguageChangedEvent } from './events/store-access-language-changed.event.js';
import { StoreAccessBlockedEvent } from './events/store-access-blocked.event.js';
import { StoreAccessGrantedEvent } from './events/store-access-granted.event.js';
import { StoreAccessPasswordRegeneratedEvent } from './events/store-access-password-regenerated.event.js';

export interface GrantOptions {
  language?: Language | null;
  password?: string | null;
  passwordConfirmation?: string | null;
  visibility?: VisibilityIds | null;
  privateMessage?: string | null;
  /** Staff hand the credentials over themselves: no credentials email (issue 17, H4). */
  handOver?: boolean | null;
}

export interface GrantResult {
  storeAccess?: StoreAccess;
  temporaryPassword?: string;
  whatsAppUrl?: string;
  userErrors: UserError[];
}

/** Credentials that can be passed on by WhatsApp (product A10), in the user's store language (issue 17, H2). */
export function whatsAppUrl(ctx: Ctx, customer: Customer, language: Language, phone: string | null | undefined, username: string, password: string, supplier: string): string {
  const text = translator(language)('whatsapp.credentials', {
    supplier,
    customer: customer.name,
    url: `${ctx.env.publicUrl}/sign-in`,
    username,
    password,
  });
  const digits = (phone ?? '').replace(/[^\d]/g, '');
  return `https://wa.me/${digits}?text=${encodeURIComponent(text)}`;
}

async function findCustomer(ctx: Ctx, globalId: string): Promise<Customer> {
  const id = idOf('Customer', globalId);
  const customer = id ? await ctx.em.findOne(Customer, { id }) : null;
  if (!customer) throw apiError(ctx.t, 'NOT_FOUND');
  return customer;
}

async function findAccess(ctx: Ctx, globalId: string): Promise<StoreAccess> {
  const id = idOf('StoreAccess', globalId);
  const access = id ? await ctx.em.findOne(StoreAccess, { id }, { populate: ['customer', 'shopUser'] }) : null;
  if (!access) throw apiError(ctx.t, 'NOT_FOUND');
  return access;
}

/**
 * The shared core of every grant (single, bulk, registration approval): creates the shop user and
 * the access, pending when buyers are not auto-approved. Persists, does not flush.
 */
export function createAccess(
  ctx: Ctx,
  customer: Customer,
  email: string,
  options: { language: Language; passwordHash: string; autoApprove: boolean },
): StoreAccess {
  const shopUser = ctx.em.create(ShopUser, { email, language: options.language, passwordHash: options.passwordHash, mustChangePassword: true });
  return linkAccess(ctx, customer, shopUser, email, options.autoApprove);
}

/** An access of a login to a customer: active, or pending approval when buyers are not auto-approved. */
function linkAccess(ctx: Ctx, customer: Customer, shopUser: ShopUser, email: string, autoApprove: boolean): StoreAccess {
  return ctx.em.create(StoreAccess, {
    customer,
    shopUser,
    email,
    status: autoApprove ? StoreAccessStatus.ACTIVE : StoreAccessStatus.PENDING_APPROVAL,
    grantedBy: ctx.viewer.kind === 'staff' ? ctx.viewer.staff : null,
  });
}

/**
 * Staff grant store access to one contact email of a customer (product A3): a shop user with a
 * temporary password, an access (pending when buyers are not auto-approved), the visibility and
 * private message chosen, and the credentials emailed in the customer's document language — in
 * one transaction.
 */
export async function grantStoreAccess(ctx: Ctx, input: { customerId: string; email: string } & GrantOptions): Promise<GrantResult> {
  const customer = await findCustomer(ctx, input.customerId);
  const email = normalizeEmail(input.email);
  const errors: UserError[] = [];
  let contact: Contact | null = null;
  if (!email) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'email']));
  else if (!(contact = await ctx.em.findOne(Contact, { customer, email }))) {
    errors.push(userError(ctx.t, UserErrorCode.EMAIL_NOT_OF_CUSTOMER, ['input', 'email']));
  } else if ((await ctx.em.count(StoreAccess, { customer, email })) > 0) {
    errors.push(userError(ctx.t, UserErrorCode.ACCESS_EXISTS, ['input', 'email']));
  }
  // An email that already signs in for another customer gets linked: the same login now orders
  // for this customer too (product O2), with its own password; no temporary one is made.
  const existingUser = email && !errors.length ? await ctx.em.findOne(ShopUser, { email }) : null;
  const typed = existingUser ? '' : (input.password ?? '');
  if (!existingUser && (typed || input.passwordConfirmation)) {
    if (!isStrongPassword(typed)) errors.push(userError(ctx.t, UserErrorCode.PASSWORD_TOO_WEAK, ['input', 'password']));
    else if (typed !== input.passwordConfirmation) errors.push(userError(ctx.t, UserErrorCode.PASSWORD_MISMATCH, ['input', 'passwordConfirmation']));
  }
  if (input.privateMessage && input.privateMessage.length > 2000) {
    errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'privateMessage'], { max: 2000 }));
  }
  if (input.visibility) {
    const visibilityErrors = await applyVisibility(ctx, customer, input.visibility, ['input', 'visibility'], { dryRun: true });
    errors.push(...visibilityErrors);
  }
  if (errors.length) return { userErrors: errors };

  const settings = await getSettings(ctx.em);
  // A linked login keeps its own password: no temporary one, nothing to share by WhatsApp.
  const temporaryPassword = existingUser ? null : typed || generateTemporaryPassword();
  const storeAccess = existingUser
    ? linkAccess(ctx, customer, existingUser, email, settings.autoApproveBuyers)
    : createAccess(ctx, customer, email, {
        language: input.language ?? customer.documentLanguage,
        passwordHash: typed ? await hashPassword(typed) : hashGeneratedPassword(temporaryPassword!),
        autoApprove: settings.autoApproveBuyers,
      });
  if (input.visibility) await applyVisibility(ctx, customer, input.visibility, ['input', 'visibility']);
  if (input.privateMessage !== undefined && input.privateMessage !== null) customer.privateMessage = input.privateMessage.trim() || null;
  await publish(ctx, new StoreAccessGrantedEvent(storeAccess, customer, email, temporaryPassword, !input.handOver));
  await ctx.em.flush();
  if (!temporaryPassword) return { storeAccess, userErrors: [] };
  return {
    storeAccess,
    temporaryPassword,
    whatsAppUrl: whatsAppUrl(ctx, customer, storeAccess.shopUser.language, contact?.phone, email, temporaryPassword, settings.storeName),
    userErrors: [],
  };
}

/** Ends every session of a shop user at once (block, regenerate). */
async function endSessions(ctx: Ctx, shopUser: ShopUser): Promise<void> {
  await ctx.em.execute('delete from auth_session where realm = ? and user_id = ?', ['shop', shopUser.id]);
}

/** Blocks an access: the user can no longer sign in, and open sessions end now (product A5). */
export async function blockAccess(ctx: Ctx, globalId: string): Promise<{ storeAccess?: StoreAccess; userErrors: UserError[] }> {
  const access = await findAccess(ctx, globalId);
  if (access.status !== StoreAccessStatus.BLOCKED) {
    const previousStatus = access.status;
    access.status = StoreAccessStatus.BLOCKED;
    await ctx.em.flush();
    // In the mutation's transaction with the status (decision 27): never blocked yet signed in.
    await endSessions(ctx, access.shopUser);
    await publish(ctx, new StoreAccessBlockedEvent(access, previousStatus));
  }
  return { storeAccess: access, userErrors: [] };
}

/** Unblocks an access; it becomes active again. */
export async function unblockAccess(ctx: Ctx, globalId: string): Promise<{ storeAccess?: StoreAccess; userErrors: UserError[] }> {
  const access = await findAccess(ctx, globalId);
  if (access.status !== StoreAccessStatus.BLOCKED) return { storeAccess: access, userErrors: [userError(ctx.t, UserErrorCode.INVALID_STATUS)] };
  access.status = StoreAccessStatus.ACTIVE;
  await publish(ctx, new StoreAccessUnblockedEvent(access));
  await ctx.em.flush();
  return { storeAccess: access, userErrors: [] };
}

/** Approves a pending access (product A6): the user may now order. */
export async function approveAccess(ctx: Ctx, globalId: string): Promise<{ storeAccess?: StoreAccess; userErrors: UserError[] }> {
  const access = await findAccess(ctx, globalId);
  if (access.status !== StoreAccessStatus.PENDING_APPROVAL) return { storeAccess: access, userErrors: [userError(ctx.t, UserErrorCode.INVALID_STATUS)] };
  access.status = StoreAccessStatus.ACTIVE;
  await publish(ctx, new StoreAccessApprovedEvent(access));
  await ctx.em.flush();
  return { storeAccess: access, userErrors: [] };
}

/**
 * A new temporary password, emailed; the old one and every open session stop working. On a blocked
 * access it unblocks too, in one step (issue 17, H1); a pending access stays pending.
 */
export async function regeneratePassword(ctx: Ctx, globalId: string, options: { handOver?: boolean | null } = {}): Promise<GrantResult> {
  const access = await findAccess(ctx, globalId);
  const previousStatus = access.status;
  if (access.status === StoreAccessStatus.BLOCKED) access.status = StoreAccessStatus.ACTIVE;
  const settings = await getSettings(ctx.em);
  const temporaryPassword = generateTemporaryPassword();
  access.shopUser.passwordHash = hashGeneratedPassword(temporaryPassword);
  access.shopUser.mustChangePassword = true;
  await publish(ctx, new StoreAccessPasswordRegeneratedEvent(access, temporaryPassword, previousStatus, !options.handOver));
  await ctx.em.flush();
  // In the mutation's transaction with the new password (decision 27).
  await endSessions(ctx, access.shopUser);
  const contact = await ctx.em.findOne(Contact, { customer: access.customer, email: access.email });
  return {
    storeAccess: access,
    temporaryPassword,
    whatsAppUrl: whatsAppUrl(ctx, access.customer, access.shopUser.language, contact?.phone, access.email, temporaryPassword, settings.storeName),
    userErrors: [],
  };
}

/**
 * Staff change the store language of the access's user (issue 17, H2). The language belongs to the
 * login, so it follows the user on every customer it orders for; audited (before → after).
 */
export async function updateAccessLanguage(ctx: Ctx, globalId: string, language: Language): Promise<{ storeAccess?: StoreAccess; userErrors: UserError[] }> {
  const access = await findAccess(ctx, globalId);
  const previous = access.shopUser.language;
  if (previous !== language) {
    access.shopUser.language = language;
    await publish(ctx, new StoreAccessLanguageChangedEvent(access, previous));
    await ctx.em.flush();
  }
  return { storeAccess: access, userErrors: [] };
}

/** Accesses of many customers at once, for lists and detail pages without N+1. */
export function accessesLoader(ctx: Ctx) {
  return groupLoader(
    ctx,
    'access.byCustomer',
    (ids) => ctx.em.find(StoreAccess, { customer: { $in: ids } }, { orderBy: { createdAt: 'asc' } }),
    (a) => a.customer.id,
  );
}

export function pendingAccesses(ctx: Ctx, limit = 20): Promise<StoreAccess[]> {
  return ctx.em.find(StoreAccess, { status: StoreAccessStatus.PENDING_APPROVAL }, { orderBy: { createdAt: 'asc' }, limit, populate: ['customer'] });
}

export function countPendingAccesses(ctx: Ctx): Promise<number> {
  return ctx.em.count(StoreAccess, { status: StoreAccessStatus.PENDING_APPROVAL });
}
