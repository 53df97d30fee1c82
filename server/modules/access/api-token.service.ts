import { publish } from '../../common/events.js';
import { ApiTokenChangedEvent } from './events/api-token-changed.event.js';
import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../common/context.js';
import { UserErrorCode, apiError, userError, type UserError } from '../../common/errors.js';
import { idOf } from '../../common/global-id.js';
import { ApiToken, ApiScope } from './entities/api-token.entity.js';

/** Integrator tokens start with this, so the server tells them from session tokens at a glance. */
export const API_TOKEN_PREFIX = 'cpt_';

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** The token behind a bearer value, unless revoked; notes its use at most once a minute. */
export async function findActiveApiToken(em: EntityManager, bearer: string): Promise<ApiToken | null> {
  const token = await em.findOne(ApiToken, { tokenHash: sha256(bearer), revokedAt: null });
  if (token && (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000)) {
    await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: new Date() });
  }
  return token;
}

export function listApiTokens(ctx: Ctx): Promise<ApiToken[]> {
  return ctx.em.find(ApiToken, {}, { orderBy: { createdAt: 'desc' } });
}

/** An admin creates a token; the secret is returned once and only its hash is kept. */
export async function createApiToken(ctx: Ctx, input: { name: string; scopes: ApiScope[] }): Promise<{ apiToken?: ApiToken; token?: string; userErrors: UserError[] }> {
  const name = input.name.trim();
  const errors: UserError[] = [];
  if (!name) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'name']));
  if (name.length > 120) errors.push(userError(ctx.t, UserErrorCode.TOO_LONG, ['input', 'name'], { max: 120 }));
  const scopes = [...new Set(input.scopes)];
  if (scopes.length === 0) errors.push(userError(ctx.t, UserErrorCode.REQUIRED, ['input', 'scopes']));
  if (errors.length) return { userErrors: errors };
  const token = `${API_TOKEN_PREFIX}${randomBytes(24).toString('base64url')}`;
  const apiToken = ctx.em.create(ApiToken, {
    name,
    scopes,
    tokenHash: sha256(token),
    prefix: token.slice(0, 10),
    createdBy: ctx.viewer.kind === 'staff' ? ctx.viewer.staff : null,
  });
  await publish(ctx, new ApiTokenChangedEvent(apiToken, 'CREATED'));
  await ctx.em.flush();
  return { apiToken, token, userErrors: [] };
}

/** Revoking is immediate: the next request with the token is anonymous. Revoking twice is harmless. */
export async function revokeApiToken(ctx: Ctx, globalId: string): Promise<ApiToken> {
  const id = idOf('ApiToken', globalId);
  const apiToken = id ? await ctx.em.findOne(ApiToken, { id }) : null;
  if (!apiToken) throw apiError(ctx.t, 'NOT_FOUND');
  if (!apiToken.revokedAt) {
    apiToken.revokedAt = new Date();
    await publish(ctx, new ApiTokenChangedEvent(apiToken, 'REVOKED'));
  }
  await ctx.em.flush();
  return apiToken;
}
