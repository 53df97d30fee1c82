import { Collection, Entity, Enum, OneToMany, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { BaseEntity } from '../../../common/base.entity.js';
import { Language } from '../../../common/language.js';
import type { StoreAccess } from './store-access.entity.js';

/** The person behind a store login: one email, one password, one or more store accesses. */
@Entity({ tableName: 'shop_user' })
@ObjectType({ description: 'A person who signs in to the store for one or more customers.' })
export class ShopUser extends BaseEntity {
  @Unique()
  @Property({ type: 'string', length: 254 })
  @Field(() => String, { description: 'Email, also the sign-in name (lowercase).' })
  email!: string;

  @Enum({ items: () => Language, nativeEnumName: 'language' })
  @Field(() => Language, { description: 'Language of the store for this user.' })
  language: Language & Opt = Language.EN;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Property({ type: 'boolean' })
  @Field(() => Boolean, { description: 'True while the user still has a temporary password and must choose a new one.' })
  mustChangePassword: boolean & Opt = true;

  @Property({ type: 'datetime', nullable: true })
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the user last signed in.' })
  lastSignInAt?: Date | null;

  @OneToMany({ entity: 'StoreAccess', mappedBy: 'shopUser' })
  accesses = new Collection<StoreAccess>(this);
}
