import { Authorized, Ctx as Context, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { StoreAccess } from '../../access/entities/store-access.entity.js';
import { countPendingAccesses, pendingAccesses } from '../../access/store-access.service.js';
import { RegistrationRequest, RegistrationStatus } from '../../registration/entities/registration-request.entity.js';
import { countPendingRegistrations } from '../../registration/registration.service.js';
import { Order, OrderStatus } from '../../ordering/entities/order.entity.js';

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
}

@Resolver()
export class BellResolver {
  @Authorized('STAFF')
  @Query(() => HubNotifications, { description: 'The hub\'s notification bell: pending approvals, access requests, orders to validate.' })
  async hubNotifications(@Context() ctx: Ctx): Promise<HubNotifications> {
    const [pendingApprovalCount, registrationRequestCount, submittedOrderCount, approvals, requests] = await Promise.all([
      countPendingAccesses(ctx),
      countPendingRegistrations(ctx),
      ctx.em.count(Order, { status: OrderStatus.SUBMITTED }),
      pendingAccesses(ctx, 10),
      ctx.em.find(RegistrationRequest, { status: RegistrationStatus.PENDING }, { orderBy: { createdAt: 'asc' }, limit: 10 }),
    ]);
    return Object.assign(new HubNotifications(), {
      total: pendingApprovalCount + registrationRequestCount + submittedOrderCount,
      pendingApprovalCount,
      registrationRequestCount,
      submittedOrderCount,
      pendingApprovals: approvals,
      registrationRequests: requests,
    });
  }
}
