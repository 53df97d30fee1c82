import { Authorized, Ctx as Context, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Ctx } from '../../../common/context.js';
import { Money, type CurrencyCode } from '../../../common/money.js';
import { Customer } from '../../customers/index.js';

// The customer page for sales (issue 17 H6): how much and how lately a customer orders.

@ObjectType({ description: 'A customer\'s ordering at a glance (cancelled and rejected orders left out).' })
export class CustomerOrderSummary {
  @Field(() => Int, { description: 'Orders placed in the last 12 months.' })
  orderCount12Months!: number;

  @Field(() => Money, { description: 'Their value (order totals, shipping included).' })
  value12Months!: Money;

  @Field(() => Int, { description: 'Orders placed ever.' })
  orderCount!: number;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the latest order was placed; null before the first.' })
  lastOrderAt!: Date | null;
}

@Resolver(() => Customer)
export class CustomerOrdersResolver {
  @Authorized('STAFF')
  @FieldResolver(() => CustomerOrderSummary, { description: 'How much and how lately the customer orders (staff only).' })
  async orderSummary(@Root() customer: Customer, @Context() ctx: Ctx): Promise<CustomerOrderSummary> {
    // One statement over customer_order (customer_id, placed_at): a customer's own orders only.
    const [row] = await ctx.em.execute<{ recent: number; value: string; total: number; last: string | Date | null; currency: string | null }[]>(
      `select count(*) filter (where placed_at >= now() - interval '12 months')::int as recent,
              coalesce(sum(total) filter (where placed_at >= now() - interval '12 months'), 0)::numeric(16,2)::text as value,
              count(*)::int as total, max(placed_at) as last,
              (select currency_code from customer_order where customer_id = ? order by placed_at desc limit 1) as currency
         from customer_order where customer_id = ? and status not in ('CANCELLED', 'REJECTED')`,
      [customer.id, customer.id],
    );
    return Object.assign(new CustomerOrderSummary(), {
      orderCount12Months: row?.recent ?? 0,
      value12Months: Money.of(row?.value ?? '0.00', (row?.currency ?? 'EUR') as CurrencyCode),
      orderCount: row?.total ?? 0,
      lastOrderAt: row?.last ? new Date(row.last) : null,
    });
  }
}
