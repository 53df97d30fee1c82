import type { EntityManager } from '@mikro-orm/postgresql';
import type { Auth } from './auth/lucia.js';
import { splitUserKey } from './auth/lucia.js';
import type { Viewer } from '../../common/context.js';
import { API_TOKEN_PREFIX, findActiveApiToken } from './api-token.service.js';
import { StaffUser, type StaffRole } from './entities/staff-user.entity.js';
import type { Language } from '../../common/language.js';
import { Customer } from '../customers/index.js';
import { ShopUser } from './entities/shop-user.entity.js';
import { StoreAccess } from './entities/store-access.entity.js';
import { managedFromRow } from '../../common/json-rows.js';

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

  // The entities are mapped from their rows on first use only: most requests (a catalog page)
  // need just the facts (language, role, customer id…), read from the rows while the entity does
  // not exist yet and from the entity once it does (it may have been changed since).
  if (realm === 'staff') {
    const staffRow = rows.staff;
    if (!staffRow) return anonymous;
    const actingRow = rows.acting;
    const staff = lazy(() => managedFromRow(em, StaffUser, staffRow));
    const acting = lazy(() => (actingRow ? managedFromRow(em, Customer, actingRow) : null));
    const viewer = { kind: 'staff', sessionId: session.id, catalogView: rows.catalogView ?? undefined } as Extract<Viewer, { kind: 'staff' }>;
    Object.defineProperties(viewer, {
      staff: staff.property,
      actingAs: acting.property,
      language: fact(() => (staff.made() ? staff.get().language : (staffRow.language as Language))),
      role: fact(() => (staff.made() ? staff.get().role : (staffRow.role as StaffRole))),
      actingCustomerId: fact(() => (acting.made() ? (acting.get()?.id ?? null) : actingRow ? String(actingRow.id) : null)),
    });
    return { viewer, setCookies };
  }

  const shopRow = rows.shopUser;
  const chosen = rows.accesses[0]; // the session's chosen customer, else the oldest access
  if (!shopRow || !chosen) return anonymous;
  const shopUser = lazy(() => managedFromRow(em, ShopUser, shopRow));
  const access = lazy(() => {
    managedFromRow(em, Customer, chosen.customer);
    return managedFromRow(em, StoreAccess, chosen.access);
  });
  const viewer = { kind: 'shop', sessionId: session.id, catalogView: rows.catalogView ?? undefined } as Extract<Viewer, { kind: 'shop' }>;
  Object.defineProperties(viewer, {
    shopUser: shopUser.property,
    access: access.property,
    language: fact(() => (shopUser.made() ? shopUser.get().language : (shopRow.language as Language))),
    mustChangePassword: fact(() => (shopUser.made() ? shopUser.get().mustChangePassword : shopRow.must_change_password === true)),
    customerId: fact(() => (access.made() ? access.get().customer.id : String(chosen.access.customer_id))),
    shopUserId: fact(() => String(shopRow.id)),
  });
  return { viewer, setCookies };
}

/** A value made on first read, replaceable like a plain property (`property` defines it so). */
function lazy<T>(make: () => T) {
  let value: T | undefined;
  let made = false;
  const get = (): T => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
  const set = (v: T) => {
    value = v;
    made = true;
  };
  return { get, made: () => made, property: { get, set, enumerable: true, configurable: true } satisfies PropertyDescriptor };
}

/** A read-only property computed at each read. */
function fact(get: () => unknown): PropertyDescriptor {
  return { get, enumerable: true, configurable: true };
}
