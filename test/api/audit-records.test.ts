import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createStaff } from '../support/fixtures.js';
import { subscribe } from '../../server/common/events.js';
import { RecordChangedEvent } from '../../server/common/record-change.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';

/*
 * Issue 17, H4 (decision 37): staff accounts, price levels, storage locations, tax rates and the
 * managed lists leave one audit row per change, with the actor (staff member or token) and the
 * key fields before -> after, written in the mutation's transaction.
 */

let server: TestServer;
let admin: string;
let erp: string;

const ENTRIES = `query($f: AuditEntriesFilter, $first: Int) { auditEntries(filter: $f, first: $first) {
  edges { node { action actorName byApiToken targetType targetId targetLabel changes { field before after } } } } }`;

type Row = { action: string; actorName: string; byApiToken: boolean; targetType: string; targetId: string; targetLabel: string; changes: Array<{ field: string; before: string | null; after: string | null }> | null };

async function entries(filter: Record<string, unknown>, first = 50): Promise<Row[]> {
  const r = await server.graphql(ENTRIES, { f: filter, first }, { token: admin });
  expect(r.errors).toBeUndefined();
  return r.data.auditEntries.edges.map((e: { node: Row }) => e.node);
}

async function ok(query: string, variables: Record<string, unknown>, token: string) {
  const r = await server.graphql(query, variables, { token });
  expect(r.errors).toBeUndefined();
  const payload = Object.values(r.data as Record<string, { userErrors?: unknown[] }>)[0];
  expect(payload.userErrors ?? []).toEqual([]);
  return payload as Record<string, any>;
}

async function auditCount(): Promise<number> {
  const [{ n }] = await server.app.services.orm.em.fork().execute<{ n: string }[]>(`select count(*) as n from audit_event`);
  return Number(n);
}

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@records.test', password: 'admin1234', role: StaffRole.ADMIN });
  const r = await server.graphql(`mutation($i: SignInInput!) { staffSignIn(input: $i) { token } }`, { i: { email: 'admin@records.test', password: 'admin1234' } });
  admin = r.data.staffSignIn.token;
  const t = await server.graphql(`mutation { apiTokenCreate(input: { name: "ERP catalog", scopes: [CATALOG_MANAGE] }) { token userErrors { code } } }`, {}, { token: admin });
  erp = t.data.apiTokenCreate.token;
});
afterAll(async () => {
  await server?.close();
});

describe('audit of store-wide records (issue 17, H4)', () => {
  it('records staff creation and changes (role, active, name) by the admin, never the password', async () => {
    const password = 'Clerk-Secret-4321';
    const created = await ok(
      `mutation($i: StaffCreateInput!) { staffCreate(input: $i) { staff { id } userErrors { code } } }`,
      { i: { email: 'clerk@records.test', name: 'Clerk', role: 'SALES', password, passwordConfirmation: password } },
      admin,
    );
    const staffId = created.staff.id as string;
    await ok(`mutation($i: StaffUpdateInput!) { staffUpdate(input: $i) { userErrors { code } } }`, { i: { id: staffId, role: 'ADMIN', name: 'Chief clerk' } }, admin);
    await ok(`mutation($i: StaffUpdateInput!) { staffUpdate(input: $i) { userErrors { code } } }`, { i: { id: staffId, active: false } }, admin);
    // Changing nothing writes nothing.
    await ok(`mutation($i: StaffUpdateInput!) { staffUpdate(input: $i) { userErrors { code } } }`, { i: { id: staffId, active: false } }, admin);

    const rows = await entries({ targetId: staffId });
    expect(rows.map((r) => r.action)).toEqual(['STAFF_UPDATED', 'STAFF_UPDATED', 'STAFF_CREATED']);
    expect(rows[2]).toMatchObject({ actorName: 'admin', byApiToken: false, targetType: 'StaffUser', targetLabel: 'clerk@records.test' });
    expect(rows[2].changes).toEqual(
      expect.arrayContaining([
        { field: 'email', before: null, after: 'clerk@records.test' },
        { field: 'role', before: null, after: 'SALES' },
        { field: 'active', before: null, after: 'true' },
      ]),
    );
    expect(rows[1].changes).toEqual([
      { field: 'name', before: 'Clerk', after: 'Chief clerk' },
      { field: 'role', before: 'SALES', after: 'ADMIN' },
    ]);
    expect(rows[0].changes).toEqual([{ field: 'active', before: 'true', after: 'false' }]);
    const [dump] = await server.app.services.orm.em.fork().execute<{ t: string }[]>(`select string_agg(row_to_json(a)::text, ' ') as t from audit_event a`);
    expect(dump.t).not.toContain(password);
    expect(dump.t).not.toMatch(/password/i);
  });

  it('records price levels and storage locations made and changed by a token, with the token as actor', async () => {
    const level = await ok(`mutation($i: PriceLevelCreateInput!) { priceLevelCreate(input: $i) { priceLevel { id } userErrors { code } } }`, { i: { code: 'EXPORT', name: 'Export' } }, erp);
    const levelId = level.priceLevel.id as string;
    await ok(`mutation($i: PriceLevelUpdateInput!) { priceLevelUpdate(input: $i) { priceLevel { id } userErrors { code } } }`, { i: { id: levelId, name: 'Export customers' } }, erp);
    const levelRows = await entries({ targetId: levelId });
    expect(levelRows.map((r) => r.action)).toEqual(['PRICE_LEVEL_UPDATED', 'PRICE_LEVEL_CREATED']);
    expect(levelRows[0]).toMatchObject({ actorName: 'ERP catalog', byApiToken: true, targetType: 'PriceLevel', targetLabel: 'EXPORT' });
    expect(levelRows[0].changes).toEqual([{ field: 'name', before: 'Export', after: 'Export customers' }]);
    expect(levelRows[1].changes).toEqual(expect.arrayContaining([{ field: 'code', before: null, after: 'EXPORT' }, { field: 'currencyCode', before: null, after: 'EUR' }]));

    const loc = await ok(
      `mutation($i: StorageLocationCreateInput!) { storageLocationCreate(input: $i) { storageLocation { id } userErrors { code } } }`,
      { i: { code: 'SOUTH', name: 'South depot', defaultShippingCost: '15' } },
      admin,
    );
    const locId = loc.storageLocation.id as string;
    await ok(`mutation($i: StorageLocationUpdateInput!) { storageLocationUpdate(input: $i) { storageLocation { id } userErrors { code } } }`, { i: { id: locId, defaultShippingCost: '17.50' } }, admin);
    const locRows = await entries({ targetId: locId });
    expect(locRows.map((r) => r.action)).toEqual(['STORAGE_LOCATION_UPDATED', 'STORAGE_LOCATION_CREATED']);
    expect(locRows[0].changes).toEqual([{ field: 'defaultShippingCost', before: '15.00', after: '17.50' }]);
    expect(locRows[0]).toMatchObject({ actorName: 'admin', targetLabel: 'SOUTH' });
  });

  it('records tax rates created, changed and deleted, and managed-list items added, renamed and deleted', async () => {
    const rate = await ok(`mutation($i: TaxRateCreateInput!) { taxRateCreate(input: $i) { taxRate { id } userErrors { code } } }`, { i: { name: 'Reduced', percentage: '5.5' } }, admin);
    const rateId = rate.taxRate.id as string;
    await ok(`mutation($i: TaxRateUpdateInput!) { taxRateUpdate(input: $i) { taxRate { id } userErrors { code } } }`, { i: { id: rateId, percentage: '6' } }, erp);
    await ok(`mutation($i: TaxRateDeleteInput!) { taxRateDelete(input: $i) { userErrors { code } } }`, { i: { id: rateId } }, admin);
    const rateRows = await entries({ targetId: rateId });
    expect(rateRows.map((r) => [r.action, r.actorName])).toEqual([['TAX_RATE_DELETED', 'admin'], ['TAX_RATE_UPDATED', 'ERP catalog'], ['TAX_RATE_CREATED', 'admin']]);
    expect(rateRows[1].changes).toEqual([{ field: 'percentage', before: expect.stringMatching(/^5\.5/), after: expect.stringMatching(/^6/) }]);
    expect(rateRows[0].changes).toEqual(expect.arrayContaining([{ field: 'name', before: 'Reduced', after: null }]));

    const brand = await ok(`mutation { brandCreate(input: { name: "Acme" }) { brand { id } userErrors { code } } }`, {}, erp);
    const brandId = brand.brand.id as string;
    await ok(`mutation($id: ID!) { brandUpdate(input: { id: $id, name: "Acme Roasters" }) { brand { id } userErrors { code } } }`, { id: brandId }, admin);
    await ok(`mutation($id: ID!) { brandDelete(input: { id: $id }) { userErrors { code } } }`, { id: brandId }, admin);
    const brandRows = await entries({ targetId: brandId });
    expect(brandRows.map((r) => r.action)).toEqual(['LIST_ITEM_DELETED', 'LIST_ITEM_UPDATED', 'LIST_ITEM_CREATED']);
    expect(brandRows.every((r) => r.targetType === 'Brand')).toBe(true);
    expect(brandRows[1].changes).toEqual([{ field: 'name', before: 'Acme', after: 'Acme Roasters' }]);
    expect(brandRows[2]).toMatchObject({ actorName: 'ERP catalog', byApiToken: true, changes: [{ field: 'name', before: null, after: 'Acme' }] });

    const tag = await ok(`mutation { tagCreate(input: { name: "Organic" }) { tag { id } userErrors { code } } }`, {}, admin);
    const [tagRow] = await entries({ targetId: tag.tag.id, actions: ['LIST_ITEM_CREATED'] });
    expect(tagRow).toMatchObject({ targetType: 'Tag', targetLabel: 'Organic' });
  });

  it('records webhook endpoints registered, changed, given a new secret and deleted, and a delivery sent again, never a secret', async () => {
    const receiver: Server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(204).end());
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
      const created = await ok(
        `mutation($i: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $i) { secret webhookEndpoint { id } userErrors { code } } }`,
        { i: { url, description: 'ERP', events: ['ORDER_PLACED'] } },
        admin,
      );
      const endpointId = created.webhookEndpoint.id as string;
      const secrets = [created.secret as string];
      await ok(`mutation($i: WebhookEndpointUpdateInput!) { webhookEndpointUpdate(input: $i) { userErrors { code } } }`, { i: { id: endpointId, active: false, events: ['ORDER_PLACED', 'ORDER_STATUS_CHANGED'] } }, admin);
      const rotated = await ok(`mutation($id: ID!) { webhookEndpointRotateSecret(input: { id: $id }) { secret userErrors { code } } }`, { id: endpointId }, admin);
      secrets.push(rotated.secret as string);

      const test = await ok(`mutation($id: ID!) { webhookEndpointSendTest(input: { id: $id }) { webhookDelivery { id } userErrors { code } } }`, { id: endpointId }, admin);
      const deliveryId = test.webhookDelivery.id as string;
      const em = server.app.services.orm.em.fork();
      const deadline = Date.now() + 20_000;
      let status = '';
      while (Date.now() < deadline) {
        [{ status }] = await em.execute<{ status: string }[]>(`select status from webhook_delivery order by created_at desc limit 1`);
        if (status === 'DELIVERED') break;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(status).toBe('DELIVERED');
      await ok(`mutation($id: ID!) { webhookDeliveryRedeliver(input: { id: $id }) { userErrors { code } } }`, { id: deliveryId }, admin);
      const [redelivered] = await entries({ targetId: deliveryId });
      expect(redelivered).toMatchObject({ action: 'WEBHOOK_DELIVERY_REDELIVERED', actorName: 'admin', targetType: 'WebhookDelivery', changes: [{ field: 'status', before: 'DELIVERED', after: 'PENDING' }] });

      await ok(`mutation($id: ID!) { webhookEndpointDelete(input: { id: $id }) { userErrors { code } } }`, { id: endpointId }, admin);
      const rows = await entries({ targetId: endpointId });
      expect(rows.map((r) => r.action)).toEqual(['WEBHOOK_ENDPOINT_DELETED', 'WEBHOOK_SECRET_ROTATED', 'WEBHOOK_ENDPOINT_UPDATED', 'WEBHOOK_ENDPOINT_CREATED']);
      expect(rows.every((r) => r.targetLabel === url && r.targetType === 'WebhookEndpoint')).toBe(true);
      expect(rows[3].changes).toEqual(expect.arrayContaining([{ field: 'url', before: null, after: url }, { field: 'events', before: null, after: 'order.placed' }]));
      expect(rows[2].changes).toEqual([
        { field: 'events', before: 'order.placed', after: 'order.placed, order.status_changed' },
        { field: 'active', before: 'true', after: 'false' },
      ]);
      expect(rows[1].changes).toEqual([]);
      const [dump] = await em.execute<{ t: string }[]>(`select string_agg(row_to_json(a)::text, ' ') as t from audit_event a`);
      for (const secret of secrets) expect(dump.t).not.toContain(secret);
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });

  it('records products created and changed (key fields, tax rate by name), and prices and stock set: one row per call, one change per product', async () => {
    const rate = await ok(`mutation { taxRateCreate(input: { name: "Food", percentage: "5.5" }) { taxRate { id } userErrors { code } } }`, {}, admin);
    const create = `mutation($i: ProductCreateInput!) { productCreate(input: $i) { product { id } userErrors { code } } }`;
    const a = (await ok(create, { i: { reference: 'AUD-1', name: 'Beans', packSize: 6 } }, erp)).product.id as string;
    const b = (await ok(create, { i: { reference: 'AUD-2', name: 'Mugs' } }, admin)).product.id as string;
    await ok(`mutation($i: ProductUpdateInput!) { productUpdate(input: $i) { userErrors { code } } }`, { i: { id: a, name: 'Green beans', active: false, taxRateId: rate.taxRate.id, barcode: '4006381333931' } }, admin);
    const rows = await entries({ targetId: a });
    expect(rows.map((r) => [r.action, r.actorName])).toEqual([['PRODUCT_UPDATED', 'admin'], ['PRODUCT_CREATED', 'ERP catalog']]);
    expect(rows[1].changes).toEqual(expect.arrayContaining([{ field: 'reference', before: null, after: 'AUD-1' }, { field: 'packSize', before: null, after: '6' }]));
    expect(rows[0].changes).toEqual([
      { field: 'name', before: 'Beans', after: 'Green beans' },
      { field: 'active', before: 'true', after: 'false' },
      { field: 'barcode', before: null, after: '4006381333931' },
      { field: 'taxRate', before: null, after: 'Food' },
    ]);

    const level = (await ok(`mutation { priceLevelCreate(input: { code: "AUDP", name: "Audit prices" }) { priceLevel { id } userErrors { code } } }`, {}, admin)).priceLevel.id as string;
    const set = `mutation($i: ProductPricesSetInput!) { productPricesSet(input: $i) { userErrors { code } } }`;
    await ok(set, { i: { priceLevelId: level, prices: [{ productId: a, amount: '10' }, { productId: b, amount: '4.5' }] } }, erp);
    await ok(set, { i: { priceLevelId: level, prices: [{ productId: a, amount: '12' }, { productId: b, amount: null }] } }, admin);
    await ok(set, { i: { priceLevelId: level, prices: [{ productId: a, amount: '12' }] } }, admin); // no change, no row
    const priceRows = await entries({ targetId: level, actions: ['PRODUCT_PRICES_SET'] });
    expect(priceRows).toHaveLength(2);
    expect(priceRows[1]).toMatchObject({ actorName: 'ERP catalog', byApiToken: true, targetType: 'PriceLevel', targetLabel: 'AUDP' });
    expect(priceRows[1].changes).toEqual([
      { field: 'AUD-1', before: null, after: expect.stringMatching(/^10\.0+$/) },
      { field: 'AUD-2', before: null, after: expect.stringMatching(/^4\.50*$/) },
    ]);
    expect(priceRows[0].changes).toEqual([
      { field: 'AUD-1', before: expect.stringMatching(/^10\.0+$/), after: expect.stringMatching(/^12\.0+$/) },
      { field: 'AUD-2', before: expect.stringMatching(/^4\.50*$/), after: null },
    ]);

    const loc = (await ok(`mutation { storageLocationCreate(input: { code: "AUDS", name: "Audit stock" }) { storageLocation { id } userErrors { code } } }`, {}, admin)).storageLocation.id as string;
    const stock = `mutation($i: StockLevelsSetInput!) { stockLevelsSet(input: $i) { userErrors { code } } }`;
    await ok(stock, { i: { storageLocationId: loc, levels: [{ productId: a, quantity: 40 }, { productId: b, quantity: 0 }] } }, admin);
    await ok(stock, { i: { storageLocationId: loc, levels: [{ productId: a, quantity: 35 }, { productId: b, quantity: 0 }] } }, erp);
    const stockRows = await entries({ targetId: loc, actions: ['STOCK_LEVELS_SET'] });
    expect(stockRows.map((r) => r.actorName)).toEqual(['ERP catalog', 'admin']);
    expect(stockRows[1].changes).toEqual([{ field: 'AUD-1', before: null, after: '40' }, { field: 'AUD-2', before: null, after: '0' }]);
    expect(stockRows[0].changes).toEqual([{ field: 'AUD-1', before: '40', after: '35' }]);
  });

  it('records an ERP sync call as one summary row with counts; a call that changes nothing writes none', async () => {
    const upsert = `mutation($i: ProductsUpsertInput!) { productsUpsert(input: $i) { createdCount updatedCount unchangedCount userErrors { code } } }`;
    const items = Array.from({ length: 300 }, (_, i) => ({ reference: `SYNC-${i}`, name: `Synced ${i}` }));
    const first = await ok(upsert, { i: { items } }, erp);
    expect(first.createdCount).toBe(300);
    await ok(upsert, { i: { items: [...items.slice(0, 299), { reference: 'SYNC-299', name: 'Renamed' }] } }, erp);
    await ok(upsert, { i: { items: items.slice(0, 10) } }, erp);
    const rows = await entries({ actions: ['PRODUCTS_UPSERTED'] });
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ actorName: 'ERP catalog', byApiToken: true, targetType: 'Catalog', targetId: null });
    expect(rows[1].changes).toEqual([
      { field: 'created', before: null, after: '300' },
      { field: 'updated', before: null, after: '0' },
      { field: 'unchanged', before: null, after: '0' },
    ]);
    expect(rows[0].changes).toEqual([
      { field: 'created', before: null, after: '0' },
      { field: 'updated', before: null, after: '1' },
      { field: 'unchanged', before: null, after: '299' },
    ]);
    const stock = await server.graphql(
      `mutation { stockLevelsUpsert(input: { items: [{ reference: "SYNC-1", locationCode: "AUDS", quantity: 3 }, { reference: "NOPE", locationCode: "AUDS", quantity: 1 }] }) { createdCount userErrors { code } } }`,
      {},
      { token: admin },
    );
    expect(stock.data.stockLevelsUpsert.createdCount).toBe(1);
    const [stockRow] = await entries({ actions: ['STOCK_LEVELS_UPSERTED'] });
    expect(stockRow).toMatchObject({ actorName: 'admin', byApiToken: false });
    expect(stockRow.changes).toEqual(expect.arrayContaining([{ field: 'created', before: null, after: '1' }, { field: 'rejected', before: null, after: '1' }]));
  });

  it('records a customersUpsert call as one summary row with counts and the calling token, none per customer; a call that changes nothing writes none', async () => {
    const t = await ok(`mutation { apiTokenCreate(input: { name: "ERP customers", scopes: [CUSTOMERS_MANAGE] }) { token userErrors { code } } }`, {}, admin);
    const crm = t.token as string;
    const upsert = `mutation($i: CustomersUpsertInput!) { customersUpsert(input: $i) { createdCount updatedCount unchangedCount userErrors { code } } }`;
    const items = Array.from({ length: 40 }, (_, i) => ({ customerNumber: `CSYNC-${i}`, name: `Synced customer ${i}`, contacts: [{ email: `c${i}@csync.test` }] }));
    const before = await auditCount();
    expect(await ok(upsert, { i: { items } }, crm)).toMatchObject({ createdCount: 40, updatedCount: 0 });
    expect(await auditCount()).toBe(before + 1);
    // Two changed, one new, one refused (unknown price level), the rest equal.
    const second = await server.graphql(
      upsert,
      { i: { items: [...items.slice(0, 38), { ...items[38], name: 'Renamed 38' }, { ...items[39], privateMessage: 'Hello' }, { customerNumber: 'CSYNC-40', name: 'New one' }, { customerNumber: 'CSYNC-41', name: 'Bad', priceLevelCode: 'NOPE' }] } },
      { token: crm },
    );
    expect(second.errors).toBeUndefined();
    expect(second.data.customersUpsert).toMatchObject({ createdCount: 1, updatedCount: 2, unchangedCount: 38 });
    expect(second.data.customersUpsert.userErrors.map((e: { code: string }) => e.code)).toEqual(['UNKNOWN_PRICE_LEVEL']);
    // Equal to what is stored: nothing changed, no row.
    expect(await ok(upsert, { i: { items: items.slice(0, 5) } }, crm)).toMatchObject({ createdCount: 0, updatedCount: 0, unchangedCount: 5 });
    // Refused as a whole (atomic): nothing written, no row.
    const refused = await server.graphql(upsert, { i: { atomic: true, items: [{ customerNumber: 'CSYNC-50', name: 'Never' }, { customerNumber: 'CSYNC-51', name: 'Bad', priceLevelCode: 'NOPE' }] } }, { token: crm });
    expect(refused.data.customersUpsert.createdCount).toBe(0);
    expect(await auditCount()).toBe(before + 2);

    const rows = await entries({ actions: ['CUSTOMERS_UPSERTED'] });
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ actorName: 'ERP customers', byApiToken: true, targetType: 'Customers', targetId: null });
    expect(rows[1].changes).toEqual([
      { field: 'created', before: null, after: '40' },
      { field: 'updated', before: null, after: '0' },
      { field: 'unchanged', before: null, after: '0' },
    ]);
    expect(rows[0].changes).toEqual([
      { field: 'created', before: null, after: '1' },
      { field: 'updated', before: null, after: '2' },
      { field: 'unchanged', before: null, after: '38' },
      { field: 'rejected', before: null, after: '1' },
    ]);
    // The per-customer events wrote no customer rows for this source.
    expect(await entries({ actions: ['CUSTOMER_CREATED', 'CUSTOMER_UPDATED'] })).toEqual([]);
  });

  it('records a catalog CSV import when it ends: one row with its counts, the staff member who started it as actor', async () => {
    const csv = ['reference;name', 'IMP-1;Imported one', 'IMP-2;Imported two', 'IMP-3;'].join('\n');
    const r = await ok(
      `mutation($i: CatalogImportStartInput!) { catalogImportStart(input: $i) { task { id } userErrors { code } } }`,
      { i: { csv, mode: 'VALID_ROWS', idempotencyKey: 'audit-import-1' } },
      admin,
    );
    const taskId = r.task.id as string;
    const deadline = Date.now() + 30_000;
    let row: Row | undefined;
    while (!row && Date.now() < deadline) {
      [row] = await entries({ targetId: taskId });
      if (!row) await new Promise((done) => setTimeout(done, 200));
    }
    expect(row).toMatchObject({ action: 'CATALOG_IMPORTED', actorName: 'admin', byApiToken: false, targetType: 'Task' });
    expect(row!.changes).toEqual([
      { field: 'status', before: null, after: 'SUCCEEDED' },
      { field: 'mode', before: null, after: 'VALID_ROWS' },
      { field: 'lines', before: null, after: '3' },
      { field: 'imported', before: null, after: '2' },
      { field: 'skipped', before: null, after: '1' },
    ]);
  });

  it('a mutation that fails writes no audit row, and one refused with userErrors writes none either', async () => {
    const before = await auditCount();
    const unsubscribe = subscribe(RecordChangedEvent, () => {
      throw new Error('effect failed');
    });
    try {
      const r = await server.graphql(`mutation { taxRateCreate(input: { name: "Rolled back", percentage: "9" }) { userErrors { code } } }`, {}, { token: admin });
      expect(r.errors?.length).toBeGreaterThan(0);
    } finally {
      unsubscribe();
    }
    const [{ n }] = await server.app.services.orm.em.fork().execute<{ n: string }[]>(`select count(*) as n from tax_rate where name = 'Rolled back'`);
    expect(Number(n)).toBe(0);
    const refused = await server.graphql(`mutation { brandCreate(input: { name: "" }) { userErrors { code } } }`, {}, { token: admin });
    expect(refused.data.brandCreate.userErrors[0].code).toBe('REQUIRED');
    expect(await auditCount()).toBe(before);
  });
});
