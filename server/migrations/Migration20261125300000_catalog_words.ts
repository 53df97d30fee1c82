import { Migration } from '@mikro-orm/migrations';

/**
 * The words of product names, kept by a statement-level trigger, for typo-tolerant search: a typo
 * is matched against this small dictionary (trigram similarity), and the words it resembles are
 * then searched like exact ones, through the name's trigram index. And an index for reference
 * prefixes.
 */
export class Migration20261125300000_catalog_words extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "catalog_word" ("word" text primary key);`);
    // References are searched by their beginning, case-insensitively.
    this.addSql(`create index if not exists "product_reference_prefix_index" on "product" (lower("reference") text_pattern_ops);`);
    this.addSql(`create index if not exists "catalog_word_trgm_index" on "catalog_word" using gin ("word" gin_trgm_ops);`);
    this.addSql(`create or replace function catalog_words_from_names() returns trigger language plpgsql as $$
      begin
        insert into catalog_word (word)
          select distinct w from new_rows n, regexp_split_to_table(lower(n.name), '[^[:alnum:]]+') w
          where length(w) >= 3 and w !~ '^[0-9]+$'
          on conflict do nothing;
        return null;
      end $$;`);
    this.addSql(`create trigger product_words_insert after insert on product referencing new table as new_rows for each statement execute function catalog_words_from_names();`);
    this.addSql(`create trigger product_words_update after update on product referencing new table as new_rows for each statement execute function catalog_words_from_names();`);
    this.addSql(`insert into catalog_word (word)
      select distinct w from product p, regexp_split_to_table(lower(p.name), '[^[:alnum:]]+') w
      where length(w) >= 3 and w !~ '^[0-9]+$' on conflict do nothing;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists product_words_update on product;`);
    this.addSql(`drop trigger if exists product_words_insert on product;`);
    this.addSql(`drop function if exists catalog_words_from_names();`);
    this.addSql(`drop table if exists "catalog_word";`);
    this.addSql(`drop index if exists "product_reference_prefix_index";`);
  }
}
