import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { newWebhookSecret } from '../../server/modules/webhooks/index.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { createStaff, eventually, signInStaff } from '../support/fixtures.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';

// docs/integration.md's webhook verification recipes (issue 14 E7), run as written: the Python
// one (standard library) and the Node one (standardwebhooks), first against a body signed the way
// Comptoir signs deliveries, then against a delivery a running Comptoir really sent to a receiver.

const docs = readFileSync('docs/integration.md', 'utf8');
const python = /```python\n([\s\S]*?)```/.exec(docs)![1];
const node = /```js\n([\s\S]*?)```/.exec(docs)![1];

function verifyInPython(secret: string, headers: Record<string, string>, body: string): string {
  const program = `${python}\nimport json, sys\nargs = json.loads(sys.stdin.read())\nprint(verify_comptoir_webhook(args["secret"], args["headers"], args["body"].encode()))\n`;
  return execFileSync('python3', ['-c', program], { input: JSON.stringify({ secret, headers, body }) }).toString().trim();
}

/** Runs the Node snippet as an ES module from the project's directory (so `standardwebhooks` resolves); what it returned, as JSON. */
function verifyInNode(secret: string, headers: Record<string, string>, body: string): unknown {
  const program = `${node}\nimport { readFileSync as readArgs } from 'node:fs';\nconst args = JSON.parse(readArgs(0, 'utf8'));\nconsole.log(JSON.stringify(verifyComptoirWebhook(args.secret, args.headers, Buffer.from(args.body, 'utf8'))));\n`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', program], { input: JSON.stringify({ secret, headers, body }), cwd: process.cwd() }).toString());
}

describe('webhook verification recipes', () => {
  it('the Python recipe accepts a genuine delivery and rejects a tampered body or another secret', () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ id: 'msg_1', type: 'order.placed', timestamp: new Date().toISOString(), version: 1, data: { order: { number: 'é-1' } } });
    const now = new Date();
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)), 'webhook-signature': new Webhook(secret).sign('msg_1', now, body) };
    expect(verifyInPython(secret, headers, body)).toBe('True');
    expect(verifyInPython(secret, headers, body.replace('placed', 'plaCed'))).toBe('False');
    expect(verifyInPython(newWebhookSecret(), headers, body)).toBe('False');
    expect(() => new Webhook(secret).verify(body, headers)).not.toThrow();
  });

  it('the Node recipe returns the event for a genuine body and null for a tampered body, another secret or an old timestamp', () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ id: 'msg_2', type: 'order.placed', timestamp: new Date().toISOString(), version: 1, data: { order: { number: 'ü-2' } } });
    const now = new Date();
    const headers = { 'webhook-id': 'msg_2', 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)), 'webhook-signature': new Webhook(secret).sign('msg_2', now, body) };
    expect(verifyInNode(secret, headers, body)).toMatchObject({ id: 'msg_2', type: 'order.placed', data: { order: { number: 'ü-2' } } });
    expect(verifyInNode(secret, headers, body.replace('placed', 'plaCed'))).toBeNull();
    expect(verifyInNode(newWebhookSecret(), headers, body)).toBeNull();
    const old = new Date(now.getTime() - 10 * 60_000);
    const stale = { 'webhook-id': 'msg_2', 'webhook-timestamp': String(Math.floor(old.getTime() / 1000)), 'webhook-signature': new Webhook(secret).sign('msg_2', old, body) };
    expect(verifyInNode(secret, stale, body)).toBeNull();
  });
});

describe('the recipes against a delivery Comptoir sent', () => {
  let server: TestServer;
  let receiver: http.Server;
  const received: Array<{ headers: http.IncomingHttpHeaders; body: Buffer }> = [];

  beforeAll(async () => {
    receiver = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks) });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    server = await startTestServer();
    await createStaff(server.app.services.orm.em.fork(), { email: 'admin@recipes.test', password: 'admin1234', role: StaffRole.ADMIN });
  });
  afterAll(async () => {
    await server?.close();
    await new Promise<void>((r) => receiver?.close(() => r()));
  });

  it('both recipes verify the test event a receiver got, with the secret shown at creation', async () => {
    const admin = await signInStaff(server, 'admin@recipes.test', 'admin1234');
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/erp/hooks`;
    const created = await server.graphql(
      `mutation($i: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $i) { secret webhookEndpoint { id } userErrors { code } } }`,
      { i: { url, description: 'Entrepôt Zürich', events: ['ORDER_PLACED'] } },
      { token: admin },
    );
    const { secret, webhookEndpoint } = created.data.webhookEndpointCreate;
    const sent = await server.graphql(`mutation($id: ID!) { webhookEndpointSendTest(input: { id: $id }) { webhookDelivery { webhookId } userErrors { code } } }`, { id: webhookEndpoint.id }, { token: admin });
    const webhookId = sent.data.webhookEndpointSendTest.webhookDelivery.webhookId;
    const got = await eventually(async () => received.find((r) => r.headers['webhook-id'] === webhookId));
    const headers = Object.fromEntries(['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((h) => [h, String(got.headers[h])]));
    const body = got.body.toString('utf8');
    expect(verifyInNode(secret, headers, body)).toMatchObject({ id: webhookId, type: 'webhook.test', version: 1, data: { webhookEndpoint: { id: webhookEndpoint.id, url } } });
    expect(verifyInPython(secret, headers, body)).toBe('True');
    expect(verifyInNode(newWebhookSecret(), headers, body)).toBeNull();
    expect(verifyInPython(secret, headers, body.replace('webhook.test', 'webhook.tesT'))).toBe('False');
  });
});
