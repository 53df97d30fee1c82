import type { EntityManager } from '@mikro-orm/postgresql';
import { Language } from '../common/language.js';
import { decimal } from '../common/money.js';
import { hashPassword, StaffRole, StaffUser, ShopUser, StoreAccess, StoreAccessStatus } from '../modules/access/index.js';
import { Customer, Contact } from '../modules/customers/index.js';
import { PriceLevel, StorageLocation, Brand, Season, Tag, Product, ProductPrice, StockLevel } from '../modules/catalog/index.js';
import { Order, OrderLine, OrderStatus } from '../modules/ordering/index.js';
import { StoreSettings } from '../modules/settings/index.js';

import { DEMO_LOGINS } from './demo-logins.js';

export { DEMO_LOGINS };

export async function isDatabaseEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(StaffUser, {})) === 0;
}

// A small deterministic generator: the same demo data on every machine.
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A valid EAN-13 from a 12-digit body (GS1 check digit). */
export function ean13(body: string): string {
  const digits = body.split('').map(Number);
  const sum = digits.reduce((acc, d, i) => acc + d * (i % 2 === 0 ? 1 : 3), 0);
  return body + ((10 - (sum % 10)) % 10);
}

const COMPANY_WORDS = ['Bistro', 'Café', 'Brasserie', 'Épicerie', 'Hotel', 'Bar', 'Cantina', 'Taverne', 'Restaurant', 'Deli'];
const COMPANY_NAMES = ['Lumière', 'du Port', 'Central', 'Les Halles', 'Sol', 'Amsterdam', 'Rivoli', 'Bellevue', 'Alfama', 'Marché', 'Zuid', 'Atlântico', 'Berlin Mitte', 'La Plaza', 'Saint-Louis'];
const PRODUCT_KINDS: [string, string, number][] = [
  ['Espresso beans', 'kg', 1], ['Sparkling water 50cl', 'bottle', 24], ['Orange juice 1L', 'bottle', 6], ['Red wine Côtes du Rhône', 'bottle', 6],
  ['Craft lager 33cl', 'bottle', 24], ['Olive oil extra virgin 5L', 'can', 1], ['Paper napkins', 'pack', 10], ['Sea salt', 'kg', 1],
  ['Tonic water 20cl', 'bottle', 24], ['Dark chocolate 70%', 'bar', 20], ['Green tea', 'box', 12], ['Cola 33cl', 'can', 24],
  ['Apple cider 75cl', 'bottle', 6], ['Balsamic vinegar', 'bottle', 6], ['Basmati rice 5kg', 'bag', 1], ['Flour T55 25kg', 'bag', 1],
];
const LANGS = [Language.FR, Language.EN, Language.NL, Language.DE, Language.PT, Language.ES];

/**
 * Demo data: two staff, two price levels, two storage locations with stock, ~500 products with
 * brands, seasons and tags, 50 customers with contacts and languages, store accesses and a few orders.
 */
export async function seedDemo(em: EntityManager, options: { publicUrl?: string; products?: number; customers?: number } = {}): Promise<void> {
  const random = rng(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const productCount = options.products ?? 500;
  const customerCount = options.customers ?? 50;

  await em.transactional(async (tx) => {
    const settings = await tx.findOneOrFail(StoreSettings, { id: 1 });
    settings.storeName = 'Comptoir Demo Wholesale';

    tx.create(StaffUser, { email: DEMO_LOGINS.admin.email, name: 'Alice Admin', role: StaffRole.ADMIN, language: Language.EN, passwordHash: await hashPassword(DEMO_LOGINS.admin.password) });
    tx.create(StaffUser, { email: DEMO_LOGINS.sales.email, name: 'Sam Sales', role: StaffRole.SALES, language: Language.FR, passwordHash: await hashPassword(DEMO_LOGINS.sales.password) });

    const standard = tx.create(PriceLevel, { code: 'STANDARD', name: 'Standard', isDefault: true });
    const horeca = tx.create(PriceLevel, { code: 'HORECA', name: 'Horeca -10%' });
    const north = tx.create(StorageLocation, { code: 'NORTH', name: 'North warehouse', defaultShippingCost: '15.00', isDefault: true });
    const south = tx.create(StorageLocation, { code: 'SOUTH', name: 'South warehouse', defaultShippingCost: '22.50' });

    const brands = ['Maison Verte', 'Nordic Brew', 'Casa Sol', 'Alpenhof', 'Lisboa Fina', 'Urban Pantry', 'Delta Foods', 'Blue Harbour'].map((name) => tx.create(Brand, { name }));
    const seasons = ['Spring 2026', 'Summer 2026', 'Autumn 2026', 'Winter 2026'].map((name) => tx.create(Season, { name }));
    const tags = ['organic', 'fair-trade', 'vegan', 'gluten-free', 'local', 'premium', 'bulk', 'new'].map((name) => tx.create(Tag, { name }));

    const products: Product[] = [];
    for (let i = 0; i < productCount; i++) {
      const [kind, unit, packSize] = PRODUCT_KINDS[i % PRODUCT_KINDS.length];
      const brand = brands[i % brands.length];
      const product = tx.create(Product, {
        reference: `REF-${String(10000 + i)}`,
        barcode: ean13(`540${String(100000000 + i).slice(-9)}`),
        name: `${brand.name} ${kind}${i >= PRODUCT_KINDS.length ? ` #${Math.floor(i / PRODUCT_KINDS.length) + 1}` : ''}`,
        description: `${kind} by ${brand.name}. Sold per ${unit}, packs of ${packSize}.`,
        brand,
        season: pick(seasons),
        unit,
        packSize,
        active: i % 97 !== 96,
      });
      product.tags.add(tags[i % tags.length]);
      if (i % 3 === 0) product.tags.add(tags[(i + 3) % tags.length]);
      products.push(product);
      const base = (2 + random() * 60).toFixed(2);
      // A few products have no price at the Horeca level: they show as not orderable there.
      tx.create(ProductPrice, { priceLevel: standard, product, amount: base });
      if (i % 50 !== 7) tx.create(ProductPrice, { priceLevel: horeca, product, amount: (Number(base) * 0.9).toFixed(2) });
      tx.create(StockLevel, { location: north, product, quantity: Math.floor(random() * 500) });
      tx.create(StockLevel, { location: south, product, quantity: Math.floor(random() * 200) });
    }

    const buyerPassword = await hashPassword(DEMO_LOGINS.buyer.password);
    const customers: Customer[] = [];
    for (let i = 0; i < customerCount; i++) {
      const name = i === 0 ? 'Bistro Lumière' : `${pick(COMPANY_WORDS)} ${pick(COMPANY_NAMES)} ${i}`;
      const language = i === 0 ? Language.FR : LANGS[i % LANGS.length];
      const customer = tx.create(Customer, {
        name,
        customerNumber: `C${String(1000 + i)}`,
        documentLanguage: language,
        priceLevel: i % 2 === 0 ? horeca : null,
        storageLocation: i % 3 === 0 ? south : null,
        privateMessage: i === 0 ? 'Bienvenue ! Livraison offerte dès 300 € jusqu\'à fin décembre.' : null,
      });
      customers.push(customer);
      const slug = name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      const email = i === 0 ? DEMO_LOGINS.buyer.email : `orders@${slug}.test`;
      // Every seventh customer has no email yet, as in real customer files.
      if (i % 7 !== 6) tx.create(Contact, { customer, name: `Buyer ${i}`, email, phone: `+32 2 555 ${String(1000 + i)}`, position: 0 });
      tx.create(Contact, { customer, name: `Accounting ${i}`, email: i % 7 !== 6 ? `accounting@${slug}.test` : null, position: 1 });
      if (i < 8) {
        const shopUser = tx.create(ShopUser, { email, language, passwordHash: buyerPassword, mustChangePassword: false });
        tx.create(StoreAccess, { customer, shopUser, email, status: i === 5 ? StoreAccessStatus.PENDING_APPROVAL : StoreAccessStatus.ACTIVE });
      }
    }
    await tx.flush();

    // A few past orders, so the hub and the store show history.
    const buyers = await tx.find(StoreAccess, {}, { populate: ['shopUser', 'customer'] });
    const statuses = [OrderStatus.SUBMITTED, OrderStatus.VALIDATED, OrderStatus.SHIPPED, OrderStatus.DELIVERED];
    let n = 1;
    for (const access of buyers.slice(0, 6)) {
      for (let k = 0; k < 2; k++) {
        const [{ nextval }] = await tx.execute<{ nextval: string }[]>("select nextval('order_number_seq')");
        const priceLevel = access.customer.priceLevel ?? standard;
        const order = tx.create(Order, {
          number: `C-${String(nextval).padStart(6, '0')}`,
          customer: access.customer,
          placedBy: access.shopUser,
          storageLocation: access.customer.storageLocation ?? north,
          idempotencyKey: `demo-${n++}`,
          status: statuses[(n + k) % statuses.length],
          currencyCode: 'EUR' as never,
          subtotal: '0.00',
          shippingCost: (access.customer.storageLocation ?? north).defaultShippingCost,
          total: '0.00',
          placedAt: new Date(Date.now() - (n * 3 + k) * 86_400_000),
          lineCount: 3,
        });
        const lines = [0, 1, 2].map((position) => {
          const product = products[(n * 7 + position * 13) % products.length];
          const price = priceLevel === horeca ? '9.90' : '11.00';
          const quantity = product.packSize * (position + 1);
          return tx.create(OrderLine, { order, product, position, reference: product.reference, name: product.name, quantity, unitPrice: price, lineTotal: decimal.mul(price, quantity) });
        });
        order.subtotal = decimal.add(...lines.map((l) => l.lineTotal));
        order.total = decimal.add(order.subtotal, order.shippingCost);
      }
    }
  });
}
