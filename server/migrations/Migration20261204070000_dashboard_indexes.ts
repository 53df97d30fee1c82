import { Migration } from '@mikro-orm/migrations';

/**
 * The hub dashboard (issue 17, H5; decision 39) aggregates orders by day, customer and product over
 * 30 or 90 days: covering indexes let those sums read only the index (no heap visit per order/line).
 */
export class Migration20261204070000_dashboard_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "customer_order_dashboard_index" on "customer_order" ("placed_at") include ("total", "customer_id", "status");`);
    this.addSql(`create index "order_line_dashboard_index" on "order_line" ("order_id") include ("product_id", "quantity", "line_total");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "order_line_dashboard_index";`);
    this.addSql(`drop index "customer_order_dashboard_index";`);
  }
}
