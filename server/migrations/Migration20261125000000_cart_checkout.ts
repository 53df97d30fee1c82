import { Migration } from '@mikro-orm/migrations';

/** Checkout (O2): order kind, dates, delivery site, documents; ordering on behalf (V1): staff carts and placedByStaff. */
export class Migration20261125000000_cart_checkout extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "order_kind" as enum ('ORDER', 'QUOTE');`);
    this.addSql(`create table "order_document" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "customer_id" uuid not null, "order_id" uuid null, "uploaded_by_id" uuid null, "uploaded_by_staff_id" uuid null, "file_name" varchar(255) not null, "content_type" varchar(100) not null, "size" int not null, "data" bytea not null, constraint "order_document_pkey" primary key ("id"));`);
    this.addSql(`create index "order_document_customer_id_created_at_index" on "order_document" ("customer_id", "created_at");`);
    this.addSql(`create index "order_document_order_id_index" on "order_document" ("order_id");`);
    this.addSql(`alter table "order_document" add constraint "order_document_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "order_document" add constraint "order_document_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "order_document" add constraint "order_document_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "shop_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "order_document" add constraint "order_document_uploaded_by_staff_id_foreign" foreign key ("uploaded_by_staff_id") references "staff_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "customer_order" add column "kind" "order_kind" not null default 'ORDER', add column "order_date" date null, add column "requested_delivery_date" date null, add column "delivery_site_id" uuid null, add column "placed_by_staff_id" uuid null;`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_delivery_site_id_foreign" foreign key ("delivery_site_id") references "delivery_site" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_placed_by_staff_id_foreign" foreign key ("placed_by_staff_id") references "staff_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_placed_by_staff_id_idempotency_key_unique" unique ("placed_by_staff_id", "idempotency_key");`);

    this.addSql(`alter table "cart" add column "staff_user_id" uuid null;`);
    this.addSql(`alter table "cart" alter column "shop_user_id" drop not null;`);
    this.addSql(`alter table "cart" add constraint "cart_staff_user_id_foreign" foreign key ("staff_user_id") references "staff_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cart" add constraint "cart_staff_user_id_customer_id_unique" unique ("staff_user_id", "customer_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "order_document" cascade;`);
    this.addSql(`alter table "cart" drop constraint "cart_staff_user_id_customer_id_unique";`);
    this.addSql(`alter table "cart" drop constraint "cart_staff_user_id_foreign";`);
    this.addSql(`delete from "cart" where "shop_user_id" is null;`);
    this.addSql(`alter table "cart" drop column "staff_user_id";`);
    this.addSql(`alter table "cart" alter column "shop_user_id" set not null;`);
    this.addSql(`alter table "customer_order" drop constraint "customer_order_placed_by_staff_id_idempotency_key_unique";`);
    this.addSql(`alter table "customer_order" drop constraint "customer_order_delivery_site_id_foreign";`);
    this.addSql(`alter table "customer_order" drop constraint "customer_order_placed_by_staff_id_foreign";`);
    this.addSql(`alter table "customer_order" drop column "kind", drop column "order_date", drop column "requested_delivery_date", drop column "delivery_site_id", drop column "placed_by_staff_id";`);
    this.addSql(`drop type "order_kind";`);
  }
}
