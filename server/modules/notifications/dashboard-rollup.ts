import type { EntityManager } from '@mikro-orm/postgresql';
import { subscribe, type EventCtx } from '../../common/events.js';
import type { AppServices } from '../../common/services.js';
import { OrderStatus, OrderStatusChangedEvent } from '../ordering/index.js';

// The dashboard's per-day product summary (issue 17 H5; decision 39; migration 20261205090000):
// days that are over are summed once by `dashboard_roll_up()`, run where jobs run (at start and
// every hour); a status change of an order of a summed day moves its lines in or out.

const NOT_COUNTED = new Set<OrderStatus>([OrderStatus.CANCELLED, OrderStatus.REJECTED]);

/** Sums the days that ended since the last roll-up; answers the last day summed. */
export async function rollUpDashboard(em: EntityManager): Promise<string | null> {
  const [row] = await em.execute<{ through: string | null }[]>(`select dashboard_roll_up()::text as through`);
  return row?.through ?? null;
}

async function statusChanged(ctx: EventCtx, e: OrderStatusChangedEvent): Promise<void> {
  const counted = (s: OrderStatus) => !NOT_COUNTED.has(s);
  if (counted(e.from) === counted(e.to)) return;
  const sign = counted(e.to) ? 1 : -1;
  // The share lock waits for a roll-up in progress and holds the next one until this commits, so
  // the order is either summed by the roll-up (its day was not yet summed) or moved here, never both.
  await ctx.em.execute(
    `with r as (select through from dashboard_rollup where id = 1 for share)
     insert into order_day_product as s (day, product_id, quantity, value)
       select (o.placed_at at time zone 'UTC')::date, l.product_id, ? * sum(l.quantity), ? * sum(l.line_total)
         from customer_order o join order_line l on l.order_id = o.id, r
        where o.id = ? and r.through is not null and (o.placed_at at time zone 'UTC')::date <= r.through
        group by 1, 2
     on conflict (day, product_id) do update set quantity = s.quantity + excluded.quantity, value = s.value + excluded.value`,
    [sign, sign, e.order.id],
  );
}

export function registerDashboardHandlers(): void {
  subscribe(OrderStatusChangedEvent, statusChanged);
}

export function registerDashboardJobs(app: AppServices): void {
  app.jobs.every('roll up the dashboard', 3600, () => rollUpDashboard(app.orm.em.fork()));
}
