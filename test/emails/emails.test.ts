import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EMAIL_LANGUAGES,
  previewProps,
  renderEmail,
  type AccessGrantedProps,
  type EmailLanguage,
  type OrderPlacedProps,
} from '../../emails/index.js';
import { intlLocale } from '../../server/common/intl-locale.js';

type Translations = { [key: string]: string | Translations };

const localesDir = new URL('../../emails/locales/', import.meta.url);
const readLocale = (language: string): Translations =>
  JSON.parse(readFileSync(new URL(`${language}.json`, localesDir), 'utf8')) as Translations;
const locales = Object.fromEntries(
  EMAIL_LANGUAGES.map((language) => [language, readLocale(language)]),
) as Record<EmailLanguage, Translations>;

function flatten(tree: Translations, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

const phrase = (language: EmailLanguage, key: string): string => {
  const value = flatten(locales[language])[key];
  if (value === undefined) throw new Error(`missing ${language}:${key}`);
  return value;
};

const placeholders = (value: string) => [...value.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

// React escapes text; undo the few entities it produces so locale phrases can be searched for.
const decode = (html: string) =>
  html
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const access: AccessGrantedProps = {
  supplierName: 'Grossiste Martin',
  customerName: 'Boulangerie Léa',
  loginUrl: 'https://store.example.test/login?from=email',
  username: 'lea@boulangerie.example',
  temporaryPassword: 'Tmp-9xK2-pQ7w',
};

const order: OrderPlacedProps = {
  supplierName: 'Grossiste Martin',
  customerName: 'Boulangerie Léa',
  orderNumber: 'SO-000123',
  orderUrl: 'https://store.example.test/orders/SO-000123',
  placedAt: '2025-06-02T10:15:00.000Z',
  currencyCode: 'EUR',
  lines: [
    { reference: 'FAR-T65', name: 'Farine T65 25 kg', quantity: 4, unitPrice: '21.50', lineTotal: '86.00' },
    { reference: 'LEV-500', name: 'Levure fraîche 500 g', quantity: 10, unitPrice: '1.20', lineTotal: '12.00' },
  ],
  subtotal: '98.00',
  shippingCost: '12.50',
  total: '110.50',
  purchaseOrderReference: 'BC-2025-77',
};

describe('locale files', () => {
  const enKeys = Object.keys(flatten(locales.en)).sort();

  it('exist for every language and no other', () => {
    const files = readdirSync(localesDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...EMAIL_LANGUAGES].sort());
  });

  it.each(EMAIL_LANGUAGES.filter((l) => l !== 'en'))('%s has exactly the keys of en.json', (language) => {
    expect(Object.keys(flatten(locales[language])).sort()).toEqual(enKeys);
  });

  it.each(EMAIL_LANGUAGES)('%s has non-empty strings with the same placeholders as en', (language) => {
    const en = flatten(locales.en);
    for (const [key, value] of Object.entries(flatten(locales[language]))) {
      expect(value.trim(), `${language}:${key}`).not.toBe('');
      expect(placeholders(value), `${language}:${key}`).toEqual(placeholders(en[key] ?? ''));
    }
  });

  it.each(EMAIL_LANGUAGES.filter((l) => l !== 'en'))('%s is translated, not an English copy', (language) => {
    for (const key of ['accessGranted.subject', 'accessGranted.spamHint', 'orderPlaced.subject', 'orderPlaced.awaitingValidation']) {
      expect(phrase(language, key), `${language}:${key}`).not.toBe(phrase('en', key));
    }
  });
});

describe('access-granted', () => {
  it.each(EMAIL_LANGUAGES)('renders in %s', async (language) => {
    const email = await renderEmail('access-granted', access, language);
    expect(email.language).toBe(language);
    expect(email.subject).toBe(phrase(language, 'accessGranted.subject').replace('{{supplier}}', access.supplierName));
    expect(email.html).toContain(`lang="${language}"`);

    const html = decode(email.html);
    // Headings are upper-cased in the text version, so they are checked in the HTML only.
    expect(html).toContain(phrase(language, 'accessGranted.heading'));
    for (const key of ['accessGranted.intro', 'accessGranted.button', 'accessGranted.firstSignIn', 'accessGranted.spamHint']) {
      const text = phrase(language, key)
        .replace('{{supplier}}', access.supplierName)
        .replace('{{customer}}', access.customerName);
      expect(html).toContain(text);
      expect(email.text).toContain(text);
    }
    for (const value of [access.loginUrl, access.username, access.temporaryPassword]) {
      expect(html).toContain(value);
      expect(email.text).toContain(value);
    }
    expect(email.html).toContain(`href="${access.loginUrl.replace('&', '&amp;')}"`);
  });

  it('reads naturally in French', async () => {
    const email = await renderEmail('access-granted', access, 'fr');
    expect(email.subject).toBe('Votre accès à la boutique Grossiste Martin');
    expect(email.text).toContain('Mot de passe temporaire : Tmp-9xK2-pQ7w');
    expect(email.text).toContain('Identifiant : lea@boulangerie.example');
    expect(email.text).toContain('courrier indésirable');
    expect(email.html).toContain('Se connecter à la boutique');
  });

  it('does not double-escape names and keeps markup out', async () => {
    const email = await renderEmail('access-granted', { ...access, supplierName: 'Dupont & Fils <Gros>' }, 'en');
    expect(email.subject).toBe('Your access to the Dupont & Fils <Gros> store');
    expect(email.html).toContain('Dupont &amp; Fils &lt;Gros&gt;');
    expect(email.html).not.toContain('&amp;amp;');
    expect(email.html).not.toContain('<Gros>');
  });

  it('uses no external images', async () => {
    const email = await renderEmail('access-granted', access, 'en');
    expect(email.html).not.toMatch(/<img/i);
  });
});

describe('order-placed', () => {
  it.each(EMAIL_LANGUAGES)('renders in %s', async (language) => {
    const email = await renderEmail('order-placed', order, language);
    expect(email.language).toBe(language);
    expect(email.subject).toBe(phrase(language, 'orderPlaced.subject').replace('{{number}}', order.orderNumber));

    const html = decode(email.html);
    const awaiting = phrase(language, 'orderPlaced.awaitingValidation').replace('{{supplier}}', order.supplierName);
    expect(html).toContain(phrase(language, 'orderPlaced.heading'));
    for (const text of [awaiting, phrase(language, 'orderPlaced.button')]) {
      expect(html).toContain(text);
      expect(email.text).toContain(text);
    }
    for (const value of [order.orderNumber, order.orderUrl, 'BC-2025-77', 'FAR-T65', 'Levure fraîche 500 g']) {
      expect(html).toContain(value);
      expect(email.text).toContain(value);
    }
    const money = (amount: string) => new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency: 'EUR' }).format(Number(amount));
    for (const amount of ['21.50', '86.00', '98.00', '12.50', '110.50']) {
      expect(email.text).toContain(money(amount));
    }
    const date = new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(order.placedAt));
    expect(email.text).toContain(date);
  });

  it('reads naturally in French', async () => {
    const email = await renderEmail('order-placed', order, 'fr');
    expect(email.subject).toBe('Commande SO-000123 reçue');
    expect(email.text).toContain('Votre commande est en attente de validation par Grossiste Martin.');
    expect(email.text).toContain('Frais de port');
    expect(email.text).toMatch(/110,50\s€/);
  });

  it('leaves out the purchase-order line when there is none', async () => {
    const email = await renderEmail('order-placed', { ...order, purchaseOrderReference: null }, 'en');
    expect(email.text).not.toContain(phrase('en', 'orderPlaced.purchaseOrderReferenceLabel'));
  });

  it('writes European Portuguese amounts the Portuguese way and Brazilian ones the Brazilian way (decision 0059)', async () => {
    const big = { ...order, total: '1234.50' };
    const pt = await renderEmail('order-placed', big, 'pt');
    const br = await renderEmail('order-placed', big, 'pt-BR');
    // Intl's bare `pt` is Brazilian ("€ 1.234,50"); Portugal writes the symbol after, no group under 10 000.
    expect(pt.text.replace(/\u00a0/g, ' ')).toContain('1234,50 €');
    expect(pt.text).not.toMatch(/€\s1\.234,50/);
    expect(br.text.replace(/\u00a0/g, ' ')).toContain('€ 1.234,50');
  });

  it('formats other currencies', async () => {
    const email = await renderEmail('order-placed', { ...order, currencyCode: 'USD' }, 'en');
    expect(email.text).toContain('$110.50');
  });
});

describe('language selection', () => {
  it.each([
    ['FR', 'fr'],
    ['fr-BE', 'fr'],
    ['nl_BE', 'nl'],
    ['de-CH', 'de'],
    ['pt-BR', 'pt-BR'],
    ['pt_br', 'pt-BR'],
    ['pt-PT', 'pt'],
    ['pt', 'pt'],
    ['ES', 'es'],
    ['it', 'en'],
    ['', 'en'],
    ['klingon', 'en'],
  ] as const)('%s → %s', async (input, expected) => {
    const email = await renderEmail('order-placed', order, input);
    expect(email.language).toBe(expected);
  });

  it('falls back to English for an unknown language', async () => {
    const email = await renderEmail('access-granted', access, 'ja-JP');
    expect(email.language).toBe('en');
    expect(email.subject).toBe('Your access to the Grossiste Martin store');
    expect(email.html).toContain('lang="en"');
    expect(email.text).toContain(phrase('en', 'accessGranted.spamHint'));
  });
});

describe('previewProps', () => {
  it('render for every template', async () => {
    for (const template of Object.keys(previewProps) as (keyof typeof previewProps)[]) {
      const email = await renderEmail(template, previewProps[template] as never, 'en');
      expect(email.subject).not.toBe('');
      expect(email.html).toContain('<html');
    }
  });
});
