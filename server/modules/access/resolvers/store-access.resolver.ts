import { Arg, Authorized, Ctx as Context, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { Customer } from '../../customers/entities/customer.entity.js';
import { StoreAccess } from '../entities/store-access.entity.js';
import { StoreAccessGrantInput, StoreAccessGrantPayload } from '../dto/store-access.dto.js';
import * as access from '../store-access.service.js';

@Resolver(() => StoreAccess)
export class StoreAccessResolver {
  @Authorized('STAFF')
  @Mutation(() => StoreAccessGrantPayload, {
    description: 'Grants store access to one contact email of a customer and emails the credentials in the customer\'s document language.',
  })
  async storeAccessGrant(@Arg('input', () => StoreAccessGrantInput, { description: 'What to do; see the input type.' }) input: StoreAccessGrantInput, @Context() ctx: Ctx): Promise<StoreAccessGrantPayload> {
    return Object.assign(new StoreAccessGrantPayload(), await access.grantStoreAccess(ctx, input));
  }
}

@Resolver(() => Customer)
export class CustomerStoreAccessResolver {
  @Authorized('STAFF')
  @FieldResolver(() => [StoreAccess], { description: 'Store accesses of the customer\'s emails (staff only).' })
  storeAccesses(@Root() customer: Customer, @Context() ctx: Ctx): Promise<StoreAccess[]> {
    return access.customerAccesses(ctx, customer);
  }
}
