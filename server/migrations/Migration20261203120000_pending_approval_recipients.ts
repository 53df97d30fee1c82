import { Migration } from '@mikro-orm/migrations';

/** Who is emailed when a store access awaits approval (issue 17, H1; decision 31). */
export class Migration20261203120000_pending_approval_recipients extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "store_settings" add column "pending_approval_recipients" varchar(20) not null default 'ADMINS';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "store_settings" drop column "pending_approval_recipients";`);
  }
}
