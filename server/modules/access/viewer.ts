import type { EntityManager } from '@mikro-orm/postgresql';
import type { Auth } from './auth/lucia.js';
import { splitUserKey } from './auth/lucia.js';
import type { Viewer } from '../../common/context.js';
import { API_TOKEN_PREFIX, findActiveApiToken } from './api-token.service.js';
import { StaffUser } from './entities/staff-user.entity.js';
import { Customer } from '../customers/entities/customer.entity.js';
import { ShopUser } from './entities/shop-user.entity.js';
import { StoreAccess } from './entities/store-access.entity.js';
import { mapJsonRow } from '../../common/json-rows.js';

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
  const { realm } = splitUserKey(user.id);
  const rows = user.rows;
  if (!rows) return anonymous;

  if (realm === 'staff') {
    if (!rows.staff) return anonymous;
    const staff = mapJsonRow(em, StaffUser, rows.staff);
    const actingAs = rows.acting ? mapJsonRow(em, Customer, rows.acting) : null;
    return { viewer: { kind: 'staff', sessionId: session.id, staff, actingAs, catalogView: rows.catalogView ?? undefined }, setCookies };
  }

  if (!rows.shopUser) return anonymous;
  const shopUser = mapJsonRow(em, ShopUser, rows.shopUser);
  const chosen = rows.accesses[0]; // the session's chosen customer, else the oldest access
  if (!chosen) return anonymous;
  mapJsonRow(em, Customer, chosen.customer);
  const access = mapJsonRow(em, StoreAccess, chosen.access);
  return { viewer: { kind: 'shop', sessionId: session.id, shopUser, access, catalogView: rows.catalogView ?? undefined }, setCookies };
}
