import { Arg, Args, Authorized, Ctx as Context, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { Connection } from '../../../common/connection.js';
import { PriceLevel, StorageLocation } from '../../catalog/index.js';
import { Contact } from '../entities/contact.entity.js';
import { Customer } from '../entities/customer.entity.js';
import { DeliverySite } from '../entities/delivery-site.entity.js';
import {
  CustomerCreateInput,
  CustomerExcludeInput,
  CustomerExclusionLiftInput,
  CustomerPayload,
  CustomersArgs,
  CustomerUpdateInput,
  CustomerVisibility,
} from '../dto/customer.dto.js';
import * as customers from '../customer.service.js';
import { customerContactsLoader } from '../customer-loaders.js';

@ObjectType({ description: 'A page of customers sorted by name.' })
export class CustomerConnection extends Connection(Customer, 'Customer', 'Customers sorted by name.') {}

const MANAGE = ['STAFF', 'CUSTOMERS_MANAGE'] as const;

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized(...MANAGE)
  @Query(() => CustomerConnection, { description: 'Customers, sorted by name, searched and filtered (staff, or a token with CUSTOMERS_MANAGE).' })
  async customers(@Args(() => CustomersArgs) args: CustomersArgs, @Context() ctx: Ctx): Promise<CustomerConnection> {
    return (await customers.listCustomers(ctx, args)) as unknown as CustomerConnection;
  }

  @Authorized(...MANAGE)
  @Query(() => Customer, { description: 'One customer by id.' })
  customer(@Arg('id', () => ID, { description: 'The customer\'s id.' }) id: string, @Context() ctx: Ctx): Promise<Customer> {
    return customers.getCustomer(ctx, id);
  }

  @Authorized(...MANAGE)
  @Mutation(() => CustomerPayload, { description: 'Creates a customer with its contacts, delivery sites and visibility.' })
  async customerCreate(@Arg('input', () => CustomerCreateInput, { description: 'What to do; see the input type.' }) input: CustomerCreateInput, @Context() ctx: Ctx): Promise<CustomerPayload> {
    return Object.assign(new CustomerPayload(), await customers.createCustomer(ctx, input));
  }

  @Authorized(...MANAGE)
  @Mutation(() => CustomerPayload, { description: 'Changes a customer; only the fields given change.' })
  async customerUpdate(@Arg('input', () => CustomerUpdateInput, { description: 'What to do; see the input type.' }) input: CustomerUpdateInput, @Context() ctx: Ctx): Promise<CustomerPayload> {
    return Object.assign(new CustomerPayload(), await customers.updateCustomer(ctx, input));
  }

  @Authorized(...MANAGE)
  @Mutation(() => CustomerPayload, { description: 'Excludes a customer from the store temporarily: its users see the reason and cannot order (product A8).' })
  async customerExclude(@Arg('input', () => CustomerExcludeInput, { description: 'What to do; see the input type.' }) input: CustomerExcludeInput, @Context() ctx: Ctx): Promise<CustomerPayload> {
    return Object.assign(new CustomerPayload(), await customers.excludeCustomer(ctx, input));
  }

  @Authorized(...MANAGE)
  @Mutation(() => CustomerPayload, { description: 'Lifts an exclusion: everything works again.' })
  async customerExclusionLift(@Arg('input', () => CustomerExclusionLiftInput, { description: 'What to do; see the input type.' }) input: CustomerExclusionLiftInput, @Context() ctx: Ctx): Promise<CustomerPayload> {
    return Object.assign(new CustomerPayload(), await customers.liftExclusion(ctx, input));
  }

  @FieldResolver(() => [Contact], { description: 'Contacts, the primary one first.' })
  contacts(@Root() customer: Customer, @Context() ctx: Ctx): Promise<Contact[]> {
    return customerContactsLoader(ctx).load(customer.id);
  }

  @Authorized(...MANAGE)
  @FieldResolver(() => [DeliverySite], { description: 'Delivery sites, the default one first.' })
  deliverySites(@Root() customer: Customer, @Context() ctx: Ctx): Promise<DeliverySite[]> {
    return ctx.em.find(DeliverySite, { customer }, { orderBy: { position: 'asc' } });
  }

  @Authorized(...MANAGE)
  @FieldResolver(() => CustomerVisibility, { description: 'What the customer may see.' })
  async visibility(@Root() customer: Customer, @Context() ctx: Ctx): Promise<CustomerVisibility> {
    await ctx.em.populate(customer, ['visibleTags', 'visibleSeasons', 'visibleBrands', 'visibleManufacturers']);
    return Object.assign(new CustomerVisibility(), {
      tags: customer.visibleTags.getItems(),
      seasons: customer.visibleSeasons.getItems(),
      brands: customer.visibleBrands.getItems(),
      manufacturers: customer.visibleManufacturers.getItems(),
    });
  }

  @Authorized(...MANAGE)
  @FieldResolver(() => PriceLevel, { nullable: true, description: 'The customer\'s own price level; null means the store\'s default level.' })
  async priceLevel(@Root() customer: Customer, @Context() ctx: Ctx): Promise<PriceLevel | null> {
    return customer.priceLevel ? ctx.em.findOne(PriceLevel, { id: customer.priceLevel.id }) : null;
  }

  @Authorized(...MANAGE)
  @FieldResolver(() => StorageLocation, { nullable: true, description: 'The customer\'s own storage location; null means the default location.' })
  async storageLocation(@Root() customer: Customer, @Context() ctx: Ctx): Promise<StorageLocation | null> {
    return customer.storageLocation ? ctx.em.findOne(StorageLocation, { id: customer.storageLocation.id }) : null;
  }
}
