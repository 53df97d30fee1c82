import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Ctx } from '../../../common/context.js';
import type { AppServices } from '../../../common/services.js';
import { UserErrorCode, userError, type UserError } from '../../../common/errors.js';
import { retryWhen } from '../../../common/rate-limit.js';

/**
 * Guessing a secret (a password, a reset token) is slowed down as OWASP advises (decision 19):
 * failures are counted per (account, client) pair and per client, and past a few free failures
 * each further one makes that pair or client wait, twice as long each time. A client that has not
 * been failing is never made to wait for someone else's guesses: the rightful user signs in while
 * their account is under attack from elsewhere.
 */
export const THROTTLE = {
  /** Failures on one account from one client before waits start, forgotten a day after the first. */
  perPair: 5,
  pairWindowSeconds: 24 * 3600,
  /** Failures from one client on any account before waits start, forgotten an hour after the first. */
  perClient: 30,
  clientWindowSeconds: 3600,
  /** The first wait; each further failure doubles it, up to the maximum. */
  firstWaitSeconds: 30,
  maxWaitSeconds: 3600,
} as const;

/** Keys are hashed: the table holds neither emails nor addresses, and fits varchar(255). */
const digest = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('base64url');

interface Limiters {
  pairFailures: RateLimiterAbstract;
  clientFailures: RateLimiterAbstract;
  /** Rows that exist only while their key must wait (written by `block`). */
  waits: RateLimiterAbstract;
  quotas: Map<string, RateLimiterAbstract>;
}

const byApp = new WeakMap<AppServices, Limiters>();

/**
 * A limiter on the app's database, so every worker process sees the same counts; in memory on the
 * embedded PGlite, which serves one process (and whose connections share one session, where the
 * library's named statements would collide).
 */
function limiter(app: AppServices, keyPrefix: string, points: number, duration: number): RateLimiterAbstract {
  if (app.env.embedded) return new RateLimiterMemory({ keyPrefix, points, duration });
  return new RateLimiterPostgres({
    storeClient: app.orm.em.getKnex(),
    storeType: 'knex',
    tableName: 'rate_limit', // created by Migration20261203020000_rate_limit
    tableCreated: true,
    keyPrefix,
    points,
    duration,
  });
}

function limiters(app: AppServices): Limiters {
  let l = byApp.get(app);
  if (!l) {
    l = {
      pairFailures: limiter(app, 'fail-pair', THROTTLE.perPair, THROTTLE.pairWindowSeconds),
      clientFailures: limiter(app, 'fail-client', THROTTLE.perClient, THROTTLE.clientWindowSeconds),
      waits: limiter(app, 'wait', 1, 1),
      quotas: new Map(),
    };
    byApp.set(app, l);
  }
  return l;
}

const pairKey = (ctx: Ctx, accountKey: string) => `pair:${digest(accountKey, ctx.clientKey)}`;
const clientKey = (ctx: Ctx) => `client:${digest(ctx.clientKey)}`;

/** The wait after the n-th failure past the free ones (n = 0 for the first). */
const waitSeconds = (n: number) => Math.min(THROTTLE.maxWaitSeconds, THROTTLE.firstWaitSeconds * 2 ** Math.min(n, 20));

/**
 * Seconds this client must wait before trying this account's secret again; 0 when it may try now.
 * `accountKey` names the secret, e.g. `shop:<email>`.
 */
export async function throttleWait(ctx: Ctx, accountKey: string): Promise<number> {
  const { waits } = limiters(ctx.app);
  const found = await Promise.all([waits.get(pairKey(ctx, accountKey)), waits.get(clientKey(ctx))]);
  const ms = Math.max(0, ...found.map((r) => r?.msBeforeNext ?? 0));
  return Math.ceil(ms / 1000);
}

/** Counts a failed try; past the free ones, the pair or the client waits before its next try. */
export async function recordFailure(ctx: Ctx, accountKey: string): Promise<void> {
  const l = limiters(ctx.app);
  const pk = pairKey(ctx, accountKey);
  const ck = clientKey(ctx);
  const [pair, client] = await Promise.all([l.pairFailures.penalty(pk), l.clientFailures.penalty(ck)]);
  const blocks: Promise<unknown>[] = [];
  if (pair.consumedPoints >= THROTTLE.perPair) blocks.push(l.waits.block(pk, waitSeconds(pair.consumedPoints - THROTTLE.perPair)));
  if (client.consumedPoints >= THROTTLE.perClient) blocks.push(l.waits.block(ck, waitSeconds(client.consumedPoints - THROTTLE.perClient)));
  await Promise.all(blocks);
}

/** The right secret forgets this pair's failures (not the client's: it may be guessing others). */
export async function clearFailures(ctx: Ctx, accountKey: string): Promise<void> {
  const l = limiters(ctx.app);
  const pk = pairKey(ctx, accountKey);
  await Promise.all([l.pairFailures.delete(pk), l.waits.delete(pk)]);
}

/**
 * Takes one of a client's `points` uses of `name` per `duration` seconds (e.g. public forms);
 * returns 0, or the seconds to wait when they are used up.
 */
export async function consumeClientQuota(ctx: Ctx, name: string, points: number, duration: number): Promise<number> {
  const l = limiters(ctx.app);
  const id = `${name}:${points}:${duration}`;
  let quota = l.quotas.get(id);
  if (!quota) l.quotas.set(id, (quota = limiter(ctx.app, `quota-${name}`, points, duration)));
  const res = await quota.penalty(clientKey(ctx));
  return res.consumedPoints > points ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0;
}

/** The refusal: TOO_MANY_ATTEMPTS, saying when to retry in the viewer's language, and in seconds. */
export function tooManyAttempts(ctx: Pick<Ctx, 't' | 'language'>, seconds: number): UserError {
  return Object.assign(userError(ctx.t, UserErrorCode.TOO_MANY_ATTEMPTS, null, { when: retryWhen(ctx.language, seconds) }), { retryAfter: seconds });
}
