import { z } from 'zod';

// One schema per form of the customer page, parsed with @conform-to/zod (which turns blank fields
// into undefined, hence the defaults). They only shape the input: every business rule (a number
// already taken, a password too short, a reason required) stays in the API's translated userErrors.

/** A2: the inline customer number. */
export const customerNumberSchema = z.object({
  intent: z.literal('customerNumber'),
  customerNumber: z.string().trim().default(''),
});

/** A3: grant a store access. Visibility is read from the form's multi-selects (visibilityFromForm). */
export const grantSchema = z.object({
  intent: z.literal('grant'),
  email: z.string().trim().default(''),
  language: z.string().trim().default(''),
  passwordMode: z.enum(['generate', 'typed']).catch('generate'),
  // Not trimmed: a typed password is taken as typed.
  password: z.string().default(''),
  passwordConfirmation: z.string().default(''),
  privateMessage: z.string().trim().default(''),
  // "I will hand it over myself" (issue 17, H4): no credentials email.
  handOver: z.string().default(''),
});

/** A5, A6: one button of an email's row (new password, block, unblock, approve). */
export const accessActionSchema = z.object({
  intent: z.enum(['regenerate', 'block', 'unblock', 'approve']),
  accessId: z.string().trim().default(''),
  handOver: z.string().default(''),
});

/** Issue 17, H2: the store language of one email's user. */
export const accessLanguageSchema = z.object({
  intent: z.literal('language'),
  accessId: z.string().trim().default(''),
  language: z.string().trim().default(''),
});

/** A8: exclude with a reason. */
export const excludeSchema = z.object({
  intent: z.literal('exclude'),
  reason: z.string().trim().default(''),
});

/** A8: lift the exclusion; V1: view the store as this customer. Nothing but the intent. */
export const liftSchema = z.object({ intent: z.literal('lift') });
export const viewAsSchema = z.object({ intent: z.literal('viewAs') });

export type GrantForm = z.infer<typeof grantSchema>;
export type AccessActionForm = z.infer<typeof accessActionSchema>;
