import { Migration } from '@mikro-orm/migrations';

/** Quantity rules per product (issue 19, B2; decision 0049): minimum, maximum and order increment (null: the pack size). */
export class Migration20261206010000_quantity_rules extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "product" add column "min_quantity" int null, add column "max_quantity" int null, add column "order_increment" int null;`);
    this.addSql(`alter table "product" add constraint "product_quantity_rules_check" check (
      (min_quantity is null or min_quantity >= 1) and (max_quantity is null or max_quantity >= 1) and (order_increment is null or order_increment >= 1)
      and (max_quantity is null or min_quantity is null or max_quantity >= min_quantity));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "product" drop constraint "product_quantity_rules_check", drop column "min_quantity", drop column "max_quantity", drop column "order_increment";`);
  }
}
