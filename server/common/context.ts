import type { EntityManager } from '@mikro-orm/postgresql';
import type { TFunction } from 'i18next';
import type { Env } from '../config/env.js';
import type { Language } from './language.js';
import type { StaffRole, StaffUser, ShopUser, StoreAccess, ApiToken, ApiScope } from '../modules/access/index.js';
import type { Customer } from '../modules/customers/index.js';
import type { AppServices } from './services.js';

/**
 * Who is asking. Resolved once per request from the session cookie or bearer token; `catalogView`
 * holds the catalog defaults read in the same statement (see the catalog read model's catalogView).
 */
export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'staff';
      sessionId: string;
      staff: StaffUser;
      actingAs?: Customer | null;
      catalogView?: unknown;
      /** Facts of `staff` and `actingAs`, readable without mapping them (see access/viewer.ts). */
      language: Language;
      role: StaffRole;
      actingCustomerId: string | null;
    }
  | {
      kind: 'shop';
      sessionId: string;
      shopUser: ShopUser;
      access: StoreAccess;
      catalogView?: unknown;
      /** Facts of `shopUser` and `access`, readable without mapping them (see access/viewer.ts). */
      language: Language;
      mustChangePassword: boolean;
      customerId: string;
      shopUserId: string;
    }
  | { kind: 'integrator'; token: ApiToken; scopes: ReadonlySet<ApiScope> };

/** The request context every resolver and service receives first. */
export interface Ctx {
  /** A fork of the ORM's entity manager for this request only. */
  em: EntityManager;
  viewer: Viewer;
  language: Language;
  t: TFunction;
  env: Env;
  app: AppServices;
  /** Client address, for throttling. */
  clientKey: string;
  /** Set-Cookie header values the response must carry (sign-in, sign-out). */
  setCookies: string[];
  /** Work to run once the operation's changes are committed (e.g. enqueue jobs). */
  afterCommit: Array<() => Promise<unknown>>;
  /** Per-request DataLoaders, created lazily by the modules that need them. */
  loaders: Map<string, unknown>;
}

export function isStaff(viewer: Viewer): viewer is Extract<Viewer, { kind: 'staff' }> {
  return viewer.kind === 'staff';
}

/**
 * The customer whose store the viewer sees: a shop user's own, or the one staff view as (V1).
 * Catalog, prices, stock and the private message all follow it.
 */
export function storeCustomer(viewer: Viewer): Customer | null {
  if (viewer.kind === 'shop') return viewer.access.customer;
  if (viewer.kind === 'staff') return viewer.actingAs ?? null;
  return null;
}

/** The id of `storeCustomer(viewer)`, without loading it. */
export function storeCustomerId(viewer: Viewer): string | null {
  if (viewer.kind === 'shop') return viewer.customerId;
  if (viewer.kind === 'staff') return viewer.actingCustomerId;
  return null;
}

/** Staff or an integrator token: the supplier's side, as opposed to a customer's user. */
export function isBackOffice(viewer: Viewer): viewer is Extract<Viewer, { kind: 'staff' | 'integrator' }> {
  return viewer.kind === 'staff' || viewer.kind === 'integrator';
}

export function isShop(viewer: Viewer): viewer is Extract<Viewer, { kind: 'shop' }> {
  return viewer.kind === 'shop';
}

/** A loader kept for the request's lifetime, so every resolver shares it. */
export function loader<T>(ctx: Ctx, key: string, create: () => T): T {
  let value = ctx.loaders.get(key) as T | undefined;
  if (!value) {
    value = create();
    ctx.loaders.set(key, value);
  }
  return value;
}

/** Runs and clears the after-commit hooks; failures are logged, never undo the committed work. */
export async function runAfterCommit(ctx: Pick<Ctx, 'afterCommit'>, log: (e: unknown) => void = console.error): Promise<void> {
  const hooks = ctx.afterCommit.splice(0);
  for (const hook of hooks) {
    try {
      await hook();
    } catch (e) {
      log(e);
    }
  }
}

/**
 * Who on the supplier's side acts, as stored on history rows (order timeline, customer audit): the
 * staff member, or the integrator's API token, so a token's work is attributed to it by name
 * (issue 14, E6). Empty for anyone else.
 */
export function backOfficeActor(viewer: Viewer): { staff?: StaffUser; apiToken?: ApiToken } {
  if (viewer.kind === 'staff') return { staff: viewer.staff };
  if (viewer.kind === 'integrator') return { apiToken: viewer.token };
  return {};
}

/**
 * Runs one mutation in one transaction (decision 27), begun on `ctx.em` itself rather than on a
 * fork, so the entities the request already holds (the viewer's) are flushed by it: every read and
 * write of the services it calls joins it (their own `transactional` calls become savepoints), and
 * what it leaves unflushed is flushed before the commit. A mutation that throws commits nothing,
 * and the after-commit work it queued is dropped.
 */
export async function inTransaction<T>(ctx: Pick<Ctx, 'em' | 'afterCommit'>, work: () => Promise<T>): Promise<T> {
  const queued = ctx.afterCommit.length;
  await ctx.em.begin();
  try {
    const result = await work();
    await ctx.em.commit();
    return result;
  } catch (e) {
    ctx.afterCommit.splice(queued);
    if (ctx.em.isInTransaction()) await ctx.em.rollback();
    // What stays changed in memory was not written, and must not be by a later flush.
    ctx.em.clear();
    throw e;
  }
}

/**
 * The staff member a background task acts as (no session, viewing the store as nobody). Here, not
 * in access, so that the tasks module builds its job context without importing access, which
 * starts tasks (decision 41).
 */
export function taskStaffViewer(staff: StaffUser): Extract<Viewer, { kind: 'staff' }> {
  const viewer = { kind: 'staff', sessionId: '', staff, actingAs: null, actingCustomerId: null } as unknown as Extract<Viewer, { kind: 'staff' }>;
  return Object.defineProperties(viewer, {
    language: { get: () => staff.language, enumerable: true, configurable: true },
    role: { get: () => staff.role, enumerable: true, configurable: true },
  });
}
