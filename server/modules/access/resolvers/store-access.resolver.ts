import { Arg, Authorized, Ctx as Context, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Ctx } from '../../../common/context.js';
import { Language } from '../../../common/language.js';
import { Customer, customerContactsLoader } from '../../customers/index.js';
import { ShopUser } from '../entities/shop-user.entity.js';
import { StoreAccess, StoreAccessStatus } from '../entities/store-access.entity.js';
import {
  CustomerEmailAccess,
  StoreAccessBulkGrantInput,
  StoreAccessCredentialsPayload,
  StoreAccessGrantInput,
  StoreAccessIdInput,
  StoreAccessLanguageUpdateInput,
  StoreAccessRegeneratePasswordInput,
  StoreAccessPayload,
  TaskPayload,
} from '../dto/store-access.dto.js';
import * as access from '../store-access.service.js';
import { bulkGrant } from '../store-access-bulk.service.js';
import { byIdLoader } from '../../../common/loaders.js';

const MANAGE = ['STAFF', 'CUSTOMERS_MANAGE'] as const;
const INPUT = { description: 'What to do; see the input type.' };

@Resolver(() => StoreAccess)
export class StoreAccessResolver {
  @Authorized(...MANAGE)
  @Mutation(() => StoreAccessCredentialsPayload, {
    description: 'Grants store access to one contact email of a customer and emails the credentials in the customer\'s document language.',
  })
  async storeAccessGrant(@Arg('input', () => StoreAccessGrantInput, INPUT) input: StoreAccessGrantInput, @Context() ctx: Ctx): Promise<StoreAccessCredentialsPayload> {
    return Object.assign(new StoreAccessCredentialsPayload(), await access.grantStoreAccess(ctx, input));
  }

  @Authorized(...MANAGE)
  @Mutation(() => StoreAccessCredentialsPayload, { description: 'Issues a new temporary password, emails it (unless staff hand it over themselves), and ends the user\'s sessions.' })
  async storeAccessRegeneratePassword(
    @Arg('input', () => StoreAccessRegeneratePasswordInput, INPUT) input: StoreAccessRegeneratePasswordInput,
    @Context() ctx: Ctx,
  ): Promise<StoreAccessCredentialsPayload> {
    return Object.assign(new StoreAccessCredentialsPayload(), await access.regeneratePassword(ctx, input.id, { handOver: input.handOver }));
  }

  @Authorized(...MANAGE)
  @Mutation(() => StoreAccessPayload, { description: 'Blocks an access: the user cannot sign in, and open sessions end at once.' })
  async storeAccessBlock(@Arg('input', () => StoreAccessIdInput, INPUT) input: StoreAccessIdInput, @Context() ctx: Ctx): Promise<StoreAccessPayload> {
    return Object.assign(new StoreAccessPayload(), await access.blockAccess(ctx, input.id));
  }

  @Authorized(...MANAGE)
  @Mutation(() => StoreAccessPayload, { description: 'Unblocks a blocked access.' })
  async storeAccessUnblock(@Arg('input', () => StoreAccessIdInput, INPUT) input: StoreAccessIdInput, @Context() ctx: Ctx): Promise<StoreAccessPayload> {
    return Object.assign(new StoreAccessPayload(), await access.unblockAccess(ctx, input.id));
  }

  @Authorized(...MANAGE)
  @Mutation(() => StoreAccessPayload, { description: 'Approves an access awaiting approval: the user may now order (product A6).' })
  async storeAccessApprove(@Arg('input', () => StoreAccessIdInput, INPUT) input: StoreAccessIdInput, @Context() ctx: Ctx): Promise<StoreAccessPayload> {
    return Object.assign(new StoreAccessPayload(), await access.approveAccess(ctx, input.id));
  }

  @Authorized(...MANAGE)
  @Mutation(() => StoreAccessPayload, { description: 'Changes the store language of the access\'s user (issue 17, H2): the store, credentials and account emails use it; recorded for audit.' })
  async storeAccessLanguageUpdate(@Arg('input', () => StoreAccessLanguageUpdateInput, INPUT) input: StoreAccessLanguageUpdateInput, @Context() ctx: Ctx): Promise<StoreAccessPayload> {
    return Object.assign(new StoreAccessPayload(), await access.updateAccessLanguage(ctx, input.id, input.language));
  }

  @Authorized(...MANAGE)
  @FieldResolver(() => Language, { description: 'The store language of the access\'s user (the same login on every customer it orders for).' })
  async language(@Root() storeAccess: StoreAccess, @Context() ctx: Ctx): Promise<Language> {
    return (await byIdLoader(ctx, ShopUser).load(storeAccess.shopUser.id))!.language;
  }

  @Authorized(...MANAGE)
  @Mutation(() => TaskPayload, { description: 'Grants access to many customers as a background task with progress (product A4).' })
  async storeAccessBulkGrant(@Arg('input', () => StoreAccessBulkGrantInput, INPUT) input: StoreAccessBulkGrantInput, @Context() ctx: Ctx): Promise<TaskPayload> {
    return Object.assign(new TaskPayload(), await bulkGrant(ctx, input));
  }

  @Authorized(...MANAGE)
  @FieldResolver(() => Customer, { description: 'The customer this access orders for.' })
  async customer(@Root() storeAccess: StoreAccess, @Context() ctx: Ctx): Promise<Customer> {
    return (await byIdLoader(ctx, Customer).load(storeAccess.customer.id))!;
  }
}

@Resolver(() => Customer)
export class CustomerStoreAccessResolver {
  @Authorized(...MANAGE)
  @FieldResolver(() => [StoreAccess], { description: 'Store accesses of the customer\'s emails, oldest first.' })
  storeAccesses(@Root() customer: Customer, @Context() ctx: Ctx): Promise<StoreAccess[]> {
    return access.accessesLoader(ctx).load(customer.id);
  }

  @Authorized(...MANAGE)
  @FieldResolver(() => [CustomerEmailAccess], { description: 'Every email of the customer with its store-access status (NONE when never granted).' })
  async emailAccesses(@Root() customer: Customer, @Context() ctx: Ctx): Promise<CustomerEmailAccess[]> {
    const [contacts, accesses] = await Promise.all([customerContactsLoader(ctx).load(customer.id), access.accessesLoader(ctx).load(customer.id)]);
    const emails = [...new Set([...contacts.map((c) => c.email).filter((e): e is string => Boolean(e)), ...accesses.map((a) => a.email)])];
    return emails.map((email) => {
      const storeAccess = accesses.find((a) => a.email === email) ?? null;
      return Object.assign(new CustomerEmailAccess(), {
        email,
        status: storeAccess?.status ?? StoreAccessStatus.NONE,
        phone: contacts.find((c) => c.email === email)?.phone ?? null,
        storeAccess,
      });
    });
  }

  @Authorized(...MANAGE)
  @FieldResolver(() => Int, { description: 'How many emails have an active store access (those awaiting approval are in pendingAccessCount).' })
  async accessCount(@Root() customer: Customer, @Context() ctx: Ctx): Promise<number> {
    const accesses = await access.accessesLoader(ctx).load(customer.id);
    return accesses.filter((a) => a.status === StoreAccessStatus.ACTIVE).length;
  }

  @Authorized(...MANAGE)
  @FieldResolver(() => Int, { description: 'How many emails have a store access awaiting approval.' })
  async pendingAccessCount(@Root() customer: Customer, @Context() ctx: Ctx): Promise<number> {
    const accesses = await access.accessesLoader(ctx).load(customer.id);
    return accesses.filter((a) => a.status === StoreAccessStatus.PENDING_APPROVAL).length;
  }

  @Authorized(...MANAGE)
  @FieldResolver(() => DateTimeISOResolver, { nullable: true, description: 'The latest access to the store by any of the customer\'s users.' })
  async lastAccessAt(@Root() customer: Customer, @Context() ctx: Ctx): Promise<Date | null> {
    const dates = (await access.accessesLoader(ctx).load(customer.id)).map((a) => a.lastAccessAt).filter((d): d is Date => Boolean(d));
    return dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : null;
  }
}
