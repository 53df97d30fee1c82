import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes, randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { Ctx } from '../../common/context.js';
import type { EventCtx } from '../../common/events.js';
import type { AppServices } from '../../common/services.js';
import { StaffRole, StaffUser } from '../access/index.js';
import { queueEmail } from '../notifications/index.js';
import { getSettings } from '../settings/index.js';
import { WebhookEndpoint, type WebhookEventType } from './entities/webhook-endpoint.entity.js';
import { WebhookDelivery, WebhookDeliveryStatus } from './entities/webhook-delivery.entity.js';

export const WEBHOOK_QUEUE = 'webhook-send';
/** The payload's `version`: bumped only when a payload's shape changes incompatibly. */
export const WEBHOOK_PAYLOAD_VERSION = 1;
export const WEBHOOK_TEST_EVENT = 'webhook.test';
/** Longest wait between two tries of one delivery. */
export const WEBHOOK_RETRY_CAP_SECONDS = 60 * 60;

/** A new signing secret in the Standard Webhooks form: `whsec_` + base64 of 24 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/** The active endpoints of the publisher's unit of work, read once per unit (bulk grants publish thousands). */
const endpointsOf = new WeakMap<object, Promise<WebhookEndpoint[]>>();

/**
 * Writes one delivery per active endpoint subscribed to `type`, in the publisher's transaction
 * (the outbox), and enqueues their sending after the commit. One event id for every endpoint:
 * it is both the payload's `id` and the `webhook-id` header.
 */
export async function queueWebhookEvent(ctx: EventCtx, type: WebhookEventType, data: Record<string, unknown>): Promise<void> {
  let endpoints = endpointsOf.get(ctx.afterCommit);
  if (!endpoints) {
    endpoints = ctx.em.find(WebhookEndpoint, { active: true }, { orderBy: { createdAt: 'asc' } });
    endpointsOf.set(ctx.afterCommit, endpoints);
  }
  const subscribed = (await endpoints).filter((e) => e.active && e.events.includes(type));
  if (!subscribed.length) return;
  const id = `msg_${randomUUID()}`;
  const payload = JSON.stringify({ id, type, timestamp: new Date().toISOString(), version: WEBHOOK_PAYLOAD_VERSION, data });
  for (const endpoint of subscribed) writeDelivery(ctx, endpoint, id, type, payload);
}

function writeDelivery(ctx: Pick<Ctx, 'em' | 'afterCommit' | 'app'>, endpoint: WebhookEndpoint, webhookId: string, eventType: string, payload: string): WebhookDelivery {
  const row = ctx.em.create(WebhookDelivery, { endpoint, webhookId, eventType, payload });
  ctx.em.persist(row);
  ctx.afterCommit.push(() => ctx.app.jobs.send(WEBHOOK_QUEUE, { id: row.id }, row.id));
  return row;
}

/** A `webhook.test` event for one endpoint (active or not), so an integrator can check its receiver. */
export function queueTestEvent(ctx: Pick<Ctx, 'em' | 'afterCommit' | 'app'>, endpoint: WebhookEndpoint): WebhookDelivery {
  const id = `msg_${randomUUID()}`;
  const payload = JSON.stringify({
    id, type: WEBHOOK_TEST_EVENT, timestamp: new Date().toISOString(), version: WEBHOOK_PAYLOAD_VERSION,
    data: { webhookEndpoint: { id: endpoint.globalId, url: endpoint.url } },
  });
  return writeDelivery(ctx, endpoint, id, WEBHOOK_TEST_EVENT, payload);
}

/** Sends a delivery again from its first try (same webhook-id, same body); DELIVERED or FAILED ones only. */
export function redeliver(ctx: Pick<Ctx, 'em' | 'afterCommit' | 'app'>, delivery: WebhookDelivery): void {
  Object.assign(delivery, {
    status: WebhookDeliveryStatus.PENDING, attempts: 0, nextAttemptAt: null, retryingSince: null, lockedUntil: null, lastError: null,
  });
  ctx.afterCommit.push(() => ctx.app.jobs.send(WEBHOOK_QUEUE, { id: delivery.id }, delivery.id));
}

/** Seconds before the next try: capped exponential backoff from `firstSeconds`, half of it random (jitter). */
export function webhookRetryDelaySeconds(failures: number, firstSeconds: number, random = Math.random): number {
  const full = Math.min(WEBHOOK_RETRY_CAP_SECONDS, firstSeconds * 2 ** Math.max(0, failures - 1));
  return full / 2 + (random() * full) / 2;
}

export type WebhookSender = (request: { url: string; headers: Record<string, string>; body: string; timeoutMs: number }) => Promise<number>;

/** POSTs with fetch; the answer's status (its body is read and dropped). A timeout or refused connection throws. */
export const fetchSender: WebhookSender = async ({ url, headers, body, timeoutMs }) => {
  const res = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
  await res.arrayBuffer().catch(() => undefined);
  return res.status;
};

/**
 * The job: one try of one delivery. A lease on the PENDING row (as for emails) makes a repeated or
 * concurrent job a no-op; the body and webhook-id are the row's, so every try is the same message,
 * signed afresh (webhook-timestamp is the try's time). A failure schedules the next try on the row
 * and a delayed job; after WEBHOOK_RETRY_HOURS it is FAILED. An endpoint failing for
 * WEBHOOK_DISABLE_DAYS is disabled, and the admins emailed (`onDisabled`).
 */
export async function processWebhookDelivery(
  em: EntityManager,
  app: AppServices,
  id: string,
  options: { sender?: WebhookSender } = {},
): Promise<void> {
  const timeout = app.env.WEBHOOK_TIMEOUT_SECONDS;
  const taken = await em.getConnection().execute<Array<{ id: string }>>(
    `update webhook_delivery set locked_until = now() + make_interval(secs => ?), attempts = attempts + 1
     where id = ? and status = 'PENDING' and (locked_until is null or locked_until < now())
       and (next_attempt_at is null or next_attempt_at <= now() + interval '1 second')
     returning id`,
    [timeout * 2 + 30, id],
  );
  if (!taken.length) return;
  const row = await em.findOneOrFail(WebhookDelivery, { id }, { populate: ['endpoint'] });
  const endpoint = row.endpoint;
  const now = new Date();
  if (!endpoint.active && row.eventType !== WEBHOOK_TEST_EVENT) {
    Object.assign(row, { status: WebhookDeliveryStatus.FAILED, lastError: 'The endpoint is disabled.', lockedUntil: null, nextAttemptAt: null });
    await em.flush();
    return;
  }
  const headers = { 'content-type': 'application/json', 'user-agent': 'Comptoir-Webhooks/1', 'webhook-id': row.webhookId, 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)), 'webhook-signature': new Webhook(endpoint.secret).sign(row.webhookId, now, row.payload) };
  const started = performance.now();
  let status: number | null = null;
  let error: string | null = null;
  try {
    status = await (options.sender ?? fetchSender)({ url: endpoint.url, headers, body: row.payload, timeoutMs: timeout * 1000 });
    if (status < 200 || status > 299) error = `HTTP ${status}`;
  } catch (e) {
    const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
    error = e instanceof Error ? (e.name === 'TimeoutError' ? `No answer within ${timeout} s` : `${e.message}${cause}`) : String(e);
  }
  row.durationMs = Math.round(performance.now() - started);
  row.responseStatus = status;
  row.lockedUntil = null;
  if (!error) {
    Object.assign(row, { status: WebhookDeliveryStatus.DELIVERED, deliveredAt: new Date(), lastError: null, nextAttemptAt: null, retryingSince: null });
    if (endpoint.failingSince) endpoint.failingSince = null;
    await em.flush();
    return;
  }
  row.lastError = error.slice(0, 500);
  row.retryingSince ??= now;
  const delay = webhookRetryDelaySeconds(row.attempts, app.env.WEBHOOK_RETRY_FIRST_SECONDS);
  let giveUp = row.eventType === WEBHOOK_TEST_EVENT || now.getTime() + delay * 1000 - row.retryingSince.getTime() > app.env.WEBHOOK_RETRY_HOURS * 3_600_000;
  if (giveUp) Object.assign(row, { status: WebhookDeliveryStatus.FAILED, nextAttemptAt: null });
  else row.nextAttemptAt = new Date(now.getTime() + delay * 1000);
  let disabled = false;
  if (row.eventType !== WEBHOOK_TEST_EVENT) {
    endpoint.failingSince ??= row.retryingSince;
    if (endpoint.active && now.getTime() - endpoint.failingSince.getTime() >= app.env.WEBHOOK_DISABLE_DAYS * 86_400_000) {
      endpoint.active = false;
      endpoint.autoDisabledAt = now;
      disabled = true;
      // Its other PENDING deliveries fail at their next try; this one fails now.
      giveUp = true;
      Object.assign(row, { status: WebhookDeliveryStatus.FAILED, nextAttemptAt: null });
    }
  }
  const afterCommit: Array<() => Promise<unknown>> = [];
  if (disabled) {
    app.log.warn(`[webhooks] endpoint ${endpoint.id} disabled: failing since ${endpoint.failingSince?.toISOString()}`);
    await notifyEndpointDisabled({ em, afterCommit, app }, endpoint);
  }
  await em.flush(); // one transaction: the delivery, the endpoint and the admins' emails
  for (const send of afterCommit) await send();
  if (!giveUp) await app.jobs.send(WEBHOOK_QUEUE, { id: row.id }, row.id, delay);
}

/** Re-enqueues PENDING deliveries: every one at start; later those whose sender died or whose delayed job is overdue. */
export async function sweepPendingWebhooks(em: EntityManager, app: AppServices, options: { stuckOnly?: boolean } = {}): Promise<number> {
  const stuck = options.stuckOnly
    ? `and ((locked_until is not null and locked_until < now()) or (locked_until is null and coalesce(next_attempt_at, created_at) < now() - interval '5 minutes'))`
    : '';
  const rows = await em.getConnection().execute<Array<{ id: string; next_attempt_at: Date | null }>>(
    `select id, next_attempt_at from webhook_delivery where status = 'PENDING' ${stuck} order by created_at limit 5000`,
  );
  for (const row of rows) {
    const wait = row.next_attempt_at ? (new Date(row.next_attempt_at).getTime() - Date.now()) / 1000 : 0;
    await app.jobs.send(WEBHOOK_QUEUE, { id: row.id }, row.id, wait > 0 ? wait : undefined);
  }
  return rows.length;
}

/** Every active admin is emailed, in their language, that an endpoint was disabled after days of failures. */
async function notifyEndpointDisabled(ctx: EventCtx, endpoint: WebhookEndpoint): Promise<void> {
  const admins = await ctx.em.find(StaffUser, { active: true, role: StaffRole.ADMIN }, { orderBy: { email: 'asc' } });
  const settings = await getSettings(ctx.em as EntityManager);
  for (const admin of admins) {
    queueEmail(ctx, {
      to: admin.email,
      template: 'webhook-endpoint-disabled',
      language: admin.language,
      props: {
        supplierName: settings.storeName,
        url: endpoint.url,
        failingSince: (endpoint.failingSince ?? new Date()).toISOString(),
        webhooksUrl: `${ctx.app.env.publicUrl}/hub/webhooks`,
      },
    });
  }
}

export function registerWebhookJobs(app: AppServices): void {
  // Failures are handled by the job itself (next try on the row); pg-boss retries only crashes.
  app.jobs.define<{ id: string }>(WEBHOOK_QUEUE, async ({ id }) => processWebhookDelivery(app.orm.em.fork(), app, id), {
    retryLimit: 3,
    retryDelay: 10,
    concurrency: 16,
  });
  app.jobs.every('sweep stuck webhooks', 60, () => sweepPendingWebhooks(app.orm.em.fork(), app, { stuckOnly: true }));
}
