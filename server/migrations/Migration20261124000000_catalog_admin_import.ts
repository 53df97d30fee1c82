import { Migration } from '@mikro-orm/migrations';

export class Migration20261124000000_catalog_admin_import extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "product_image" ("product_id" uuid not null, "content_type" varchar(40) not null, "data" bytea not null, "sha256" varchar(64) not null, "updated_at" timestamptz not null default now(), constraint "product_image_pkey" primary key ("product_id"));`);

    this.addSql(`create table "catalog_import_row" ("task_id" uuid not null, "position" int not null, "line" int not null, "cells" jsonb not null, "error" varchar(40) null, constraint "catalog_import_row_pkey" primary key ("task_id", "position"));`);

    this.addSql(`alter table "product_image" add constraint "product_image_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "catalog_import_row" add constraint "catalog_import_row_task_id_foreign" foreign key ("task_id") references "task" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "catalog_import_row" cascade;`);

    this.addSql(`drop table if exists "product_image" cascade;`);
  }

}
