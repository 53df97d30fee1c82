import { Migration } from '@mikro-orm/migrations';

/** The supplier's letterhead on PDF documents, and whether emails carry them (issue 15 D2; decision 36). */
export class Migration20261204040000_letterhead extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "store_settings"
      add column "legal_name" varchar(200) null,
      add column "legal_address" varchar(500) null,
      add column "vat_number" varchar(40) null,
      add column "company_registration" varchar(100) null,
      add column "iban" varchar(40) null,
      add column "bic" varchar(20) null,
      add column "payment_terms" varchar(500) null,
      add column "document_footer" varchar(1000) null,
      add column "logo" bytea null,
      add column "logo_content_type" varchar(40) null,
      add column "attach_pdf_to_emails" boolean not null default true;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "store_settings"
      drop column "legal_name", drop column "legal_address", drop column "vat_number", drop column "company_registration",
      drop column "iban", drop column "bic", drop column "payment_terms", drop column "document_footer",
      drop column "logo", drop column "logo_content_type", drop column "attach_pdf_to_emails";`);
  }
}
