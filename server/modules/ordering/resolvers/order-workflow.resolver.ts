import { Arg, Authorized, Ctx as Context, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../../common/context.js';
import { byIdLoader } from '../../../common/loaders.js';
import { Money, decimal } from '../../../common/money.js';
import { ApiToken, ShopUser, StaffUser } from '../../access/index.js';
import { Order, OrderStatus } from '../entities/order.entity.js';
import {
  OrderAcknowledgeInput,
  OrderActorKind,
  OrderChangePayload,
  OrderRejectInput,
  OrderReorderInput,
  OrderReorderPayload,
  OrderShippingCostUpdateInput,
  OrderStatusChangeInput,
  OrderTimelineEntry,
} from '../dto/order-workflow.dto.js';
import { ActivityKind, recordActivity } from '../../activity/index.js';
import * as workflow from '../order-workflow.service.js';

const INPUT = { description: 'What to do; see the input type.' };

/** The five status mutations differ only in the status asked; the state machine decides the rest. */
async function changeStatus(ctx: Ctx, input: { orderId: string; reason?: string | null }, to: OrderStatus): Promise<OrderChangePayload> {
  return Object.assign(new OrderChangePayload(), await workflow.transitionOrder(ctx, input, to));
}

@Resolver(() => Order)
export class OrderWorkflowResolver {
  @Authorized('STAFF', 'ORDERS_MANAGE')
  @Mutation(() => OrderChangePayload, { description: 'Accepts a SUBMITTED order (→ VALIDATED); the customer is emailed.' })
  async orderValidate(@Arg('input', () => OrderStatusChangeInput, INPUT) input: OrderStatusChangeInput, @Context() ctx: Ctx) {
    return changeStatus(ctx, input, OrderStatus.VALIDATED);
  }

  @Authorized('STAFF', 'ORDERS_MANAGE')
  @Mutation(() => OrderChangePayload, { description: 'Refuses a SUBMITTED order (→ REJECTED) with a reason the customer is emailed.' })
  async orderReject(@Arg('input', () => OrderRejectInput, INPUT) input: OrderRejectInput, @Context() ctx: Ctx) {
    return changeStatus(ctx, input, OrderStatus.REJECTED);
  }

  @Authorized('STAFF', 'ORDERS_MANAGE')
  @Mutation(() => OrderChangePayload, { description: 'Marks a VALIDATED order as sent (→ SHIPPED); the customer is emailed.' })
  async orderShip(@Arg('input', () => OrderStatusChangeInput, INPUT) input: OrderStatusChangeInput, @Context() ctx: Ctx) {
    return changeStatus(ctx, input, OrderStatus.SHIPPED);
  }

  @Authorized('STAFF', 'ORDERS_MANAGE')
  @Mutation(() => OrderChangePayload, { description: 'Marks a SHIPPED order as received (→ DELIVERED); the customer is emailed.' })
  async orderDeliver(@Arg('input', () => OrderStatusChangeInput, INPUT) input: OrderStatusChangeInput, @Context() ctx: Ctx) {
    return changeStatus(ctx, input, OrderStatus.DELIVERED);
  }

  @Authorized('STAFF', 'ORDERS_MANAGE')
  @Mutation(() => OrderChangePayload, { description: 'Cancels a SUBMITTED or VALIDATED order (→ CANCELLED), with an optional reason; the customer is emailed.' })
  async orderCancel(@Arg('input', () => OrderStatusChangeInput, INPUT) input: OrderStatusChangeInput, @Context() ctx: Ctx) {
    return changeStatus(ctx, input, OrderStatus.CANCELLED);
  }

  @Authorized('STAFF', 'ORDERS_MANAGE')
  @Mutation(() => OrderChangePayload, { description: 'Changes the shipping cost (and total) of an order not yet shipped, rejected or cancelled; recorded on the timeline.' })
  async orderShippingCostUpdate(@Arg('input', () => OrderShippingCostUpdateInput, INPUT) input: OrderShippingCostUpdateInput, @Context() ctx: Ctx) {
    return Object.assign(new OrderChangePayload(), await workflow.updateShippingCost(ctx, input));
  }

  @Authorized('ADMIN', 'ORDERS_MANAGE')
  @Mutation(() => OrderChangePayload, {
    description:
      'Records the supplier\'s own reference for an order (e.g. its ERP\'s order number): the order becomes acknowledged. The same reference again changes nothing; a different one replaces it. Recorded on the timeline (admins, or a token with ORDERS_MANAGE).',
  })
  async orderAcknowledge(@Arg('input', () => OrderAcknowledgeInput, INPUT) input: OrderAcknowledgeInput, @Context() ctx: Ctx) {
    return Object.assign(new OrderChangePayload(), await workflow.acknowledgeOrder(ctx, input));
  }

  @Authorized('SHOP')
  @Mutation(() => OrderReorderPayload, { description: 'Order again: adds a past order\'s lines to the viewer\'s cart at today\'s prices; lines no longer available are reported.' })
  async orderReorder(@Arg('input', () => OrderReorderInput, INPUT) input: OrderReorderInput, @Context() ctx: Ctx) {
    const result = await workflow.reorder(ctx, input);
    if (result.addedLineCount) recordActivity(ctx, ActivityKind.CART_CHANGE, `+${result.addedLineCount}`); // V2, buffered
    return Object.assign(new OrderReorderPayload(), result);
  }

  @FieldResolver(() => [OrderTimelineEntry], { description: 'What happened to the order, oldest first, starting with its placement.' })
  async timeline(@Root() order: Order, @Context() ctx: Ctx): Promise<OrderTimelineEntry[]> {
    const entries = await workflow.orderTimeline(ctx, order);
    return entries.map((e) =>
      Object.assign(new OrderTimelineEntry(), {
        kind: e.kind,
        at: e.at,
        fromStatus: e.fromStatus,
        toStatus: e.toStatus,
        reason: e.reason,
        externalReference: e.externalReference,
        previousExternalReference: e.previousExternalReference,
        actorKind: e.actorKind as OrderActorKind | null,
        staffId: e.staffId,
        shopUserId: e.shopUserId,
        apiTokenId: e.apiTokenId,
        currencyCode: e.currencyCode,
        previousShippingCostAmount: e.previousShippingCost,
        shippingCostAmount: e.shippingCost,
      }),
    );
  }
}

@Resolver(() => OrderTimelineEntry)
export class OrderTimelineEntryResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Name of who made the change: a staff member\'s name (to staff only), a shop user\'s email, an API token\'s name (to staff and integrators; customers read "the supplier\'s system").',
  })
  async actorName(@Root() entry: OrderTimelineEntry, @Context() ctx: Ctx): Promise<string | null> {
    if (entry.staffId) return ctx.viewer.kind === 'shop' ? null : ((await byIdLoader(ctx, StaffUser).load(entry.staffId))?.name ?? null);
    if (entry.shopUserId) return (await byIdLoader(ctx, ShopUser).load(entry.shopUserId))?.email ?? null;
    // A token's name is the supplier's internal label ("ERP sync"): the customer is told who, not which.
    if (entry.apiTokenId) return ctx.viewer.kind === 'shop' ? ctx.t('orderActor.supplierSystem') : ((await byIdLoader(ctx, ApiToken).load(entry.apiTokenId))?.name ?? null);
    return null;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'For SHIPPING_COST_CHANGED: the new shipping cost.' })
  shippingCost(@Root() entry: OrderTimelineEntry): Money | null {
    return entry.shippingCostAmount ? Money.of(decimal.normalize(entry.shippingCostAmount), entry.currencyCode) : null;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'For SHIPPING_COST_CHANGED: the shipping cost before.' })
  previousShippingCost(@Root() entry: OrderTimelineEntry): Money | null {
    return entry.previousShippingCostAmount ? Money.of(decimal.normalize(entry.previousShippingCostAmount), entry.currencyCode) : null;
  }
}
