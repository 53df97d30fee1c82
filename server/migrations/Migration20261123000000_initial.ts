import { Migration } from '@mikro-orm/migrations';

export class Migration20261123000000_initial extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "email_status" as enum ('PENDING', 'SENT', 'STORED', 'FAILED');`);
    this.addSql(`create type "language" as enum ('en', 'fr', 'nl', 'de', 'pt', 'es');`);
    this.addSql(`create type "staff_role" as enum ('ADMIN', 'SALES');`);
    this.addSql(`create type "customer_status" as enum ('ACTIVE', 'EXCLUDED', 'ARCHIVED');`);
    this.addSql(`create type "order_status" as enum ('SUBMITTED', 'VALIDATED', 'REJECTED', 'SHIPPED', 'DELIVERED', 'CANCELLED');`);
    this.addSql(`create type "store_access_status" as enum ('NONE', 'PENDING_APPROVAL', 'ACTIVE', 'BLOCKED');`);
    this.addSql(`create table "auth_session" ("id" varchar(64) not null, "realm" varchar(8) not null, "user_id" uuid not null, "expires_at" timestamptz not null, "acting_customer_id" uuid null, "created_at" timestamptz not null default now(), constraint "auth_session_pkey" primary key ("id"));`);
    this.addSql(`create index "auth_session_user_id_index" on "auth_session" ("user_id");`);

    this.addSql(`create table "brand" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(120) not null, constraint "brand_pkey" primary key ("id"));`);
    this.addSql(`alter table "brand" add constraint "brand_name_unique" unique ("name");`);

    this.addSql(`create table "outbox_email" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "to_address" varchar(254) not null, "template" varchar(60) not null, "language" varchar(5) not null, "props" jsonb not null, "status" "email_status" not null default 'PENDING', "subject" text null, "html" text null, "text" text null, "attempts" int not null default 0, "last_error" text null, "provider_message_id" varchar(100) null, "processed_at" timestamptz null, constraint "outbox_email_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_email_status_index" on "outbox_email" ("status");`);
    this.addSql(`create index "outbox_email_created_at_id_index" on "outbox_email" ("created_at", "id");`);

    this.addSql(`create table "price_level" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(40) not null, "name" varchar(120) not null, "currency_code" varchar(3) not null default 'EUR', "is_default" boolean not null default false, constraint "price_level_pkey" primary key ("id"));`);
    this.addSql(`alter table "price_level" add constraint "price_level_code_unique" unique ("code");`);

    this.addSql(`create table "season" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(120) not null, constraint "season_pkey" primary key ("id"));`);
    this.addSql(`alter table "season" add constraint "season_name_unique" unique ("name");`);

    this.addSql(`create table "product" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "reference" varchar(64) not null, "barcode" varchar(14) null, "name" varchar(300) not null, "description" text null, "brand_id" uuid null, "season_id" uuid null, "unit" varchar(20) not null default 'piece', "pack_size" int not null default 1, "active" boolean not null default true, constraint "product_pkey" primary key ("id"));`);
    this.addSql(`alter table "product" add constraint "product_reference_unique" unique ("reference");`);
    this.addSql(`alter table "product" add constraint "product_barcode_unique" unique ("barcode");`);
    this.addSql(`create index "product_name_id_index" on "product" ("name", "id");`);

    this.addSql(`create table "product_price" ("price_level_id" uuid not null, "product_id" uuid not null, "amount" numeric(12,4) not null, constraint "product_price_pkey" primary key ("price_level_id", "product_id"));`);

    this.addSql(`create table "shop_user" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "email" varchar(254) not null, "language" "language" not null default 'en', "password_hash" text not null, "must_change_password" boolean not null default true, "last_sign_in_at" timestamptz null, constraint "shop_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "shop_user" add constraint "shop_user_email_unique" unique ("email");`);

    this.addSql(`create table "sign_in_failure" ("id" bigserial primary key, "account_key" varchar(300) not null, "client_key" varchar(100) not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "sign_in_failure_client_key_created_at_index" on "sign_in_failure" ("client_key", "created_at");`);
    this.addSql(`create index "sign_in_failure_account_key_created_at_index" on "sign_in_failure" ("account_key", "created_at");`);

    this.addSql(`create table "staff_user" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "email" varchar(254) not null, "name" varchar(200) not null, "role" "staff_role" not null default 'SALES', "language" "language" not null default 'en', "active" boolean not null default true, "password_hash" text not null, "last_sign_in_at" timestamptz null, constraint "staff_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "staff_user" add constraint "staff_user_email_unique" unique ("email");`);

    this.addSql(`create table "storage_location" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(40) not null, "name" varchar(120) not null, "default_shipping_cost" numeric(12,2) not null default '0.00', "is_default" boolean not null default false, constraint "storage_location_pkey" primary key ("id"));`);
    this.addSql(`alter table "storage_location" add constraint "storage_location_code_unique" unique ("code");`);

    this.addSql(`create table "stock_level" ("location_id" uuid not null, "product_id" uuid not null, "quantity" int not null, constraint "stock_level_pkey" primary key ("location_id", "product_id"));`);

    this.addSql(`create table "customer" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(200) not null, "customer_number" varchar(50) not null, "document_language" "language" not null default 'en', "price_level_id" uuid null, "storage_location_id" uuid null, "status" "customer_status" not null default 'ACTIVE', "exclusion_reason" text null, "private_message" text null, constraint "customer_pkey" primary key ("id"));`);
    this.addSql(`alter table "customer" add constraint "customer_customer_number_unique" unique ("customer_number");`);
    this.addSql(`create index "customer_name_id_index" on "customer" ("name", "id");`);

    this.addSql(`create table "customer_order" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "number" varchar(20) not null, "customer_id" uuid not null, "placed_by_id" uuid null, "storage_location_id" uuid null, "idempotency_key" varchar(100) not null, "status" "order_status" not null default 'SUBMITTED', "currency_code" varchar(3) not null, "subtotal" numeric(14,2) not null, "shipping_cost" numeric(12,2) not null, "total" numeric(14,2) not null, "purchase_order_reference" varchar(100) null, "notes" text null, "placed_at" timestamptz not null, "line_count" int not null, constraint "customer_order_pkey" primary key ("id"));`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_number_unique" unique ("number");`);
    this.addSql(`create index "customer_order_placed_at_id_index" on "customer_order" ("placed_at", "id");`);
    this.addSql(`create index "customer_order_customer_id_placed_at_index" on "customer_order" ("customer_id", "placed_at");`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_placed_by_id_idempotency_key_unique" unique ("placed_by_id", "idempotency_key");`);

    this.addSql(`create table "order_line" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "order_id" uuid not null, "product_id" uuid null, "position" int not null, "reference" varchar(64) not null, "name" varchar(300) not null, "quantity" int not null, "unit_price" numeric(12,4) not null, "line_total" numeric(14,2) not null, constraint "order_line_pkey" primary key ("id"));`);

    this.addSql(`create table "contact" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "customer_id" uuid not null, "name" varchar(200) null, "email" varchar(254) null, "phone" varchar(50) null, "position" smallint not null default 0, constraint "contact_pkey" primary key ("id"));`);
    this.addSql(`create index "contact_email_index" on "contact" ("email");`);

    this.addSql(`create table "cart" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_user_id" uuid not null, "customer_id" uuid not null, constraint "cart_pkey" primary key ("id"));`);
    this.addSql(`alter table "cart" add constraint "cart_shop_user_id_customer_id_unique" unique ("shop_user_id", "customer_id");`);

    this.addSql(`create table "cart_line" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "cart_id" uuid not null, "product_id" uuid not null, "quantity" int not null, constraint "cart_line_pkey" primary key ("id"));`);
    this.addSql(`alter table "cart_line" add constraint "cart_line_cart_id_product_id_unique" unique ("cart_id", "product_id");`);

    this.addSql(`create table "store_access" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "customer_id" uuid not null, "shop_user_id" uuid not null, "email" varchar(254) not null, "status" "store_access_status" not null default 'ACTIVE', "granted_by_id" uuid null, "last_access_at" timestamptz null, constraint "store_access_pkey" primary key ("id"));`);
    this.addSql(`alter table "store_access" add constraint "store_access_customer_id_email_unique" unique ("customer_id", "email");`);

    this.addSql(`create table "store_settings" ("id" smallint not null default 1, "store_name" varchar(200) not null default 'Comptoir', "currency_code" varchar(3) not null default 'EUR', "auto_approve_buyers" boolean not null default true, "show_stock" boolean not null default true, "reuse_previous_shipping_cost" boolean not null default false, constraint "store_settings_pkey" primary key ("id"));`);

    this.addSql(`create table "tag" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(120) not null, constraint "tag_pkey" primary key ("id"));`);
    this.addSql(`alter table "tag" add constraint "tag_name_unique" unique ("name");`);

    this.addSql(`create table "product_tag" ("product_id" uuid not null, "tag_id" uuid not null, constraint "product_tag_pkey" primary key ("product_id", "tag_id"));`);

    this.addSql(`alter table "product" add constraint "product_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "product" add constraint "product_season_id_foreign" foreign key ("season_id") references "season" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "product_price" add constraint "product_price_price_level_id_foreign" foreign key ("price_level_id") references "price_level" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "product_price" add constraint "product_price_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "stock_level" add constraint "stock_level_location_id_foreign" foreign key ("location_id") references "storage_location" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "stock_level" add constraint "stock_level_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "customer" add constraint "customer_price_level_id_foreign" foreign key ("price_level_id") references "price_level" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "customer" add constraint "customer_storage_location_id_foreign" foreign key ("storage_location_id") references "storage_location" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "customer_order" add constraint "customer_order_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade;`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_placed_by_id_foreign" foreign key ("placed_by_id") references "shop_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "customer_order" add constraint "customer_order_storage_location_id_foreign" foreign key ("storage_location_id") references "storage_location" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "order_line" add constraint "order_line_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "order_line" add constraint "order_line_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "contact" add constraint "contact_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cart" add constraint "cart_shop_user_id_foreign" foreign key ("shop_user_id") references "shop_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cart" add constraint "cart_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "cart_line" add constraint "cart_line_cart_id_foreign" foreign key ("cart_id") references "cart" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "cart_line" add constraint "cart_line_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "store_access" add constraint "store_access_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "store_access" add constraint "store_access_shop_user_id_foreign" foreign key ("shop_user_id") references "shop_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "store_access" add constraint "store_access_granted_by_id_foreign" foreign key ("granted_by_id") references "staff_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "product_tag" add constraint "product_tag_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "product_tag" add constraint "product_tag_tag_id_foreign" foreign key ("tag_id") references "tag" ("id") on update cascade on delete cascade;`);

    // Hand-added: indexes on foreign keys that lists and joins use, the order number sequence,
    // and the single settings row.
    this.addSql(`create index "contact_customer_id_index" on "contact" ("customer_id", "position");`);
    this.addSql(`create index "store_access_shop_user_id_index" on "store_access" ("shop_user_id");`);
    this.addSql(`create index "cart_line_cart_id_index" on "cart_line" ("cart_id");`);
    this.addSql(`create index "order_line_order_id_index" on "order_line" ("order_id", "position");`);
    this.addSql(`create index "product_brand_id_index" on "product" ("brand_id");`);
    this.addSql(`create index "product_season_id_index" on "product" ("season_id");`);
    this.addSql(`create index "product_tag_tag_id_index" on "product_tag" ("tag_id");`);
    this.addSql(`create index "product_price_product_id_index" on "product_price" ("product_id");`);
    this.addSql(`create index "stock_level_product_id_index" on "stock_level" ("product_id");`);
    this.addSql(`create sequence "order_number_seq" start 1001;`);
    this.addSql(`insert into "store_settings" ("id") values (1);`);
  }

}
