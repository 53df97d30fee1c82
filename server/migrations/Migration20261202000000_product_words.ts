import { Migration } from '@mikro-orm/migrations';

/**
 * Name search through the words of product names (docs/decisions/0017). `product.name_words`: the
 * words of the name (lower-cased, split on anything not a letter or digit), generated, with a GIN
 * index that finds the products having some words together, fast when they are few. The table
 * `product_word`: one row per product and word, with the product's name, a mask of all its words
 * (one bit per word, from its md5) and copies of the columns visibility reads (active, brand,
 * season, manufacturer). Its key (word, name, product) lets a search read the products having a
 * word in name order and stop after a page, whatever the number of matches; the mask and the
 * copies skip, without leaving the index, most products lacking the search's other words or not
 * visible (the product row then decides); prefix ranges on `word` (bytewise "C" order) find the words a search
 * word starts. Kept by statement-level triggers, also through bulk imports.
 */
export class Migration20261202000000_product_words extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function product_words_of(p_name text) returns text[] language sql immutable parallel safe as $$
      select coalesce(array_agg(distinct w order by w), '{}') from regexp_split_to_table(lower(p_name), '[^[:alnum:]]+') w where w <> ''
    $$;`);
    this.addSql(`alter table "product" add column "name_words" text[] generated always as (product_words_of("name")) stored;`);
    // Products having some words: posting lists intersected in the index (a search's words together).
    this.addSql(`create index "product_name_words_index" on "product" using gin ("name_words");`);
    this.addSql(`create table "product_word" (
      "word" text collate "C" not null,
      "name" varchar(300) not null,
      "product_id" uuid not null references "product" ("id") on update cascade on delete cascade,
      "mask" bigint not null,
      "active" boolean not null,
      "brand_id" uuid,
      "season_id" uuid,
      "manufacturer_id" uuid,
      constraint "product_word_pkey" primary key ("word", "name", "product_id") include ("mask", "active", "brand_id", "season_id", "manufacturer_id"));`);
    this.addSql(`create index "product_word_product_id_index" on "product_word" ("product_id");`);
    // The same bit as productWordBit (server/modules/catalog/product-search.ts) computes.
    this.addSql(`create or replace function product_word_mask(p_words text[]) returns bigint language sql immutable parallel safe as $$
      select coalesce(bit_or(1::bigint << (get_byte(decode(md5(w), 'hex'), 0) & 63)), 0) from unnest(p_words) w
    $$;`);
    // The words of names that some prefixes start, walking the word index from one distinct word to
    // the next (one probe per word, however many products have it). PL/pgSQL keeps its plans for
    // the session; an SQL function's would be made again at each call.
    this.addSql(`create or replace function product_word_expand(p_prefixes text[]) returns text[] language plpgsql stable parallel safe as $$
      declare
        pre text;
        hi text;
        cur text;
        found_words text[] := '{}';
      begin
        foreach pre in array p_prefixes loop
          continue when pre is null or pre = '';
          hi := left(pre, -1) || chr(least(ascii(right(pre, 1)) + 1, 1114111));
          select min(w.word) into cur from product_word w where w.word >= pre and w.word < hi;
          while cur is not null loop
            if not cur = any(found_words) then found_words := found_words || cur; end if;
            select min(w.word) into cur from product_word w where w.word > cur and w.word < hi;
          end loop;
        end loop;
        return found_words;
      end $$;`);
    this.addSql(`create or replace function product_words_insert() returns trigger language plpgsql as $$
      begin
        insert into product_word (word, name, product_id, mask, active, brand_id, season_id, manufacturer_id)
          select w, n.name, n.id, product_word_mask(n.name_words), n.active, n.brand_id, n.season_id, n.manufacturer_id from new_rows n, unnest(n.name_words) w;
        return null;
      end $$;`);
    // Rebuilt for the products whose name or visibility columns changed (a price or stock update
    // touches no product row; an import updating unchanged products rewrites nothing here).
    this.addSql(`create or replace function product_words_update() returns trigger language plpgsql as $$
      begin
        delete from product_word pw using old_rows o join new_rows n on n.id = o.id
          where pw.product_id = o.id
            and (o.name, o.active, o.brand_id, o.season_id, o.manufacturer_id) is distinct from (n.name, n.active, n.brand_id, n.season_id, n.manufacturer_id);
        insert into product_word (word, name, product_id, mask, active, brand_id, season_id, manufacturer_id)
          select w, n.name, n.id, product_word_mask(n.name_words), n.active, n.brand_id, n.season_id, n.manufacturer_id
          from new_rows n join old_rows o on o.id = n.id, unnest(n.name_words) w
          where (o.name, o.active, o.brand_id, o.season_id, o.manufacturer_id) is distinct from (n.name, n.active, n.brand_id, n.season_id, n.manufacturer_id);
        return null;
      end $$;`);
    this.addSql(`create trigger product_word_insert after insert on product referencing new table as new_rows for each statement execute function product_words_insert();`);
    this.addSql(`create trigger product_word_update after update on product referencing old table as old_rows new table as new_rows for each statement execute function product_words_update();`);
    this.addSql(`insert into product_word (word, name, product_id, mask, active, brand_id, season_id, manufacturer_id)
      select w, p.name, p.id, product_word_mask(p.name_words), p.active, p.brand_id, p.season_id, p.manufacturer_id from product p, unnest(p.name_words) w;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists product_word_update on product;`);
    this.addSql(`drop trigger if exists product_word_insert on product;`);
    this.addSql(`drop function if exists product_words_update();`);
    this.addSql(`drop function if exists product_words_insert();`);
    this.addSql(`drop function if exists product_word_expand(text[]);`);
    this.addSql(`drop function if exists product_word_mask(text[]);`);
    this.addSql(`drop function if exists product_words_of(text);`);
    this.addSql(`drop table if exists "product_word";`);
    this.addSql(`alter table "product" drop column if exists "name_words";`);
  }
}
