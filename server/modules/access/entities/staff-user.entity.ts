import { Entity, Enum, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { BaseEntity } from '../../../common/base.entity.js';
import { Language } from '../../../common/language.js';

/** What a staff member may do in the hub. */
export enum StaffRole {
  ADMIN = 'ADMIN',
  SALES = 'SALES',
}
registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: 'A staff member\'s role in the hub.',
  valuesConfig: {
    ADMIN: { description: 'Everything, including store settings, staff accounts and API tokens.' },
    SALES: { description: 'Customers, store accesses, orders, and viewing the store as a customer.' },
  },
});

@Entity({ tableName: 'staff_user' })
@ObjectType({ description: 'An employee of the supplier who uses the hub.' })
export class StaffUser extends BaseEntity {
  @Unique()
  @Property({ type: 'string', length: 254 })
  @Field(() => String, { description: 'Email, also the sign-in name (lowercase).' })
  email!: string;

  @Property({ type: 'string', length: 200 })
  @Field(() => String, { description: 'Full name.' })
  name!: string;

  @Enum({ items: () => StaffRole, nativeEnumName: 'staff_role' })
  @Field(() => StaffRole, { description: 'Role, which decides what the member may do.' })
  role: StaffRole & Opt = StaffRole.SALES;

  @Enum({ items: () => Language, nativeEnumName: 'language' })
  @Field(() => Language, { description: 'Language of the hub and of emails sent to this member.' })
  language: Language & Opt = Language.EN;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'False once deactivated: the member can no longer sign in.' })
  active: boolean & Opt = true;

  @Property({ type: 'text', hidden: true, lazy: false })
  passwordHash!: string;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the member last signed in.' })
  lastSignInAt?: Date | null;
}
