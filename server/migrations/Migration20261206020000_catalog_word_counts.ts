import { Migration } from '@mikro-orm/migrations';

/**
 * The catalog's word list (catalog_word, what a typo is matched against) kept exactly in sync with
 * the words of the products' names in every language (docs/decisions/0050): each word counts the
 * products having it, kept by statement-level triggers on product_word (itself kept by the product's
 * triggers: insert, update of a name or its translations, delete through the cascade); a word no
 * product has any more leaves the list. A GiST trigram index ranks the list by similarity with a
 * limit (`order by word <-> typo limit 5`), reading a few index pages however long the list is.
 */
export class Migration20261206020000_catalog_word_counts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop trigger if exists product_words_insert on product;`);
    this.addSql(`drop trigger if exists product_words_update on product;`);
    this.addSql(`drop function if exists catalog_words_from_names();`);
    this.addSql(`alter table "catalog_word" add column "products" int not null default 0;`);
    this.addSql(`truncate "catalog_word";`);
    this.addSql(`insert into catalog_word (word, products)
      select word, count(*) from product_word where length(word) >= 3 and word !~ '^[0-9]+$' group by word;`);
    this.addSql(`create or replace function catalog_words_added() returns trigger language plpgsql as $$
      begin
        insert into catalog_word (word, products)
          select word, count(*) from new_rows where length(word) >= 3 and word !~ '^[0-9]+$' group by word order by word
          on conflict (word) do update set products = catalog_word.products + excluded.products;
        return null;
      end $$;`);
    this.addSql(`create or replace function catalog_words_removed() returns trigger language plpgsql as $$
      begin
        -- The counts are locked in word order, as the insert above takes them: two writers never deadlock.
        perform 1 from catalog_word c where c.word in (select word from old_rows) order by c.word for update;
        with gone as (select word, count(*) as n from old_rows where length(word) >= 3 and word !~ '^[0-9]+$' group by word)
        update catalog_word c set products = c.products - gone.n from gone where c.word = gone.word;
        delete from catalog_word c using (select distinct word from old_rows) o where c.word = o.word and c.products <= 0;
        return null;
      end $$;`);
    this.addSql(`create trigger catalog_words_added after insert on product_word referencing new table as new_rows for each statement execute function catalog_words_added();`);
    this.addSql(`create trigger catalog_words_removed after delete on product_word referencing old table as old_rows for each statement execute function catalog_words_removed();`);
    // Ranked by similarity with a limit: GiST (k nearest), not GIN (every word sharing trigrams, then sorted).
    this.addSql(`drop index if exists "catalog_word_trgm_index";`);
    this.addSql(`create index "catalog_word_trgm_index" on "catalog_word" using gist ("word" gist_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists catalog_words_added on product_word;`);
    this.addSql(`drop trigger if exists catalog_words_removed on product_word;`);
    this.addSql(`drop function if exists catalog_words_added();`);
    this.addSql(`drop function if exists catalog_words_removed();`);
    this.addSql(`drop index if exists "catalog_word_trgm_index";`);
    this.addSql(`create index "catalog_word_trgm_index" on "catalog_word" using gin ("word" gin_trgm_ops);`);
    this.addSql(`alter table "catalog_word" drop column "products";`);
    this.addSql(`create or replace function catalog_words_from_names() returns trigger language plpgsql as $$
      begin
        insert into catalog_word (word)
          select distinct w from new_rows n, unnest(n.name_words) w
          where length(w) >= 3 and w !~ '^[0-9]+$'
          on conflict do nothing;
        return null;
      end $$;`);
    this.addSql(`create trigger product_words_insert after insert on product referencing new table as new_rows for each statement execute function catalog_words_from_names();`);
    this.addSql(`create trigger product_words_update after update on product referencing new table as new_rows for each statement execute function catalog_words_from_names();`);
  }
}
