import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { createStaff, eventually, signInStaff } from '../support/fixtures.js';
import { EmailStatus, OutboxEmail, queueEmail } from '../../server/modules/notifications/index.js';
import { runAfterCommit } from '../../server/common/context.js';
import { toGlobalId } from '../../server/common/global-id.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';

// The hub's mailbox page reads one email through node(id) (issue 17, H7): its lazily loaded
// bodies (html, text) must come with it, as they do in the outboxEmails list.

const props = { supplierName: 'Comptoir Test', customerName: 'Bistro', loginUrl: 'https://shop.example.test/sign-in', username: 'x', temporaryPassword: 'Tmp12345abcd' };
const NODE = `query($id: ID!) { node(id: $id) { ... on OutboxEmail { id subject html text } } }`;
const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on OutboxEmail { id html text } } }`;

let server: TestServer;
let staff: string;
let id: string;

beforeAll(async () => {
  server = await startTestServer();
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'sales@mailbox.test', password: 'sales1234', role: StaffRole.SALES });
  staff = await signInStaff(server, 'sales@mailbox.test', 'sales1234');
  const ctx = { em, afterCommit: [] as Array<() => Promise<unknown>>, app: server.app.services };
  id = queueEmail(ctx, { to: 'buyer@bistro.test', template: 'access-granted', language: 'en', props }).id;
  await em.flush();
  await runAfterCommit(ctx);
  await eventually(async () => (await server.app.services.orm.em.fork().findOneOrFail(OutboxEmail, { id })).status === EmailStatus.STORED);
});
afterAll(async () => {
  await server?.close();
});

describe('one outbox email by global id', () => {
  it('node(id) gives the rendered html and text', async () => {
    const r = await server.graphql(NODE, { id: toGlobalId('OutboxEmail', id) }, { token: staff });
    expect(r.errors).toBeUndefined();
    expect(r.data.node.subject).toBeTruthy();
    expect(r.data.node.html).toContain('<html');
    expect(r.data.node.text).toContain('Tmp12345abcd');
  });

  it('nodes(ids) too', async () => {
    const r = await server.graphql(NODES, { ids: [toGlobalId('OutboxEmail', id)] }, { token: staff });
    expect(r.errors).toBeUndefined();
    expect(r.data.nodes[0].html).toContain('<html');
    expect(r.data.nodes[0].text).toContain('Tmp12345abcd');
  });
});
