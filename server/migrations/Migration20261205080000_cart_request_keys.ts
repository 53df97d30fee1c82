import { Migration } from '@mikro-orm/migrations';

/**
 * Idempotency keys of cart additions (issue 18 M4, decision 47): a phone that queued additions
 * offline replays them when the connection returns, and may send one twice (an answer lost on the
 * way). A key seen before for the same cart is not applied again. Keys are kept 30 days.
 */
export class Migration20261205080000_cart_request_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "cart_request_key" ("cart_id" uuid not null, "key" varchar(100) not null, "created_at" timestamptz not null default now(), constraint "cart_request_key_pkey" primary key ("cart_id", "key"), constraint "cart_request_key_cart_id_foreign" foreign key ("cart_id") references "cart" ("id") on update cascade on delete cascade);`,
    );
    this.addSql(`create index "cart_request_key_created_at_index" on "cart_request_key" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "cart_request_key";`);
  }
}
