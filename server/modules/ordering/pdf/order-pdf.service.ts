import type { EntityManager } from '@mikro-orm/postgresql';
import { translator } from '../../../common/i18n.js';
import { Customer, DeliverySite } from '../../customers/index.js';
import { StoreSettings } from '../../settings/index.js';
import { Order, OrderKind, OrderLine, OrderStatus } from '../entities/order.entity.js';
import { formatDate, formatMoney, renderOrderPdf, type Letterhead, type OrderPdfData, type OrderPdfKind, type TotalRow } from './order-pdf.js';

/** Which document a request names: `confirmation` is a quote for quote orders. */
export type OrderPdfRequest = 'confirmation' | 'deliveryNote';

/** Statuses from which a delivery note exists: the goods have left. */
export const DELIVERY_NOTE_STATUSES: readonly OrderStatus[] = [OrderStatus.SHIPPED, OrderStatus.DELIVERED];

export function letterheadOf(settings: StoreSettings): Letterhead {
  const type = settings.logoContentType ?? '';
  const logo = settings.logo && /png|jpe?g/.test(type) ? { data: settings.logo, format: type.includes('png') ? ('png' as const) : ('jpg' as const) } : null;
  return {
    name: settings.legalName || settings.storeName,
    address: settings.legalAddress ?? null,
    vatNumber: settings.vatNumber ?? null,
    companyRegistration: settings.companyRegistration ?? null,
    iban: settings.iban ?? null,
    bic: settings.bic ?? null,
    paymentTerms: settings.paymentTerms ?? null,
    footer: settings.documentFooter ?? null,
    logo,
  };
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/**
 * Everything an order's document shows, read in four queries (order, customer and site, lines
 * with their products, settings with the logo), in the customer's document language.
 */
export async function orderPdfData(em: EntityManager, orderId: string, request: OrderPdfRequest, now = new Date()): Promise<OrderPdfData> {
  const order = await em.findOneOrFail(Order, { id: orderId });
  const [customer, site, lines, settings] = await Promise.all([
    em.findOneOrFail(Customer, { id: order.customer.id }),
    order.deliverySite ? em.findOne(DeliverySite, { id: order.deliverySite.id }) : Promise.resolve(null),
    em.find(OrderLine, { order: orderId }, { populate: ['product'], orderBy: { position: 'asc' } }),
    em.findOneOrFail(StoreSettings, { id: 1 }, { populate: ['logo'] }),
  ]);
  const language = customer.documentLanguage;
  const t = translator(language);
  const money = (amount: string) => formatMoney(language, order.currencyCode, amount);
  const kind: OrderPdfKind = request === 'deliveryNote' ? 'deliveryNote' : order.kind === OrderKind.QUOTE ? 'quote' : 'confirmation';
  const totals = orderTotalRows(order, t, money);
  return {
    kind,
    language,
    t,
    letterhead: letterheadOf(settings),
    number: order.number,
    date: formatDate(language, kind === 'deliveryNote' ? now : order.placedAt),
    orderDate: order.orderDate ? formatDate(language, order.orderDate) : null,
    status: capitalize(t(`orderStatus.${order.status}`)),
    currencyCode: order.currencyCode,
    customer: { name: customer.name, number: customer.customerNumber, vatNumber: order.customerVatNumber ?? customer.vatNumber ?? null },
    deliverySite: site ? { name: site.name, street: site.street, postalCode: site.postalCode, city: site.city, country: site.country } : null,
    purchaseOrderReference: order.purchaseOrderReference ?? null,
    requestedDeliveryDate: order.requestedDeliveryDate ? formatDate(language, order.requestedDeliveryDate) : null,
    notes: order.notes ?? null,
    lines: lines.map((l) => ({
      reference: l.reference,
      barcode: l.product?.barcode ?? null,
      name: l.name,
      quantity: l.quantity,
      unit: l.product?.unit ?? '',
      unitPrice: money(l.unitPrice),
      lineTotal: money(l.lineTotal),
    })),
    totals,
  };
}

/**
 * The totals block (issue 15 D1, decision 35): subtotal, shipping, then with VAT computed the
 * total without VAT, VAT per rate (rate name on its base) and the total with VAT, and an exempt
 * customer's legal mention; orders placed before VAT existed say "VAT not computed".
 */
export function orderTotalRows(
  order: Pick<Order, 'subtotal' | 'shippingCost' | 'total' | 'taxComputed' | 'totalExcludingTax' | 'taxLines' | 'taxExemption' | 'taxExemptionMention' | 'shippingTaxRateName'>,
  t: (key: string, values?: Record<string, unknown>) => string,
  money: (amount: string) => string,
): TotalRow[] {
  const rows: TotalRow[] = [
    { label: t('pdf.subtotal'), amount: money(order.subtotal) },
    { label: order.shippingTaxRateName ? `${t('pdf.shipping')} (${order.shippingTaxRateName})` : t('pdf.shipping'), amount: money(order.shippingCost) },
  ];
  if (!order.taxComputed) {
    return [...rows, { label: t('pdf.total'), amount: money(order.total), strong: true }, { label: t('tax.notComputed'), amount: '', note: true }];
  }
  if (order.totalExcludingTax) rows.push({ label: t('tax.totalExcludingTax'), amount: money(order.totalExcludingTax) });
  for (const line of order.taxLines ?? []) rows.push({ label: t('tax.line', { name: line.rateName, base: money(line.base) }), amount: money(line.tax) });
  rows.push({ label: t('tax.totalIncludingTax'), amount: money(order.total), strong: true });
  if (order.taxExemption) rows.push({ label: order.taxExemptionMention || t('tax.exempt'), amount: '', note: true });
  return rows;
}

/** The document's file name, e.g. "C-000123-confirmation.pdf". */
export function orderPdfFileName(number: string, request: OrderPdfRequest): string {
  return `${number.replace(/[^A-Za-z0-9._-]/g, '_')}-${request === 'deliveryNote' ? 'delivery-note' : 'confirmation'}.pdf`;
}

export async function renderOrderDocument(em: EntityManager, orderId: string, request: OrderPdfRequest): Promise<Buffer> {
  return renderOrderPdf(await orderPdfData(em, orderId, request));
}

/**
 * A sample confirmation with the store's current letterhead and logo, in `language`: what admins
 * preview while editing the letterhead (decision 44). Made-up customer and lines, real settings.
 */
export async function renderSampleConfirmation(em: EntityManager, language: string, now = new Date()): Promise<Buffer> {
  const settings = await em.findOneOrFail(StoreSettings, { id: 1 }, { populate: ['logo'] });
  const t = translator(language);
  const currency = settings.currencyCode;
  const money = (amount: string) => formatMoney(language, currency, amount);
  const sample = [
    { reference: 'SAMPLE-001', barcode: '5400000000010', name: t('pdf.sampleProduct', { n: 1 }), quantity: 3, unit: 'kg', unitPrice: '12.50' },
    { reference: 'SAMPLE-002', barcode: '5400000000027', name: t('pdf.sampleProduct', { n: 2 }), quantity: 48, unit: 'piece', unitPrice: '0.80' },
  ];
  const lines = sample.map((l) => ({ ...l, unitPrice: money(l.unitPrice), lineTotal: money((Number(l.unitPrice) * l.quantity).toFixed(2)) }));
  return renderOrderPdf({
    kind: 'confirmation',
    language,
    t,
    letterhead: letterheadOf(settings),
    number: 'C-000000',
    date: formatDate(language, now),
    orderDate: null,
    status: capitalize(t('orderStatus.SUBMITTED')),
    currencyCode: currency,
    customer: { name: t('pdf.sampleCustomer'), number: 'CUST-0001', vatNumber: null },
    deliverySite: null,
    purchaseOrderReference: null,
    requestedDeliveryDate: null,
    notes: null,
    lines,
    totals: [
      { label: t('pdf.subtotal'), amount: money('75.90') },
      { label: t('pdf.shipping'), amount: money('15.00') },
      { label: t('pdf.total'), amount: money('90.90'), strong: true },
    ],
  });
}
