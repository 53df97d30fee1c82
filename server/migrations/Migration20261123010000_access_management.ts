import { Migration } from '@mikro-orm/migrations';

export class Migration20261123010000_access_management extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "registration_status" as enum ('PENDING', 'APPROVED', 'REFUSED');`);
    this.addSql(`create type "task_status" as enum ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');`);
    this.addSql(`create table "manufacturer" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(120) not null, constraint "manufacturer_pkey" primary key ("id"));`);
    this.addSql(`alter table "manufacturer" add constraint "manufacturer_name_unique" unique ("name");`);

    this.addSql(`create table "password_reset" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "shop_user_id" uuid not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "password_reset_pkey" primary key ("id"));`);
    this.addSql(`alter table "password_reset" add constraint "password_reset_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "api_token" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(120) not null, "token_hash" varchar(64) not null, "prefix" varchar(12) not null, "scopes" text[] not null, "created_by_id" uuid null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "registration_request" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "company_name" varchar(200) not null, "contact_name" varchar(200) not null, "email" varchar(254) not null, "phone" varchar(50) null, "address" text null, "vat_number" varchar(30) null, "message" text null, "language" "language" not null default 'en', "status" "registration_status" not null default 'PENDING', "refusal_reason" text null, "customer_id" uuid null, "decided_by_id" uuid null, "decided_at" timestamptz null, "client_key" varchar(100) not null, constraint "registration_request_pkey" primary key ("id"));`);
    this.addSql(`create index "registration_request_status_created_at_index" on "registration_request" ("status", "created_at");`);

    this.addSql(`create table "delivery_site" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "customer_id" uuid not null, "name" varchar(120) not null, "street" varchar(200) not null, "postal_code" varchar(20) not null, "city" varchar(100) not null, "country" varchar(2) not null, "position" smallint not null default 0, constraint "delivery_site_pkey" primary key ("id"));`);
    this.addSql(`create index "delivery_site_customer_id_position_index" on "delivery_site" ("customer_id", "position");`);

    this.addSql(`create table "customer_visible_season" ("customer_id" uuid not null, "season_id" uuid not null, constraint "customer_visible_season_pkey" primary key ("customer_id", "season_id"));`);

    this.addSql(`create table "customer_visible_manufacturer" ("customer_id" uuid not null, "manufacturer_id" uuid not null, constraint "customer_visible_manufacturer_pkey" primary key ("customer_id", "manufacturer_id"));`);

    this.addSql(`create table "customer_visible_brand" ("customer_id" uuid not null, "brand_id" uuid not null, constraint "customer_visible_brand_pkey" primary key ("customer_id", "brand_id"));`);

    this.addSql(`create table "customer_visible_tag" ("customer_id" uuid not null, "tag_id" uuid not null, constraint "customer_visible_tag_pkey" primary key ("customer_id", "tag_id"));`);

    this.addSql(`create table "task" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "kind" varchar(40) not null, "idempotency_key" varchar(100) not null, "status" "task_status" not null default 'QUEUED', "total" int not null default 0, "processed" int not null default 0, "succeeded" int not null default 0, "input" jsonb not null, "skipped" jsonb not null, "error" text null, "created_by_id" uuid null, "finished_at" timestamptz null, constraint "task_pkey" primary key ("id"));`);
    this.addSql(`create index "task_created_at_id_index" on "task" ("created_at", "id");`);
    this.addSql(`alter table "task" add constraint "task_kind_idempotency_key_unique" unique ("kind", "idempotency_key");`);

    this.addSql(`alter table "password_reset" add constraint "password_reset_shop_user_id_foreign" foreign key ("shop_user_id") references "shop_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "api_token" add constraint "api_token_created_by_id_foreign" foreign key ("created_by_id") references "staff_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "registration_request" add constraint "registration_request_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "registration_request" add constraint "registration_request_decided_by_id_foreign" foreign key ("decided_by_id") references "staff_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "delivery_site" add constraint "delivery_site_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "customer_visible_season" add constraint "customer_visible_season_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "customer_visible_season" add constraint "customer_visible_season_season_id_foreign" foreign key ("season_id") references "season" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "customer_visible_manufacturer" add constraint "customer_visible_manufacturer_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "customer_visible_manufacturer" add constraint "customer_visible_manufacturer_manufacturer_id_foreign" foreign key ("manufacturer_id") references "manufacturer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "customer_visible_brand" add constraint "customer_visible_brand_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "customer_visible_brand" add constraint "customer_visible_brand_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "customer_visible_tag" add constraint "customer_visible_tag_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "customer_visible_tag" add constraint "customer_visible_tag_tag_id_foreign" foreign key ("tag_id") references "tag" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "task" add constraint "task_created_by_id_foreign" foreign key ("created_by_id") references "staff_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "product" add column "manufacturer_id" uuid null;`);
    this.addSql(`alter table "product" add constraint "product_manufacturer_id_foreign" foreign key ("manufacturer_id") references "manufacturer" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "product_manufacturer_id_index" on "product" ("manufacturer_id");`);


    this.addSql(`alter table "store_settings" add column "self_registration_enabled" boolean not null default false, add column "show_access_request_button" boolean not null default false;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "product" drop constraint "product_manufacturer_id_foreign";`);

    this.addSql(`alter table "customer_visible_manufacturer" drop constraint "customer_visible_manufacturer_manufacturer_id_foreign";`);

    this.addSql(`drop table if exists "manufacturer" cascade;`);

    this.addSql(`drop table if exists "password_reset" cascade;`);

    this.addSql(`drop table if exists "api_token" cascade;`);

    this.addSql(`drop table if exists "registration_request" cascade;`);

    this.addSql(`drop table if exists "delivery_site" cascade;`);

    this.addSql(`drop table if exists "customer_visible_season" cascade;`);

    this.addSql(`drop table if exists "customer_visible_manufacturer" cascade;`);

    this.addSql(`drop table if exists "customer_visible_brand" cascade;`);

    this.addSql(`drop table if exists "customer_visible_tag" cascade;`);

    this.addSql(`drop table if exists "task" cascade;`);

    this.addSql(`drop index "product_manufacturer_id_index";`);
    this.addSql(`alter table "product" drop column "manufacturer_id";`);



    this.addSql(`alter table "store_settings" drop column "self_registration_enabled", drop column "show_access_request_button";`);

    this.addSql(`drop type "registration_status";`);
    this.addSql(`drop type "task_status";`);
  }

}
