import { Migration } from '@mikro-orm/migrations';

/**
 * The hub dashboard's "orders waiting for validation" (issue 17, H5; decision 0055) counted every
 * order's status (a scan of the whole table, 100,000 rows on the bench). A partial index on the
 * SUBMITTED orders alone answers the count from the index, and stays as small as the queue.
 */
export class Migration20261206070000_submitted_orders_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "customer_order_submitted_index" on "customer_order" ("placed_at") where "status" = 'SUBMITTED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "customer_order_submitted_index";`);
  }
}
