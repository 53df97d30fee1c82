import { Migration } from '@mikro-orm/migrations';

/** Staff changing a store user's language is audited (issue 17, H2/H4): one more audit action. */
export class Migration20261205070000_access_language_audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "audit_action" add value if not exists 'STORE_ACCESS_LANGUAGE_CHANGED';`);
  }

  override async down(): Promise<void> {
    // A value of a PostgreSQL enum cannot be dropped; rows using it are audit history and stay.
  }
}
