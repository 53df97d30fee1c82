import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Ctx } from './context.js';
import { intlLocale } from './intl-locale.js';

/** "in 30 seconds", "in 5 minutes"… in the language given, with its plural forms. */
export function retryWhen(language: string, seconds: number): string {
  const relative = new Intl.RelativeTimeFormat(intlLocale(language), { numeric: 'always' });
  return seconds < 120 ? relative.format(seconds, 'second') : relative.format(Math.ceil(seconds / 60), 'minute');
}

/**
 * The GraphQL API's rate limit (API_RATE_LIMIT requests per minute): per session for signed-in
 * people, per API token for integrators, per client address for anonymous callers — keyed after
 * the credentials are resolved, so inventing tokens buys no new budget. Counted in this process's
 * memory: every request pays no database write, and a worker's count bounds what reaches it
 * (decision 19). Returns null when the limit is off (0).
 */
export function apiRateLimit(perMinute: number): ((ctx: Ctx) => Promise<void>) | null {
  if (perMinute === 0) return null;
  const limiter = new RateLimiterMemory({ keyPrefix: 'api', points: perMinute, duration: 60 });
  return async (ctx) => {
    const v = ctx.viewer;
    const key =
      v.kind === 'staff' || v.kind === 'shop' ? `session:${v.sessionId}` : v.kind === 'integrator' ? `token:${v.token.id}` : `client:${ctx.clientKey}`;
    try {
      await limiter.consume(key);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      const seconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      throw new GraphQLError(ctx.t('errors.rateLimited', { when: retryWhen(ctx.language, seconds) }) as string, {
        extensions: { code: 'RATE_LIMITED', retryAfter: seconds, http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) } },
      });
    }
  };
}
