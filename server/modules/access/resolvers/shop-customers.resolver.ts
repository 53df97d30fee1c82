import { Arg, Authorized, Ctx as Context, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { UserError } from '../../../common/errors.js';
import { Customer } from '../../customers/index.js';
import { ShopUserCustomerSwitchInput } from '../../ordering/index.js';
import { shopUserCustomers, switchShopUserCustomer } from '../shop-customers.service.js';

@ObjectType({ description: 'Result of choosing the customer a shop user orders for.' })
export class ShopUserCustomerSwitchPayload {
  @Field(() => Customer, { nullable: true, description: 'The customer the session now acts for.' })
  customer?: Customer | null;

  @Field(() => [UserError], { description: 'Always empty: an unknown customer is NOT_FOUND.' })
  userErrors!: UserError[];
}

@Resolver()
export class ShopCustomersResolver {
  @Authorized('SHOP')
  @Query(() => [Customer], { description: 'The customers the signed-in shop user can order for (a login may be linked to several), by name.' })
  shopUserCustomers(@Context() ctx: Ctx): Promise<Customer[]> {
    return shopUserCustomers(ctx);
  }

  @Authorized('SHOP')
  @Mutation(() => ShopUserCustomerSwitchPayload, { description: 'Chooses the customer the session orders for; the catalog, prices and cart follow it.' })
  async shopUserCustomerSwitch(
    @Arg('input', () => ShopUserCustomerSwitchInput, { description: 'What to do; see the input type.' }) input: ShopUserCustomerSwitchInput,
    @Context() ctx: Ctx,
  ): Promise<ShopUserCustomerSwitchPayload> {
    const customer = await switchShopUserCustomer(ctx, input.customerId);
    return Object.assign(new ShopUserCustomerSwitchPayload(), { customer, userErrors: [] });
  }
}
