import type { Ctx } from '../../common/context.js';
import type { Language } from '../../common/language.js';
import { UserErrorCode, userError, type UserError } from '../../common/errors.js';
import { sessionKey, userKey, type Realm } from './auth/lucia.js';
import { dummyPasswordHash, hashPassword, isStrongPassword, verifyPassword } from './auth/password.js';
import { clearFailures, recordFailure, throttleWait, tooManyAttempts } from './auth/throttle.js';
import { StaffUser } from './entities/staff-user.entity.js';
import { ShopUser } from './entities/shop-user.entity.js';
import { publish } from '../../common/events.js';
import { ShopUserSignedInEvent } from './events/shop-user-signed-in.event.js';
import { StoreAccess, StoreAccessStatus } from './entities/store-access.entity.js';

export interface SignInResult<T> {
  user?: T;
  token?: string;
  userErrors: UserError[];
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks throttling and the password the same way for both realms. Unknown emails cost as much as
 * known ones and give the same answer, so a sign-in never reveals who has an account.
 */
async function checkPassword(ctx: Ctx, realm: Realm, email: string, password: string, passwordHash: string | undefined) {
  const accountKey = `${realm}:${email}`;
  const wait = await throttleWait(ctx, accountKey);
  if (wait > 0) return { ok: false as const, error: tooManyAttempts(ctx, wait) };
  const ok = await verifyPassword(passwordHash ?? (await dummyPasswordHash()), password);
  if (!ok || !passwordHash) {
    await recordFailure(ctx, accountKey);
    return { ok: false as const, error: userError(ctx.t, UserErrorCode.INVALID_CREDENTIALS, ['input', 'password']) };
  }
  await clearFailures(ctx, accountKey);
  return { ok: true as const };
}

async function startSession(ctx: Ctx, realm: Realm, id: string, actingCustomerId: string | null = null): Promise<string> {
  const session = await ctx.app.auth.createSession(userKey(realm, id), { actingCustomerId });
  ctx.setCookies.push(ctx.app.auth.createSessionCookie(session.id).serialize());
  return session.id;
}

/** Staff sign-in to the hub. */
export async function staffSignIn(ctx: Ctx, input: { email: string; password: string }): Promise<SignInResult<StaffUser>> {
  const email = normalizeEmail(input.email);
  const staff = await ctx.em.findOne(StaffUser, { email });
  const check = await checkPassword(ctx, 'staff', email, input.password, staff?.passwordHash);
  if (!check.ok) return { userErrors: [check.error] };
  if (!staff!.active) return { userErrors: [userError(ctx.t, UserErrorCode.ACCOUNT_INACTIVE)] };
  staff!.lastSignInAt = new Date();
  await ctx.em.flush();
  return { user: staff!, token: await startSession(ctx, 'staff', staff!.id), userErrors: [] };
}

/** Shop-user sign-in to the store; a blocked access is told so only after the right password. */
export async function shopUserSignIn(ctx: Ctx, input: { email: string; password: string }): Promise<SignInResult<ShopUser>> {
  const email = normalizeEmail(input.email);
  const shopUser = await ctx.em.findOne(ShopUser, { email });
  const check = await checkPassword(ctx, 'shop', email, input.password, shopUser?.passwordHash);
  if (!check.ok) return { userErrors: [check.error] };
  const accesses = await ctx.em.find(StoreAccess, { shopUser: shopUser! }, { orderBy: { createdAt: 'asc' } });
  const usable = accesses.filter((a) => a.status !== StoreAccessStatus.BLOCKED);
  if (usable.length === 0) return { userErrors: [userError(ctx.t, UserErrorCode.ACCESS_BLOCKED)] };
  const now = new Date();
  shopUser!.lastSignInAt = now;
  for (const access of usable) access.lastAccessAt = now;
  await ctx.em.flush();
  await publish(ctx, new ShopUserSignedInEvent(shopUser!, usable[0].customer.id));
  return { user: shopUser!, token: await startSession(ctx, 'shop', shopUser!.id, usable[0].customer.id), userErrors: [] };
}

/** Ends the current session (cookie cleared too). Signing out twice is harmless. */
export async function signOut(ctx: Ctx): Promise<boolean> {
  const v = ctx.viewer;
  const hasSession = v.kind === 'staff' || v.kind === 'shop';
  if (hasSession) await ctx.app.auth.invalidateSession(v.sessionId);
  ctx.setCookies.push(ctx.app.auth.createBlankSessionCookie().serialize());
  return hasSession;
}

/**
 * A shop user replaces the password (the temporary one at first sign-in, product A7). Other
 * sessions of the user end; this one stays.
 */
export async function shopUserPasswordChange(
  ctx: Ctx,
  input: { currentPassword: string; newPassword: string; newPasswordConfirmation: string },
): Promise<{ shopUser?: ShopUser; userErrors: UserError[] }> {
  if (ctx.viewer.kind !== 'shop') throw new Error('shopUserPasswordChange requires a shop viewer');
  const shopUser = ctx.viewer.shopUser;
  // A stolen session must not become a way to guess the password: same throttle as sign-in.
  const accountKey = `shop:${shopUser.email}`;
  const wait = await throttleWait(ctx, accountKey);
  if (wait > 0) return { userErrors: [tooManyAttempts(ctx, wait)] };
  const errors: UserError[] = [];
  if (!(await verifyPassword(shopUser.passwordHash, input.currentPassword))) {
    await recordFailure(ctx, accountKey);
    errors.push(userError(ctx.t, UserErrorCode.WRONG_PASSWORD, ['input', 'currentPassword']));
  }
  if (!isStrongPassword(input.newPassword)) {
    errors.push(userError(ctx.t, UserErrorCode.PASSWORD_TOO_WEAK, ['input', 'newPassword']));
  } else if (input.newPassword !== input.newPasswordConfirmation) {
    errors.push(userError(ctx.t, UserErrorCode.PASSWORD_MISMATCH, ['input', 'newPasswordConfirmation']));
  } else if (errors.length === 0 && input.newPassword === input.currentPassword) {
    errors.push(userError(ctx.t, UserErrorCode.PASSWORD_UNCHANGED, ['input', 'newPassword']));
  }
  if (errors.length) return { userErrors: errors };
  await clearFailures(ctx, accountKey);
  shopUser.passwordHash = await hashPassword(input.newPassword);
  shopUser.mustChangePassword = false;
  await ctx.em.flush();
  await ctx.em.execute('delete from auth_session where realm = ? and user_id = ? and id <> ?', [
    'shop',
    shopUser.id,
    sessionKey(ctx.viewer.sessionId),
  ]);
  return { shopUser, userErrors: [] };
}

/** A signed-in person chooses their own language; integrators have none to set. */
export async function setViewerLanguage(ctx: Ctx, language: Language): Promise<Language | null> {
  const v = ctx.viewer;
  if (v.kind === 'staff') v.staff.language = language;
  else if (v.kind === 'shop') v.shopUser.language = language;
  else return null;
  await ctx.em.flush();
  return language;
}
