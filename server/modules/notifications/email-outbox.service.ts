import type { EntityManager } from '@mikro-orm/postgresql';
import { Resend } from 'resend';
import { renderEmail, type EmailPropsByTemplate, type EmailTemplateName } from '../../../emails/index.js';
import type { Ctx } from '../../common/context.js';
import type { AppServices } from '../../common/services.js';
import { bulkQuery } from '../../common/prepared.js';
import { EMAIL_QUEUE } from '../../common/jobs.js';
import { orderPdfData, renderOrderDocument, renderOrderPdf } from '../ordering/index.js';
import { EmailStatus, OutboxEmail, type EmailAttachmentSpec } from './entities/outbox-email.entity.js';

export { EMAIL_QUEUE };

/**
 * Queues an email in the caller's unit of work: the row is flushed with the business change, and
 * the send job is enqueued only after that commit.
 */
export function queueEmail<T extends EmailTemplateName>(
  ctx: Pick<Ctx, 'em' | 'afterCommit' | 'app'>,
  email: { to: string; template: T; language: string; props: EmailPropsByTemplate[T]; attachments?: EmailAttachmentSpec[] },
): OutboxEmail {
  const row = ctx.em.create(OutboxEmail, {
    toAddress: email.to,
    template: email.template,
    language: email.language,
    props: email.props as unknown as Record<string, unknown>,
    attachments: email.attachments?.length ? email.attachments : null,
  });
  ctx.em.persist(row);
  ctx.afterCommit.push(() => ctx.app.jobs.send(EMAIL_QUEUE, { id: row.id }, row.id));
  return row;
}

/** A file an email carries, as Resend takes it: a name and the bytes. */
export interface EmailAttachment {
  filename: string;
  content: Buffer;
}

export type EmailTransport = (email: { id: string; from: string; to: string; subject: string; html: string; text: string; attachments?: EmailAttachment[] }) => Promise<string>;

/**
 * Draws the documents an email carries (decision 44): an order's PDF in its customer's document
 * language, at send time, so placing an order or changing its status never waits for a PDF.
 *
 * A document that fails to draw does not hold the email back (decision 0059): its data is read
 * first (a database error still fails the try, and the email is tried again), then drawing is a
 * function of that data alone, so a failure there would repeat on every try. The email goes at once
 * without it; `outcomes` says which file went (and its size) and why another did not.
 */
export async function renderAttachments(
  em: EntityManager,
  specs: EmailAttachmentSpec[] | null | undefined,
  log: (message: string) => void = () => {},
): Promise<{ files: Array<EmailAttachment & { position: number }>; outcomes: EmailAttachmentSpec[] }> {
  const files: Array<EmailAttachment & { position: number }> = [];
  const outcomes: EmailAttachmentSpec[] = [];
  for (const [position, spec] of (specs ?? []).entries()) {
    if (spec.kind !== 'order-pdf') {
      outcomes.push(spec);
      continue;
    }
    const data = await orderPdfData(em, spec.orderId, spec.document);
    try {
      const content = await renderOrderPdf(data);
      files.push({ position, filename: spec.fileName, content });
      outcomes.push({ ...spec, size: content.length, error: null });
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      log(`${spec.fileName} could not be drawn, the email goes without it: ${error}`);
      outcomes.push({ ...spec, size: null, error });
    }
  }
  return { files, outcomes };
}

/** The bytes an email carried (decision 0059), or null when none were kept at that position. */
export async function keptAttachment(em: EntityManager, emailId: string, position: number): Promise<{ fileName: string; contentType: string; content: Buffer } | null> {
  const rows = await em.getConnection().execute<Array<{ file_name: string; content_type: string; content: Buffer }>>(
    `select file_name, content_type, content from outbox_email_attachment where email_id = ? and position = ?`,
    [emailId, position],
  );
  return rows[0] ? { fileName: rows[0].file_name, contentType: rows[0].content_type, content: rows[0].content } : null;
}

/** An attachment the email names, drawn now from its order (not sent yet, kept in the outbox only, or not drawn when sent). */
export async function drawAttachmentNow(em: EntityManager, spec: EmailAttachmentSpec): Promise<Buffer> {
  return renderOrderDocument(em, spec.orderId, spec.document);
}

/** A provider's refusal: its HTTP status (null: no answer, e.g. a timeout) and `Retry-After`. */
export class EmailRefused extends Error {
  constructor(message: string, readonly status: number | null, readonly retryAfterSeconds: number | null) {
    super(message);
  }

  /** The request itself is wrong (a malformed address…): sending it again cannot help. */
  get final(): boolean {
    return this.status === 400 || this.status === 422;
  }
}

/** `Retry-After` in seconds (delta-seconds or an HTTP date), or null. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, (at - now) / 1000);
}

/** Resend when configured; otherwise none, and the outbox is the mailbox. */
export function createTransport(app: Pick<AppServices, 'env'>): EmailTransport | null {
  const { RESEND_API_KEY, RESEND_BASE_URL, EMAIL_TIMEOUT_SECONDS } = app.env;
  if (!RESEND_API_KEY) return null;
  const resend = new Resend(RESEND_API_KEY, RESEND_BASE_URL ? { baseUrl: RESEND_BASE_URL } : {});
  return async ({ id, from, to, subject, html, text, attachments }) => {
    // The SDK hands `signal` to fetch: a provider that hangs costs one timeout, not the queue.
    const options = { idempotencyKey: `outbox-${id}`, signal: AbortSignal.timeout(EMAIL_TIMEOUT_SECONDS * 1000) };
    // Attachments the Resend way: base64 content and a file name.
    const files = attachments?.length ? { attachments: attachments.map((a) => ({ filename: a.filename, content: a.content.toString('base64') })) } : {};
    const { data, error, headers } = await resend.emails.send({ from, to, subject, html, text, ...files }, options as { idempotencyKey: string });
    if (error || !data) {
      const status = error && 'statusCode' in error ? ((error.statusCode as number | null) ?? null) : null;
      throw new EmailRefused(`Resend refused the email: ${error?.message ?? 'no id returned'}`, status, parseRetryAfter(headers?.['retry-after']));
    }
    return data.id;
  };
}

export const RETRY_CAP_SECONDS = 30 * 60;

/**
 * Seconds before the next try: what the provider asked for (Retry-After, within the cap), or
 * capped exponential backoff from `firstSeconds` with jitter (half fixed, half random), so emails
 * refused together do not all come back together.
 */
export function retryDelaySeconds(failures: number, retryAfterSeconds: number | null, firstSeconds: number, random = Math.random): number {
  if (retryAfterSeconds !== null) return Math.min(RETRY_CAP_SECONDS, Math.max(1, retryAfterSeconds)) * (1 + random() * 0.1);
  const full = Math.min(RETRY_CAP_SECONDS, firstSeconds * 2 ** Math.max(0, failures - 1));
  return full / 2 + (random() * full) / 2;
}

/**
 * The job: render the row's template and send it (or store it). Safe to run twice or at once: a
 * job first takes a lease on a PENDING row that is due, so only one sends it at a time; the
 * provider gets the row id as idempotency key, so a sender that dies after sending sends nothing
 * twice. A refusal schedules the next try on the row and a delayed job (the row, not pg-boss,
 * holds the retry policy: hours of backoff, Retry-After).
 */
export async function processOutboxEmail(em: EntityManager, app: AppServices, transport: EmailTransport | null, id: string): Promise<void> {
  const lease = app.env.EMAIL_TIMEOUT_SECONDS * 2 + 30;
  const taken = await em.getConnection().execute<Array<{ id: string }>>(
    `update outbox_email set locked_until = now() + make_interval(secs => ?), attempts = attempts + 1
     where id = ? and status = 'PENDING' and (locked_until is null or locked_until < now())
       and (next_attempt_at is null or next_attempt_at <= now() + interval '1 second')
     returning id`,
    [lease, id],
  );
  if (!taken.length) return;
  const row = await em.findOneOrFail(OutboxEmail, { id }, { populate: ['html', 'text'] });
  const rendered = await renderEmail(row.template as EmailTemplateName, row.props as never, row.language);
  row.subject = rendered.subject;
  row.html = rendered.html;
  row.text = rendered.text;
  row.lockedUntil = null;
  if (!transport) {
    row.status = EmailStatus.STORED;
    row.processedAt = new Date();
    await em.flush();
    return;
  }
  try {
    const { files, outcomes } = await renderAttachments(em, row.attachments, (message) => app.log.warn(`[email] ${row.id}: ${message}`));
    row.providerMessageId = await transport({ id: row.id, from: app.env.EMAIL_FROM, to: row.toAddress, subject: rendered.subject, html: rendered.html, text: rendered.text, attachments: files });
    // What went is kept as sent (the mailbox offers it byte for byte), written before the row says SENT.
    for (const file of files) {
      await em.getConnection().execute(
        `insert into outbox_email_attachment (email_id, position, file_name, content_type, content) values (?, ?, ?, 'application/pdf', ?)
         on conflict (email_id, position) do update set file_name = excluded.file_name, content = excluded.content, created_at = now()`,
        [row.id, file.position, file.filename, file.content],
      );
    }
    if (outcomes.length) row.attachments = outcomes;
    row.status = EmailStatus.SENT;
    row.processedAt = new Date();
    row.lastError = row.nextAttemptAt = row.retryingSince = null;
    await em.flush();
  } catch (e) {
    const refused = e instanceof EmailRefused ? e : new EmailRefused(e instanceof Error ? e.message : String(e), null, null);
    const now = new Date();
    row.lastError = refused.message;
    row.retryingSince ??= now;
    const delay = retryDelaySeconds(row.attempts, refused.retryAfterSeconds, app.env.EMAIL_RETRY_FIRST_SECONDS);
    const giveUp = refused.final || now.getTime() + delay * 1000 - row.retryingSince.getTime() > app.env.EMAIL_RETRY_HOURS * 3_600_000;
    if (giveUp) {
      row.status = EmailStatus.FAILED;
      row.nextAttemptAt = null;
      app.log.warn(`[email] ${row.id} failed for good: ${refused.message}`);
    } else {
      row.nextAttemptAt = new Date(now.getTime() + delay * 1000);
    }
    await em.flush();
    if (!giveUp) await app.jobs.send(EMAIL_QUEUE, { id: row.id }, row.id, delay);
  }
}

/**
 * Re-enqueues rows left PENDING: at start, every one (a crash between commit and enqueue, or jobs
 * disabled earlier); then, where jobs run, those whose sender died holding the lease or whose
 * delayed job is long overdue (lost). A row enqueued twice is sent once (the lease).
 */
export async function sweepPendingEmails(em: EntityManager, app: AppServices, options: { stuckOnly?: boolean } = {}): Promise<number> {
  const stuck = options.stuckOnly
    ? `and ((locked_until is not null and locked_until < now()) or (locked_until is null and next_attempt_at < now() - interval '5 minutes'))`
    : '';
  const rows = await em.getConnection().execute<Array<{ id: string; next_attempt_at: Date | null }>>(
    `select id, next_attempt_at from outbox_email where status = 'PENDING' ${stuck} order by created_at limit 1000`,
  );
  for (const row of rows) {
    const wait = row.next_attempt_at ? (new Date(row.next_attempt_at).getTime() - Date.now()) / 1000 : 0;
    await app.jobs.send(EMAIL_QUEUE, { id: row.id }, row.id, wait > 0 ? wait : undefined);
  }
  return rows.length;
}

/** Staff send FAILED emails again (one, or every one): they go back to PENDING with a fresh retry window. */
export async function resendFailedEmails(ctx: Pick<Ctx, 'em' | 'app' | 'afterCommit'>, ids: string[] | null): Promise<string[]> {
  const rows = await bulkQuery<{ id: string }>(
    ctx.em as EntityManager,
    `update outbox_email set status = 'PENDING', attempts = 0, next_attempt_at = null, retrying_since = null, locked_until = null
     where status = 'FAILED' ${ids ? 'and id = any(?::uuid[])' : ''}
     returning id`,
    ids ? [ids] : [],
  );
  for (const { id } of rows) ctx.afterCommit.push(() => ctx.app.jobs.send(EMAIL_QUEUE, { id }, id));
  return rows.map((r) => r.id);
}

export function registerEmailJobs(app: AppServices): void {
  const transport = createTransport(app);
  // Failures are handled by the job itself (next try on the row); pg-boss retries only crashes.
  app.jobs.define<{ id: string }>(EMAIL_QUEUE, async ({ id }) => processOutboxEmail(app.orm.em.fork(), app, transport, id), {
    retryLimit: 3,
    retryDelay: 10,
    concurrency: app.env.EMAIL_CONCURRENCY,
  });
  app.jobs.every('sweep stuck emails', 60, () => sweepPendingEmails(app.orm.em.fork(), app, { stuckOnly: true }));
}
