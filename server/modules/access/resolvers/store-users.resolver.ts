import { Args, Authorized, Ctx as Context, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { Connection } from '../../../common/connection.js';
import { customerContactsLoader } from '../../customers/index.js';
import { StoreAccess } from '../entities/store-access.entity.js';
import { StoreUser, StoreUsersArgs } from '../dto/store-users.dto.js';
import { accessesByUserLoader, listStoreUsers } from '../store-users.service.js';

@ObjectType({ description: 'A page of store logins sorted by email.' })
export class StoreUserConnection extends Connection(StoreUser, 'StoreUser', 'Store logins sorted by email.') {}

const MANAGE = ['STAFF', 'CUSTOMERS_MANAGE'] as const;

@Resolver(() => StoreUser)
export class StoreUsersResolver {
  @Authorized(...MANAGE)
  @Query(() => StoreUserConnection, {
    description: 'Every store login across customers, sorted by email, searched and filtered (issue 17, H3; staff, or a token with CUSTOMERS_MANAGE).',
  })
  async storeUsers(@Args(() => StoreUsersArgs) args: StoreUsersArgs, @Context() ctx: Ctx): Promise<StoreUserConnection> {
    return (await listStoreUsers(ctx, args)) as unknown as StoreUserConnection;
  }

  @Authorized(...MANAGE)
  @FieldResolver(() => [StoreAccess], { description: 'The login\'s accesses, one per customer, oldest first, each with its state.' })
  accesses(@Root() user: StoreUser, @Context() ctx: Ctx): Promise<StoreAccess[]> {
    return accessesByUserLoader(ctx).load(user.userId);
  }

  @Authorized(...MANAGE)
  @FieldResolver(() => String, { nullable: true, description: 'The phone of a contact with this email at one of its customers (for a WhatsApp chat), if any.' })
  async phone(@Root() user: StoreUser, @Context() ctx: Ctx): Promise<string | null> {
    const accesses = await accessesByUserLoader(ctx).load(user.userId);
    const contacts = await Promise.all(accesses.map((a) => customerContactsLoader(ctx).load(a.customer.id)));
    return contacts.flat().find((c) => c.email === user.email && c.phone)?.phone ?? null;
  }
}
