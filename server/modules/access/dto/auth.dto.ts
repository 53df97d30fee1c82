import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { UserError } from '../../../common/errors.js';
import { Language } from '../../../common/language.js';
import { StaffUser } from '../entities/staff-user.entity.js';
import { ShopUser } from '../entities/shop-user.entity.js';
import { Customer } from '../../customers/index.js';
import { StoreAccessStatus } from '../entities/store-access.entity.js';

export enum ViewerKind {
  ANONYMOUS = 'ANONYMOUS',
  STAFF = 'STAFF',
  SHOP_USER = 'SHOP_USER',
  INTEGRATOR = 'INTEGRATOR',
}
registerEnumType(ViewerKind, {
  name: 'ViewerKind',
  description: 'What kind of client is asking.',
  valuesConfig: {
    ANONYMOUS: { description: 'Not signed in.' },
    STAFF: { description: 'A staff member of the supplier (hub).' },
    SHOP_USER: { description: 'A customer\'s user (store).' },
    INTEGRATOR: { description: 'An integrator API token.' },
  },
});

@ObjectType({ description: 'Who is asking, as the server sees it.' })
export class Viewer {
  @Field(() => ViewerKind, { description: 'Kind of viewer.' })
  kind!: ViewerKind;

  @Field(() => Language, { description: 'Language the server answers in (user setting, else Accept-Language).' })
  language!: Language;

  @Field(() => StaffUser, { nullable: true, description: 'The staff member, when kind is STAFF.' })
  staff?: StaffUser | null;

  @Field(() => ShopUser, { nullable: true, description: 'The shop user, when kind is SHOP_USER.' })
  shopUser?: ShopUser | null;

  @Field(() => Customer, { nullable: true, description: 'The customer whose store the viewer sees: a shop user\'s own, or the one staff view the store as.' })
  customer?: Customer | null;

  @Field(() => StoreAccessStatus, { nullable: true, description: 'Status of the shop user\'s access to that customer.' })
  storeAccessStatus?: StoreAccessStatus | null;

  @Field(() => Boolean, { description: 'True when a staff member is viewing the store as `customer` (product V1).' })
  viewingAsClient!: boolean;

  @Field(() => Boolean, { description: 'True when the viewer must choose a new password before doing anything else.' })
  mustChangePassword!: boolean;
}

@InputType({ description: 'Email and password.' })
export class SignInInput {
  @Field(() => String, { description: 'Email address (case does not matter).' })
  email!: string;

  @Field(() => String, { description: 'Password.' })
  password!: string;
}

@ObjectType({ description: 'Result of a staff sign-in.' })
export class StaffSignInPayload {
  @Field(() => StaffUser, { nullable: true, description: 'The signed-in staff member.' })
  staff?: StaffUser | null;

  @Field(() => String, { nullable: true, description: 'Session token for API clients (`Authorization: Bearer <token>`); browsers also get a cookie.' })
  token?: string | null;

  @Field(() => [UserError], { description: 'Why the sign-in was refused, if it was.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of a shop-user sign-in.' })
export class ShopUserSignInPayload {
  @Field(() => ShopUser, { nullable: true, description: 'The signed-in shop user; check `mustChangePassword`.' })
  shopUser?: ShopUser | null;

  @Field(() => String, { nullable: true, description: 'Session token for API clients (`Authorization: Bearer <token>`); browsers also get a cookie.' })
  token?: string | null;

  @Field(() => [UserError], { description: 'Why the sign-in was refused, if it was.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of signing out.' })
export class SignOutPayload {
  @Field(() => Boolean, { description: 'True when a session was ended.' })
  signedOut!: boolean;

  @Field(() => [UserError], { description: 'Always empty; present for consistency.' })
  userErrors!: UserError[];
}

@InputType({ description: 'A new password for the signed-in shop user.' })
export class ShopUserPasswordChangeInput {
  @Field(() => String, { description: 'The current (possibly temporary) password.' })
  currentPassword!: string;

  @Field(() => String, { description: 'The new password: at least 8 characters with letters and digits.' })
  newPassword!: string;

  @Field(() => String, { description: 'The new password again.' })
  newPasswordConfirmation!: string;
}

@ObjectType({ description: 'Result of a password change.' })
export class ShopUserPasswordChangePayload {
  @Field(() => ShopUser, { nullable: true, description: 'The shop user, with `mustChangePassword` now false.' })
  shopUser?: ShopUser | null;

  @Field(() => [UserError], { description: 'Why the change was refused, if it was.' })
  userErrors!: UserError[];
}

@InputType({ description: 'The signed-in user\'s own language.' })
export class ViewerLanguageSetInput {
  @Field(() => Language, { description: 'Language of the store or hub, and of emails to this user.' })
  language!: Language;
}

@ObjectType({ description: 'Result of changing the viewer\'s language.' })
export class ViewerLanguageSetPayload {
  @Field(() => Language, { nullable: true, description: 'The language now in use.' })
  language?: Language | null;

  @Field(() => [UserError], { description: 'Always empty; present for consistency.' })
  userErrors!: UserError[];
}
