import { Migration } from '@mikro-orm/migrations';

/**
 * Product names in natural order (issue 18 M3, decision 0056): "Glass #2" before "Glass #10". The
 * names of `product` and of the name search's `product_word` take the ICU collation "natural"
 * (root locale, numeric ordering `kn`), so every `order by name`, the keyset comparisons
 * `(name, id) > (?, ?)` and the (name, id) indexes follow it without a change to a query. The
 * generated `name_words` column reads `name`, so it is dropped and added again around the change.
 */
export class Migration20261206080000_natural_name_order extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create collation if not exists "natural" (provider = icu, locale = 'und-u-kn-true');`);
    this.addSql(`alter table "product" drop column "name_words";`);
    this.addSql(`alter table "product" alter column "name" type varchar(300) collate "natural";`);
    this.addSql(`alter table "product" add column "name_words" text[] generated always as (product_words_of(product_all_names("name", "translations"))) stored;`);
    this.addSql(`create index "product_name_words_index" on "product" using gin ("name_words");`);
    this.addSql(`alter table "product_word" alter column "name" type varchar(300) collate "natural";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "product_word" alter column "name" type varchar(300) collate "default";`);
    this.addSql(`alter table "product" drop column "name_words";`);
    this.addSql(`alter table "product" alter column "name" type varchar(300) collate "default";`);
    this.addSql(`alter table "product" add column "name_words" text[] generated always as (product_words_of(product_all_names("name", "translations"))) stored;`);
    this.addSql(`create index "product_name_words_index" on "product" using gin ("name_words");`);
  }
}
