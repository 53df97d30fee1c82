import { Migration } from '@mikro-orm/migrations';

/**
 * Order lists (issue 19 B1, decision 51): a customer's named lists shared by its users, and lists
 * staff publish to chosen customers (customer_id null, targets in order_list_customer).
 */
export class Migration20261206030000_order_lists extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "order_list" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "name" varchar(100) not null, "customer_id" uuid null, "created_by_shop_user_id" uuid null, "created_by_staff_id" uuid null, constraint "order_list_pkey" primary key ("id"),
        constraint "order_list_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade,
        constraint "order_list_created_by_shop_user_id_foreign" foreign key ("created_by_shop_user_id") references "shop_user" ("id") on update cascade on delete set null,
        constraint "order_list_created_by_staff_id_foreign" foreign key ("created_by_staff_id") references "staff_user" ("id") on update cascade on delete set null);`,
    );
    this.addSql(`create index "order_list_customer_name_index" on "order_list" ("customer_id", "name", "id");`);
    this.addSql(
      `create table "order_list_line" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "order_list_id" uuid not null, "product_id" uuid not null, "quantity" int not null, "position" int not null, constraint "order_list_line_pkey" primary key ("id"),
        constraint "order_list_line_order_list_id_foreign" foreign key ("order_list_id") references "order_list" ("id") on update cascade on delete cascade,
        constraint "order_list_line_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade,
        constraint "order_list_line_order_list_id_product_id_unique" unique ("order_list_id", "product_id"));`,
    );
    this.addSql(`create index "order_list_line_list_position_index" on "order_list_line" ("order_list_id", "position");`);
    this.addSql(
      `create table "order_list_customer" ("order_list_id" uuid not null, "customer_id" uuid not null, "created_at" timestamptz not null default now(), constraint "order_list_customer_pkey" primary key ("order_list_id", "customer_id"),
        constraint "order_list_customer_order_list_id_foreign" foreign key ("order_list_id") references "order_list" ("id") on update cascade on delete cascade,
        constraint "order_list_customer_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade);`,
    );
    this.addSql(`create index "order_list_customer_customer_index" on "order_list_customer" ("customer_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "order_list_customer";`);
    this.addSql(`drop table if exists "order_list_line";`);
    this.addSql(`drop table if exists "order_list";`);
  }
}
