import { Migration } from '@mikro-orm/migrations';

/**
 * The catalog in the customer's language (issue 16, decision 0045). `product.translations`:
 * `{"nl": {"name": "…", "description": "…"}, …}` — the names and descriptions in the languages other
 * than the store's catalog language (`store_settings.catalog_language`), whose name stays in
 * `product.name`. A jsonb column, not a table: the catalog page stays one statement reading one row
 * per product. Tags and seasons: `{"nl": "…"}`. The name search indexes the words of every
 * language's name (`name_words`, `product_word`, `catalog_word`), so a Dutch word finds the product.
 */
export class Migration20261205060000_catalog_translations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "store_settings" add column "catalog_language" "language" not null default 'en';`);
    this.addSql(`alter table "product" add column "translations" jsonb not null default '{}';`);
    this.addSql(`alter table "tag" add column "translations" jsonb not null default '{}';`);
    this.addSql(`alter table "season" add column "translations" jsonb not null default '{}';`);
    // Every language's name, one text: what the name words are taken from.
    this.addSql(`create or replace function product_all_names(p_name text, p_translations jsonb) returns text language sql immutable parallel safe as $$
      select p_name || coalesce(' ' || (select string_agg(v->>'name', ' ') from jsonb_each(p_translations) t(k, v) where jsonb_typeof(v) = 'object'), '')
    $$;`);
    this.addSql(`alter table "product" drop column "name_words";`);
    this.addSql(`alter table "product" add column "name_words" text[] generated always as (product_words_of(product_all_names("name", "translations"))) stored;`);
    this.addSql(`create index "product_name_words_index" on "product" using gin ("name_words");`);
    this.addSql(`create or replace function product_words_update() returns trigger language plpgsql as $$
      begin
        delete from product_word pw using old_rows o join new_rows n on n.id = o.id
          where pw.product_id = o.id
            and (o.name, o.name_words, o.active, o.brand_id, o.season_id, o.manufacturer_id) is distinct from (n.name, n.name_words, n.active, n.brand_id, n.season_id, n.manufacturer_id);
        insert into product_word (word, name, product_id, mask, active, brand_id, season_id, manufacturer_id)
          select w, n.name, n.id, product_word_mask(n.name_words), n.active, n.brand_id, n.season_id, n.manufacturer_id
          from new_rows n join old_rows o on o.id = n.id, unnest(n.name_words) w
          where (o.name, o.name_words, o.active, o.brand_id, o.season_id, o.manufacturer_id) is distinct from (n.name, n.name_words, n.active, n.brand_id, n.season_id, n.manufacturer_id);
        return null;
      end $$;`);
    this.addSql(`create or replace function catalog_words_from_names() returns trigger language plpgsql as $$
      begin
        insert into catalog_word (word)
          select distinct w from new_rows n, unnest(n.name_words) w
          where length(w) >= 3 and w !~ '^[0-9]+$'
          on conflict do nothing;
        return null;
      end $$;`);
    // No product has translations yet: product_word and catalog_word already hold every word.
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function catalog_words_from_names() returns trigger language plpgsql as $$
      begin
        insert into catalog_word (word)
          select distinct w from new_rows n, regexp_split_to_table(lower(n.name), '[^[:alnum:]]+') w
          where length(w) >= 3 and w !~ '^[0-9]+$'
          on conflict do nothing;
        return null;
      end $$;`);
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
    this.addSql(`alter table "product" drop column "name_words";`);
    this.addSql(`alter table "product" add column "name_words" text[] generated always as (product_words_of("name")) stored;`);
    this.addSql(`create index "product_name_words_index" on "product" using gin ("name_words");`);
    this.addSql(`drop function if exists product_all_names(text, jsonb);`);
    this.addSql(`alter table "season" drop column "translations";`);
    this.addSql(`alter table "tag" drop column "translations";`);
    this.addSql(`alter table "product" drop column "translations";`);
    this.addSql(`alter table "store_settings" drop column "catalog_language";`);
  }
}
