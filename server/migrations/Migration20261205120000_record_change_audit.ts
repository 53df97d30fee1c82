import { Migration } from '@mikro-orm/migrations';

/** Staff accounts, price levels, storage locations, tax rates, managed lists, webhooks, products, prices and stock are audited (issue 17, H4): more audit actions. */
export class Migration20261205120000_record_change_audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "audit_action" add value if not exists 'STAFF_CREATED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'STAFF_UPDATED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'PRICE_LEVEL_CREATED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'PRICE_LEVEL_UPDATED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'STORAGE_LOCATION_CREATED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'STORAGE_LOCATION_UPDATED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'TAX_RATE_CREATED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'TAX_RATE_UPDATED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'TAX_RATE_DELETED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'LIST_ITEM_CREATED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'LIST_ITEM_UPDATED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'LIST_ITEM_DELETED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'WEBHOOK_ENDPOINT_CREATED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'WEBHOOK_ENDPOINT_UPDATED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'WEBHOOK_ENDPOINT_DELETED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'WEBHOOK_SECRET_ROTATED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'WEBHOOK_DELIVERY_REDELIVERED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'PRODUCT_CREATED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'PRODUCT_UPDATED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'PRODUCT_PRICES_SET';`);
    this.addSql(`alter type "audit_action" add value if not exists 'STOCK_LEVELS_SET';`);
    this.addSql(`alter type "audit_action" add value if not exists 'PRODUCTS_UPSERTED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'PRODUCT_PRICES_UPSERTED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'STOCK_LEVELS_UPSERTED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'EMAIL_RESENT';`);
    this.addSql(`alter type "audit_action" add value if not exists 'FAILED_EMAILS_RESENT';`);
    this.addSql(`alter type "audit_action" add value if not exists 'CATALOG_IMPORTED';`);
  }

  override async down(): Promise<void> {
    // A value of a PostgreSQL enum cannot be dropped; rows using it are audit history and stay.
  }
}
