import { Arg, Authorized, Ctx as Context, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { DateTimeISOResolver, LocalDateResolver } from 'graphql-scalars';
import { apiError } from '../../../common/errors.js';
import { Money, type CurrencyCode } from '../../../common/money.js';
import { toGlobalId } from '../../../common/global-id.js';
import type { Ctx } from '../../../common/context.js';
import { bulkQuery } from '../../catalog/index.js';

// The hub's dashboard (issue 17, H5; decision 0039): one query, a handful of aggregate statements
// over customer_order / order_line read through covering indexes, run side by side.

@ObjectType({ description: 'Orders placed in a period and their value (cancelled and rejected orders left out).' })
export class DashboardPeriod {
  @Field(() => DateTimeISOResolver, { description: 'Start of the period (included).' })
  from!: Date;

  @Field(() => DateTimeISOResolver, { description: 'End of the period (excluded).' })
  to!: Date;

  @Field(() => Int, { description: 'Orders placed in the period.' })
  orderCount!: number;

  @Field(() => Money, { description: 'Sum of their totals.' })
  value!: Money;
}

@ObjectType({ description: 'One day of the dashboard chart.' })
export class DashboardDay {
  @Field(() => LocalDateResolver, { description: 'The day (UTC).' })
  day!: string;

  @Field(() => Int, { description: 'Orders placed that day.' })
  orderCount!: number;

  @Field(() => Money, { description: 'Their value.' })
  value!: Money;
}

@ObjectType({ description: 'A customer among those that ordered most in the period.' })
export class DashboardTopCustomer {
  @Field(() => String, { description: 'The customer\'s id (global).' })
  customerId!: string;

  @Field(() => String, { description: 'Name.' })
  name!: string;

  @Field(() => String, { description: 'Customer number.' })
  customerNumber!: string;

  @Field(() => Int, { description: 'Orders in the period.' })
  orderCount!: number;

  @Field(() => Money, { description: 'Their value.' })
  value!: Money;
}

@ObjectType({ description: 'A product among those ordered most (by value) in the period.' })
export class DashboardTopProduct {
  @Field(() => String, { nullable: true, description: 'The product\'s id (global); null when it was deleted since.' })
  productId!: string | null;

  @Field(() => String, { description: 'Reference; empty for lines of deleted products (counted together).' })
  reference!: string;

  @Field(() => String, { description: 'Name; empty for lines of deleted products.' })
  name!: string;

  @Field(() => Int, { description: 'Units ordered in the period.' })
  quantity!: number;

  @Field(() => Money, { description: 'Value of those lines.' })
  value!: Money;
}

@ObjectType({ description: 'The hub\'s dashboard: activity against the period before, what waits, the chart and the top lists.' })
export class HubDashboard {
  @Field(() => Int, { description: 'Days covered by the chart and the top lists.' })
  days!: number;

  @Field(() => DashboardPeriod, { description: 'Today (UTC) so far.' })
  today!: DashboardPeriod;

  @Field(() => DashboardPeriod, { description: 'Yesterday up to the same time of day.' })
  yesterday!: DashboardPeriod;

  @Field(() => DashboardPeriod, { description: 'This week (from Monday, UTC) so far.' })
  week!: DashboardPeriod;

  @Field(() => DashboardPeriod, { description: 'Last week up to the same moment.' })
  previousWeek!: DashboardPeriod;

  @Field(() => Int, { description: 'Orders awaiting validation.' })
  submittedOrderCount!: number;

  @Field(() => Int, { description: 'Store accesses awaiting approval.' })
  pendingApprovalCount!: number;

  @Field(() => Int, { description: 'Access requests awaiting a decision.' })
  registrationRequestCount!: number;

  @Field(() => Int, { description: 'Emails the provider refused for good.' })
  failedEmailCount!: number;

  @Field(() => [DashboardDay], { description: 'Every day of the period, oldest first (days without orders included).' })
  series!: DashboardDay[];

  @Field(() => [DashboardTopCustomer], { description: 'The 10 customers with the highest order value in the period.' })
  topCustomers!: DashboardTopCustomer[];

  @Field(() => [DashboardTopProduct], { description: 'The 10 products with the highest ordered value in the period.' })
  topProducts!: DashboardTopProduct[];
}

const DAY_MS = 86_400_000;
const COUNTED = `status not in ('CANCELLED', 'REJECTED')`;

const dayString = (d: Date) => d.toISOString().slice(0, 10);

function startOfUtcDay(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export async function hubDashboard(ctx: Ctx, days: number, now = new Date()): Promise<HubDashboard> {
  const today = startOfUtcDay(now);
  const monday = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * DAY_MS);
  const since = new Date(today.getTime() - (days - 1) * DAY_MS);
  const lastWeekStart = new Date(monday.getTime() - 7 * DAY_MS);
  const periods = [
    [today, now],
    [new Date(today.getTime() - DAY_MS), new Date(now.getTime() - DAY_MS)],
    [monday, now],
    [lastWeekStart, new Date(now.getTime() - 7 * DAY_MS)],
  ] as const;
  const em = ctx.em;
  // Every statement in one round, side by side on the pool (decision 0039; timings in decision 0055).
  const periodSums = periods.flatMap((_, i) => [
    `count(*) filter (where placed_at >= ? and placed_at < ?)::int as orders${i}`,
    `coalesce(sum(total) filter (where placed_at >= ? and placed_at < ?), 0)::numeric(16,2)::text as value${i}`,
  ]);
  const periodParams = periods.flatMap(([from, to]) => [from, to, from, to]);
  const [counts, perDay, customers, products, currency] = await Promise.all([
    // "Orders waiting for validation" counts through the partial index of SUBMITTED orders
    // (migration 20261206070000), not a scan of every order.
    bulkQuery<{ submitted: number; approvals: number; requests: number; failed: number }>(
      em,
      `select (select count(*) from customer_order where status = 'SUBMITTED')::int as submitted,
              (select count(*) from store_access where status = 'PENDING_APPROVAL')::int as approvals,
              (select count(*) from registration_request where status = 'PENDING')::int as requests,
              (select count(*) from outbox_email where status = 'FAILED')::int as failed`,
      [],
    ),
    // The chart's days and the four comparison periods from one pass over the covering index:
    // one row per day, and one row of totals (the empty grouping set) carrying the periods' sums.
    // The periods all start after `since` (last week's Monday is at most 13 days back).
    bulkQuery<Record<string, string | number | null> & { day: string | null; orders: number; value: string }>(
      em,
      `select to_char(date_trunc('day', placed_at at time zone 'UTC'), 'YYYY-MM-DD') as day, count(*)::int as orders, coalesce(sum(total), 0)::numeric(16,2)::text as value,
              ${periodSums.join(', ')}
         from customer_order where placed_at >= ? and placed_at < ? and ${COUNTED}
        group by grouping sets ((to_char(date_trunc('day', placed_at at time zone 'UTC'), 'YYYY-MM-DD')), ())`,
      [...periodParams, since, now],
    ),
    bulkQuery<{ id: string; name: string; customer_number: string; orders: number; value: string }>(
      em,
      `select c.id, c.name, c.customer_number, t.orders, t.value::numeric(16,2)::text as value
         from (select customer_id, count(*)::int as orders, sum(total) as value from customer_order
                where placed_at >= ? and placed_at < ? and ${COUNTED} group by customer_id order by sum(total) desc, customer_id limit 10) t
         join customer c on c.id = t.customer_id order by t.value desc, c.id`,
      [since, now],
    ),
    // Days already summed come from order_day_product (migration 20261205090000), the rest (today,
    // and days not yet rolled up) from the order lines; rows of deleted products count together.
    // The lines are read order by order through (order_id) (the lateral "offset 0" keeps it a
    // nested loop): the planner cannot see that the range after the roll-up is a day's orders, and
    // used to hash-join every order line of the table instead (decision 0055).
    bulkQuery<{ product_id: string | null; reference: string | null; name: string | null; quantity: number; value: string }>(
      em,
      `with r as (select least(coalesce(through, ?::date - 1), ?::date - 1) as through from dashboard_rollup where id = 1),
            t as (select s.product_id, s.quantity, s.value from order_day_product s, r where s.day >= ?::date and s.day <= r.through
                  union all
                  select l.product_id, l.quantity, l.line_total from r, customer_order o
                   cross join lateral (select product_id, quantity, line_total from order_line where order_id = o.id offset 0) l
                   where o.placed_at >= greatest(?::timestamptz, (r.through + 1)::timestamp at time zone 'UTC') and o.placed_at < ? and o.${COUNTED}),
            byproduct as (select product_id, sum(quantity) as quantity, sum(value) as value from t group by product_id)
       select p.id as product_id, p.reference, p.name, sum(b.quantity)::int as quantity, sum(b.value)::numeric(16,2)::text as value
         from byproduct b left join product p on p.id = b.product_id
        group by p.id order by sum(b.value) desc, p.id limit 10`,
      [dayString(since), dayString(today), dayString(since), since, now],
    ),
    bulkQuery<{ code: string }>(em, `select currency_code as code from customer_order order by placed_at desc limit 1`, []),
  ]);
  const code = currency[0]?.code ?? 'EUR';
  // Sums come from PostgreSQL as numeric(16,2) text: money stays decimal, never a float.
  const money = (v: string) => Money.of(v, code as CurrencyCode);
  const byDay = new Map(perDay.filter((r) => r.day !== null).map((r) => [r.day, r]));
  const [c] = counts;
  const totals = perDay.find((r) => r.day === null);
  const period = (i: number) => {
    const [from, to] = periods[i]!;
    return Object.assign(new DashboardPeriod(), { from, to, orderCount: Number(totals?.[`orders${i}`] ?? 0), value: money(String(totals?.[`value${i}`] ?? '0.00')) });
  };
  const series: DashboardDay[] = [];
  for (let t = since.getTime(); t <= today.getTime(); t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    const r = byDay.get(day);
    series.push(Object.assign(new DashboardDay(), { day, orderCount: r?.orders ?? 0, value: money(r?.value ?? '0.00') }));
  }
  return Object.assign(new HubDashboard(), {
    days,
    today: period(0),
    yesterday: period(1),
    week: period(2),
    previousWeek: period(3),
    submittedOrderCount: c?.submitted ?? 0,
    pendingApprovalCount: c?.approvals ?? 0,
    registrationRequestCount: c?.requests ?? 0,
    failedEmailCount: c?.failed ?? 0,
    series,
    topCustomers: customers.map((r) =>
      Object.assign(new DashboardTopCustomer(), { customerId: toGlobalId('Customer', r.id), name: r.name, customerNumber: r.customer_number, orderCount: r.orders, value: money(r.value) }),
    ),
    topProducts: products.map((r) =>
      Object.assign(new DashboardTopProduct(), { productId: r.product_id ? toGlobalId('Product', r.product_id) : null, reference: r.reference ?? '', name: r.name ?? '', quantity: r.quantity, value: money(r.value) }),
    ),
  });
}

@Resolver()
export class DashboardResolver {
  @Authorized('STAFF')
  @Query(() => HubDashboard, { description: 'The hub\'s dashboard (staff): today and this week against the period before, what waits, orders per day and the top customers and products over `days` days.' })
  hubDashboard(
    @Arg('days', () => Int, { defaultValue: 30, description: 'Days of the chart and the top lists: 30 or 90.' }) days: number,
    @Context() ctx: Ctx,
  ): Promise<HubDashboard> {
    if (days !== 30 && days !== 90) throw apiError(ctx.t, 'BAD_USER_INPUT');
    return hubDashboard(ctx, days);
  }
}
