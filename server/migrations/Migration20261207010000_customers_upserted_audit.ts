import { Migration } from '@mikro-orm/migrations';

/** An ERP customer sync call (`customersUpsert`) is audited as one summary row with its counts (issue 13). */
export class Migration20261207010000_customers_upserted_audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "audit_action" add value if not exists 'CUSTOMERS_UPSERTED';`);
  }

  override async down(): Promise<void> {
    // A value of a PostgreSQL enum cannot be dropped; rows using it are audit history and stay.
  }
}
