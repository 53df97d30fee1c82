import { Migration } from '@mikro-orm/migrations';

/**
 * Negotiated quotes (issue 19 B3, decision 60): a quote requested from the cart, its lines with the
 * price frozen at the request and the price proposed, and its history (the comment thread and
 * every step). EXPIRED is not stored: a SENT quote past its expiry date is expired (decision 60).
 */
export class Migration20261207040000_quotes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "quote_status" as enum ('REQUESTED', 'SENT', 'ACCEPTED', 'DECLINED');`);
    this.addSql(`create type "quote_event_kind" as enum ('REQUESTED', 'UPDATED', 'SENT', 'ACCEPTED', 'DECLINED', 'COMMENTED');`);
    this.addSql(`create sequence if not exists "quote_number_seq";`);
    this.addSql(
      `create table "quote" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "number" varchar(20) not null, "customer_id" uuid not null, "requested_by_id" uuid null, "requested_by_staff_id" uuid null, "status" "quote_status" not null default 'REQUESTED', "currency_code" varchar(3) not null, "buyer_message" text null, "staff_message" text null, "expires_on" date null, "sent_at" timestamptz null, "answered_at" timestamptz null, "order_id" uuid null,
        constraint "quote_pkey" primary key ("id"), constraint "quote_number_unique" unique ("number"),
        constraint "quote_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade,
        constraint "quote_requested_by_id_foreign" foreign key ("requested_by_id") references "shop_user" ("id") on update cascade on delete set null,
        constraint "quote_requested_by_staff_id_foreign" foreign key ("requested_by_staff_id") references "staff_user" ("id") on update cascade on delete set null,
        constraint "quote_order_id_foreign" foreign key ("order_id") references "customer_order" ("id") on update cascade on delete set null);`,
    );
    this.addSql(`create index "quote_customer_created_index" on "quote" ("customer_id", "created_at", "id");`);
    this.addSql(`create index "quote_created_index" on "quote" ("created_at", "id");`);
    this.addSql(`create index "quote_requested_index" on "quote" ("created_at") where "status" = 'REQUESTED';`);
    this.addSql(
      `create table "quote_line" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "quote_id" uuid not null, "product_id" uuid null, "position" int not null, "reference" varchar(64) not null, "name" varchar(300) not null, "quantity" int not null, "list_price" numeric(12,4) not null, "unit_price" numeric(12,4) not null,
        constraint "quote_line_pkey" primary key ("id"),
        constraint "quote_line_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete cascade,
        constraint "quote_line_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete set null);`,
    );
    this.addSql(`create index "quote_line_quote_position_index" on "quote_line" ("quote_id", "position");`);
    this.addSql(
      `create table "quote_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "quote_id" uuid not null, "kind" "quote_event_kind" not null, "author_name" varchar(200) null, "from_staff" boolean not null default false, "message" text null, "total" numeric(14,2) null,
        constraint "quote_event_pkey" primary key ("id"),
        constraint "quote_event_quote_id_foreign" foreign key ("quote_id") references "quote" ("id") on update cascade on delete cascade);`,
    );
    this.addSql(`create index "quote_event_quote_created_index" on "quote_event" ("quote_id", "created_at", "id");`);
    for (const action of ['QUOTE_UPDATED', 'QUOTE_SENT', 'QUOTE_ACCEPTED', 'QUOTE_DECLINED', 'QUOTE_COMMENTED']) {
      this.addSql(`alter type "audit_action" add value if not exists '${action}';`);
    }
    this.addSql(`alter type "notification_kind" add value if not exists 'QUOTE_REQUESTS';`);
    this.addSql(`alter type "activity_kind" add value if not exists 'QUOTE_REQUESTED';`);
    this.addSql(`alter type "activity_kind" add value if not exists 'QUOTE_ACCEPTED';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "quote_event";`);
    this.addSql(`drop table if exists "quote_line";`);
    this.addSql(`drop table if exists "quote";`);
    this.addSql(`drop sequence if exists "quote_number_seq";`);
    this.addSql(`drop type if exists "quote_event_kind";`);
    this.addSql(`drop type if exists "quote_status";`);
  }
}
