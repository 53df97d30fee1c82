import { Migration } from '@mikro-orm/migrations';

/**
 * VAT (issue 15, D1; decision 35): tax rates, a product's rate, a customer's exemption, the store's
 * VAT settings, and the VAT frozen on orders when placed. Orders placed before keep their totals
 * and `tax_computed = false` ("VAT not computed").
 */
export class Migration20261204030000_tax extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "tax_rate" (
      "id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "name" varchar(60) not null, "percentage" numeric(7,4) not null, "is_default" boolean not null default false,
      constraint "tax_rate_pkey" primary key ("id"),
      constraint "tax_rate_percentage_check" check ("percentage" >= 0 and "percentage" < 100));`);
    this.addSql(`create unique index "tax_rate_name_unique" on "tax_rate" (lower("name"));`);
    this.addSql(`create unique index "tax_rate_one_default" on "tax_rate" ("is_default") where "is_default";`);
    this.addSql(`alter table "product" add column "tax_rate_id" uuid null references "tax_rate" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "product_tax_rate_id_index" on "product" ("tax_rate_id");`);

    this.addSql(`alter table "customer" add column "vat_number" varchar(30) null, add column "tax_exemption" varchar(20) null, add column "tax_exemption_mention" varchar(500) null;`);

    this.addSql(`alter table "store_settings" add column "prices_include_tax" boolean not null default false, add column "tax_rounding" varchar(10) not null default 'PER_LINE',
      add column "shipping_tax_rate_id" uuid null references "tax_rate" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "customer_order" add column "tax_computed" boolean not null default false, add column "prices_include_tax" boolean null,
      add column "tax_rounding" varchar(10) null, add column "total_excluding_tax" numeric(14,2) null, add column "tax_total" numeric(14,2) null,
      add column "tax_lines" jsonb null, add column "shipping_tax_rate_name" varchar(60) null, add column "shipping_tax_percentage" numeric(7,4) null,
      add column "tax_exemption" varchar(20) null, add column "tax_exemption_mention" varchar(500) null, add column "customer_vat_number" varchar(30) null;`);
    this.addSql(`alter table "order_line" add column "tax_rate_name" varchar(60) null, add column "tax_percentage" numeric(7,4) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "order_line" drop column "tax_rate_name", drop column "tax_percentage";`);
    this.addSql(`alter table "customer_order" drop column "tax_computed", drop column "prices_include_tax", drop column "tax_rounding", drop column "total_excluding_tax",
      drop column "tax_total", drop column "tax_lines", drop column "shipping_tax_rate_name", drop column "shipping_tax_percentage", drop column "tax_exemption",
      drop column "tax_exemption_mention", drop column "customer_vat_number";`);
    this.addSql(`alter table "store_settings" drop column "prices_include_tax", drop column "tax_rounding", drop column "shipping_tax_rate_id";`);
    this.addSql(`alter table "customer" drop column "vat_number", drop column "tax_exemption", drop column "tax_exemption_mention";`);
    this.addSql(`alter table "product" drop column "tax_rate_id";`);
    this.addSql(`drop table "tax_rate";`);
  }
}
