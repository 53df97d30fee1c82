import { Migration } from '@mikro-orm/migrations';

/**
 * The PDFs an email carried, kept as sent (issue 15, decision 0059): the hub's mailbox offers each
 * one for download, byte for byte what the customer received, even after the order's status or the
 * letterhead changed. Written by the email job when the provider accepts the email; removed with
 * the email.
 */
export class Migration20261207030000_email_attachment_bytes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "outbox_email_attachment" (
      "email_id" uuid not null references "outbox_email" ("id") on delete cascade,
      "position" smallint not null,
      "file_name" varchar(200) not null,
      "content_type" varchar(100) not null,
      "content" bytea not null,
      "created_at" timestamptz not null default now(),
      primary key ("email_id", "position")
    );`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "outbox_email_attachment";`);
  }
}
