import { Migration } from '@mikro-orm/migrations';

// Order timeline events (O4/O5), customer activity (V2) and per-staff bell read marks (N2).
export class Migration20261125100000_order_workflow_activity extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "notification_kind" as enum ('NEW_ORDERS', 'PENDING_APPROVALS', 'REGISTRATION_REQUESTS');`);
    this.addSql(`create type "order_event_kind" as enum ('PLACED', 'VALIDATED', 'REJECTED', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'SHIPPING_COST_CHANGED');`);
    this.addSql(`create type "activity_kind" as enum ('SIGN_IN', 'SEARCH', 'PRODUCT_VIEW', 'CART_CHANGE', 'ORDER_PLACED');`);
    this.addSql(`create table "staff_notification_read" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "staff_id" uuid not null, "kind" "notification_kind" not null, "last_seen_at" timestamptz not null, constraint "staff_notification_read_pkey" primary key ("id"));`);
    this.addSql(`alter table "staff_notification_read" add constraint "staff_notification_read_staff_id_kind_unique" unique ("staff_id", "kind");`);

    this.addSql(`create table "order_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "order_id" uuid not null, "kind" "order_event_kind" not null, "from_status" "order_status" null, "to_status" "order_status" null, "reason" text null, "previous_shipping_cost" numeric(12,2) null, "shipping_cost" numeric(12,2) null, "staff_id" uuid null, "shop_user_id" uuid null, "api_token_id" uuid null, constraint "order_event_pkey" primary key ("id"));`);
    this.addSql(`create index "order_event_order_id_created_at_index" on "order_event" ("order_id", "created_at");`);

    this.addSql(`create table "customer_activity" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "customer_id" uuid not null, "shop_user_id" uuid null, "kind" "activity_kind" not null, "detail" varchar(300) null, constraint "customer_activity_pkey" primary key ("id"));`);
    this.addSql(`create index "customer_activity_customer_id_created_at_id_index" on "customer_activity" ("customer_id", "created_at", "id");`);

    this.addSql(`alter table "staff_notification_read" add constraint "staff_notification_read_staff_id_foreign" foreign key ("staff_id") references "staff_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "order_event" add constraint "order_event_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "order_event" add constraint "order_event_staff_id_foreign" foreign key ("staff_id") references "staff_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "order_event" add constraint "order_event_shop_user_id_foreign" foreign key ("shop_user_id") references "shop_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "order_event" add constraint "order_event_api_token_id_foreign" foreign key ("api_token_id") references "api_token" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "customer_activity" add constraint "customer_activity_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "customer_activity" add constraint "customer_activity_shop_user_id_foreign" foreign key ("shop_user_id") references "shop_user" ("id") on update cascade on delete set null;`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "staff_notification_read" cascade;`);

    this.addSql(`drop table if exists "order_event" cascade;`);

    this.addSql(`drop table if exists "customer_activity" cascade;`);

    this.addSql(`drop type "notification_kind";`);
    this.addSql(`drop type "order_event_kind";`);
    this.addSql(`drop type "activity_kind";`);
  }

}
