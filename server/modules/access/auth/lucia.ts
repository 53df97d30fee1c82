import { createHash } from 'node:crypto';
import { Lucia, TimeSpan, type Adapter, type DatabaseSession, type DatabaseUser } from 'lucia';
import type { EntityManager } from '@mikro-orm/postgresql';
import { catalogViewJsonSql } from '../../catalog/index.js';
import { preparedQuery } from '../../../common/prepared.js';
import type { ViewerCache } from './viewer-cache.js';

// Lucia stays behind this module: callers use `Auth`, so lucia can be swapped (it is retired
// upstream) for the @oslojs/crypto recipe without touching them.

export type Realm = 'staff' | 'shop';

type JsonRow = Record<string, unknown>;

/** The viewer's rows as JSON, read in the session's statement. */
export interface ViewerRows {
  staff: JsonRow | null;
  acting: JsonRow | null;
  shopUser: JsonRow | null;
  /** The chosen accesses first: the one matching the session's chosen customer, else the oldest. */
  accesses: Array<{ access: JsonRow; customer: JsonRow }>;
  /** The catalog defaults of the customer the viewer shops for (see catalogViewJsonSql). */
  catalogView: JsonRow | null;
}

/**
 * What `auth_session.id` holds for a session: the SHA-256 (hex) of the id its cookie or bearer
 * carries, as the recipe replacing lucia v3 does, so a read of the table hands out no session
 * (decision 22). Lucia and the viewer only ever see the id itself; SQL on auth_session by a
 * session's id goes through this.
 */
export function sessionKey(sessionId: string): string {
  return createHash('sha256').update(sessionId).digest('hex');
}

/** Lucia user ids carry the realm: "staff:<uuid>" or "shop:<uuid>". */
export function userKey(realm: Realm, id: string): string {
  return `${realm}:${id}`;
}
function splitUserKey(key: string): { realm: Realm; id: string } {
  const [realm, id] = key.split(':') as [Realm, string];
  return { realm, id };
}

class MikroOrmSessionAdapter implements Adapter {
  constructor(
    private readonly em: () => EntityManager,
    private readonly cache: ViewerCache | null,
  ) {}

  private get conn() {
    return this.em().getConnection();
  }

  /**
   * The session and, in the same statement, everything the viewer is made of: the staff member
   * (active only) and the customer they view the store as, or the shop user with its unblocked
   * accesses and their customers (oldest first). One round trip per request instead of four, and
   * none while the answer is in the viewer cache (see viewer-cache.ts for when it is forgotten).
   */
  async getSessionAndUser(sessionId: string): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const key = sessionKey(sessionId);
    const cached = this.cache?.get<[DatabaseSession, DatabaseUser]>(key);
    if (cached) return [{ ...cached[0], id: sessionId, expiresAt: new Date(cached[0].expiresAt) }, cached[1]];
    const mark = this.cache?.mark();
    const answer = await this.readSessionAndUser(key);
    if (mark && answer[0]) this.cache!.set(key, answer, mark);
    // Lucia goes on with the id it was given (renewal, the refreshed cookie), never the stored key.
    return answer[0] ? [{ ...answer[0], id: sessionId }, answer[1]] : answer;
  }

  /** The session stored under `key` (see sessionKey) and its viewer's rows. */
  private async readSessionAndUser(key: string): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const rows = await preparedQuery<
      { id: string; realm: Realm; user_id: string; expires_at: Date; acting_customer_id: string | null; staff: JsonRow | null; acting: JsonRow | null; shop_user: JsonRow | null; accesses: Array<{ access: JsonRow; customer: JsonRow }> | null; catalog_view: JsonRow | null }
    >(
      this.em(),
      `select s.id, s.realm, s.user_id, s.expires_at, s.acting_customer_id,
         case when s.realm = 'staff' then (select row_to_json(u) from staff_user u where u.id = s.user_id and u.active) end as staff,
         case when s.realm = 'staff' and s.acting_customer_id is not null then (select row_to_json(c) from customer c where c.id = s.acting_customer_id) end as acting,
         case when s.realm = 'shop' then (select row_to_json(u) from shop_user u where u.id = s.user_id) end as shop_user,
         case when s.realm = 'shop' then (
           select json_agg(json_build_object('access', row_to_json(a), 'customer', row_to_json(c)) order by (a.customer_id = s.acting_customer_id) is true desc, a.created_at, a.id)
           from store_access a join customer c on c.id = a.customer_id
           where a.shop_user_id = s.user_id and a.status <> 'BLOCKED') end as accesses,
         ${catalogViewJsonSql(`(case when s.realm = 'staff' then s.acting_customer_id else (
           select a.customer_id from store_access a where a.shop_user_id = s.user_id and a.status <> 'BLOCKED'
           order by (a.customer_id = s.acting_customer_id) is true desc, a.created_at, a.id limit 1) end)`)} as catalog_view
       from auth_session s where s.id = ?`,
      [key],
    );
    const row = rows[0];
    if (!row) return [null, null];
    const userId = userKey(row.realm, row.user_id);
    return [
      { id: row.id, userId, expiresAt: new Date(row.expires_at), attributes: { actingCustomerId: row.acting_customer_id } },
      { id: userId, attributes: { rows: { staff: row.staff, acting: row.acting, shopUser: row.shop_user, accesses: row.accesses ?? [], catalogView: row.catalog_view } } },
    ];
  }

  /** The user's sessions, identified by their stored keys (the ids themselves are not kept). */
  async getUserSessions(userId: string): Promise<DatabaseSession[]> {
    const { realm, id } = splitUserKey(userId);
    const rows = await this.conn.execute<{ id: string; expires_at: Date; acting_customer_id: string | null }[]>(
      'select id, expires_at, acting_customer_id from auth_session where realm = ? and user_id = ?',
      [realm, id],
    );
    return rows.map((r) => ({ id: r.id, userId, expiresAt: new Date(r.expires_at), attributes: { actingCustomerId: r.acting_customer_id } }));
  }

  async setSession(session: DatabaseSession): Promise<void> {
    const { realm, id } = splitUserKey(session.userId);
    await this.conn.execute(
      'insert into auth_session (id, realm, user_id, expires_at, acting_customer_id) values (?, ?, ?, ?, ?)',
      [sessionKey(session.id), realm, id, session.expiresAt, session.attributes.actingCustomerId ?? null],
    );
    this.cache?.clear();
  }

  async updateSessionExpiration(sessionId: string, expiresAt: Date): Promise<void> {
    await this.conn.execute('update auth_session set expires_at = ? where id = ?', [expiresAt, sessionKey(sessionId)]);
    this.cache?.clear();
  }

  async deleteSession(sessionId: string): Promise<void> {
    await this.conn.execute('delete from auth_session where id = ?', [sessionKey(sessionId)]);
    this.cache?.clear();
  }

  async deleteUserSessions(userId: string): Promise<void> {
    const { realm, id } = splitUserKey(userId);
    await this.conn.execute('delete from auth_session where realm = ? and user_id = ?', [realm, id]);
    this.cache?.clear();
  }

  async deleteExpiredSessions(): Promise<void> {
    await this.conn.execute('delete from auth_session where expires_at <= now()');
    this.cache?.clear();
  }
}

export function createAuth(em: () => EntityManager, options: { secureCookies: boolean; sessionDays: number; viewerCache?: ViewerCache | null }) {
  return new Lucia(new MikroOrmSessionAdapter(em, options.viewerCache ?? null), {
    sessionExpiresIn: new TimeSpan(options.sessionDays, 'd'),
    sessionCookie: {
      name: 'comptoir_session',
      attributes: { secure: options.secureCookies, sameSite: 'lax' },
    },
    getSessionAttributes: (attributes) => ({ actingCustomerId: attributes.actingCustomerId ?? null }),
    getUserAttributes: (attributes) => ({ rows: attributes.rows ?? null }),
  });
}

export type Auth = ReturnType<typeof createAuth>;

declare module 'lucia' {
  interface Register {
    Lucia: Auth;
    DatabaseSessionAttributes: { actingCustomerId?: string | null };
    /** The rows the viewer is built from, read with the session (see getSessionAndUser). */
    DatabaseUserAttributes: { rows?: ViewerRows };
  }
}

export { splitUserKey };
