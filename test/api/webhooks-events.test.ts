import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { startTestServer, type TestServer } from '../support/server.js';
import { createApiToken, createCatalog, createStaff, eventually, signInStaff } from '../support/fixtures.js';
import { CUSTOMER_CREATE, CUSTOMER_UPDATE } from '../support/graphql-ops.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { ApiScope } from '../../server/modules/access/entities/api-token.entity.js';

// The events added after decision 34 (issue 14 E4): customer.created, customer.updated (staff and
// customersUpsert) and catalog_import.finished (the CSV import task's end, with its counts), each
// written in the transaction of the change and received by a real local receiver, signed.

interface Event { id: string; type: string; version: number; timestamp: string; data: Record<string, any> }

let server: TestServer;
let admin: string;
let erp: string;
let secret: string;
const received: Event[] = [];
let receiver: http.Server;

const CREATE = `mutation($i: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $i) { secret webhookEndpoint { id events } userErrors { field code message } } }`;
const UPSERT = `mutation($i: CustomersUpsertInput!) { customersUpsert(input: $i) { createdCount updatedCount unchangedCount userErrors { field code message } } }`;
const START = `mutation($i: CatalogImportStartInput!) { catalogImportStart(input: $i) { task { id } userErrors { field code message } } }`;

const ofType = (type: string) => received.filter((e) => e.type === type);

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const headers = { 'webhook-id': String(req.headers['webhook-id']), 'webhook-timestamp': String(req.headers['webhook-timestamp']), 'webhook-signature': String(req.headers['webhook-signature']) };
      try {
        received.push(new Webhook(secret).verify(body, headers) as Event);
        res.writeHead(204).end();
      } catch {
        res.writeHead(400).end(); // not signed with the endpoint's secret: refused (and retried)
      }
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  server = await startTestServer({ WEBHOOK_RETRY_FIRST_SECONDS: '0.5' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@events.test', password: 'admin1234', role: StaffRole.ADMIN });
  await createCatalog(em);
  admin = await signInStaff(server, 'admin@events.test', 'admin1234');
  erp = await createApiToken(em, 'ERP', [ApiScope.CUSTOMERS_MANAGE]);
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  const r = await server.graphql(CREATE, { i: { url, events: ['CUSTOMER_CREATED', 'CUSTOMER_UPDATED', 'CATALOG_IMPORT_FINISHED'] } }, { token: admin });
  expect(r.data.webhookEndpointCreate.userErrors).toEqual([]);
  secret = r.data.webhookEndpointCreate.secret;
});
afterAll(async () => {
  await server?.close();
  await new Promise<void>((r) => receiver?.close(() => r()));
});

describe('customer and catalog import webhooks', () => {
  it('customer.created and customer.updated from staff: the API\'s global id and fields; an update that changes nothing sends nothing', async () => {
    const created = await server.graphql(CUSTOMER_CREATE, { i: { name: 'Café Léon', customerNumber: 'EV-1', documentLanguage: 'FR' } }, { token: admin });
    expect(created.data.customerCreate.userErrors).toEqual([]);
    const id = created.data.customerCreate.customer.id;
    const event = await eventually(async () => ofType('customer.created').find((e) => e.data.customer.id === id));
    expect(event).toMatchObject({ version: 1, data: { customer: { id, customerNumber: 'EV-1', name: 'Café Léon', documentLanguage: 'FR', status: 'ACTIVE' } } });
    expect(event.id).toMatch(/^msg_/);

    const updated = await server.graphql(CUSTOMER_UPDATE, { i: { id, name: 'Café Léon SA' } }, { token: admin });
    expect(updated.data.customerUpdate.userErrors).toEqual([]);
    const change = await eventually(async () => ofType('customer.updated').find((e) => e.data.customer.id === id));
    expect(change.data.customer).toMatchObject({ name: 'Café Léon SA', customerNumber: 'EV-1' });

    // The same data again: no change, no event (an ERP resending everything floods nobody).
    await server.graphql(CUSTOMER_UPDATE, { i: { id, name: 'Café Léon SA' } }, { token: admin });
    const excluded = await server.graphql(`mutation($i: CustomerExcludeInput!) { customerExclude(input: $i) { userErrors { code } } }`, { i: { id, reason: 'Unpaid invoices' } }, { token: admin });
    expect(excluded.data.customerExclude.userErrors).toEqual([]);
    await eventually(async () => ofType('customer.updated').find((e) => e.data.customer.id === id && e.data.customer.status === 'EXCLUDED'));
    expect(ofType('customer.updated').filter((e) => e.data.customer.id === id)).toHaveLength(2);
  });

  it('customersUpsert: one customer.created per new customer, one customer.updated per changed one, none for unchanged or refused items', async () => {
    const items = [
      { customerNumber: 'EV-10', name: 'Ten' },
      { customerNumber: 'EV-11', name: 'Eleven' },
    ];
    const first = await server.graphql(UPSERT, { i: { items } }, { token: erp });
    expect(first.data.customersUpsert).toMatchObject({ createdCount: 2, updatedCount: 0, userErrors: [] });
    await eventually(async () => ofType('customer.created').filter((e) => /^EV-1\d$/.test(e.data.customer.customerNumber)).length === 2);

    const second = await server.graphql(UPSERT, { i: { items: [{ customerNumber: 'EV-10', name: 'Ten' }, { customerNumber: 'EV-11', name: 'Eleven Ltd' }, { customerNumber: 'EV-12', name: 'Twelve', documentLanguage: 'XX' }] } }, { token: erp });
    expect(second.data.customersUpsert).toMatchObject({ createdCount: 0, updatedCount: 1, unchangedCount: 1 });
    expect(second.data.customersUpsert.userErrors).toHaveLength(1);
    const change = await eventually(async () => ofType('customer.updated').find((e) => e.data.customer.customerNumber === 'EV-11'));
    expect(change.data.customer.name).toBe('Eleven Ltd');
    // Let any stray delivery arrive before counting.
    await new Promise((r) => setTimeout(r, 1500));
    const numbers = received.filter((e) => e.type.startsWith('customer.')).map((e) => `${e.type}:${e.data.customer.customerNumber}`).filter((s) => /EV-1\d$/.test(s));
    expect(numbers.sort()).toEqual(['customer.created:EV-10', 'customer.created:EV-11', 'customer.updated:EV-11']);
  });

  it('catalog_import.finished when the import task ends, with its counts and skipped lines, in either mode', async () => {
    const csv = ['reference;name;price:STANDARD', 'EVI-1;Imported one;1.50', 'EVI-2;Imported two;2', 'EVI-3;;3'].join('\n');
    const ok = await server.graphql(START, { i: { csv, mode: 'VALID_ROWS', idempotencyKey: 'ev-import-1' } }, { token: admin });
    expect(ok.data.catalogImportStart.userErrors).toEqual([]);
    const taskId = ok.data.catalogImportStart.task.id;
    const event = await eventually(async () => ofType('catalog_import.finished').find((e) => e.data.catalogImport.task.id === taskId), 30_000);
    expect(event.data.catalogImport).toMatchObject({ mode: 'VALID_ROWS', status: 'SUCCEEDED', lineCount: 3, importedCount: 2, skippedCount: 1, error: null });
    expect(event.data.catalogImport.skipped).toEqual([{ line: 4, reference: 'EVI-3', reason: 'NAME_REQUIRED' }]);
    const task = await server.graphql(`query($id: ID!) { task(id: $id) { status succeeded } }`, { id: taskId }, { token: admin });
    expect(task.data.task).toEqual({ status: 'SUCCEEDED', succeeded: 2 });

    // All or nothing: the same event, with its mode.
    const bad = ['reference;name;price:STANDARD', 'EVA-1;Atomic one;1', 'EVA-2;Atomic two;2'].join('\n');
    const started = await server.graphql(START, { i: { csv: bad, mode: 'ALL_OR_NOTHING', idempotencyKey: 'ev-import-2' } }, { token: admin });
    expect(started.data.catalogImportStart.userErrors).toEqual([]);
    const atomicId = started.data.catalogImportStart.task.id;
    const atomic = await eventually(async () => ofType('catalog_import.finished').find((e) => e.data.catalogImport.task.id === atomicId), 30_000);
    expect(atomic.data.catalogImport).toMatchObject({ mode: 'ALL_OR_NOTHING', status: 'SUCCEEDED', lineCount: 2, importedCount: 2, skippedCount: 0 });
    // Exactly one event per finished task.
    expect(ofType('catalog_import.finished').filter((e) => e.data.catalogImport.task.id === taskId)).toHaveLength(1);
  });
});
