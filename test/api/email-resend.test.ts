import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { startFakeResend } from '../support/fake-resend.js';
import { createStaff, eventually, signInStaff } from '../support/fixtures.js';
import { EmailStatus, OutboxEmail, queueEmail } from '../../server/modules/notifications/index.js';
import { runAfterCommit } from '../../server/common/context.js';
import { toGlobalId } from '../../server/common/global-id.js';
import { StaffRole } from '../../server/modules/access/entities/staff-user.entity.js';

// Staff send FAILED emails again (issue 12, F4): one, or every failed one; each still reaches the
// provider once per outbox row (the idempotency key stays the row's id).

const props = { supplierName: 'Comptoir Test', customerName: 'Bistro', loginUrl: 'https://shop.example.test/sign-in', username: 'x', temporaryPassword: 'Tmp12345abcd' };
const RESEND = `mutation($id: ID!) { outboxEmailResend(input: { id: $id }) { outboxEmail { id status } userErrors { field code message } } }`;
const RESEND_ALL = `mutation { outboxEmailsResendFailed { count userErrors { code } } }`;

let server: TestServer;
let resend: Awaited<ReturnType<typeof startFakeResend>>;
let admin: string;
let ids: string[];

const statusOf = async (id: string) => (await server.app.services.orm.em.fork().findOneOrFail(OutboxEmail, { id })).status;

beforeAll(async () => {
  resend = await startFakeResend();
  // The provider refuses the emails for good (a request it calls invalid): FAILED at once.
  resend.behave({ status: 422 });
  server = await startTestServer({ RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url });
  const em = server.app.services.orm.em.fork();
  await createStaff(em, { email: 'admin@resend.test', password: 'admin1234', role: StaffRole.ADMIN });
  admin = await signInStaff(server, 'admin@resend.test', 'admin1234');
  const ctx = { em, afterCommit: [] as Array<() => Promise<unknown>>, app: server.app.services };
  ids = ['a', 'b', 'c'].map((n) => queueEmail(ctx, { to: `${n}@bistro.test`, template: 'access-granted', language: 'en', props }).id);
  await em.flush();
  await runAfterCommit(ctx);
  await eventually(async () => (await Promise.all(ids.map(statusOf))).every((s) => s === EmailStatus.FAILED));
});
afterAll(async () => {
  await server?.close();
  await resend?.close();
});

describe('sending FAILED emails again', () => {
  it('a final refusal (422) fails the email at once, without retries', () => {
    expect(resend.log.filter((l) => l.answer === '422')).toHaveLength(3);
  });

  it('sends one again, once; an email that is not FAILED is refused with a userError in the staff member\'s language', async () => {
    resend.behave('accept');
    const r = await server.graphql(RESEND, { id: toGlobalId('OutboxEmail', ids[0]) }, { token: admin });
    expect(r.errors).toBeUndefined();
    expect(r.data.outboxEmailResend.userErrors).toEqual([]);
    expect(['PENDING', 'SENT']).toContain(r.data.outboxEmailResend.outboxEmail.status);
    await eventually(async () => (await statusOf(ids[0])) === EmailStatus.SENT);
    expect(resend.emails.map((e) => e.to)).toEqual(['a@bistro.test']);

    const again = await server.graphql(RESEND, { id: toGlobalId('OutboxEmail', ids[0]) }, { token: admin });
    expect(again.data.outboxEmailResend.userErrors).toEqual([{ field: ['input', 'id'], code: 'INVALID_STATUS', message: 'This is not possible in the current status.' }]);
    const unknown = await server.graphql(RESEND, { id: toGlobalId('Customer', ids[0]) }, { token: admin });
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
  });

  it('lists the FAILED ones on their own, as the dashboard links (issue 17 H5)', async () => {
    const q = `query($s: EmailStatus) { outboxEmails(first: 10, status: $s) { edges { node { toAddress status } } } }`;
    const failed = await server.graphql(q, { s: 'FAILED' }, { token: admin });
    expect(failed.errors).toBeUndefined();
    expect(failed.data.outboxEmails.edges.map((e: any) => e.node).sort((a: any, b: any) => a.toAddress.localeCompare(b.toAddress))).toEqual([
      { toAddress: 'b@bistro.test', status: 'FAILED' },
      { toAddress: 'c@bistro.test', status: 'FAILED' },
    ]);
    const sent = await server.graphql(q, { s: 'SENT' }, { token: admin });
    expect(sent.data.outboxEmails.edges.map((e: any) => e.node.toAddress)).toEqual(['a@bistro.test']);
    expect((await server.graphql(q, {}, { token: admin })).data.outboxEmails.edges).toHaveLength(3);
    expect((await server.graphql(q, { s: 'LOST' }, { token: admin })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('sends every failed one again, each exactly once', async () => {
    const r = await server.graphql(RESEND_ALL, {}, { token: admin });
    expect(r.data.outboxEmailsResendFailed).toEqual({ count: 2, userErrors: [] });
    await eventually(async () => (await Promise.all(ids.map(statusOf))).every((s) => s === EmailStatus.SENT));
    expect(resend.emails.map((e) => e.to).sort()).toEqual(['a@bistro.test', 'b@bistro.test', 'c@bistro.test']);
    expect(new Set(resend.emails.map((e) => e.idempotencyKey))).toEqual(new Set(ids.map((id) => `outbox-${id}`)));
    expect((await server.graphql(RESEND_ALL, {}, { token: admin })).data.outboxEmailsResendFailed.count).toBe(0);
  });

  it('both leave an audit row with the admin as actor (issue 17, H4); the call that found nothing leaves none', async () => {
    const r = await server.graphql(
      `{ auditEntries(filter: { actions: [EMAIL_RESENT, FAILED_EMAILS_RESENT] }, first: 10) { edges { node { action actorName targetType targetId targetLabel changes { field before after } } } } }`,
      {},
      { token: admin },
    );
    const rows = r.data.auditEntries.edges.map((e: { node: unknown }) => e.node);
    expect(rows).toEqual([
      { action: 'FAILED_EMAILS_RESENT', actorName: 'admin', targetType: 'OutboxEmail', targetId: null, targetLabel: null, changes: [{ field: 'count', before: null, after: '2' }] },
      {
        action: 'EMAIL_RESENT',
        actorName: 'admin',
        targetType: 'OutboxEmail',
        targetId: toGlobalId('OutboxEmail', ids[0]),
        targetLabel: 'access-granted → a@bistro.test',
        changes: [{ field: 'status', before: 'FAILED', after: 'PENDING' }],
      },
    ]);
  });
});
