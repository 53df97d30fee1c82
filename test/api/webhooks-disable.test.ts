import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createStaff, eventually, signInStaff } from '../support/fixtures.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';
import { Language } from '../../server/common/language.js';
import { OutboxEmail } from '../../server/modules/notifications/index.js';

// An endpoint that keeps failing is disabled after WEBHOOK_DISABLE_DAYS (here about 2 s), and
// each admin is emailed in their language (decision 34).

let server: TestServer;
let receiver: http.Server;
let admin: string;

beforeAll(async () => {
  receiver = http.createServer((_req, res) => res.writeHead(500).end());
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  server = await startTestServer({ WEBHOOK_RETRY_FIRST_SECONDS: '0.5', WEBHOOK_DISABLE_DAYS: '0.00002' });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@disable.test', password: 'admin1234', role: StaffRole.ADMIN, language: Language.FR });
  await createStaff(em, { email: 'sales@disable.test', password: 'sales1234', role: StaffRole.SALES });
  admin = await signInStaff(server, 'admin@disable.test', 'admin1234');
});
afterAll(async () => {
  await server?.close();
  await new Promise((r) => receiver?.close(r));
});

describe('auto-disable', () => {
  it('disables an endpoint failing for WEBHOOK_DISABLE_DAYS and emails the admins (not sales) in their language', async () => {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`;
    const created = await server.graphql(`mutation($u: String!) { webhookEndpointCreate(input: { url: $u, events: [STORE_ACCESS_GRANTED] }) { webhookEndpoint { id } } }`, { u: url }, { token: admin });
    const id = created.data.webhookEndpointCreate.webhookEndpoint.id;
    await server.graphql(`mutation { customerCreate(input: { name: "D", customerNumber: "D-1", contacts: [{ email: "d@disable.test" }] }) { customer { id } } }`, {}, { token: admin }).then((c) =>
      server.graphql(`mutation($i: StoreAccessGrantInput!) { storeAccessGrant(input: $i) { userErrors { code } } }`, { i: { customerId: c.data.customerCreate.customer.id, email: 'd@disable.test', password: 'temp1234', passwordConfirmation: 'temp1234' } }, { token: admin }),
    );
    const endpoint = await eventually(async () => {
      const r = await server.graphql(`query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { active autoDisabledAt failingSince deliveries(first: 5) { edges { node { status attempts responseStatus } } } } } }`, { id }, { token: admin });
      return r.data.node.active === false ? r.data.node : null;
    }, 20_000);
    expect(endpoint.autoDisabledAt).not.toBeNull();
    expect(endpoint.deliveries.edges[0].node).toMatchObject({ status: 'FAILED', responseStatus: 500 });
    const em = server.app.services.orm.em.fork();
    const emails = await eventually(async () => {
      const rows = await em.find(OutboxEmail, { template: 'webhook-endpoint-disabled' }, { populate: ['html'] });
      return rows.length && rows.every((r) => r.subject) ? rows : null;
    });
    expect(emails.map((e) => e.toAddress)).toEqual(['admin@disable.test']);
    expect(emails[0].subject).toContain('Webhook désactivé');

    // Enabling it again clears the automatic disabling.
    const on = await server.graphql(`mutation($id: ID!) { webhookEndpointUpdate(input: { id: $id, active: true }) { webhookEndpoint { active autoDisabledAt failingSince } userErrors { code } } }`, { id }, { token: admin });
    expect(on.data.webhookEndpointUpdate.webhookEndpoint).toEqual({ active: true, autoDisabledAt: null, failingSince: null });
  });
});
