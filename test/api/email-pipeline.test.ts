import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';
import { startFakeResend } from '../support/fake-resend.js';
import { eventually } from '../support/fixtures.js';
import { createTestDatabase } from '../support/db.js';
import { EmailStatus, OutboxEmail, queueEmail } from '../../server/modules/notifications/index.js';
import { runAfterCommit } from '../../server/common/context.js';

const props = {
  supplierName: 'Comptoir Test',
  customerName: 'Bistro',
  loginUrl: 'https://shop.example.test/sign-in',
  username: 'jo@bistro.test',
  temporaryPassword: 'Tmp12345abcd',
};

let server: TestServer | undefined;
let resend: Awaited<ReturnType<typeof startFakeResend>> | undefined;
afterEach(async () => {
  await server?.close();
  await resend?.close();
  server = resend = undefined;
});
afterAll(async () => {
  await server?.close();
});

async function queue(s: TestServer, language = 'de') {
  const em = s.app.services.orm.em.fork();
  const ctx = { em, afterCommit: [] as Array<() => Promise<unknown>>, app: s.app.services };
  const row = queueEmail(ctx, { to: 'jo@bistro.test', template: 'access-granted', language, props });
  await em.flush();
  await runAfterCommit(ctx);
  return row.id;
}

async function reload(s: TestServer, id: string) {
  return s.app.services.orm.em.fork().findOneOrFail(OutboxEmail, { id }, { populate: ['html', 'text'] });
}

describe('the email outbox', () => {
  it('without a provider, renders the email into the outbox (the hub mailbox)', async () => {
    server = await startTestServer();
    const id = await queue(server, 'de');
    const row = await eventually(async () => {
      const r = await reload(server!, id);
      return r.status === EmailStatus.STORED ? r : null;
    });
    expect(row.subject).toMatch(/Shop/);
    expect(row.html).toContain('Tmp12345abcd');
    expect(row.language).toBe('de');
    expect(row.attempts).toBe(1);
  });

  it('retries a failing provider with backoff and sends exactly once', async () => {
    resend = await startFakeResend({ failFirst: 2 });
    // Backoff from 1 s rather than the default 10 s, to keep the test short.
    server = await startTestServer({ RESEND_API_KEY: resend.apiKey, RESEND_BASE_URL: resend.url, EMAIL_RETRY_FIRST_SECONDS: '1' });
    const id = await queue(server, 'en');
    const row = await eventually(async () => {
      const r = await reload(server!, id);
      return r.status === EmailStatus.SENT ? r : null;
    }, 60_000);
    expect(resend.requests()).toBe(3);
    expect(resend.emails).toHaveLength(1);
    expect(resend.emails[0]).toMatchObject({ to: 'jo@bistro.test', idempotencyKey: `outbox-${id}` });
    expect(row.attempts).toBe(3);
    expect(row.providerMessageId).toBe(resend.emails[0].id);
    // Running the job again (a duplicate delivery) sends nothing more.
    const { processOutboxEmail } = await import('../../server/modules/notifications/index.js');
    await processOutboxEmail(server.app.services.orm.em.fork(), server.app.services, null, id);
    expect(resend.emails).toHaveLength(1);
  }, 90_000);

  it('a row left pending (a crash between commit and enqueue) is sent by the next process that starts', async () => {
    const db = await createTestDatabase();
    try {
      const first = await startTestServer({ DATABASE_URL: db.url, JOBS: 'false' });
      const em = first.app.services.orm.em.fork();
      const ctx = { em, afterCommit: [] as Array<() => Promise<unknown>>, app: first.app.services };
      const row = queueEmail(ctx, { to: 'late@bistro.test', template: 'access-granted', language: 'fr', props });
      await em.flush(); // the after-commit enqueue never runs: the process "crashes" here
      await first.close();

      server = await startTestServer({ DATABASE_URL: db.url });
      const stored = await eventually(async () => {
        const r = await reload(server!, row.id);
        return r.status === EmailStatus.STORED ? r : null;
      });
      expect(stored.subject).toContain('Votre accès');
      await server.close();
      server = undefined;
    } finally {
      await db.drop();
    }
  });
});
