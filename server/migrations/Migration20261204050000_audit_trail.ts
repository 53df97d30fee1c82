import { Migration } from '@mikro-orm/migrations';

const ACTIONS = [
  'STORE_ACCESS_GRANTED',
  'STORE_ACCESS_BLOCKED',
  'STORE_ACCESS_UNBLOCKED',
  'STORE_ACCESS_APPROVED',
  'STORE_ACCESS_PASSWORD_REGENERATED',
  'REGISTRATION_APPROVED',
  'REGISTRATION_REFUSED',
  'ORDER_STATUS_CHANGED',
  'ORDER_SHIPPING_COST_CHANGED',
  'SETTINGS_UPDATED',
  'API_TOKEN_CREATED',
  'API_TOKEN_REVOKED',
];

/**
 * The audit trail (issue 17, H4; decision 37): every staff and token action that changes data,
 * with its target and the key fields before and after, in one append-only table. A trigger refuses
 * every UPDATE and DELETE of its rows, whoever asks.
 */
export class Migration20261204050000_audit_trail extends Migration {
  override async up(): Promise<void> {
    for (const a of ACTIONS) this.addSql(`alter type "audit_action" add value if not exists '${a}';`);
    this.addSql(`alter table "audit_event" alter column "customer_id" drop not null;`);
    this.addSql(
      `alter table "audit_event" add column "actor_name" varchar(255) null, add column "target_type" varchar(40) null, add column "target_id" uuid null, add column "target_label" varchar(320) null, add column "changes" jsonb null;`,
    );
    this.addSql(`update "audit_event" a set "actor_name" = coalesce((select s."name" from "staff_user" s where s."id" = a."staff_id"), (select t."name" from "api_token" t where t."id" = a."api_token_id"));`);
    this.addSql(`update "audit_event" set "target_type" = 'Customer', "target_id" = "customer_id" where "target_type" is null;`);
    this.addSql(`create index "audit_event_created_at_id_index" on "audit_event" ("created_at", "id");`);
    this.addSql(`create index "audit_event_target_index" on "audit_event" ("target_type", "target_id", "created_at");`);
    this.addSql(`create index "audit_event_staff_index" on "audit_event" ("staff_id", "created_at");`);
    this.addSql(`create index "audit_event_api_token_index" on "audit_event" ("api_token_id", "created_at");`);
    this.addSql(`create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % refused', tg_op using errcode = '42501';
end $$;`);
    this.addSql(`create trigger "audit_event_append_only" before update or delete on "audit_event" for each row execute function audit_event_append_only();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "audit_event_append_only" on "audit_event";`);
    this.addSql(`drop function if exists audit_event_append_only();`);
    this.addSql(`delete from "audit_event" where "customer_id" is null or "action"::text in (${ACTIONS.map((a) => `'${a}'`).join(', ')});`);
    this.addSql(`drop index if exists "audit_event_api_token_index";`);
    this.addSql(`drop index if exists "audit_event_staff_index";`);
    this.addSql(`drop index if exists "audit_event_target_index";`);
    this.addSql(`drop index if exists "audit_event_created_at_id_index";`);
    this.addSql(`alter table "audit_event" drop column "actor_name", drop column "target_type", drop column "target_id", drop column "target_label", drop column "changes";`);
    this.addSql(`alter table "audit_event" alter column "customer_id" set not null;`);
  }
}
