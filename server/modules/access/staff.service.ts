import type { Ctx } from '../../common/context.js';
import { UserErrorCode, apiError, userError, type UserError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { Language } from '../../common/language.js';
import { EMAIL_PATTERN } from '../../common/text.js';
import { columnLengthErrors } from '../../common/column-length.js';
import { hashPassword, isStrongPassword } from './auth/password.js';
import { StaffRole, StaffUser } from './entities/staff-user.entity.js';
import { normalizeEmail } from './auth.service.js';
import { publishRecordChange, snapshot } from '../../common/record-change.js';

/** The key fields of a staff account the audit trail records (never the password). */
const STAFF_FIELDS = ['name', 'email', 'role', 'active', 'language'] as const;

export function listStaff(ctx: Ctx): Promise<StaffUser[]> {
  return ctx.em.find(StaffUser, {}, { orderBy: { active: 'desc', name: 'asc' } });
}

/** An admin adds a staff member with an initial password typed twice (product A1). */
export async function createStaff(
  ctx: Ctx,
  input: { email: string; name: string; role: StaffRole; language?: Language | null; password: string; passwordConfirmation: string },
): Promise<{ staff?: StaffUser; userErrors: UserError[] }> {
  const email = normalizeEmail(input.email);
  const name = input.name.trim();
  const errors: UserError[] = [];
  if (!EMAIL_PATTERN.test(email)) errors.push(userError(ctx.t, UserErrorCode.INVALID_EMAIL, ['input', 'email']));
  else if ((await ctx.em.count(StaffUser, { email })) > 0) errors.push(userError(ctx.t, UserErrorCode.TAKEN, ['input', 'email']));
  if (!name) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'name']));
  errors.push(...columnLengthErrors(ctx.em, ctx.t, StaffUser, { email, name }, ['input']));
  if (!isStrongPassword(input.password)) errors.push(userError(ctx.t, UserErrorCode.PASSWORD_TOO_WEAK, ['input', 'password']));
  else if (input.password !== input.passwordConfirmation) errors.push(userError(ctx.t, UserErrorCode.PASSWORD_MISMATCH, ['input', 'passwordConfirmation']));
  if (errors.length) return { userErrors: errors };
  const staff = ctx.em.create(StaffUser, { email, name, role: input.role, language: input.language ?? Language.EN, passwordHash: await hashPassword(input.password) });
  await ctx.em.flush();
  await publishRecordChange(ctx, 'STAFF_CREATED', { type: 'StaffUser', id: staff.id, label: staff.email }, null, snapshot(staff, STAFF_FIELDS));
  return { staff, userErrors: [] };
}

/**
 * An admin changes a member's name, role, language or active flag. Deactivating ends the member's
 * sessions at once; the last active admin can be neither demoted nor deactivated.
 */
export async function updateStaff(
  ctx: Ctx,
  input: { id: string; name?: string | null; role?: StaffRole | null; language?: Language | null; active?: boolean | null },
): Promise<{ staff?: StaffUser; userErrors: UserError[] }> {
  const id = idOf('StaffUser', input.id);
  const staff = id ? await ctx.em.findOne(StaffUser, { id }) : null;
  if (!staff) throw apiError(ctx.t, 'NOT_FOUND');
  const errors: UserError[] = [];
  if (input.name !== undefined && input.name !== null && !input.name.trim()) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'name']));
  errors.push(...columnLengthErrors(ctx.em, ctx.t, StaffUser, { name: input.name?.trim() }, ['input']));
  const losesAdmin = staff.role === StaffRole.ADMIN && staff.active && ((input.role && input.role !== StaffRole.ADMIN) || input.active === false);
  if (losesAdmin && (await ctx.em.count(StaffUser, { role: StaffRole.ADMIN, active: true })) <= 1) {
    errors.push(userError(ctx.t, UserErrorCode.LAST_ADMIN, ['input', input.active === false ? 'active' : 'role']));
  }
  if (errors.length) return { staff, userErrors: errors };
  const before = snapshot(staff, STAFF_FIELDS);
  if (input.name) staff.name = input.name.trim();
  if (input.role) staff.role = input.role;
  if (input.language) staff.language = input.language;
  if (input.active !== undefined && input.active !== null) staff.active = input.active;
  await ctx.em.flush();
  await publishRecordChange(ctx, 'STAFF_UPDATED', { type: 'StaffUser', id: staff.id, label: staff.email }, before, snapshot(staff, STAFF_FIELDS));
  if (!staff.active) await ctx.em.execute('delete from auth_session where realm = ? and user_id = ?', ['staff', staff.id]);
  return { staff, userErrors: [] };
}
