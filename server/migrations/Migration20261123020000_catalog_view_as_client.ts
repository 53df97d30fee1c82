import { Migration } from '@mikro-orm/migrations';

export class Migration20261123020000_catalog_view_as_client extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "audit_action" as enum ('VIEW_AS_CLIENT_START', 'VIEW_AS_CLIENT_STOP');`);
    this.addSql(`create table "audit_event" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "staff_id" uuid null, "customer_id" uuid not null, "action" "audit_action" not null, constraint "audit_event_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_event_customer_id_created_at_index" on "audit_event" ("customer_id", "created_at");`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_staff_id_foreign" foreign key ("staff_id") references "staff_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete cascade;`);


  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_event" cascade;`);



    this.addSql(`drop type "audit_action";`);
  }

}
