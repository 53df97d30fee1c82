import { Migration } from '@mikro-orm/migrations';

/**
 * Tasks heartbeat while they run, so one whose process died is seen within seconds and resumed
 * (decision 24); `committed` is what the resumed run starts from, `attempt` fences an old run out.
 * Outbox emails carry their own retry schedule and a short lease instead of pg-boss's retries.
 */
export class Migration20261203030000_task_heartbeat_email_retry extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "task"
      add column "heartbeat_at" timestamptz null,
      add column "committed" int not null default 0,
      add column "attempt" int not null default 0,
      add column "interrupted_at" timestamptz null;`);
    // Tasks already past their items keep them as committed (ALL_OR_NOTHING wrote progress apart).
    this.addSql(`update "task" set "committed" = "processed" where "status" <> 'RUNNING' or "kind" <> 'catalog-import-all-or-nothing';`);
    this.addSql(`create index "task_running_heartbeat_index" on "task" ("heartbeat_at") where "status" = 'RUNNING';`);
    this.addSql(`alter table "outbox_email"
      add column "next_attempt_at" timestamptz null,
      add column "retrying_since" timestamptz null,
      add column "locked_until" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "outbox_email" drop column "next_attempt_at", drop column "retrying_since", drop column "locked_until";`);
    this.addSql(`drop index if exists "task_running_heartbeat_index";`);
    this.addSql(`alter table "task" drop column "heartbeat_at", drop column "committed", drop column "attempt", drop column "interrupted_at";`);
  }
}
