import { Migration } from '@mikro-orm/migrations';

/** Webhook endpoints and their delivery outbox (issue 14, E4; decision 34). */
export class Migration20261204020000_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "webhook_endpoint" (
      "id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "url" varchar(2000) not null, "description" varchar(200) not null default '', "events" text[] not null,
      "secret" varchar(100) not null, "active" boolean not null default true,
      "failing_since" timestamptz null, "auto_disabled_at" timestamptz null,
      constraint "webhook_endpoint_pkey" primary key ("id"));`);
    this.addSql(`create type "webhook_delivery_status" as enum ('PENDING', 'DELIVERED', 'FAILED');`);
    this.addSql(`create table "webhook_delivery" (
      "id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
      "endpoint_id" uuid not null, "webhook_id" varchar(60) not null, "event_type" varchar(60) not null, "payload" text not null,
      "status" "webhook_delivery_status" not null default 'PENDING', "attempts" int not null default 0,
      "response_status" int null, "duration_ms" int null, "last_error" text null,
      "next_attempt_at" timestamptz null, "retrying_since" timestamptz null, "locked_until" timestamptz null, "delivered_at" timestamptz null,
      constraint "webhook_delivery_pkey" primary key ("id"));`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "webhook_delivery_endpoint_id_created_at_id_index" on "webhook_delivery" ("endpoint_id", "created_at", "id");`);
    this.addSql(`create index "webhook_delivery_status_index" on "webhook_delivery" ("status");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "webhook_delivery";`);
    this.addSql(`drop type if exists "webhook_delivery_status";`);
    this.addSql(`drop table if exists "webhook_endpoint";`);
  }
}
