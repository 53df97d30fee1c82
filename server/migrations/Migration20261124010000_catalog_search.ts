import { Migration } from '@mikro-orm/migrations';

/** Typo-tolerant search on product names and references: trigram indexes (pg_trgm). */
export class Migration20261124010000_catalog_search extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create index if not exists "product_name_trgm_index" on "product" using gin ("name" gin_trgm_ops);`);
    this.addSql(`create index if not exists "product_reference_trgm_index" on "product" using gin ("reference" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "product_reference_trgm_index";`);
    this.addSql(`drop index if exists "product_name_trgm_index";`);
  }
}
