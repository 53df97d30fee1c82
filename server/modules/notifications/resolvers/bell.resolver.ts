import { Arg, Authorized, Ctx as Context, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { UserError, apiError } from '../../../common/errors.js';
import { NotificationKind, StaffNotificationRead } from '../entities/staff-notification-read.entity.js';
import { StoreAccessStatus, StoreAccess, countPendingAccesses, pendingAccesses } from '../../access/index.js';
import type { Ctx } from '../../../common/context.js';
import { RegistrationRequest, RegistrationStatus, countPendingRegistrations } from '../../registration/index.js';
import { Order, OrderStatus, Quote } from '../../ordering/index.js';
import { bulkQuery } from '../../catalog/index.js';

@ObjectType({ description: 'What waits for staff: the hub\'s notification bell (product N2).' })
export class HubNotifications {
  @Field(() => Int, { description: 'Everything waiting, for the badge.' })
  total!: number;

  @Field(() => Int, { description: 'Store accesses awaiting approval.' })
  pendingApprovalCount!: number;

  @Field(() => Int, { description: 'Access requests awaiting a decision.' })
  registrationRequestCount!: number;

  @Field(() => Int, { description: 'Orders awaiting validation.' })
  submittedOrderCount!: number;

  @Field(() => [StoreAccess], { description: 'The oldest accesses awaiting approval (at most 10).' })
  pendingApprovals!: StoreAccess[];

  @Field(() => [RegistrationRequest], { description: 'The oldest access requests awaiting a decision (at most 10).' })
  registrationRequests!: RegistrationRequest[];

  @Field(() => [Order], { description: 'The newest orders awaiting validation (at most 10).' })
  submittedOrders!: Order[];

  @Field(() => Int, { description: 'Quotes requested (or being revised) awaiting the supplier\'s proposal.' })
  requestedQuoteCount!: number;

  @Field(() => [Quote], { description: 'The oldest quotes awaiting a proposal (at most 10).' })
  requestedQuotes!: Quote[];

  @Field(() => Int, { description: 'Quotes awaiting a proposal requested since the viewer last marked them as read.' })
  unreadQuoteCount!: number;

  @Field(() => Int, { description: 'Items the viewing staff member has not seen yet (every kind), for the badge.' })
  unreadCount!: number;

  @Field(() => Int, { description: 'Orders awaiting validation placed since the viewer last marked new orders as read.' })
  unreadOrderCount!: number;

  @Field(() => Int, { description: 'Accesses awaiting approval created since the viewer last marked them as read.' })
  unreadApprovalCount!: number;

  @Field(() => Int, { description: 'Access requests awaiting a decision received since the viewer last marked them as read.' })
  unreadRegistrationCount!: number;
}

@InputType({ description: 'Kinds of notifications the viewing staff member has now seen.' })
export class HubNotificationsMarkReadInput {
  @Field(() => [NotificationKind], { description: 'The kinds to mark as read; everything of these kinds up to now counts as seen.' })
  kinds!: NotificationKind[];
}

@ObjectType({ description: 'Result of marking notifications as read.' })
export class HubNotificationsMarkReadPayload {
  @Field(() => HubNotifications, { nullable: true, description: 'The bell after the change.' })
  hubNotifications?: HubNotifications | null;

  @Field(() => [UserError], { description: 'Always empty; present by convention.' })
  userErrors!: UserError[];
}

/** Per kind, until when the staff member has seen the notifications (epoch when never). */
async function lastSeen(ctx: Ctx): Promise<Record<NotificationKind, Date>> {
  const out = { NEW_ORDERS: new Date(0), PENDING_APPROVALS: new Date(0), REGISTRATION_REQUESTS: new Date(0), QUOTE_REQUESTS: new Date(0) } as Record<NotificationKind, Date>;
  if (ctx.viewer.kind !== 'staff') return out;
  for (const r of await ctx.em.find(StaffNotificationRead, { staff: ctx.viewer.staff.id })) out[r.kind] = r.lastSeenAt;
  return out;
}

async function bell(ctx: Ctx): Promise<HubNotifications> {
  const seen = await lastSeen(ctx);
  const [pendingApprovalCount, registrationRequestCount, submittedOrderCount, approvals, requests, submittedOrders, unreadOrderCount, unreadApprovalCount, unreadRegistrationCount, requestedQuoteCount, requestedQuotes, unreadQuoteCount] =
    await Promise.all([
      countPendingAccesses(ctx),
      countPendingRegistrations(ctx),
      ctx.em.count(Order, { status: OrderStatus.SUBMITTED }),
      pendingAccesses(ctx, 10),
      ctx.em.find(RegistrationRequest, { status: RegistrationStatus.PENDING }, { orderBy: { createdAt: 'asc' }, limit: 10 }),
      ctx.em.find(Order, { status: OrderStatus.SUBMITTED }, { orderBy: { placedAt: 'desc', id: 'desc' }, limit: 10 }),
      ctx.em.count(Order, { status: OrderStatus.SUBMITTED, placedAt: { $gt: seen.NEW_ORDERS } }),
      ctx.em.count(StoreAccess, { status: StoreAccessStatus.PENDING_APPROVAL, createdAt: { $gt: seen.PENDING_APPROVALS } }),
      ctx.em.count(RegistrationRequest, { status: RegistrationStatus.PENDING, createdAt: { $gt: seen.REGISTRATION_REQUESTS } }),
      ctx.em.count(Quote, { storedStatus: 'REQUESTED' as Quote['storedStatus'] }),
      ctx.em.find(Quote, { storedStatus: 'REQUESTED' as Quote['storedStatus'] }, { orderBy: { createdAt: 'asc' }, limit: 10 }),
      ctx.em.count(Quote, { storedStatus: 'REQUESTED' as Quote['storedStatus'], createdAt: { $gt: seen.QUOTE_REQUESTS } }),
    ]);
  return Object.assign(new HubNotifications(), {
    total: pendingApprovalCount + registrationRequestCount + submittedOrderCount + requestedQuoteCount,
    pendingApprovalCount,
    registrationRequestCount,
    submittedOrderCount,
    pendingApprovals: approvals,
    registrationRequests: requests,
    submittedOrders,
    requestedQuoteCount,
    requestedQuotes,
    unreadQuoteCount,
    unreadCount: unreadOrderCount + unreadApprovalCount + unreadRegistrationCount + unreadQuoteCount,
    unreadOrderCount,
    unreadApprovalCount,
    unreadRegistrationCount,
  });
}

@Resolver()
export class BellResolver {
  @Authorized('STAFF')
  @Query(() => HubNotifications, { description: 'The hub\'s notification bell: pending approvals, access requests, orders to validate.' })
  hubNotifications(@Context() ctx: Ctx): Promise<HubNotifications> {
    return bell(ctx);
  }

  @Authorized('STAFF')
  @Mutation(() => HubNotificationsMarkReadPayload, { description: 'Marks kinds of bell notifications as read for the viewing staff member (the unread counts drop to 0).' })
  async hubNotificationsMarkRead(
    @Arg('input', () => HubNotificationsMarkReadInput, { description: 'What to do; see the input type.' }) input: HubNotificationsMarkReadInput,
    @Context() ctx: Ctx,
  ): Promise<HubNotificationsMarkReadPayload> {
    if (ctx.viewer.kind !== 'staff') throw apiError(ctx.t, 'FORBIDDEN');
    const kinds = [...new Set(input.kinds)];
    if (kinds.length) {
      await bulkQuery(
        ctx.em,
        `insert into staff_notification_read (id, staff_id, kind, last_seen_at)
         select gen_random_uuid(), ?, cast(k as notification_kind), ? from unnest(?::text[]) as k
         on conflict (staff_id, kind) do update set last_seen_at = excluded.last_seen_at, updated_at = now()`,
        [ctx.viewer.staff.id, new Date(), kinds],
      );
    }
    return Object.assign(new HubNotificationsMarkReadPayload(), { hubNotifications: await bell(ctx), userErrors: [] });
  }
}
