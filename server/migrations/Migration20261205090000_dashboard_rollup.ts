import { Migration } from '@mikro-orm/migrations';

/**
 * The hub dashboard's top products (issue 17, H5; decision 39) read a per-day summary for the days
 * that are over instead of joining every order line of 90 days at request time.
 *
 * - `order_day_product`: per UTC day and product, the units and value of the counted orders'
 *   lines (cancelled and rejected orders left out). A deleted product keeps its id here; the
 *   dashboard counts such rows together, as it counts lines whose product was deleted.
 * - `dashboard_rollup.through`: the last day summed. `dashboard_roll_up()` adds the days that ended
 *   more than 10 minutes ago (no placing transaction is still open on them), under a row lock.
 *   Placing writes nothing here (no hot row per product and day); today and the days not yet summed
 *   are read from the order lines, which is a few hundred orders.
 * - A status change of an order of a summed day moves its lines in or out (in the change's own
 *   transaction, under a share lock on the same row, so a roll-up never misses nor doubles it).
 */
export class Migration20261205090000_dashboard_rollup extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "order_day_product" ("day" date not null, "product_id" uuid null, "quantity" bigint not null, "value" numeric(16,2) not null, constraint "order_day_product_day_product_unique" unique nulls not distinct ("day", "product_id"));`);
    // The dashboard sums a range of days: read from the index alone.
    this.addSql(`create index "order_day_product_day_index" on "order_day_product" ("day") include ("product_id", "quantity", "value");`);
    this.addSql(`create table "dashboard_rollup" ("id" smallint not null default 1, "through" date null, constraint "dashboard_rollup_pkey" primary key ("id"), constraint "dashboard_rollup_one_row" check ("id" = 1));`);
    this.addSql(`insert into "dashboard_rollup" ("id", "through") values (1, null);`);
    this.addSql(`
      create function dashboard_roll_up() returns date language plpgsql as $$
      declare
        last_day date := ((now() - interval '10 minutes') at time zone 'UTC')::date - 1;
        done date;
      begin
        select through into done from dashboard_rollup where id = 1 for update;
        if done is not null and done >= last_day then
          return done;
        end if;
        insert into order_day_product (day, product_id, quantity, value)
          select (o.placed_at at time zone 'UTC')::date, l.product_id, sum(l.quantity), sum(l.line_total)
            from customer_order o join order_line l on l.order_id = o.id
           where o.status not in ('CANCELLED', 'REJECTED')
             and o.placed_at < ((last_day + 1)::timestamp at time zone 'UTC')
             and (done is null or o.placed_at >= ((done + 1)::timestamp at time zone 'UTC'))
           group by 1, 2;
        update dashboard_rollup set through = last_day where id = 1;
        return last_day;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function dashboard_roll_up();`);
    this.addSql(`drop table "dashboard_rollup";`);
    this.addSql(`drop table "order_day_product";`);
  }
}
