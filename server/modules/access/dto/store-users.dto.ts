import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { Language } from '../../../common/language.js';
import { ConnectionArgs } from '../../../common/connection.js';
import { StoreAccess, StoreAccessStatus } from '../entities/store-access.entity.js';

/** One store login across customers, as the hub's users list shows it (issue 17, H3). */
@ObjectType({ description: 'A store login (one email) with its accesses to every customer it orders for (issue 17, H3).' })
export class StoreUser {
  @Field(() => ID, { description: 'The login\'s id (opaque).' })
  id!: string;

  /** The shop user's uuid (internal). */
  userId!: string;

  @Field(() => String, { description: 'Email, the sign-in name.' })
  email!: string;

  @Field(() => Language, { description: 'The login\'s store language (the store, credentials and account emails use it).' })
  language!: Language;

  @Field(() => DateTimeISOResolver, { description: 'When its first access was granted.' })
  grantedAt!: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'The latest access to the store, for any customer; null when never used.' })
  lastAccessAt?: Date | null;

  @Field(() => Int, { description: 'How many customers this login has an access to (whatever its state).' })
  accessCount!: number;

  /** The accesses are resolved by a batched field resolver. */
  accesses?: StoreAccess[];
}

@ArgsType()
export class StoreUsersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the email, or of a customer\'s name or number.' })
  search?: string | null;

  @Field(() => StoreAccessStatus, { nullable: true, description: 'Only logins with at least one access in this state.' })
  status?: StoreAccessStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only logins with an access to this customer.' })
  customerId?: string | null;

  @Field(() => Language, { nullable: true, description: 'Only logins with this store language.' })
  language?: Language | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Only logins whose latest access is before this instant (never used ones excluded).' })
  lastAccessBefore?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Only logins whose latest access is at or after this instant.' })
  lastAccessAfter?: Date | null;
}
