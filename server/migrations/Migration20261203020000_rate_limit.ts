import { Migration } from '@mikro-orm/migrations';

/**
 * Sign-in throttling moves to rate-limiter-flexible's PostgreSQL store (decision 19): one row per
 * counted key, in the layout the library reads and writes (it would create it itself; the
 * migration owns the schema instead). The per-failure rows are no longer read.
 */
export class Migration20261203020000_rate_limit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`);
    this.addSql(`create index "rate_limit_expire_index" on "rate_limit" ("expire");`);
    this.addSql(`drop table if exists "sign_in_failure";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create table "sign_in_failure" ("id" bigserial primary key, "account_key" varchar(300) not null, "client_key" varchar(100) not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "sign_in_failure_client_key_created_at_index" on "sign_in_failure" ("client_key", "created_at");`);
    this.addSql(`create index "sign_in_failure_account_key_created_at_index" on "sign_in_failure" ("account_key", "created_at");`);
    this.addSql(`drop table if exists "rate_limit";`);
  }
}
