import { Migration } from '@mikro-orm/migrations';

/** Brazilian Portuguese, a language of its own beside European Portuguese (issue 17 H7, decision 0054). */
export class Migration20261206060000_brazilian_portuguese extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "language" add value if not exists 'pt-BR' after 'pt';`);
  }

  override async down(): Promise<void> {
    // Postgres cannot drop an enum value; rows in pt-BR would have to be moved to pt first.
    this.addSql(`update "shop_user" set "language" = 'pt' where "language" = 'pt-BR';`);
    this.addSql(`update "staff_user" set "language" = 'pt' where "language" = 'pt-BR';`);
    this.addSql(`update "customer" set "document_language" = 'pt' where "document_language" = 'pt-BR';`);
    this.addSql(`update "registration_request" set "language" = 'pt' where "language" = 'pt-BR';`);
    this.addSql(`update "store_settings" set "catalog_language" = 'pt' where "catalog_language" = 'pt-BR';`);
  }
}
