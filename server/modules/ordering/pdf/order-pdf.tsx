import { Document, Image, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer';
import type { TFunction } from 'i18next';
import { inflateSync } from 'node:zlib';
import { intlLocale } from '../../../common/intl-locale.js';

/** Which paper: the confirmation (a quote for quote orders) with prices, or the delivery note without. */
export type OrderPdfKind = 'confirmation' | 'quote' | 'deliveryNote';

export interface Letterhead {
  name: string;
  address: string | null;
  vatNumber: string | null;
  companyRegistration: string | null;
  iban: string | null;
  bic: string | null;
  paymentTerms: string | null;
  footer: string | null;
  logo: { data: Buffer; format: 'png' | 'jpg' } | null;
}

export interface OrderPdfLine {
  reference: string;
  barcode: string | null;
  name: string;
  quantity: number;
  unit: string;
  unitPrice: string;
  lineTotal: string;
}

/**
 * One row of the totals block: a label and an amount, `strong` for the grand total. The totals
 * are a list so that tax rows (VAT per rate, issue 15 D1) slot in between subtotal and total.
 */
export interface TotalRow {
  label: string;
  amount: string;
  strong?: boolean;
  /** A line of text under the figures (the VAT exemption's legal mention, "VAT not computed"). */
  note?: boolean;
}

export interface OrderPdfData {
  kind: OrderPdfKind;
  language: string;
  t: TFunction;
  letterhead: Letterhead;
  number: string;
  date: string;
  orderDate: string | null;
  status: string;
  currencyCode: string;
  customer: { name: string; number: string; vatNumber: string | null };
  deliverySite: { name: string; street: string; postalCode: string; city: string; country: string } | null;
  purchaseOrderReference: string | null;
  requestedDeliveryDate: string | null;
  notes: string | null;
  lines: OrderPdfLine[];
  totals: TotalRow[];
}

// The standard PDF fonts (Helvetica) cover Latin-1 (WinAnsi), enough for en/fr/nl/de/pt/es and
// €, but not the narrow no-break space Intl puts in French numbers: it becomes a plain no-break space.
export function pdfText(s: string): string {
  return s.replace(/[\u202f\u2009]/g, '\u00a0');
}

export function formatMoney(language: string, currencyCode: string, amount: string): string {
  return pdfText(new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency: currencyCode, minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(Number(amount)));
}

export function formatNumber(language: string, value: number): string {
  return pdfText(new Intl.NumberFormat(intlLocale(language)).format(value));
}

/** A calendar date ("2026-12-04") or an instant, written the language's way; calendar dates are not shifted by time zones. */
export function formatDate(language: string, value: string | Date): string {
  const d = typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : value;
  return pdfText(new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeZone: 'UTC' }).format(d));
}

const s = StyleSheet.create({
  page: { paddingTop: 36, paddingBottom: 64, paddingHorizontal: 36, fontSize: 9, fontFamily: 'Helvetica', color: '#1f2933' },
  header: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: 18 },
  supplier: { maxWidth: 260 },
  supplierName: { fontSize: 12, fontFamily: 'Helvetica-Bold', marginBottom: 3 },
  muted: { color: '#52606d' },
  logo: { maxWidth: 140, maxHeight: 56, marginBottom: 6, objectFit: 'contain' },
  title: { fontSize: 16, fontFamily: 'Helvetica-Bold', textAlign: 'right' },
  facts: { marginTop: 6, alignItems: 'flex-end' },
  blocks: { flexDirection: 'row', gap: 12, marginBottom: 14 },
  block: { flex: 1, borderWidth: 0.5, borderColor: '#cbd2d9', padding: 8, borderRadius: 2 },
  blockTitle: { fontFamily: 'Helvetica-Bold', fontSize: 8, color: '#52606d', marginBottom: 3, textTransform: 'uppercase' },
  bold: { fontFamily: 'Helvetica-Bold' },
  row: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: '#e4e7eb', paddingVertical: 3 },
  headRow: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: '#1f2933', paddingVertical: 4, fontFamily: 'Helvetica-Bold', fontSize: 8 },
  cRef: { width: 70, paddingRight: 4 },
  cBarcode: { width: 78, paddingRight: 4 },
  cName: { flex: 1, paddingRight: 4 },
  cQty: { width: 42, textAlign: 'right', paddingRight: 4 },
  cUnit: { width: 44, paddingRight: 4 },
  cPrice: { width: 62, textAlign: 'right', paddingRight: 4 },
  cTotal: { width: 68, textAlign: 'right' },
  totals: { marginTop: 8, marginLeft: 'auto', width: 220 },
  totalRow: { flexDirection: 'row', justifyContent: 'space-between', paddingVertical: 2 },
  grandTotal: { borderTopWidth: 1, borderTopColor: '#1f2933', marginTop: 2, paddingTop: 4, fontFamily: 'Helvetica-Bold', fontSize: 11 },
  section: { marginTop: 12 },
  signature: { marginTop: 28, borderTopWidth: 0.5, borderTopColor: '#9aa5b1', paddingTop: 4, width: 260, color: '#52606d' },
  footer: { position: 'absolute', bottom: 24, left: 36, right: 36, fontSize: 7, color: '#52606d', flexDirection: 'row', justifyContent: 'space-between', borderTopWidth: 0.5, borderTopColor: '#cbd2d9', paddingTop: 4 },
  footerText: { maxWidth: 420 },
});

/** The totals block: whatever rows it is given, in order, the strong ones as grand totals. */
export function TotalsBlock({ rows }: { rows: TotalRow[] }) {
  return (
    <View style={s.totals} wrap={false}>
      {rows.map((r, i) =>
        r.note ? (
          <Text key={i} style={[s.muted, { marginTop: 4, fontSize: 7.5 }]}>
            {r.label}
          </Text>
        ) : (
          <View key={i} style={r.strong ? [s.totalRow, s.grandTotal] : s.totalRow}>
            <Text>{r.label}</Text>
            <Text>{r.amount}</Text>
          </View>
        ),
      )}
    </View>
  );
}

function Header({ d }: { d: OrderPdfData }) {
  const { t, letterhead: lh } = d;
  const title = t(`pdf.${d.kind}`);
  return (
    <View style={s.header}>
      <View style={s.supplier}>
        {lh.logo ? <Image style={s.logo} src={{ data: lh.logo.data, format: lh.logo.format }} /> : null}
        <Text style={s.supplierName}>{lh.name}</Text>
        {lh.address ? <Text style={s.muted}>{lh.address}</Text> : null}
        {lh.vatNumber ? <Text style={s.muted}>{`${t('pdf.vatNumber')} ${lh.vatNumber}`}</Text> : null}
        {lh.companyRegistration ? <Text style={s.muted}>{`${t('pdf.registration')} ${lh.companyRegistration}`}</Text> : null}
      </View>
      <View>
        <Text style={s.title}>{title}</Text>
        <View style={s.facts}>
          <Text>{`${t('pdf.number')}: ${d.number}`}</Text>
          <Text>{`${t('pdf.date')}: ${d.date}`}</Text>
          {d.orderDate ? <Text>{`${t('pdf.orderDate')}: ${d.orderDate}`}</Text> : null}
          <Text>{`${t('pdf.status')}: ${d.status}`}</Text>
        </View>
      </View>
    </View>
  );
}

function Parties({ d }: { d: OrderPdfData }) {
  const { t } = d;
  const site = d.deliverySite;
  return (
    <View style={s.blocks}>
      <View style={s.block}>
        <Text style={s.blockTitle}>{t('pdf.customer')}</Text>
        <Text style={s.bold}>{d.customer.name}</Text>
        <Text>{`${t('pdf.customerNumber')} ${d.customer.number}`}</Text>
        {d.customer.vatNumber ? <Text>{`${t('pdf.vatNumber')} ${d.customer.vatNumber}`}</Text> : null}
        {d.purchaseOrderReference ? <Text>{`${t('pdf.poReference')}: ${d.purchaseOrderReference}`}</Text> : null}
      </View>
      <View style={s.block}>
        <Text style={s.blockTitle}>{t('pdf.deliverTo')}</Text>
        {site ? (
          <>
            <Text style={s.bold}>{site.name}</Text>
            <Text>{site.street}</Text>
            <Text>{`${site.postalCode} ${site.city} ${site.country}`}</Text>
          </>
        ) : (
          <Text style={s.bold}>{d.customer.name}</Text>
        )}
        {d.requestedDeliveryDate ? <Text>{`${t('pdf.requestedDelivery')}: ${d.requestedDeliveryDate}`}</Text> : null}
      </View>
    </View>
  );
}

function LinesTable({ d, lines, prices }: { d: OrderPdfData; lines: OrderPdfLine[]; prices: boolean }) {
  const { t } = d;
  return (
    <View>
      {/* Every page's table starts with its header row. */}
      <View style={s.headRow}>
        <Text style={s.cRef}>{t('pdf.reference')}</Text>
        <Text style={s.cBarcode}>{t('pdf.barcode')}</Text>
        <Text style={s.cName}>{t('pdf.product')}</Text>
        <Text style={s.cQty}>{t('pdf.quantity')}</Text>
        <Text style={s.cUnit}>{t('pdf.unit')}</Text>
        {prices ? <Text style={s.cPrice}>{t('pdf.unitPrice')}</Text> : null}
        {prices ? <Text style={s.cTotal}>{t('pdf.lineTotal')}</Text> : null}
      </View>
      {lines.map((l, i) => (
        <View key={i} style={s.row} wrap={false}>
          <Text style={s.cRef}>{l.reference}</Text>
          <Text style={s.cBarcode}>{l.barcode ?? ''}</Text>
          <Text style={s.cName}>{clip(l.name)}</Text>
          <Text style={s.cQty}>{formatNumber(d.language, l.quantity)}</Text>
          <Text style={s.cUnit}>{l.unit}</Text>
          {prices ? <Text style={s.cPrice}>{l.unitPrice}</Text> : null}
          {prices ? <Text style={s.cTotal}>{l.lineTotal}</Text> : null}
        </View>
      ))}
    </View>
  );
}

// Lines per page, the first page shorter under the letterhead. React-PDF lays out again what
// remains after each automatic page break and again for "page x of y" (200 lines took 1.5 s of
// CPU), so the table is cut into pages here and numbered statically: names are held to two
// lines (clipped at NAME_CHARS), and these counts fit two-line rows, so a page does not overflow.
// Only a reference or unit too long for its column could still wrap a row further: then the
// pages are numbered by React-PDF after layout, slower but right.
const FIRST_PAGE_LINES = 16;
const PAGE_LINES = 25;

const NAME_CHARS = 70;

function clip(name: string): string {
  return name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS - 1).trimEnd()}…` : name;
}

function mayOverflow(lines: OrderPdfLine[]): boolean {
  return lines.some((l) => l.reference.length > 12 || (l.barcode ?? '').length > 14 || l.unit.length > 8);
}

function pagesOf(lines: OrderPdfLine[]): OrderPdfLine[][] {
  const pages = [lines.slice(0, FIRST_PAGE_LINES)];
  for (let i = FIRST_PAGE_LINES; i < lines.length; i += PAGE_LINES) pages.push(lines.slice(i, i + PAGE_LINES));
  return pages;
}

/** An order's confirmation, quote or delivery note as one React-PDF document. */
export function OrderPdf({ d }: { d: OrderPdfData }) {
  const { t, letterhead: lh } = d;
  const prices = d.kind !== 'deliveryNote';
  const dynamicNumbers = mayOverflow(d.lines);
  const bank = [lh.iban ? `IBAN ${lh.iban}` : null, lh.bic ? `BIC ${lh.bic}` : null].filter(Boolean).join(' · ');
  return (
    <Document title={`${t(`pdf.${d.kind}`)} ${d.number}`} author={lh.name} language={d.language}>
      {pagesOf(d.lines).map((lines, index, pages) => {
        const last = index === pages.length - 1;
        return (
          <Page key={index} size="A4" style={s.page}>
            {index === 0 ? <Header d={d} /> : null}
            {index === 0 ? <Parties d={d} /> : null}
            <LinesTable d={d} lines={lines} prices={prices} />
            {last ? (
              <>
                {prices ? <TotalsBlock rows={d.totals} /> : <Text style={[s.section, s.muted]}>{t('pdf.lines', { count: d.lines.length })}</Text>}
                {d.notes ? (
                  <View style={s.section} wrap={false}>
                    <Text style={s.blockTitle}>{t('pdf.notes')}</Text>
                    <Text>{d.notes}</Text>
                  </View>
                ) : null}
                {prices && (lh.paymentTerms || bank) ? (
                  <View style={s.section} wrap={false}>
                    {lh.paymentTerms ? <Text>{`${t('pdf.paymentTerms')}: ${lh.paymentTerms}`}</Text> : null}
                    {bank ? <Text>{`${t('pdf.bank')}: ${bank}`}</Text> : null}
                  </View>
                ) : null}
                {prices ? null : <Text style={s.signature}>{t('pdf.receivedBy')}</Text>}
              </>
            ) : null}
            <View style={s.footer} fixed>
              <Text style={s.footerText}>{[lh.name, lh.footer].filter(Boolean).join(' — ')}</Text>
              {dynamicNumbers ? (
                <Text render={({ pageNumber, totalPages }) => t('pdf.page', { page: pageNumber, pages: totalPages })} />
              ) : (
                <Text>{t('pdf.page', { page: index + 1, pages: pages.length })}</Text>
              )}
            </View>
          </Page>
        );
      })}
    </Document>
  );
}

/**
 * A document that cannot be drawn from what is stored (decision 0059): the same data fails the same
 * way every time, so the email job sends without it at once and the routes answer 409.
 */
export class DocumentDrawingError extends Error {
  constructor(readonly code: 'LOGO_UNREADABLE', message: string) {
    super(message);
    this.name = 'DocumentDrawingError';
  }
}

/**
 * Checks that a PNG logo's image data inflates before React-PDF gets it. png-js inflates it
 * asynchronously and throws from zlib's callback: a corrupt logo (stored before the upload checks,
 * or edited in the database) would end the whole process with an uncaught exception, and the
 * drawing's promise would never settle. JPEGs are embedded as they are (a bad one is left out).
 */
export function assertDrawableLogo(logo: Letterhead['logo']): void {
  if (!logo || logo.format !== 'png') return;
  const bytes = logo.data;
  const chunks: Buffer[] = [];
  let offset = 8;
  try {
    if (!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG');
    while (offset + 8 <= bytes.length) {
      const length = bytes.readUInt32BE(offset);
      const type = bytes.toString('latin1', offset + 4, offset + 8);
      if (offset + 12 + length > bytes.length) throw new Error('cut short');
      if (type === 'IDAT') chunks.push(bytes.subarray(offset + 8, offset + 8 + length));
      if (type === 'IEND') break;
      offset += 12 + length;
    }
    if (!chunks.length) throw new Error('no image data');
    inflateSync(Buffer.concat(chunks));
  } catch (e) {
    throw new DocumentDrawingError('LOGO_UNREADABLE', `The letterhead's logo cannot be read (${(e as Error).message}).`);
  }
}

export function renderOrderPdf(d: OrderPdfData): Promise<Buffer> {
  assertDrawableLogo(d.letterhead.logo);
  return renderToBuffer(<OrderPdf d={d} />);
}
