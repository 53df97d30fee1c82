import { Lucia, TimeSpan, type Adapter, type DatabaseSession, type DatabaseUser } from 'lucia';
import type { EntityManager } from '@mikro-orm/postgresql';

// Lucia stays behind this module: callers use `Auth`, so lucia can be swapped (it is retired
// upstream) for the @oslojs/crypto recipe without touching them.

export type Realm = 'staff' | 'shop';

/** Lucia user ids carry the realm: "staff:<uuid>" or "shop:<uuid>". */
export function userKey(realm: Realm, id: string): string {
  return `${realm}:${id}`;
}
function splitUserKey(key: string): { realm: Realm; id: string } {
  const [realm, id] = key.split(':') as [Realm, string];
  return { realm, id };
}

class MikroOrmSessionAdapter implements Adapter {
  constructor(private readonly em: () => EntityManager) {}

  private get conn() {
    return this.em().getConnection();
  }

  async getSessionAndUser(sessionId: string): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const rows = await this.conn.execute<{ id: string; realm: Realm; user_id: string; expires_at: Date; acting_customer_id: string | null }[]>(
      'select id, realm, user_id, expires_at, acting_customer_id from auth_session where id = ?',
      [sessionId],
    );
    const row = rows[0];
    if (!row) return [null, null];
    const userId = userKey(row.realm, row.user_id);
    return [
      { id: row.id, userId, expiresAt: new Date(row.expires_at), attributes: { actingCustomerId: row.acting_customer_id } },
      { id: userId, attributes: {} },
    ];
  }

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
      [session.id, realm, id, session.expiresAt, session.attributes.actingCustomerId ?? null],
    );
  }

  async updateSessionExpiration(sessionId: string, expiresAt: Date): Promise<void> {
    await this.conn.execute('update auth_session set expires_at = ? where id = ?', [expiresAt, sessionId]);
  }

  async deleteSession(sessionId: string): Promise<void> {
    await this.conn.execute('delete from auth_session where id = ?', [sessionId]);
  }

  async deleteUserSessions(userId: string): Promise<void> {
    const { realm, id } = splitUserKey(userId);
    await this.conn.execute('delete from auth_session where realm = ? and user_id = ?', [realm, id]);
  }

  async deleteExpiredSessions(): Promise<void> {
    await this.conn.execute('delete from auth_session where expires_at <= now()');
  }
}

export function createAuth(em: () => EntityManager, options: { secureCookies: boolean; sessionDays: number }) {
  return new Lucia(new MikroOrmSessionAdapter(em), {
    sessionExpiresIn: new TimeSpan(options.sessionDays, 'd'),
    sessionCookie: {
      name: 'comptoir_session',
      attributes: { secure: options.secureCookies, sameSite: 'lax' },
    },
    getSessionAttributes: (attributes) => ({ actingCustomerId: attributes.actingCustomerId ?? null }),
  });
}

export type Auth = ReturnType<typeof createAuth>;

declare module 'lucia' {
  interface Register {
    Lucia: Auth;
    DatabaseSessionAttributes: { actingCustomerId?: string | null };
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    DatabaseUserAttributes: {};
  }
}

export { splitUserKey };
