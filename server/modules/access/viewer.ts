import type { EntityManager } from '@mikro-orm/postgresql';
import type { Auth } from './auth/lucia.js';
import { splitUserKey } from './auth/lucia.js';
import type { Viewer } from '../../common/context.js';
import { API_TOKEN_PREFIX, findActiveApiToken } from './api-token.service.js';
import { StaffUser } from './entities/staff-user.entity.js';
import { Customer } from '../customers/entities/customer.entity.js';
import { ShopUser } from './entities/shop-user.entity.js';
import { StoreAccess, StoreAccessStatus } from './entities/store-access.entity.js';

export interface RequestCredentials {
  cookieHeader?: string | null;
  authorizationHeader?: string | null;
}

/**
 * Who is asking: a bearer token wins over the cookie. An expired session, a deactivated staff
 * member or a blocked access all make the viewer anonymous.
 */
export async function resolveViewer(
  em: EntityManager,
  auth: Auth,
  creds: RequestCredentials,
): Promise<{ viewer: Viewer; setCookies: string[] }> {
  const fromBearer = creds.authorizationHeader ? auth.readBearerToken(creds.authorizationHeader) : null;
  if (fromBearer?.startsWith(API_TOKEN_PREFIX)) {
    const token = await findActiveApiToken(em, fromBearer);
    return token
      ? { viewer: { kind: 'integrator', token, scopes: new Set(token.scopes) }, setCookies: [] }
      : { viewer: { kind: 'anonymous' }, setCookies: [] };
  }
  const sessionId = fromBearer ?? (creds.cookieHeader ? auth.readSessionCookie(creds.cookieHeader) : null);
  const anonymous = { viewer: { kind: 'anonymous' } as Viewer, setCookies: [] as string[] };
  if (!sessionId) return anonymous;

  const { session, user } = await auth.validateSession(sessionId);
  if (!session || !user) {
    return fromBearer ? anonymous : { ...anonymous, setCookies: [auth.createBlankSessionCookie().serialize()] };
  }
  const setCookies = session.fresh && !fromBearer ? [auth.createSessionCookie(session.id).serialize()] : [];
  const { realm, id } = splitUserKey(user.id);

  if (realm === 'staff') {
    const staff = await em.findOne(StaffUser, { id, active: true });
    if (!staff) return anonymous;
    const actingAs = session.actingCustomerId ? await em.findOne(Customer, { id: session.actingCustomerId }) : null;
    return { viewer: { kind: 'staff', sessionId: session.id, staff, actingAs }, setCookies };
  }

  const shopUser = await em.findOne(ShopUser, { id });
  if (!shopUser) return anonymous;
  const accesses = await em.find(
    StoreAccess,
    { shopUser, status: { $ne: StoreAccessStatus.BLOCKED } },
    { populate: ['customer'], orderBy: { createdAt: 'asc' } },
  );
  const access = accesses.find((a) => a.customer.id === session.actingCustomerId) ?? accesses[0];
  if (!access) return anonymous;
  return { viewer: { kind: 'shop', sessionId: session.id, shopUser, access }, setCookies };
}
