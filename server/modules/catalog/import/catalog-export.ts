import type { Ctx } from '../../../common/context.js';
import { EXPORT_BATCH, type ExportCell, type ExportColumn, type ExportTable } from '../../../common/export-table.js';
import { bulkQuery } from '../../../common/prepared.js';
import { productSearchWhere, type ProductFilter } from '../read-model/index.js';
import { PRICE_DECIMALS, storedAmount } from '../catalog-values.js';
import { IMPORT_FIELDS } from './catalog-csv.js';
import { LANGUAGES, catalogLanguage } from '../catalog-translations.js';
import type { ProductTranslations } from '../entities/product.entity.js';

type ProductRow = Record<string, unknown> & { reference: string; translations: ProductTranslations | null; prices: Record<string, string> | null; stocks: Record<string, number> | null };

/**
 * Products in the catalog CSV import's own columns (IMPORT_FIELDS, then `price:<level>` and
 * `stock:<location>` for every level and location), so a file exported, edited in a spreadsheet
 * and imported again changes only what was edited. Filtered as the hub's list; by reference.
 */
export async function productExport(ctx: Ctx, filter: ProductFilter): Promise<ExportTable> {
  const where = await productSearchWhere(ctx, filter);
  const levels = await bulkQuery<{ id: string; code: string }>(ctx.em, 'select id, code from price_level order by code');
  const locations = await bulkQuery<{ id: string; code: string }>(ctx.em, 'select id, code from storage_location order by code');
  const kinds: Record<(typeof IMPORT_FIELDS)[number], ExportColumn['kind']> = {
    reference: 'text', barcode: 'text', name: 'text', description: 'text', brand: 'text', season: 'text',
    manufacturer: 'text', tags: 'text', unit: 'text', pack_size: 'integer', min_quantity: 'integer', max_quantity: 'integer', order_increment: 'integer', active: 'flag', tax_rate: 'text',
  };
  // Names and descriptions in the languages other than the catalog language (issue 16).
  const catalog = await catalogLanguage(ctx);
  const languages = LANGUAGES.filter((l) => l !== catalog);
  const columns: ExportColumn[] = [
    ...IMPORT_FIELDS.map((name) => ({ name, kind: kinds[name] })),
    ...languages.flatMap((l) => [{ name: `name:${l}`, kind: 'text' as const }, { name: `description:${l}`, kind: 'text' as const }]),
    ...levels.map((l) => ({ name: `price:${l.code}`, kind: 'amount' as const })),
    ...locations.map((l) => ({ name: `stock:${l.code}`, kind: 'integer' as const })),
  ];

  async function* batches(): AsyncGenerator<ExportCell[][]> {
    let last: string | null = null;
    for (;;) {
      const rows: ProductRow[] = await bulkQuery<ProductRow>(
        ctx.em,
        `select p.reference, p.barcode, p.name, p.description, b.name as brand, s.name as season, m.name as manufacturer,
                (select string_agg(t.name, '|' order by t.name) from product_tag pt join tag t on t.id = pt.tag_id where pt.product_id = p.id) as tags,
                p.unit, p.pack_size, p.min_quantity, p.max_quantity, p.order_increment, p.active, tr.name as tax_rate, p.translations,
                (select json_object_agg(pp.price_level_id, pp.amount::text) from product_price pp where pp.product_id = p.id) as prices,
                (select json_object_agg(sl.location_id, sl.quantity) from stock_level sl where sl.product_id = p.id) as stocks
         from product p
         left join brand b on b.id = p.brand_id
         left join season s on s.id = p.season_id
         left join manufacturer m on m.id = p.manufacturer_id
         left join tax_rate tr on tr.id = p.tax_rate_id
         where ${where.sql}${last === null ? '' : ' and p.reference > ?'}
         order by p.reference
         limit ${EXPORT_BATCH}`,
        [...where.params, ...(last === null ? [] : [last])],
      );
      if (!rows.length) return;
      yield rows.map((r) => [
        ...IMPORT_FIELDS.map((f) => r[f] as ExportCell),
        ...languages.flatMap((l) => [r.translations?.[l]?.name ?? null, r.translations?.[l]?.description ?? null]),
        ...levels.map((l) => (r.prices?.[l.id] === undefined ? null : storedAmount(r.prices[l.id], PRICE_DECIMALS).replace(/\.?0+$/, ''))),
        ...locations.map((l) => r.stocks?.[l.id] ?? null),
      ]);
      if (rows.length < EXPORT_BATCH) return;
      last = rows[rows.length - 1].reference;
    }
  }
  return { columns, batches: batches() };
}
