import { Arg, Args, Authorized, Ctx as Context, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import DataLoader from 'dataloader';
import type { Ctx } from '../../../common/context.js';
import { loader } from '../../../common/context.js';
import { Connection } from '../../../common/connection.js';
import { PriceLevel } from '../../catalog/entities/price-level.entity.js';
import { StorageLocation } from '../../catalog/entities/storage-location.entity.js';
import { Contact } from '../entities/contact.entity.js';
import { Customer } from '../entities/customer.entity.js';
import { CustomerCreateInput, CustomerCreatePayload, CustomersArgs } from '../dto/customer.dto.js';
import * as customers from '../customer.service.js';

@ObjectType({ description: 'A page of customers sorted by name.' })
export class CustomerConnection extends Connection(Customer, 'Customer', 'Customers sorted by name.') {}

function contactsLoader(ctx: Ctx) {
  return loader(ctx, 'customer.contacts', () =>
    new DataLoader<string, Contact[]>(async (ids) => {
      const rows = await ctx.em.find(Contact, { customer: { $in: [...ids] } }, { orderBy: { position: 'asc', createdAt: 'asc' } });
      return ids.map((id) => rows.filter((r) => r.customer.id === id));
    }),
  );
}

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized('STAFF')
  @Query(() => CustomerConnection, { description: 'Customers, sorted by name (staff only).' })
  async customers(@Args(() => CustomersArgs) args: CustomersArgs, @Context() ctx: Ctx): Promise<CustomerConnection> {
    return (await customers.listCustomers(ctx, args)) as unknown as CustomerConnection;
  }

  @Authorized('STAFF')
  @Query(() => Customer, { description: 'One customer by id (staff only).' })
  customer(@Arg('id', () => ID, { description: 'The customer\'s id.' }) id: string, @Context() ctx: Ctx): Promise<Customer> {
    return customers.getCustomer(ctx, id);
  }

  @Authorized('STAFF')
  @Mutation(() => CustomerCreatePayload, { description: 'Creates a customer with its contacts.' })
  async customerCreate(@Arg('input', () => CustomerCreateInput, { description: 'What to do; see the input type.' }) input: CustomerCreateInput, @Context() ctx: Ctx): Promise<CustomerCreatePayload> {
    return Object.assign(new CustomerCreatePayload(), await customers.createCustomer(ctx, input));
  }

  @FieldResolver(() => [Contact], { description: 'Contacts, the primary one first.' })
  contacts(@Root() customer: Customer, @Context() ctx: Ctx): Promise<Contact[]> {
    return contactsLoader(ctx).load(customer.id);
  }

  @Authorized('STAFF')
  @FieldResolver(() => PriceLevel, { nullable: true, description: 'The customer\'s own price level; null means the store\'s default level (staff only).' })
  async priceLevel(@Root() customer: Customer, @Context() ctx: Ctx): Promise<PriceLevel | null> {
    return customer.priceLevel ? ctx.em.findOne(PriceLevel, { id: customer.priceLevel.id }) : null;
  }

  @Authorized('STAFF')
  @FieldResolver(() => StorageLocation, { nullable: true, description: 'The customer\'s own storage location; null means the default location (staff only).' })
  async storageLocation(@Root() customer: Customer, @Context() ctx: Ctx): Promise<StorageLocation | null> {
    return customer.storageLocation ? ctx.em.findOne(StorageLocation, { id: customer.storageLocation.id }) : null;
  }
}
