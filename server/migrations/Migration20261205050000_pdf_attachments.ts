import { Migration } from '@mikro-orm/migrations';

/**
 * PDFs attached to emails (issue 15 D2; decision 44): whether the shipped status email carries the
 * delivery note (the confirmation has `attach_pdf_to_emails`), and which documents an outbox email
 * carries, drawn by its job.
 */
export class Migration20261205050000_pdf_attachments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "store_settings" add column "attach_delivery_note_to_emails" boolean not null default true;`);
    this.addSql(`alter table "outbox_email" add column "attachments" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "outbox_email" drop column "attachments";`);
    this.addSql(`alter table "store_settings" drop column "attach_delivery_note_to_emails";`);
  }
}
