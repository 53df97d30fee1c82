import { Migration } from '@mikro-orm/migrations';

/**
 * Every table the session statement reads the viewer from notifies `comptoir_viewers` when it
 * changes (one notification per statement, merged per transaction, sent at commit): the processes
 * that keep viewers in memory forget them (server/modules/access/auth/viewer-cache.ts, decision 18).
 */
const TABLES = [
  'auth_session',
  'staff_user',
  'shop_user',
  'store_access',
  'customer',
  'customer_visible_tag',
  'customer_visible_season',
  'customer_visible_brand',
  'customer_visible_manufacturer',
  'price_level',
  'storage_location',
  'store_settings',
];

export class Migration20261202100000_viewer_notify extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function viewers_changed() returns trigger language plpgsql as $$
      begin
        perform pg_notify('comptoir_viewers', '');
        return null;
      end $$;`);
    for (const t of TABLES) {
      this.addSql(`create trigger "${t}_viewers_changed" after insert or update or delete or truncate on "${t}" for each statement execute function viewers_changed();`);
    }
  }

  override async down(): Promise<void> {
    for (const t of TABLES) this.addSql(`drop trigger if exists "${t}_viewers_changed" on "${t}";`);
    this.addSql('drop function if exists viewers_changed();');
  }
}
