import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { startFakeResend, type CapturedEmail } from '../support/fake-resend.js';
import { createCatalog, createStaff, eventually, signInShop, signInStaff } from '../support/fixtures.js';
import { CUSTOMER_CREATE, GRANT, PASSWORD_CHANGE } from '../support/graphql-ops.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { OutboxEmail } from '../../server/modules/notifications/index.js';
import { toGlobalId } from '../../server/common/global-id.js';
import { corruptPng, sampleLogo } from '../support/png.js';
import type { Language } from '../generated/graphql.js';

// PDFs attached to emails (issue 15 D2, decision 44): the order-confirmation email carries the
// confirmation, the shipped status email the delivery note, both drawn by the email's job in the
// customer's document language and sent the Resend way (base64 content and a file name); each can
// be switched off in the settings. The fake Resend API receives them; pdftotext reads them back.

let server: TestServer;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let catalog: Awaited<ReturnType<typeof createCatalog>>;
let admin: string;
const dir = mkdtempSync(join(tmpdir(), 'comptoir-pdf-mail-'));

function pdfText(base64: string): string {
  const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
  const pdf = Buffer.from(base64, 'base64');
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
}

const SETTINGS = `mutation($i: StoreSettingsUpdateInput!) { storeSettingsUpdate(input: $i) { storeSettings { attachPdfToEmails attachDeliveryNoteToEmails } userErrors { code } } }`;
const STATUS = (name: string) => `mutation($i: OrderStatusChangeInput!) { ${name}(input: $i) { order { status } userErrors { code message } } }`;

async function customer(number: string, name: string, language: Language) {
  const email = `${number.toLowerCase()}@pdfmail.test`;
  const c = await server.graphql(CUSTOMER_CREATE, { i: { name, customerNumber: number, contacts: [{ email }], documentLanguage: language } }, { token: admin });
  expect(c.data.customerCreate.userErrors).toEqual([]);
  const id = c.data.customerCreate.customer.id as string;
  await server.graphql(GRANT, { i: { customerId: id, email, password: 'pppp1234', passwordConfirmation: 'pppp1234' } }, { token: admin });
  const shop = await signInShop(server, email, 'pppp1234');
  await server.graphql(PASSWORD_CHANGE, { i: { currentPassword: 'pppp1234', newPassword: 'pppp5678', newPasswordConfirmation: 'pppp5678' } }, { token: shop });
  return { id, email, shop };
}

async function place(shop: string, key: string) {
  const add = await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: toGlobalId('Product', catalog.coffee.id), quantity: 3 }] } }, { token: shop });
  expect(add.data.cartLinesAdd.userErrors).toEqual([]);
  const placed = await server.graphql(`mutation($i: OrderPlaceInput!) { orderPlace(input: $i) { order { id number } userErrors { code } } }`, { i: { idempotencyKey: key } }, { token: shop });
  expect(placed.errors).toBeUndefined();
  expect(placed.data.orderPlace.userErrors).toEqual([]);
  return placed.data.orderPlace.order as { id: string; number: string };
}

async function ship(orderId: string) {
  for (const name of ['orderValidate', 'orderShip']) {
    const r = await server.graphql(STATUS(name), { i: { orderId } }, { token: admin });
    expect(r.data[name].userErrors).toEqual([]);
  }
}

/** The email sent to `to` whose subject names the order, once the fake Resend has it. */
function emailFor(to: string, matches: (e: CapturedEmail) => boolean): Promise<CapturedEmail> {
  return eventually(async () => resend.emails.find((e) => e.to === to && matches(e)) ?? null);
}

let fr: Awaited<ReturnType<typeof customer>>;
let pt: Awaited<ReturnType<typeof customer>>;

beforeAll(async () => {
  resend = await startFakeResend();
  server = await startTestServer({ RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@pdfmail.test', password: 'admin1234', role: StaffRole.ADMIN });
  catalog = await createCatalog(em);
  admin = await signInStaff(server, 'admin@pdfmail.test', 'admin1234');
  fr = await customer('FR-101', 'Brasserie Lumière', 'FR');
  pt = await customer('PT-101', 'Tasca do Chiado', 'PT');
}, 120_000);
afterAll(async () => {
  await server?.close();
  await resend?.close();
});

describe('PDFs attached to emails', () => {
  it('the French order-confirmation email carries the confirmation in French, drawn by the job, not while placing', async () => {
    const order = await place(fr.shop, 'fr-mail-1');
    // Placing wrote the email with what it will carry; nothing was drawn yet (no rendered subject).
    const row = await server.app.services.orm.em.fork().findOneOrFail(OutboxEmail, { template: 'order-placed', toAddress: fr.email });
    expect(row.attachments).toEqual([{ kind: 'order-pdf', orderId: expect.any(String), document: 'confirmation', fileName: `${order.number}-confirmation.pdf` }]);
    const email = await emailFor(fr.email, (e) => e.subject.includes(order.number));
    expect(email.attachments?.map((a) => a.filename)).toEqual([`${order.number}-confirmation.pdf`]);
    const text = pdfText(email.attachments![0].content);
    expect(text).toContain('Confirmation de commande');
    expect(text).toContain(order.number);
    expect(text).toContain('Brasserie Lumière');
    expect(text).toMatch(/COF-1\s+5400000000010\s+Espresso beans 1kg\s+3\s+kg\s+12,50 €\s+37,50 €/);
    // The hub's mailbox names the file.
    const box = await server.graphql(`{ outboxEmails(first: 20) { edges { node { template toAddress attachmentNames } } } }`, {}, { token: admin });
    expect(box.errors).toBeUndefined();
    expect(box.data.outboxEmails.edges.map((e: { node: unknown }) => e.node)).toContainEqual({ template: 'order-placed', toAddress: fr.email, attachmentNames: [`${order.number}-confirmation.pdf`] });
  });

  it('the Portuguese shipped email carries the delivery note in Portuguese, without prices; other status emails carry nothing', async () => {
    const order = await place(pt.shop, 'pt-mail-1');
    const placed = await emailFor(pt.email, (e) => e.subject.includes(order.number));
    expect(pdfText(placed.attachments![0].content)).toContain('Confirmação de encomenda');
    await ship(order.id);
    const shipped = await emailFor(pt.email, (e) => e.subject.includes(order.number) && !!e.attachments?.some((a) => a.filename.includes('delivery-note')));
    expect(shipped.attachments?.map((a) => a.filename)).toEqual([`${order.number}-delivery-note.pdf`]);
    const text = pdfText(shipped.attachments![0].content);
    expect(text).toContain('Guia de remessa');
    expect(text).toContain(order.number);
    expect(text).toContain('Tasca do Chiado');
    expect(text).not.toContain('12,50');
    // The validated email (sent before) carries nothing.
    const others = resend.emails.filter((e) => e.to === pt.email && e.id !== placed.id && e.id !== shipped.id);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((e) => !e.attachments?.length)).toBe(true);
  });

  it('switched off in the settings, the emails carry nothing', async () => {
    const off = await server.graphql(SETTINGS, { i: { attachPdfToEmails: false, attachDeliveryNoteToEmails: false } }, { token: admin });
    expect(off.data.storeSettingsUpdate).toEqual({ storeSettings: { attachPdfToEmails: false, attachDeliveryNoteToEmails: false }, userErrors: [] });
    const order = await place(fr.shop, 'fr-mail-2');
    await emailFor(fr.email, (e) => e.subject.includes(order.number));
    await ship(order.id);
    const all = await eventually(async () => {
      const mine = resend.emails.filter((e) => e.to === fr.email && e.subject.includes(order.number));
      return mine.length >= 3 ? mine : null;
    });
    expect(all.every((e) => !e.attachments?.length)).toBe(true);
    const on = await server.graphql(SETTINGS, { i: { attachPdfToEmails: true, attachDeliveryNoteToEmails: true } }, { token: admin });
    expect(on.data.storeSettingsUpdate.userErrors).toEqual([]);
  });
});

const MAILBOX = `query($id: ID!) { node(id: $id) { ... on OutboxEmail { status attachmentNames attachments { position fileName state size error downloadUrl } } } }`;

/** The outbox row of the email sent to `to` about `number`, with its global id. */
async function outboxRow(to: string, template: string, number: string) {
  const em = server.app.services.orm.em.fork();
  const rows = await em.find(OutboxEmail, { toAddress: to, template }, { orderBy: { createdAt: 'desc' } });
  const row = rows.find((r) => JSON.stringify(r.props).includes(number));
  expect(row).toBeDefined();
  return row!;
}
const download = (url: string, token?: string) => fetch(`${server.url}${new URL(url).pathname}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('the mailbox\'s attachments (decision 0059)', () => {
  it('lists each document with its size once sent; staff download the bytes sent, nobody else can', async () => {
    const order = await place(fr.shop, 'fr-box-1');
    const sent = await emailFor(fr.email, (e) => e.subject.includes(order.number));
    const bytes = Buffer.from(sent.attachments![0].content, 'base64');
    const row = await outboxRow(fr.email, 'order-placed', order.number);
    const box = await eventually(async () => {
      const r = await server.graphql(MAILBOX, { id: row.globalId }, { token: admin });
      return r.data.node.status === 'SENT' ? r.data.node : null;
    });
    expect(box.attachments).toEqual([
      { position: 0, fileName: `${order.number}-confirmation.pdf`, state: 'ATTACHED', size: bytes.length, error: null, downloadUrl: expect.stringMatching(/\/api\/mailbox\/[^/]+\/attachments\/0$/) },
    ]);
    expect(box.attachmentNames).toEqual([`${order.number}-confirmation.pdf`]);
    const got = await download(box.attachments[0].downloadUrl, admin);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('content-disposition')).toBe(`attachment; filename="${order.number}-confirmation.pdf"`);
    // Byte for byte what the customer received, even after the order moved on.
    await ship(order.id);
    expect(Buffer.from(await got.arrayBuffer()).equals(bytes)).toBe(true);
    const again = await download(box.attachments[0].downloadUrl, admin);
    expect(Buffer.from(await again.arrayBuffer()).equals(bytes)).toBe(true);
    // The order's own customer, another customer, a token and nobody: not staff, so 404 (401 signed out).
    for (const token of [fr.shop, pt.shop]) {
      const res = await download(box.attachments[0].downloadUrl, token);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('NOT_FOUND');
    }
    expect((await download(box.attachments[0].downloadUrl)).status).toBe(401);
    // Unknown position or email: 404.
    expect((await download(box.attachments[0].downloadUrl.replace(/\/0$/, '/1'), admin)).status).toBe(404);
    expect((await download(box.attachments[0].downloadUrl.replace(/\/0$/, '/x'), admin)).status).toBe(404);
    expect((await download(`${server.url}/api/mailbox/${encodeURIComponent(toGlobalId('OutboxEmail', '00000000-0000-4000-8000-000000000000'))}/attachments/0`, admin)).status).toBe(404);
  });

  it('a PDF that cannot be drawn (a corrupt logo): the email goes at once without it, the mailbox says why, the document comes back once the logo is fixed', async () => {
    const em = server.app.services.orm.em.fork();
    // Past the upload's checks, as a damaged database row or an older upload would be.
    await em.getConnection().execute(`update store_settings set logo = ?, logo_content_type = 'image/png'`, [corruptPng()]);
    try {
      const order = await place(fr.shop, 'fr-box-broken');
      const sent = await emailFor(fr.email, (e) => e.subject.includes(order.number));
      expect(sent.attachments ?? []).toEqual([]);
      expect(sent.text).toContain(order.number);
      const row = await outboxRow(fr.email, 'order-placed', order.number);
      // At once: one try, no retry scheduled.
      const box = await eventually(async () => {
        const r = await server.graphql(MAILBOX, { id: row.globalId }, { token: admin });
        return r.data.node.status === 'SENT' ? r.data.node : null;
      });
      expect(box.attachments).toEqual([
        { position: 0, fileName: `${order.number}-confirmation.pdf`, state: 'NOT_DRAWN', size: null, error: expect.stringContaining('logo cannot be read'), downloadUrl: expect.any(String) },
      ]);
      const fresh = await server.app.services.orm.em.fork().findOneOrFail(OutboxEmail, { id: row.id });
      expect(fresh.attempts).toBe(1);
      expect(fresh.lastError).toBeNull();
      // While the logo is broken, the order's document and the mailbox's link say so (translated), not a 500.
      const pdf = await fetch(`${server.url}/api/orders/${order.id}/confirmation.pdf`, { headers: { authorization: `Bearer ${fr.shop}` } });
      expect(pdf.status).toBe(409);
      expect(await pdf.json()).toEqual({ error: { code: 'DOCUMENT_NOT_DRAWN', message: expect.stringContaining('Le document n’a pas pu être généré') } });
      const link = await download(box.attachments[0].downloadUrl, admin);
      expect(link.status).toBe(409);
      expect((await link.json()).error.code).toBe('DOCUMENT_NOT_DRAWN');
      // The server is still up (png-js used to throw from zlib's callback: an uncaught exception).
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

      // An admin replaces the logo: the order's document and the mailbox's link draw it now.
      await em.getConnection().execute(`update store_settings set logo = ?, logo_content_type = 'image/png'`, [sampleLogo()]);
      const fixed = await fetch(`${server.url}/api/orders/${order.id}/confirmation.pdf`, { headers: { authorization: `Bearer ${fr.shop}` } });
      expect(fixed.status).toBe(200);
      expect(pdfText(Buffer.from(await fixed.arrayBuffer()).toString('base64'))).toContain(order.number);
      const later = await download(box.attachments[0].downloadUrl, admin);
      expect(later.status).toBe(200);
      expect(pdfText(Buffer.from(await later.arrayBuffer()).toString('base64'))).toContain('Confirmation de commande');
    } finally {
      await em.getConnection().execute(`update store_settings set logo = null, logo_content_type = null`);
    }
  });
});

describe('the letterhead\'s logo and preview', () => {
  const upload = (bytes: Buffer, type: string, headers: Record<string, string> = {}) => {
    const body = new FormData();
    body.append('logo', new Blob([new Uint8Array(bytes)], { type }), 'logo');
    return fetch(`${server.url}/api/settings/logo`, { method: 'POST', body, headers: { authorization: `Bearer ${admin}`, ...headers } });
  };
  const images = (pdf: Buffer) => {
    const file = join(dir, `${Math.random().toString(36).slice(2)}.pdf`);
    writeFileSync(file, pdf);
    return execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim()).length;
  };
  const sample = async (language = 'en') => {
    const res = await fetch(`${server.url}/api/settings/sample-confirmation.pdf?language=${language}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    return Buffer.from(await res.arrayBuffer());
  };

  it('refuses what is not a PNG or JPEG, too large, missing or cross-site, with translated reasons', async () => {
    const gif = await upload(Buffer.from('GIF89a\x01\x00\x01\x00'), 'image/gif');
    expect(gif.status).toBe(415);
    expect(await gif.json()).toEqual({ error: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Only PNG and JPEG images are accepted for the logo.' } });
    const fake = await upload(Buffer.from('not really a png'), 'image/png');
    expect(fake.status).toBe(415);
    const big = await upload(Buffer.concat([sampleLogo(), Buffer.alloc(1024 * 1024)]), 'image/png');
    expect(big.status).toBe(413);
    expect((await big.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
    const none = await fetch(`${server.url}/api/settings/logo`, { method: 'POST', body: new FormData(), headers: { authorization: `Bearer ${admin}` } });
    expect(none.status).toBe(400);
    const crossSite = await upload(sampleLogo(), 'image/png', { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    const settings = await server.graphql(`{ storeSettings { hasLogo } }`, {}, { token: admin });
    expect(settings.data.storeSettings.hasLogo).toBe(false);
  });

  it('an uploaded logo is drawn on the sample confirmation and on the orders\' PDFs; removing it takes it off', async () => {
    const edit = await server.graphql(
      `mutation($i: StoreSettingsUpdateInput!) { storeSettingsUpdate(input: $i) { userErrors { code } } }`,
      { i: { legalName: 'Comptoir Grossiste SAS', iban: 'FR76 3000 6000 0112 3456 7890 189', paymentTerms: '30 jours fin de mois' } },
      { token: admin },
    );
    expect(edit.data.storeSettingsUpdate.userErrors).toEqual([]);
    expect(images(await sample())).toBe(0);
    const ok = await upload(sampleLogo(), 'image/png');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ contentType: 'image/png', size: sampleLogo().length });
    expect((await server.graphql(`{ storeSettings { hasLogo } }`, {}, { token: admin })).data.storeSettings.hasLogo).toBe(true);
    const served = await fetch(`${server.url}/api/settings/logo`, { headers: { authorization: `Bearer ${admin}` } });
    expect(Buffer.from(await served.arrayBuffer()).equals(sampleLogo())).toBe(true);

    const pdf = await sample('de');
    expect(images(pdf)).toBe(1);
    const text = pdfText(pdf.toString('base64'));
    expect(text).toContain('Comptoir Grossiste SAS');
    expect(text).toContain('FR76 3000 6000 0112 3456 7890 189');
    expect(text).toContain('Auftragsbestätigung');
    expect(text).toContain('Beispielkunde');

    const order = await place(fr.shop, 'fr-logo');
    const confirmation = await fetch(`${server.url}/api/orders/${order.id}/confirmation.pdf`, { headers: { authorization: `Bearer ${fr.shop}` } });
    expect(images(Buffer.from(await confirmation.arrayBuffer()))).toBe(1);

    const removed = await fetch(`${server.url}/api/settings/logo`, { method: 'DELETE', headers: { authorization: `Bearer ${admin}` } });
    expect(removed.status).toBe(204);
    expect(images(await sample())).toBe(0);
    // Both changes are on the audit trail.
    const em = server.app.services.orm.em.fork();
    const audit = await em.getConnection().execute<Array<{ before: string | null; after: string | null }>>(
      `select c->>'before' as before, c->>'after' as after from audit_event, jsonb_array_elements(changes) c where c->>'field' = 'logo' order by audit_event.created_at`,
    );
    expect(audit).toEqual([
      { before: null, after: expect.stringMatching(/^image\/png, \d+ B, sha256 [0-9a-f]{12}$/) },
      { before: expect.stringMatching(/^image\/png/), after: null },
    ]);
  });
});
