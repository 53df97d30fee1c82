import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, signInShop, signInStaff } from '../support/fixtures.js';
import { CUSTOMER_CREATE, GRANT, PASSWORD_CHANGE } from '../support/graphql-ops.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { Product } from '../../server/modules/catalog/entities/product.entity.js';
import { ProductPrice } from '../../server/modules/catalog/index.js';
import { idOf, toGlobalId } from '../../server/common/global-id.js';
import { renderEmail } from '../../emails/index.js';

// VAT frozen on orders (issue 15, D1; decision 35): placing freezes each line's rate, the
// shipping's, the mode, the rounding and the exemption; a later rate change changes nothing placed;
// a shipping-cost change recomputes from the frozen rates; cart and order show the same figures;
// orders placed before rates existed say "VAT not computed"; awkward amounts in both roundings.

let server: TestServer;
let admin: string;
let catalog: Awaited<ReturnType<typeof createCatalog>>;

const MONEY = `{ amount currencyCode }`;
const TAX = `taxComputed totalExcludingTax ${MONEY} taxLines { name rate base ${MONEY} amount ${MONEY} } taxTotal ${MONEY} totalIncludingTax ${MONEY} taxExemption taxExemptionMention`;
const ORDER = `id number subtotal ${MONEY} shippingCost ${MONEY} total ${MONEY} pricesIncludeTax shippingTaxRateName shippingTaxRate customerVatNumber ${TAX} lines { reference taxRateName taxRate lineTotal ${MONEY} }`;
const CART = `{ cart { subtotal ${MONEY} shippingCost ${MONEY} pricesIncludeTax ${TAX} } }`;
const ADD = `mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`;
const PLACE = `mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { order { ${ORDER} } userErrors { field code message } } }`;
const GET = `query($id: ID!) { order(id: $id) { ${ORDER} } }`;
const RATE_CREATE = `mutation($i: TaxRateCreateInput!) { taxRateCreate(input: $i) { taxRate { id } userErrors { code } } }`;
const RATE_UPDATE = `mutation($i: TaxRateUpdateInput!) { taxRateUpdate(input: $i) { taxRate { id } userErrors { code } } }`;
const SETTINGS = `mutation($i: StoreSettingsUpdateInput!) { storeSettingsUpdate(input: $i) { userErrors { field code } } }`;
const SHIPPING = `mutation($i: OrderShippingCostUpdateInput!) { orderShippingCostUpdate(input: $i) { order { ${ORDER} } userErrors { field code } } }`;
const VALIDATE = `mutation($i: OrderStatusChangeInput!) { orderValidate(input: $i) { userErrors { code } } }`;

const m = (amount: string) => ({ amount, currencyCode: 'EUR' });
const flat = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ');

let n = 0;
async function buyer(extra: Record<string, unknown> = {}): Promise<{ customerId: string; token: string }> {
  n += 1;
  const email = `b${n}@vat.test`;
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name: `Vat ${n}`, customerNumber: `V-${n}`, contacts: [{ email }], documentLanguage: 'FR', ...extra } }, { token: admin });
  expect(c.data.customerCreate.userErrors).toEqual([]);
  const customerId = c.data.customerCreate.customer.id as string;
  await server.graphql(GRANT, { i: { customerId, email, password: 'pppp1234', passwordConfirmation: 'pppp1234' } }, { token: admin });
  const token = await signInShop(server, email, 'pppp1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'pppp1234', newPassword: 'pppp5678', newPasswordConfirmation: 'pppp5678' } }, { token });
  return { customerId, token };
}
async function add(token: string, lines: Array<{ id: string; quantity: number }>) {
  const r = await server.graphql(ADD, { i: { lines: lines.map((l) => ({ productId: toGlobalId('Product', l.id), quantity: l.quantity })) } }, { token });
  expect(r.data.cartLinesAdd.userErrors).toEqual([]);
}
async function place(token: string, key: string) {
  const r = await server.graphql(PLACE, { i: { idempotencyKey: key } }, { token });
  expect(r.data.orderPlace.userErrors).toEqual([]);
  return r.data.orderPlace.order;
}
async function settings(i: Record<string, unknown>) {
  const r = await server.graphql(SETTINGS, { i }, { token: admin });
  expect(r.data.storeSettingsUpdate.userErrors).toEqual([]);
}
async function outboxProps(template: string, orderNumber: string): Promise<any> {
  const rows = await server.app.services.orm.em.fork().execute(`select props from outbox_email where template = ? and props->>'orderNumber' = ? order by created_at desc limit 1`, [template, orderNumber]);
  return rows[0]?.props;
}

const dir = mkdtempSync(join(tmpdir(), 'comptoir-vat-'));
/** The confirmation PDF's text, read back with Debian's pdftotext (poppler-utils). */
async function pdfText(orderId: string): Promise<string> {
  const res = await fetch(`${server.url}/api/orders/${orderId}/confirmation.pdf`, { headers: { authorization: `Bearer ${admin}` } });
  expect(res.status).toBe(200);
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  return flat(execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

let exemptOrderId = '';
let standard = '';
let oldOrderId = '';
let orderIdForPdf = '';
let reduced = '';

beforeAll(async () => {
  server = await startTestServer({ PUBLIC_URL: 'https://shop.example.test' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@vat.test', password: 'admin1234', role: StaffRole.ADMIN });
  catalog = await createCatalog(em);
  admin = await signInStaff(server, 'admin@vat.test', 'admin1234');
});
afterAll(() => server?.close());

describe('orders placed before VAT rates existed', () => {
  it('say "VAT not computed" and keep subtotal + shipping as their total; so does the cart', async () => {
    const b = await buyer();
    await add(b.token, [{ id: catalog.coffee.id, quantity: 2 }]);
    const cart = (await server.graphql(CART, {}, { token: b.token })).data.cart;
    expect(cart).toMatchObject({ subtotal: m('25.00'), taxComputed: false, totalExcludingTax: null, taxLines: [], taxTotal: null, totalIncludingTax: null });
    const order = await place(b.token, 'old');
    oldOrderId = order.id;
    expect(order).toMatchObject({
      subtotal: m('25.00'), shippingCost: m('15.00'), total: m('40.00'), taxComputed: false, pricesIncludeTax: null,
      totalExcludingTax: null, taxLines: [], taxTotal: null, totalIncludingTax: null, shippingTaxRateName: null,
      lines: [{ reference: 'COF-1', taxRateName: null, taxRate: null, lineTotal: m('25.00') }],
    });
    const text = flat((await renderEmail('order-placed', await outboxProps('order-placed', order.number), 'fr')).text);
    expect(text).toContain('TVA non calculée');
    expect(text).toMatch(/Total 40,00 €/);
  });
});

describe('VAT frozen at placing', () => {
  let orderId = '';
  let orderNumber = '';

  it('rates: TVA 20 % (default, also shipping) and TVA 5,5 % for coffee', async () => {
    standard = (await server.graphql(RATE_CREATE, { i: { name: 'TVA 20 %', percentage: '20' } }, { token: admin })).data.taxRateCreate.taxRate.id;
    reduced = (await server.graphql(RATE_CREATE, { i: { name: 'TVA 5,5 %', percentage: '5.5' } }, { token: admin })).data.taxRateCreate.taxRate.id;
    const r = await server.graphql(`mutation($i: ProductUpdateInput!) { productUpdate(input: $i) { userErrors { code } } }`, { i: { id: toGlobalId('Product', catalog.coffee.id), taxRateId: reduced } }, { token: admin });
    expect(r.data.productUpdate.userErrors).toEqual([]);
  });

  it('the cart shows VAT per rate over its lines, without VAT (the store setting)', async () => {
    const b = await buyer({ vatNumber: 'BE0123456789' });
    await add(b.token, [{ id: catalog.coffee.id, quantity: 2 }, { id: catalog.water.id, quantity: 24 }]);
    const cart = (await server.graphql(CART, {}, { token: b.token })).data.cart;
    // 25.00 at 5.5 % → 1.375 → 1.38; 19.20 at 20 % → 3.84; the shipping placing will charge
    // (15.00, the location's default) at its own rate, 20 % → 3.00: the order's figures (decision 0053).
    expect(cart).toEqual({
      subtotal: m('44.20'), shippingCost: m('15.00'), pricesIncludeTax: false, taxComputed: true, totalExcludingTax: m('59.20'),
      taxLines: [{ name: 'TVA 5,5 %', rate: '5.5', base: m('25.00'), amount: m('1.38') }, { name: 'TVA 20 %', rate: '20', base: m('34.20'), amount: m('6.84') }],
      taxTotal: m('8.22'), totalIncludingTax: m('67.42'), taxExemption: null, taxExemptionMention: null,
    });

    const order = await place(b.token, 'vat1');
    orderId = order.id;
    orderIdForPdf = order.id;
    orderNumber = order.number;
    // Shipping 15.00 at 20 % → 3.00, added to the 20 % line.
    expect(order).toEqual({
      id: expect.any(String), number: expect.any(String), subtotal: m('44.20'), shippingCost: m('15.00'), total: m('67.42'),
      pricesIncludeTax: false, shippingTaxRateName: 'TVA 20 %', shippingTaxRate: '20', customerVatNumber: 'BE0123456789',
      taxComputed: true, totalExcludingTax: m('59.20'),
      taxLines: [{ name: 'TVA 5,5 %', rate: '5.5', base: m('25.00'), amount: m('1.38') }, { name: 'TVA 20 %', rate: '20', base: m('34.20'), amount: m('6.84') }],
      taxTotal: m('8.22'), totalIncludingTax: m('67.42'), taxExemption: null, taxExemptionMention: null,
      lines: [
        { reference: 'COF-1', taxRateName: 'TVA 5,5 %', taxRate: '5.5', lineTotal: m('25.00') },
        { reference: 'WAT-1', taxRateName: 'TVA 20 %', taxRate: '20', lineTotal: m('19.20') },
      ],
    });
  });

  it('the confirmation email shows the VAT per rate and the total with VAT, in the customer\'s language', async () => {
    const props = await outboxProps('order-placed', orderNumber);
    expect(props.tax).toEqual({
      computed: true, totalExcludingTax: '59.20', exempt: false, exemptionMention: null,
      lines: [{ name: 'TVA 5,5 %', rate: '5.5', base: '25.00', amount: '1.38' }, { name: 'TVA 20 %', rate: '20', base: '34.20', amount: '6.84' }],
    });
    const fr = flat((await renderEmail('order-placed', props, 'fr')).text);
    expect(fr).toContain('Total HT 59,20 €');
    expect(fr).toContain('TVA 5,5 % sur 25,00 € 1,38 €');
    expect(fr).toContain('TVA 20 % sur 34,20 € 6,84 €');
    expect(fr).toContain('Total TTC 67,42 €');
    const en = flat((await renderEmail('order-placed', props, 'en')).text);
    expect(en).toContain('TVA 20 % on €34.20 €6.84');
    expect(en).toContain('Total incl. VAT €67.42');
  });

  it('changing a rate later changes nothing placed', async () => {
    const r = await server.graphql(RATE_UPDATE, { i: { id: reduced, percentage: '7', name: 'TVA 7 %' } }, { token: admin });
    expect(r.data.taxRateUpdate.userErrors).toEqual([]);
    await server.graphql(RATE_UPDATE, { i: { id: standard, percentage: '21' } }, { token: admin });
    const order = (await server.graphql(GET, { id: orderId }, { token: admin })).data.order;
    expect(order).toMatchObject({ total: m('67.42'), taxTotal: m('8.22'), taxLines: [{ name: 'TVA 5,5 %', rate: '5.5', amount: m('1.38') }, { name: 'TVA 20 %', rate: '20', amount: m('6.84') }] });
    expect(order.lines.map((l: any) => [l.taxRateName, l.taxRate])).toEqual([['TVA 5,5 %', '5.5'], ['TVA 20 %', '20']]);
  });

  it('a shipping-cost change recomputes the shipping VAT and totals from the frozen rates', async () => {
    const r = await server.graphql(SHIPPING, { i: { orderId, shippingCost: '20.00' } }, { token: admin });
    expect(r.data.orderShippingCostUpdate.userErrors).toEqual([]);
    // 20 % (frozen, though the rate is 21 % now) on 19.20 + 20.00 = 39.20 → 7.84.
    expect(r.data.orderShippingCostUpdate.order).toMatchObject({
      shippingCost: m('20.00'), totalExcludingTax: m('64.20'), taxTotal: m('9.22'), total: m('73.42'), totalIncludingTax: m('73.42'),
      taxLines: [{ name: 'TVA 5,5 %', base: m('25.00'), amount: m('1.38') }, { name: 'TVA 20 %', base: m('39.20'), amount: m('7.84') }],
    });
  });

  it('the status email shows the recomputed totals with their VAT', async () => {
    const r = await server.graphql(VALIDATE, { i: { orderId } }, { token: admin });
    expect(r.data.orderValidate.userErrors).toEqual([]);
    const props = await outboxProps('order-status-changed', orderNumber);
    expect(props.totals).toMatchObject({ total: '73.42', shippingCost: '20.00' });
    const fr = flat((await renderEmail('order-status-changed', props, 'fr')).text);
    expect(fr).toContain('TVA 20 % sur 39,20 € 7,84 €');
    expect(fr).toContain('Total TTC 73,42 €');
  });

  it('an old order\'s shipping change keeps subtotal + shipping', async () => {
    const r = await server.graphql(SHIPPING, { i: { orderId: oldOrderId, shippingCost: '3.00' } }, { token: admin });
    expect(r.data.orderShippingCostUpdate.order).toMatchObject({ taxComputed: false, total: m('28.00'), taxLines: [], totalIncludingTax: null });
  });
});

describe('the confirmation PDF\'s totals block', () => {
  it('shows the total without VAT, VAT per rate on its base and the total with VAT (French customer)', async () => {
    const text = await pdfText(orderIdForPdf);
    expect(text).toContain('Sous-total 44,20 €');
    expect(text).toContain('Frais de port (TVA 20 %) 20,00 €');
    expect(text).toContain('Total HT 64,20 €');
    expect(text).toContain('TVA 5,5 % sur 25,00 € 1,38 €');
    expect(text).toContain('TVA 20 % sur 39,20 € 7,84 €');
    expect(text).toContain('Total TTC 73,42 €');
    expect(text).not.toContain('TVA non calculée');
  });

  it('an old order says "VAT not computed" under its unchanged total', async () => {
    const text = await pdfText(oldOrderId);
    expect(text).toContain('Total 28,00 €');
    expect(text).toContain('TVA non calculée');
  });
});

describe('the orders export', () => {
  it('has the line\'s rate, the order\'s VAT and its total with VAT; old orders leave them empty', async () => {
    const res = await fetch(`${server.url}/api/exports/orders.csv?customer=V-`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    const rows: Array<Record<string, string>> = parse(Buffer.from(await res.arrayBuffer()).subarray(3).toString('utf8'), { delimiter: ',', columns: true });
    const pick = (r: Record<string, string>) => [r.reference, r.tax_computed, r.line_tax_rate_name, r.line_tax_rate, r.order_total_excluding_tax, r.order_tax, r.order_total_including_tax, r.order_total];
    expect(rows.filter((r) => r.customer_number === 'V-2').map(pick)).toEqual([
      ['COF-1', 'true', 'TVA 5,5 %', '5.5', '64.20', '9.22', '73.42', '73.42'],
      ['WAT-1', 'true', 'TVA 20 %', '20', '64.20', '9.22', '73.42', '73.42'],
    ]);
    expect(rows.filter((r) => r.customer_number === 'V-1').map(pick)).toEqual([['COF-1', expect.stringMatching(/^(false|)$/), '', '', '', '', '', '28.00']]);
  });
});

describe('exemption and prices with VAT', () => {
  it('an exempt customer pays no VAT; the order keeps the exemption and its mention', async () => {
    const b = await buyer({ taxExemption: 'REVERSE_CHARGE', taxExemptionMention: 'Autoliquidation, art. 196 directive 2006/112/CE', vatNumber: 'DE123456789' });
    await add(b.token, [{ id: catalog.coffee.id, quantity: 2 }]);
    const cart = (await server.graphql(CART, {}, { token: b.token })).data.cart;
    expect(cart).toMatchObject({ taxComputed: true, shippingCost: m('15.00'), totalExcludingTax: m('40.00'), taxLines: [], taxTotal: m('0.00'), totalIncludingTax: m('40.00'), taxExemption: 'REVERSE_CHARGE', taxExemptionMention: 'Autoliquidation, art. 196 directive 2006/112/CE' });
    const order = await place(b.token, 'exempt');
    exemptOrderId = order.id;
    expect(order).toMatchObject({
      taxComputed: true, totalExcludingTax: m('40.00'), taxLines: [], taxTotal: m('0.00'), total: m('40.00'), customerVatNumber: 'DE123456789',
      taxExemption: 'REVERSE_CHARGE', taxExemptionMention: 'Autoliquidation, art. 196 directive 2006/112/CE',
    });
    const fr = flat((await renderEmail('order-placed', await outboxProps('order-placed', order.number), 'fr')).text);
    expect(fr).toContain('Autoliquidation, art. 196 directive 2006/112/CE');
    expect(fr).not.toContain('TVA 7 %');
    const pdf = await pdfText(exemptOrderId);
    expect(pdf).toContain('N° TVA DE123456789');
    expect(pdf).toContain('Total HT 40,00 €');
    expect(pdf).toContain('Total TTC 40,00 €');
    expect(pdf).toContain('Autoliquidation, art. 196 directive 2006/112/CE');
    expect(pdf).not.toMatch(/TVA \d+ % sur/);
  });

  it('with prices entered with VAT, the VAT is the part of each amount above its base', async () => {
    await settings({ pricesIncludeTax: true });
    try {
      const b = await buyer();
      await add(b.token, [{ id: catalog.coffee.id, quantity: 2 }]);
      // Coffee now at TVA 7 %: 25.00 gross → VAT 25 × 7 / 107 = 1.6355 → 1.64, base 23.36.
      const cart = (await server.graphql(CART, {}, { token: b.token })).data.cart;
      const order = await place(b.token, 'gross');
      expect(cart).toMatchObject({ pricesIncludeTax: true, shippingCost: order.shippingCost, totalExcludingTax: order.totalExcludingTax, taxLines: order.taxLines, taxTotal: order.taxTotal, totalIncludingTax: order.total });
      // Shipping 15.00 gross at 21 % → 2.6033 → 2.60, base 12.40.
      expect(order).toMatchObject({
        pricesIncludeTax: true, subtotal: m('25.00'), shippingCost: m('15.00'), total: m('40.00'), totalExcludingTax: m('35.76'), taxTotal: m('4.24'),
        taxLines: [{ name: 'TVA 7 %', base: m('23.36'), amount: m('1.64') }, { name: 'TVA 20 %', rate: '21', base: m('12.40'), amount: m('2.60') }],
      });
    } finally {
      await settings({ pricesIncludeTax: false });
    }
  });
});

describe('awkward amounts through placing, in both rounding modes', () => {
  const awkward: string[] = [];

  beforeAll(async () => {
    const ten = (await server.graphql(RATE_CREATE, { i: { name: 'IVA 10 %', percentage: '10' } }, { token: admin })).data.taxRateCreate.taxRate.id;
    const em = server.app.services.orm.em.fork();
    // 30 lines at 0.05 and 10 %: each line's VAT is 0.005 exactly, a half cent.
    for (let i = 0; i < 30; i++) {
      const p = em.create(Product, { reference: `AWK-${i}`, name: `Awkward ${i}`, taxRate: idOf('TaxRate', ten)! });
      em.create(ProductPrice, { priceLevel: catalog.standard, product: p, amount: '0.05' });
      awkward.push(p.id);
    }
    await em.flush();
  });

  /** Places the 30 awkward lines; the cart said the same figures just before (decision 0053). */
  async function placeAwkward(key: string) {
    const b = await buyer();
    await add(b.token, awkward.map((id) => ({ id, quantity: 1 })));
    const cart = (await server.graphql(CART, {}, { token: b.token })).data.cart;
    const order = await place(b.token, key);
    expect(cart).toMatchObject({ subtotal: order.subtotal, shippingCost: order.shippingCost, totalExcludingTax: order.totalExcludingTax, taxLines: order.taxLines, taxTotal: order.taxTotal, totalIncludingTax: order.total });
    return order;
  }

  it('per line: each half cent rounds away from zero, then the lines add up', async () => {
    await settings({ taxRounding: 'PER_LINE' });
    const order = await placeAwkward('awk-line');
    // 30 × 0.01 = 0.30 at 10 %; shipping 15.00 at 21 % → 3.15.
    expect(order).toMatchObject({
      subtotal: m('1.50'), totalExcludingTax: m('16.50'), taxTotal: m('3.45'), total: m('19.95'),
      taxLines: [{ name: 'IVA 10 %', base: m('1.50'), amount: m('0.30') }, { name: 'TVA 20 %', base: m('15.00'), amount: m('3.15') }],
    });
    expect(order.lines).toHaveLength(30);
  });

  it('per total: the rate\'s amounts add up first, its VAT rounds once', async () => {
    await settings({ taxRounding: 'PER_TOTAL' });
    try {
      const order = await placeAwkward('awk-total');
      // 1.50 at 10 % = 0.15 exactly.
      expect(order).toMatchObject({
        subtotal: m('1.50'), totalExcludingTax: m('16.50'), taxTotal: m('3.30'), total: m('19.80'),
        taxLines: [{ name: 'IVA 10 %', base: m('1.50'), amount: m('0.15') }, { name: 'TVA 20 %', base: m('15.00'), amount: m('3.15') }],
      });
    } finally {
      await settings({ taxRounding: 'PER_LINE' });
    }
  });

  it('a single half cent on a rate total rounds away from zero', async () => {
    // 0.05 × 1 at 10 % per total: 0.005 → 0.01 (never banker's 0.00).
    await settings({ taxRounding: 'PER_TOTAL' });
    try {
      const b = await buyer();
      await add(b.token, [{ id: awkward[0]!, quantity: 1 }]);
      const cart = (await server.graphql(CART, {}, { token: b.token })).data.cart;
      expect(cart.taxLines[0]).toEqual({ name: 'IVA 10 %', rate: '10', base: m('0.05'), amount: m('0.01') });
      const order = await place(b.token, 'awk-one');
      expect(cart.taxLines).toEqual(order.taxLines);
      expect(order.taxLines[0]).toEqual({ name: 'IVA 10 %', rate: '10', base: m('0.05'), amount: m('0.01') });
    } finally {
      await settings({ taxRounding: 'PER_LINE' });
    }
  });
});
