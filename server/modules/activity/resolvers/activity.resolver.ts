import { Args, Authorized, Ctx as Context, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { Connection, ConnectionArgs } from '../../../common/connection.js';
import { byIdLoader } from '../../../common/loaders.js';
import { ShopUser } from '../../access/index.js';
import { Customer } from '../../customers/index.js';
import { CustomerActivity } from '../entities/customer-activity.entity.js';
import { listActivities } from '../activity.service.js';

@ObjectType({ description: 'A page of a customer\'s activity, newest first.' })
export class CustomerActivityConnection extends Connection(CustomerActivity, 'CustomerActivity', 'A customer\'s activity, newest first.') {}

@Resolver(() => Customer)
export class CustomerActivityResolver {
  @Authorized('STAFF')
  @FieldResolver(() => CustomerActivityConnection, {
    description: 'What the customer\'s users did in the store (sign-ins, searches, product views, cart changes, orders), newest first (staff only).',
  })
  async activities(@Root() customer: Customer, @Args(() => ConnectionArgs) args: ConnectionArgs, @Context() ctx: Ctx): Promise<CustomerActivityConnection> {
    return (await listActivities(ctx, customer, args)) as unknown as CustomerActivityConnection;
  }
}

@Resolver(() => CustomerActivity)
export class CustomerActivityFieldsResolver {
  @FieldResolver(() => ShopUser, { nullable: true, description: 'The user who did it; null when that user no longer exists.' })
  shopUser(@Root() activity: CustomerActivity, @Context() ctx: Ctx): Promise<ShopUser | null> | null {
    return activity.shopUser ? byIdLoader(ctx, ShopUser).load(activity.shopUser.id) : null;
  }
}
