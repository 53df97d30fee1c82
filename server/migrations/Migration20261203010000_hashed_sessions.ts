import { Migration } from '@mikro-orm/migrations';

/**
 * auth_session.id holds the SHA-256 (hex) of a session's id, no longer the id itself (decision 22):
 * existing rows are re-keyed in place, so nobody is signed out (the cookie keeps the id, which now
 * hashes to its row). Nothing references auth_session.id. Not reversible: the ids are not kept.
 */
export class Migration20261203010000_hashed_sessions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`update "auth_session" set "id" = encode(sha256(convert_to("id", 'UTF8')), 'hex');`);
  }

  override async down(): Promise<void> {
    // The ids cannot be recovered from their hashes: every session ends.
    this.addSql(`delete from "auth_session";`);
  }
}
