import type { AuthChecker } from 'type-graphql';
import type { Ctx } from './context.js';
import { apiError } from './errors.js';
import { StaffRole, ApiScope } from '../modules/access/index.js';

/**
 * Roles used with @Authorized:
 * - STAFF: any active staff member; ADMIN: staff with the ADMIN role.
 * - SHOP: a shop user who has replaced the temporary password.
 * - SIGNED_IN: anyone signed in, even with a temporary password (viewer, password change).
 * - an ApiScope (CATALOG_READ, CATALOG_MANAGE, CUSTOMERS_MANAGE, ORDERS_MANAGE, WEBHOOKS_MANAGE): an integrator token
 *   with that scope; CATALOG_MANAGE includes CATALOG_READ (an ERP that writes the catalog reads it back).
 * A list means any of them. Integrators pass only where a scope is listed.
 */
export type Role = 'STAFF' | 'ADMIN' | 'SHOP' | 'SIGNED_IN' | `${ApiScope}`;

export const authChecker: AuthChecker<Ctx, Role> = ({ context }, roles) => assertRoles(context, roles);

/** Throws UNAUTHENTICATED, FORBIDDEN or PASSWORD_CHANGE_REQUIRED unless the viewer has one of the roles. */
export function assertRoles(context: Pick<Ctx, 'viewer' | 't'>, roles: readonly Role[]): true {
  const { viewer, t } = context;
  if (viewer.kind === 'anonymous') throw apiError(t, 'UNAUTHENTICATED');
  if (roles.length === 0 || roles.includes('SIGNED_IN')) return true;
  if (viewer.kind === 'integrator') {
    if (roles.some((r) => viewer.scopes.has(r as ApiScope) || (r === ApiScope.CATALOG_READ && viewer.scopes.has(ApiScope.CATALOG_MANAGE)))) return true;
    throw apiError(t, 'FORBIDDEN');
  }
  if (viewer.kind === 'staff') {
    if (roles.includes('STAFF')) return true;
    if (roles.includes('ADMIN') && viewer.role === StaffRole.ADMIN) return true;
    throw apiError(t, 'FORBIDDEN');
  }
  if (roles.includes('SHOP')) {
    if (viewer.mustChangePassword) throw apiError(t, 'PASSWORD_CHANGE_REQUIRED');
    return true;
  }
  throw apiError(t, 'FORBIDDEN');
}
