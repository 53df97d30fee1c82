import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { startTestServer, type TestServer } from '../support/server.js';
import { createCatalog, createStaff, eventually, shopCustomer, signInStaff } from '../support/fixtures.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { WebhookDelivery, WebhookDeliveryStatus } from '../../server/modules/webhooks/index.js';

// Webhooks (issue 14 E4, decision 34): a real receiver on 127.0.0.1; the signature verifies with
// the Standard Webhooks package's own verifier; a receiver that is down gets every event later,
// once per webhook-id.

interface Received { headers: http.IncomingHttpHeaders; body: string }

/** A receiver that answers 204, or refuses with 503 while `down`. */
async function startReceiver() {
  const received: Received[] = [];
  const state = { down: false, refused: 0 };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (state.down) {
        state.refused++;
        res.writeHead(503).end();
        return;
      }
      received.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return { url, received, state, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const CREATE = `mutation($i: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $i) { secret webhookEndpoint { id url events active } userErrors { field code message } } }`;
const DELIVERIES = `query { webhookEndpoints(first: 2) { edges { node { id deliveries(first: 20) { totalCount edges { node { id webhookId eventType status attempts responseStatus durationMs } } } } } } }`;

let server: TestServer;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let admin: string;
let secret: string;
let endpointId: string;

beforeAll(async () => {
  receiver = await startReceiver();
  server = await startTestServer({ WEBHOOK_RETRY_FIRST_SECONDS: '0.5', WEBHOOK_TIMEOUT_SECONDS: '2' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@hooks.test', password: 'admin1234', role: StaffRole.ADMIN });
  await createCatalog(em);
  admin = await signInStaff(server, 'admin@hooks.test', 'admin1234');
  const r = await server.graphql(CREATE, { i: { url: receiver.url, description: 'ERP', events: ['ORDER_PLACED', 'STORE_ACCESS_GRANTED', 'ORDER_STATUS_CHANGED'] } }, { token: admin });
  expect(r.errors).toBeUndefined();
  secret = r.data.webhookEndpointCreate.secret;
  endpointId = r.data.webhookEndpointCreate.webhookEndpoint.id;
});
afterAll(async () => {
  await server?.close();
  await receiver?.close();
});

describe('webhook endpoints', () => {
  it('refuses a bad URL and an empty event list with translated userErrors; the secret is shown once', async () => {
    const bad = await server.graphql(CREATE, { i: { url: 'ftp://x', events: [] } }, { token: admin });
    expect(bad.errors).toBeUndefined();
    expect(bad.data.webhookEndpointCreate.userErrors.map((e: { code: string }) => e.code)).toEqual(['INVALID_VALUE', 'REQUIRED']);
    expect(bad.data.webhookEndpointCreate.webhookEndpoint).toBeNull();
    expect(secret).toMatch(/^whsec_/);
    const list = await server.graphql(`{ webhookEndpoints(first: 5) { totalCount edges { node { url events } } } }`, {}, { token: admin });
    expect(list.data.webhookEndpoints.totalCount).toBe(1);
    expect(JSON.stringify(list.data)).not.toContain(secret);
  });

  it('sends a test event signed per Standard Webhooks: Webhook.verify accepts it, a wrong secret does not', async () => {
    const r = await server.graphql(`mutation($id: ID!) { webhookEndpointSendTest(input: { id: $id }) { webhookDelivery { webhookId } userErrors { code } } }`, { id: endpointId }, { token: admin });
    const webhookId = r.data.webhookEndpointSendTest.webhookDelivery.webhookId;
    const got = await eventually(async () => receiver.received.find((x) => x.headers['webhook-id'] === webhookId));
    const headers = { 'webhook-id': String(got.headers['webhook-id']), 'webhook-timestamp': String(got.headers['webhook-timestamp']), 'webhook-signature': String(got.headers['webhook-signature']) };
    const verified = new Webhook(secret).verify(got.body, headers) as { id: string; type: string; version: number; timestamp: string; data: { webhookEndpoint: { id: string } } };
    expect(verified).toMatchObject({ id: webhookId, type: 'webhook.test', version: 1, data: { webhookEndpoint: { id: endpointId } } });
    expect(() => new Webhook(`whsec_${Buffer.from('another secret of 24 byt').toString('base64')}`).verify(got.body, headers)).toThrow();
    expect(() => new Webhook(secret).verify(got.body.replace('webhook.test', 'webhook.tesT'), headers)).toThrow();
  });

  it('pushes order.placed and store_access.granted with the API\'s global ids, written with the change', async () => {
    const shop = await shopCustomer(server, admin, 'H-1', 'hooks.test');
    const product = (await server.graphql(`{ products(first: 1) { edges { node { id } } } }`, {}, { token: shop })).data.products.edges[0].node.id;
    await server.graphql(`mutation($i: CartLinesAddInput!) { cartLinesAdd(input: $i) { userErrors { code } } }`, { i: { lines: [{ productId: product, quantity: 1 }] } }, { token: shop });
    const placed = await server.graphql(`mutation { orderPlace(input: { idempotencyKey: "hook-1" }) { order { id number } userErrors { code } } }`, {}, { token: shop });
    const order = placed.data.orderPlace.order;
    const event = await eventually(async () => receiver.received.map((x) => JSON.parse(x.body)).find((p) => p.type === 'order.placed'));
    expect(event.data.order).toMatchObject({ id: order.id, number: order.number, status: 'SUBMITTED' });
    expect(event.data.order.total).toHaveProperty('currencyCode');
    const granted = receiver.received.map((x) => JSON.parse(x.body)).find((p) => p.type === 'store_access.granted');
    expect(granted.data.storeAccess).toMatchObject({ email: 'h-1@hooks.test' });
    const list = await server.graphql(DELIVERIES, {}, { token: admin });
    expect(list.errors).toBeUndefined();
    const rows = list.data.webhookEndpoints.edges[0].node.deliveries.edges.map((e: { node: unknown }) => e.node);
    expect(rows.find((d: { eventType: string }) => d.eventType === 'order.placed')).toMatchObject({ status: 'DELIVERED', attempts: 1, responseStatus: 204 });
  });

  it('a receiver down gets every event later, exactly once per webhook-id, each retry with the same id', async () => {
    receiver.state.down = true;
    const before = receiver.received.length;
    const shops = [];
    for (const n of ['H-2', 'H-3', 'H-4']) shops.push(await shopCustomer(server, admin, n, 'hooks.test'));
    await eventually(async () => receiver.state.refused >= 6);
    receiver.state.down = false;
    const em = server.app.services.orm.em.fork();
    await eventually(async () => (await em.count(WebhookDelivery, { status: WebhookDeliveryStatus.PENDING })) === 0, 30_000);
    const later = receiver.received.slice(before).map((x) => String(x.headers['webhook-id']));
    expect(later).toHaveLength(3);
    expect(new Set(later).size).toBe(3);
    const rows = await em.find(WebhookDelivery, { webhookId: { $in: later } });
    expect(rows.every((r) => r.status === WebhookDeliveryStatus.DELIVERED && r.attempts >= 2)).toBe(true);
    // Every id received over the whole test arrived once.
    const all = receiver.received.map((x) => String(x.headers['webhook-id']));
    expect(new Set(all).size).toBe(all.length);
  });

  it('redelivers a delivered event with the same webhook-id; a pending one is refused', async () => {
    const list = await server.graphql(DELIVERIES, {}, { token: admin });
    expect(list.errors).toBeUndefined();
    const delivered = list.data.webhookEndpoints.edges[0].node.deliveries.edges[0].node;
    const r = await server.graphql(`mutation($id: ID!) { webhookDeliveryRedeliver(input: { id: $id }) { webhookDelivery { status } userErrors { code } } }`, { id: delivered.id }, { token: admin });
    expect(r.data.webhookDeliveryRedeliver.userErrors).toEqual([]);
    await eventually(async () => receiver.received.filter((x) => x.headers['webhook-id'] === delivered.webhookId).length === 2);
  });
});
