import { Arg, Authorized, Ctx as Context, Mutation, Resolver } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { CustomersUpsertInput, CustomersUpsertPayload } from '../dto/customer-sync.dto.js';
import { upsertCustomers } from '../customer-sync.service.js';

/** The ERP's customer sync by customer number (issue 14 E2, decision 29). */
@Resolver()
export class CustomerSyncResolver {
  @Authorized('STAFF', 'CUSTOMERS_MANAGE')
  @Mutation(() => CustomersUpsertPayload, {
    description:
      'Creates or changes up to 10,000 customers by customer number, with contacts, delivery sites, document language, price level, storage location and visibility ' +
      '(CUSTOMERS_MANAGE tokens and staff). Items equal to what is stored write nothing, so repeating a call changes nothing.',
  })
  async customersUpsert(@Arg('input', () => CustomersUpsertInput, { description: 'The items and whether to write them all or nothing.' }) input: CustomersUpsertInput, @Context() ctx: Ctx): Promise<CustomersUpsertPayload> {
    return Object.assign(new CustomersUpsertPayload(), await upsertCustomers(ctx, input));
  }
}
