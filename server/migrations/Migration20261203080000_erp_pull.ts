import { Migration } from '@mikro-orm/migrations';

/**
 * Pulling orders into an ERP (issue 14, E3/E6, decision 28): the ERP's own order number on the
 * order, delta-sync indexes on (updated_at, id) for orders and customers, a partial index for
 * "placed but not yet acknowledged", acknowledgements on the timeline, and the API token on audit rows.
 */
export class Migration20261203080000_erp_pull extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "customer_order" add column "external_reference" varchar(100) null, add column "acknowledged_at" timestamptz null;`);
    this.addSql(`create index "customer_order_updated_at_id_index" on "customer_order" ("updated_at", "id");`);
    this.addSql(`create index "customer_order_unacknowledged_index" on "customer_order" ("placed_at", "id") where "acknowledged_at" is null;`);
    this.addSql(`create index "customer_order_external_reference_trgm_index" on "customer_order" using gin ("external_reference" gin_trgm_ops);`);
    this.addSql(`create index "customer_updated_at_id_index" on "customer" ("updated_at", "id");`);

    this.addSql(`alter type "order_event_kind" add value if not exists 'ACKNOWLEDGED';`);
    this.addSql(`alter table "order_event" add column "previous_external_reference" varchar(100) null, add column "external_reference" varchar(100) null;`);

    this.addSql(`alter type "audit_action" add value if not exists 'CUSTOMER_CREATED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'CUSTOMER_UPDATED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'CUSTOMER_EXCLUDED';`);
    this.addSql(`alter type "audit_action" add value if not exists 'CUSTOMER_EXCLUSION_LIFTED';`);
    this.addSql(`alter table "audit_event" add column "api_token_id" uuid null;`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_api_token_id_foreign" foreign key ("api_token_id") references "api_token" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    // Enum values cannot be dropped in PostgreSQL; the rows using them go with the columns below.
    this.addSql(`delete from "audit_event" where "action" not in ('VIEW_AS_CLIENT_START', 'VIEW_AS_CLIENT_STOP');`);
    this.addSql(`alter table "audit_event" drop column "api_token_id";`);
    this.addSql(`delete from "order_event" where "kind" = 'ACKNOWLEDGED';`);
    this.addSql(`alter table "order_event" drop column "previous_external_reference", drop column "external_reference";`);
    this.addSql(`drop index if exists "customer_updated_at_id_index";`);
    this.addSql(`drop index if exists "customer_order_external_reference_trgm_index";`);
    this.addSql(`drop index if exists "customer_order_unacknowledged_index";`);
    this.addSql(`drop index if exists "customer_order_updated_at_id_index";`);
    this.addSql(`alter table "customer_order" drop column "external_reference", drop column "acknowledged_at";`);
  }
}
