import { Authorized, Ctx as Context, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import type { Ctx } from '../../../common/context.js';
import { Money, type CurrencyCode } from '../../../common/money.js';
import { Customer } from '../../customers/index.js';
import { groupLoader } from '../../../common/loaders.js';
import { bulkQuery } from '../../../common/prepared.js';

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
    // One statement for every customer of the request (a list asking for it is not N+1), over
    // customer_order (customer_id, placed_at).
    type Row = { customer_id: string; recent: number; value: string; total: number; last: string | Date | null; currency: string | null };
    const [row] = await groupLoader<Row>(
      ctx,
      'customerOrderSummary',
      (ids) =>
        bulkQuery<Row>(
          ctx.em,
          `select customer_id,
                  count(*) filter (where placed_at >= now() - interval '12 months')::int as recent,
                  coalesce(sum(total) filter (where placed_at >= now() - interval '12 months'), 0)::numeric(16,2)::text as value,
                  count(*)::int as total, max(placed_at) as last,
                  (array_agg(currency_code order by placed_at desc))[1] as currency
             from customer_order where customer_id = any(?::uuid[]) and status not in ('CANCELLED', 'REJECTED')
            group by customer_id`,
          [ids],
        ),
      (r) => r.customer_id,
    ).load(customer.id);
    return Object.assign(new CustomerOrderSummary(), {
      orderCount12Months: row?.recent ?? 0,
      value12Months: Money.of(row?.value ?? '0.00', (row?.currency ?? 'EUR') as CurrencyCode),
      orderCount: row?.total ?? 0,
      lastOrderAt: row?.last ? new Date(row.last) : null,
    });
  }
}
