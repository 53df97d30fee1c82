import type { EntityManager } from '@mikro-orm/postgresql';
import { Resend } from 'resend';
import { renderEmail, type EmailPropsByTemplate, type EmailTemplateName } from '../../../emails/index.js';
import type { Ctx } from '../../common/context.js';
import type { AppServices } from '../../common/services.js';
import { EmailStatus, OutboxEmail } from './entities/outbox-email.entity.js';

export const EMAIL_QUEUE = 'email-send';

/**
 * Queues an email in the caller's unit of work: the row is flushed with the business change, and
 * the send job is enqueued only after that commit.
 */
export function queueEmail<T extends EmailTemplateName>(
  ctx: Pick<Ctx, 'em' | 'afterCommit' | 'app'>,
  email: { to: string; template: T; language: string; props: EmailPropsByTemplate[T] },
): OutboxEmail {
  const row = ctx.em.create(OutboxEmail, {
    toAddress: email.to,
    template: email.template,
    language: email.language,
    props: email.props as unknown as Record<string, unknown>,
  });
  ctx.em.persist(row);
  ctx.afterCommit.push(() => ctx.app.jobs.send(EMAIL_QUEUE, { id: row.id }, row.id));
  return row;
}

export type EmailTransport = (email: { id: string; from: string; to: string; subject: string; html: string; text: string }) => Promise<string>;

/** Resend when configured; otherwise none, and the outbox is the mailbox. */
export function createTransport(app: Pick<AppServices, 'env'>): EmailTransport | null {
  const { RESEND_API_KEY, RESEND_BASE_URL } = app.env;
  if (!RESEND_API_KEY) return null;
  const resend = new Resend(RESEND_API_KEY, RESEND_BASE_URL ? { baseUrl: RESEND_BASE_URL } : {});
  return async ({ id, from, to, subject, html, text }) => {
    const { data, error } = await resend.emails.send({ from, to, subject, html, text }, { idempotencyKey: `outbox-${id}` });
    if (error || !data) throw new Error(`Resend refused the email: ${error?.message ?? 'no id returned'}`);
    return data.id;
  };
}

/**
 * The job: render the row's template and send it (or store it). Safe to run twice: a row that is
 * no longer PENDING is left alone, and the provider gets the row id as idempotency key.
 */
export async function processOutboxEmail(em: EntityManager, app: AppServices, transport: EmailTransport | null, id: string): Promise<void> {
  const row = await em.findOne(OutboxEmail, { id }, { populate: ['html', 'text'] });
  if (!row || row.status !== EmailStatus.PENDING) return;
  const rendered = await renderEmail(row.template as EmailTemplateName, row.props as never, row.language);
  row.subject = rendered.subject;
  row.html = rendered.html;
  row.text = rendered.text;
  row.attempts += 1;
  if (!transport) {
    row.status = EmailStatus.STORED;
    row.processedAt = new Date();
    await em.flush();
    return;
  }
  try {
    row.providerMessageId = await transport({ id: row.id, from: app.env.EMAIL_FROM, to: row.toAddress, subject: rendered.subject, html: rendered.html, text: rendered.text });
    row.status = EmailStatus.SENT;
    row.processedAt = new Date();
    row.lastError = null;
    await em.flush();
  } catch (e) {
    row.lastError = e instanceof Error ? e.message : String(e);
    if (row.attempts >= MAX_ATTEMPTS) row.status = EmailStatus.FAILED;
    await em.flush();
    if (row.status === EmailStatus.PENDING) throw e; // pg-boss retries with backoff
  }
}

export const MAX_ATTEMPTS = 6;

/** Re-enqueues rows left PENDING (a crash between commit and enqueue, or jobs disabled earlier). */
export async function sweepPendingEmails(em: EntityManager, app: AppServices): Promise<number> {
  const rows = await em.find(OutboxEmail, { status: EmailStatus.PENDING }, { fields: ['id'], limit: 1000, orderBy: { createdAt: 'asc' } });
  for (const row of rows) await app.jobs.send(EMAIL_QUEUE, { id: row.id }, row.id);
  return rows.length;
}

export function registerEmailJobs(app: AppServices): void {
  const transport = createTransport(app);
  app.jobs.define<{ id: string }>(EMAIL_QUEUE, async ({ id }) => processOutboxEmail(app.orm.em.fork(), app, transport, id), {
    retryLimit: MAX_ATTEMPTS - 1,
    retryDelay: 2,
  });
}
