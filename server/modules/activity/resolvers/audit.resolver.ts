import { Arg, Args, Authorized, Ctx as Context, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Ctx } from '../../../common/context.js';
import { Connection, ConnectionArgs } from '../../../common/connection.js';
import { toGlobalId } from '../../../common/global-id.js';
import { byIdLoader } from '../../../common/loaders.js';
import { Customer } from '../../customers/index.js';
import { Order } from '../../ordering/index.js';
import { AuditAction, AuditEvent } from '../entities/audit-event.entity.js';
import { listAuditEntries } from '../audit.service.js';

@ObjectType({ description: 'One key field of what was acted on, before and after the action. Passwords are never recorded.' })
export class AuditChange {
  @Field(() => String, { description: 'The field, e.g. "status", "shippingCost", "reason".' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'Its value before (null: none).' })
  before!: string | null;

  @Field(() => String, { nullable: true, description: 'Its value after (null: none).' })
  after!: string | null;
}

@ObjectType({ description: 'A page of the audit trail, newest first.' })
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent', 'Audit entries, newest first.') {}

@InputType({ description: 'Which audit entries to list; every field narrows the list.' })
export class AuditEntriesFilter {
  @Field(() => ID, { nullable: true, description: 'Only what this staff member or API token did.' })
  actorId?: string | null;

  @Field(() => [AuditAction], { nullable: true, description: 'Only these actions.' })
  actions?: AuditAction[] | null;

  @Field(() => ID, { nullable: true, description: 'Only entries concerning this customer (its own changes, its accesses, its orders).' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only entries about this object: a customer, a store access, an order or an access request.' })
  targetId?: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Only entries at or after this time.' })
  from?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Only entries before this time.' })
  to?: Date | null;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized('ADMIN')
  @Query(() => AuditEventConnection, { description: 'The audit trail: every recorded staff and API token action, newest first, keyset-paged (admins only).' })
  async auditEntries(
    @Arg('filter', () => AuditEntriesFilter, { nullable: true, description: 'Which entries; all when omitted.' }) filter: AuditEntriesFilter | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Context() ctx: Ctx,
  ): Promise<AuditEventConnection> {
    return (await listAuditEntries(ctx, filter ?? {}, args)) as unknown as AuditEventConnection;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The global id of what was acted on (see `targetType`).' })
  targetId(@Root() event: AuditEvent): string | null {
    return event.targetType && event.targetId ? toGlobalId(event.targetType, event.targetId) : null;
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer concerned, if any.' })
  customer(@Root() event: AuditEvent, @Context() ctx: Ctx): Promise<Customer | null> | null {
    return event.customer ? byIdLoader(ctx, Customer).load(event.customer.id) : null;
  }

  @FieldResolver(() => [AuditChange], { description: 'The key fields before and after (empty when the action has none, e.g. viewing the store).' })
  changes(@Root() event: AuditEvent): AuditChange[] {
    return (event.changes ?? []).map((c) => Object.assign(new AuditChange(), c));
  }

  @FieldResolver(() => Boolean, { description: 'Whether an API token did it (rather than a staff member).' })
  byApiToken(@Root() event: AuditEvent): boolean {
    return Boolean(event.apiToken);
  }
}

@Resolver(() => Order)
export class OrderAuditResolver {
  @Authorized('STAFF')
  @FieldResolver(() => AuditEventConnection, { description: 'Staff and API token actions on this order, newest first (staff only).' })
  async auditEvents(@Root() order: Order, @Args(() => ConnectionArgs) args: ConnectionArgs, @Context() ctx: Ctx): Promise<AuditEventConnection> {
    return (await listAuditEntries(ctx, { targetId: toGlobalId('Order', order.id) }, args)) as unknown as AuditEventConnection;
  }
}

@Resolver(() => Customer)
export class CustomerAuditResolver {
  @Authorized('STAFF')
  @FieldResolver(() => AuditEventConnection, {
    description: 'Audited staff and API token actions concerning this customer (its details, accesses and orders), newest first, keyset-paged (staff only).',
  })
  async auditEvents(@Root() customer: Customer, @Args(() => ConnectionArgs) args: ConnectionArgs, @Context() ctx: Ctx): Promise<AuditEventConnection> {
    return (await listAuditEntries(ctx, { customerId: toGlobalId('Customer', customer.id) }, args)) as unknown as AuditEventConnection;
  }
}
