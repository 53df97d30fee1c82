import type { Ctx } from '../../common/context.js';
import { EXPORT_BATCH, type ExportCell, type ExportTable } from '../../common/export-table.js';
import { bulkQuery } from '../../common/prepared.js';
import { customerQuery, type CustomerFilter } from './customer.service.js';

/**
 * Customers with their contacts and store accesses, by customer number, filtered as the hub's
 * list (the same query). The caller has checked the viewer is staff or a CUSTOMERS_MANAGE token.
 * Each batch: the next ids by keyset on the (unique) customer number, then their details at once.
 */
export function customerExport(ctx: Ctx, filter: CustomerFilter): ExportTable {
  async function* batches(): AsyncGenerator<ExportCell[][]> {
    let last: string | null = null;
    for (;;) {
      const qb = customerQuery(ctx, filter).select(['c.id', 'c.customer_number']);
      if (last !== null) qb.andWhere({ customerNumber: { $gt: last } });
      const ids = (await qb.orderBy({ customerNumber: 'asc' }).limit(EXPORT_BATCH).execute('all', false)) as Array<{ id: string; customer_number: string }>;
      if (!ids.length) return;
      const rows = await bulkQuery<Record<string, unknown>>(
        ctx.em,
        `select c.customer_number, c.name, c.status, c.document_language, pl.code as price_level, sl.code as storage_location,
                (select string_agg(concat_ws(' ', k.name, '<' || k.email || '>', k.phone), ' | ' order by k.position) from contact k where k.customer_id = c.id) as contacts,
                (select case when bool_or(a.status = 'ACTIVE') then 'ACTIVE' when bool_or(a.status = 'PENDING_APPROVAL') then 'PENDING_APPROVAL'
                             when bool_or(a.status = 'BLOCKED') then 'BLOCKED' else 'NONE' end from store_access a where a.customer_id = c.id) as access_status,
                (select string_agg(a.email || ' (' || a.status || ')', ' | ' order by a.email) from store_access a where a.customer_id = c.id) as store_accesses,
                c.created_at, c.updated_at
         from customer c
         left join price_level pl on pl.id = c.price_level_id
         left join storage_location sl on sl.id = c.storage_location_id
         where c.id = any(?::uuid[])
         order by c.customer_number`,
        [ids.map((r) => r.id)],
      );
      yield rows.map((r) => [
        r.customer_number, r.name, r.status, r.document_language, r.price_level, r.storage_location,
        r.contacts, r.access_status, r.store_accesses, r.created_at, r.updated_at,
      ] as ExportCell[]);
      if (ids.length < EXPORT_BATCH) return;
      last = ids[ids.length - 1].customer_number;
    }
  }
  return {
    columns: [
      { name: 'customer_number', kind: 'text' },
      { name: 'name', kind: 'text' },
      { name: 'status', kind: 'text' },
      { name: 'document_language', kind: 'text' },
      { name: 'price_level', kind: 'text' },
      { name: 'storage_location', kind: 'text' },
      { name: 'contacts', kind: 'text' },
      { name: 'access_status', kind: 'text' },
      { name: 'store_accesses', kind: 'text' },
      { name: 'created_at', kind: 'datetime' },
      { name: 'updated_at', kind: 'datetime' },
    ],
    batches: batches(),
  };
}
