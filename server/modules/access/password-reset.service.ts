import { randomBytes } from 'node:crypto';
import { runAfterCommit, type Ctx } from '../../common/context.js';
import type { AppServices } from '../../common/services.js';
import { UserErrorCode, userError, type UserError } from '../../common/errors.js';
import { publish } from '../../common/events.js';
import { PasswordResetRequestedEvent } from './events/password-reset-requested.event.js';
import { hashPassword, isStrongPassword } from './auth/password.js';
import { recordFailure, throttleWait, tooManyAttempts } from './auth/throttle.js';
import { normalizeEmail } from './auth.service.js';
import { sha256 } from './api-token.service.js';
import { PasswordReset } from './entities/password-reset.entity.js';
import { ShopUser } from './entities/shop-user.entity.js';
import { StoreAccess, StoreAccessStatus } from './entities/store-access.entity.js';

export const RESET_MINUTES = 60;

export const PASSWORD_RESET_QUEUE = 'password-reset-request';

/**
 * A shop user asks for a reset link (product A7). The answer is the same whether or not the email
 * has an account, and so is the time it takes: the mutation does the same work for every email
 * (throttle, enqueue) and a job does the rest — looking the email up, creating the link, emailing
 * it (issue 11, S6). Requests count against the same throttle as failed sign-ins.
 */
export async function requestPasswordReset(ctx: Ctx, input: { email: string }): Promise<{ userErrors: UserError[] }> {
  const email = normalizeEmail(input.email);
  if (!email) return { userErrors: [userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'email'])] };
  const accountKey = `reset:${email}`;
  const wait = await throttleWait(ctx, accountKey);
  if (wait > 0) return { userErrors: [tooManyAttempts(ctx, wait)] };
  await recordFailure(ctx, accountKey);
  await ctx.app.jobs.send(PASSWORD_RESET_QUEUE, { email });
  return { userErrors: [] };
}

/** The job: a reset link for a shop user with a usable access; nothing for any other email. */
export async function sendPasswordReset(app: AppServices, email: string): Promise<void> {
  const ctx = { em: app.orm.em.fork(), app, afterCommit: [] as Ctx['afterCommit'] };
  const shopUser = await ctx.em.findOne(ShopUser, { email });
  const usable = shopUser && (await ctx.em.count(StoreAccess, { shopUser, status: { $ne: StoreAccessStatus.BLOCKED } })) > 0;
  if (!shopUser || !usable) return;
  const token = randomBytes(32).toString('base64url');
  ctx.em.create(PasswordReset, { shopUser, tokenHash: sha256(token), expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000) });
  await publish(ctx, new PasswordResetRequestedEvent(shopUser, token, RESET_MINUTES));
  await ctx.em.flush();
  await runAfterCommit(ctx, (e) => app.log.error('[password-reset] after-commit', e));
}

export function registerPasswordResetJobs(app: AppServices): void {
  app.jobs.define<{ email: string }>(PASSWORD_RESET_QUEUE, ({ email }) => sendPasswordReset(app, email), { retryLimit: 3 });
}

/** Sets a new password from a reset link: single use, expiring; every open session ends. */
export async function completePasswordReset(
  ctx: Ctx,
  input: { token: string; newPassword: string; newPasswordConfirmation: string },
): Promise<{ userErrors: UserError[] }> {
  // Links are not guessable, but whoever tries unknown ones is slowed down like a password guesser.
  const wait = await throttleWait(ctx, 'reset-link');
  if (wait > 0) return { userErrors: [tooManyAttempts(ctx, wait)] };
  const reset = await ctx.em.findOne(PasswordReset, { tokenHash: sha256(input.token), usedAt: null, expiresAt: { $gt: new Date() } }, { populate: ['shopUser'] });
  if (!reset) {
    await recordFailure(ctx, 'reset-link');
    return { userErrors: [userError(ctx.t, UserErrorCode.INVALID_TOKEN, ['input', 'token'])] };
  }
  if (!isStrongPassword(input.newPassword)) return { userErrors: [userError(ctx.t, UserErrorCode.PASSWORD_TOO_WEAK, ['input', 'newPassword'])] };
  if (input.newPassword !== input.newPasswordConfirmation) {
    return { userErrors: [userError(ctx.t, UserErrorCode.PASSWORD_MISMATCH, ['input', 'newPasswordConfirmation'])] };
  }
  reset.usedAt = new Date();
  reset.shopUser.passwordHash = await hashPassword(input.newPassword);
  reset.shopUser.mustChangePassword = false;
  await ctx.em.flush();
  await ctx.em.execute('delete from auth_session where realm = ? and user_id = ?', ['shop', reset.shopUser.id]);
  return { userErrors: [] };
}
