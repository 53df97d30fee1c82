import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../../common/errors.js';
import { Language } from '../../../common/language.js';
import { StaffRole, StaffUser } from '../entities/staff-user.entity.js';
import { ApiScope, ApiToken } from '../entities/api-token.entity.js';

@InputType({ description: 'A new staff member.' })
export class StaffCreateInput {
  @Field(() => String, { description: 'Email, the sign-in name.' })
  email!: string;

  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Field(() => StaffRole, { description: 'Role.' })
  role!: StaffRole;

  @Field(() => Language, { nullable: true, description: 'Hub language (default English).' })
  language?: Language | null;

  @Field(() => String, { description: 'Initial password: at least 8 characters with letters and digits.' })
  password!: string;

  @Field(() => String, { description: 'The password again.' })
  passwordConfirmation!: string;
}

@InputType({ description: 'Changes to a staff member; omitted fields stay as they are.' })
export class StaffUpdateInput {
  @Field(() => ID, { description: 'The staff member.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Full name.' })
  name?: string | null;

  @Field(() => StaffRole, { nullable: true, description: 'Role.' })
  role?: StaffRole | null;

  @Field(() => Language, { nullable: true, description: 'Hub language.' })
  language?: Language | null;

  @Field(() => Boolean, { nullable: true, description: 'False deactivates the member and ends their sessions.' })
  active?: boolean | null;
}

@ObjectType({ description: 'Result of a change to a staff member.' })
export class StaffPayload {
  @Field(() => StaffUser, { nullable: true, description: 'The staff member.' })
  staff?: StaffUser | null;

  @Field(() => [UserError], { description: 'Why the change was refused, if it was.' })
  userErrors!: UserError[];
}

@InputType({ description: 'A new integrator API token.' })
export class ApiTokenCreateInput {
  @Field(() => String, { description: 'What the token is for, e.g. "ERP sync".' })
  name!: string;

  @Field(() => [ApiScope], { description: 'What the token may do.' })
  scopes!: ApiScope[];
}

@ObjectType({ description: 'Result of creating an API token.' })
export class ApiTokenCreatePayload {
  @Field(() => ApiToken, { nullable: true, description: 'The token\'s record.' })
  apiToken?: ApiToken | null;

  @Field(() => String, { nullable: true, description: 'The secret token, shown only this once: use it as `Authorization: Bearer <token>`.' })
  token?: string | null;

  @Field(() => [UserError], { description: 'Why the token was not created, if it was not.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Which API token.' })
export class ApiTokenRevokeInput {
  @Field(() => ID, { description: 'The token.' })
  id!: string;
}

@ObjectType({ description: 'Result of revoking an API token.' })
export class ApiTokenRevokePayload {
  @Field(() => ApiToken, { nullable: true, description: 'The revoked token.' })
  apiToken?: ApiToken | null;

  @Field(() => [UserError], { description: 'Always empty; present for consistency.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Ask for a password-reset link.' })
export class ShopUserPasswordResetRequestInput {
  @Field(() => String, { description: 'The email the user signs in with.' })
  email!: string;
}

@InputType({ description: 'Set a new password from a reset link.' })
export class ShopUserPasswordResetCompleteInput {
  @Field(() => String, { description: 'The token from the emailed link.' })
  token!: string;

  @Field(() => String, { description: 'The new password: at least 8 characters with letters and digits.' })
  newPassword!: string;

  @Field(() => String, { description: 'The new password again.' })
  newPasswordConfirmation!: string;
}

@ObjectType({ description: 'Result of a password-reset step.' })
export class ShopUserPasswordResetPayload {
  @Field(() => Boolean, {
    description: 'True when the step was accepted. For a request it is true whether or not the email has an account: the email is sent only if it has.',
  })
  ok!: boolean;

  @Field(() => [UserError], { description: 'Why the step was refused, if it was.' })
  userErrors!: UserError[];
}
