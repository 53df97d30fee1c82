import type { Ctx } from '../../common/context.js';
import { EXPORT_BATCH, type ExportCell, type ExportTable } from '../../common/export-table.js';
import { bulkQuery } from '../../common/prepared.js';
import { escapeLike } from '../../common/text.js';
import { normalizePercentage } from '../../common/tax.js';
import type { OrderStatus } from './entities/order.entity.js';

export interface OrderExportFilter {
  status?: OrderStatus | null;
  /** A customer's uuid (already decoded from its global id). */
  customerId?: string | null;
  customerSearch?: string | null;
  placedFrom?: Date | null;
  placedBefore?: Date | null;
  /** The hub's search box: order number, the ERP's order number or the PO reference (as the list). */
  search?: string | null;
  /** The ERP filter (E3): acknowledged (true), not yet (false) or both (null). */
  acknowledged?: boolean | null;
}

interface LineRow {
  placed_at: Date;
  order_id: string;
  position: number;
  [column: string]: unknown;
}

/**
 * Orders, one row per line, newest first like the hub's list and with its filters. The caller has
 * checked the viewer is back office (staff or a token with ORDERS_MANAGE): they see every order.
 * Keyset on (placed_at desc, order id desc, line position asc): each batch is one indexed query.
 */
export function orderExport(ctx: Ctx, filter: OrderExportFilter): ExportTable {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (filter.status) add('o.status = ?', filter.status);
  if (filter.customerId) add('o.customer_id = ?', filter.customerId);
  const search = filter.customerSearch?.trim();
  if (search) add('(c.name ilike ? or c.customer_number ilike ?)', `%${escapeLike(search)}%`, `%${escapeLike(search)}%`);
  if (filter.placedFrom) add('o.placed_at >= ?', filter.placedFrom);
  if (filter.placedBefore) add('o.placed_at < ?', filter.placedBefore);
  if (filter.acknowledged === true) add('o.acknowledged_at is not null');
  if (filter.acknowledged === false) add('o.acknowledged_at is null');
  const text = filter.search?.trim();
  if (text) {
    const like = `%${escapeLike(text)}%`;
    add('(o.number ilike ? or o.external_reference ilike ? or o.purchase_order_reference ilike ?)', like, like, like);
  }

  async function* batches(): AsyncGenerator<ExportCell[][]> {
    let last: LineRow | undefined;
    for (;;) {
      const keyset = last ? ['(o.placed_at < ? or (o.placed_at = ? and (o.id < ? or (o.id = ? and l.position > ?))))'] : [];
      const keysetParams = last ? [last.placed_at, last.placed_at, last.order_id, last.order_id, last.position] : [];
      const conditions = [...where, ...keyset];
      const rows = await bulkQuery<LineRow>(
        ctx.em,
        `select o.placed_at, o.id as order_id, l.position, o.number, o.kind, o.status, c.customer_number, c.name as customer_name,
                o.purchase_order_reference, o.external_reference, o.order_date::text, o.requested_delivery_date::text, d.name as delivery_site,
                l.reference, l.name as product_name, l.quantity, l.unit_price, l.line_total,
                o.subtotal, o.shipping_cost, o.total, o.currency_code, o.updated_at,
                o.tax_computed, l.tax_rate_name, l.tax_percentage, o.total_excluding_tax, o.tax_total, o.tax_exemption
         from customer_order o
         join customer c on c.id = o.customer_id
         join order_line l on l.order_id = o.id
         left join delivery_site d on d.id = o.delivery_site_id
         ${conditions.length ? `where ${conditions.join(' and ')}` : ''}
         order by o.placed_at desc, o.id desc, l.position asc
         limit ${EXPORT_BATCH}`,
        [...params, ...keysetParams],
      );
      if (!rows.length) return;
      yield rows.map((r) => [
        r.number, r.kind, r.status, r.customer_number, r.customer_name, r.purchase_order_reference,
        // The ERP's own order number (orderAcknowledge).
        r.external_reference,
        r.placed_at, r.order_date, r.requested_delivery_date, r.delivery_site, r.position + 1,
        r.reference, r.product_name, r.quantity, r.unit_price, r.line_total,
        r.subtotal, r.shipping_cost, r.total, r.currency_code, r.updated_at,
        // VAT frozen at placing (issue 15 D1); empty for orders placed before rates existed.
        r.tax_computed, r.tax_rate_name, r.tax_percentage === null ? null : normalizePercentage(String(r.tax_percentage)),
        r.total_excluding_tax, r.tax_total, r.tax_computed ? r.total : null, r.tax_exemption,
      ] as ExportCell[]);
      if (rows.length < EXPORT_BATCH) return;
      last = rows[rows.length - 1];
    }
  }

  return {
    columns: [
      { name: 'order_number', kind: 'text' },
      { name: 'kind', kind: 'text' },
      { name: 'status', kind: 'text' },
      { name: 'customer_number', kind: 'text' },
      { name: 'customer_name', kind: 'text' },
      { name: 'purchase_order_reference', kind: 'text' },
      { name: 'external_reference', kind: 'text' },
      { name: 'placed_at', kind: 'datetime' },
      { name: 'order_date', kind: 'date' },
      { name: 'requested_delivery_date', kind: 'date' },
      { name: 'delivery_site', kind: 'text' },
      { name: 'line', kind: 'integer' },
      { name: 'reference', kind: 'text' },
      { name: 'product_name', kind: 'text' },
      { name: 'quantity', kind: 'integer' },
      { name: 'unit_price', kind: 'amount' },
      { name: 'line_total', kind: 'amount' },
      { name: 'order_subtotal', kind: 'amount' },
      { name: 'shipping_cost', kind: 'amount' },
      { name: 'order_total', kind: 'amount' },
      { name: 'currency', kind: 'text' },
      { name: 'updated_at', kind: 'datetime' },
      { name: 'tax_computed', kind: 'flag' },
      { name: 'line_tax_rate_name', kind: 'text' },
      { name: 'line_tax_rate', kind: 'text' },
      { name: 'order_total_excluding_tax', kind: 'amount' },
      { name: 'order_tax', kind: 'amount' },
      { name: 'order_total_including_tax', kind: 'amount' },
      { name: 'tax_exemption', kind: 'text' },
    ],
    batches: batches(),
  };
}
