import pg from 'pg';
import { LRUCache } from 'lru-cache';
import type { Logger } from '../../../common/services.js';

// The answers of the session statement (a session and the rows its viewer is made of), kept in
// this process for a few seconds so that a request of a signed-in user needs no statement of its
// own to know who asks — a third of a catalog page's database work (docs/decisions/0018).
//
// Never stale for longer than PostgreSQL takes to deliver a notification:
// - every table those rows come from has a statement-level trigger that notifies
//   `comptoir_viewers` (migration viewer_notify); each process listens and forgets everything at
//   each notification — a blocked access, a password change, a customer's new visibility or
//   price level, a sign-out, on whichever process or script it happens;
// - this process forgets everything itself, before answering, after each GraphQL mutation and each
//   background job (its own writes then never wait for the notification), and after each write of
//   a session (sign-in, sign-out, renewal);
// - while the listening connection is down (not yet connected, lost, reconnecting) nothing is
//   kept or served: every request reads its session;
// - an answer read while a notification arrived is not kept (it may predate the change);
// - an entry is dropped after MAX_AGE_MS anyway, and expiry is checked at each request (lucia).

export const VIEWER_CHANNEL = 'comptoir_viewers';

const MAX_AGE_MS = 5_000;
const MAX_ENTRIES = 10_000;

/** Taken before reading a session: the answer is kept only if nothing changed meanwhile. */
export interface ReadMark {
  generation: number;
  at: number;
}

export class ViewerCache {
  private readonly entries: LRUCache<string, object>;
  private generation = 0;
  private live = false;

  constructor(private readonly maxAgeMs = MAX_AGE_MS, maxEntries = MAX_ENTRIES) {
    // The least recently used goes first beyond maxEntries; none is served past its age.
    this.entries = new LRUCache<string, object>({ max: maxEntries, ttl: maxAgeMs, updateAgeOnGet: false });
  }

  /** Whether answers are kept and served (the listening connection is up). */
  get active(): boolean {
    return this.live;
  }

  get<T>(key: string): T | undefined {
    return this.live ? (this.entries.get(key) as T | undefined) : undefined;
  }

  mark(): ReadMark {
    return { generation: this.generation, at: performance.now() };
  }

  /** Keeps an answer read since `mark`, unless something was forgotten since (it may predate it). */
  set(key: string, value: object, mark: ReadMark): void {
    if (!this.live || mark.generation !== this.generation) return;
    // Its age counts from the start of its read.
    const ttl = this.maxAgeMs - (performance.now() - mark.at);
    if (ttl > 0) this.entries.set(key, deepFreeze(value), { ttl });
  }

  /** Forgets every answer (and any read in flight). */
  clear(): void {
    this.generation += 1;
    this.entries.clear();
  }

  setLive(live: boolean): void {
    this.clear();
    this.live = live;
  }
}

/** Shared between requests: nobody may change it (a mistake would throw, not leak into another request). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Keeps a connection listening on VIEWER_CHANNEL and the cache live only while it is; reconnects
 * (every second) when it is lost.
 */
export function listenForViewerChanges(config: pg.ClientConfig, cache: ViewerCache, log: Logger): { ready: Promise<void>; close(): Promise<void> } {
  let stopped = false;
  let current: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;
  let resolveReady!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));

  const lost = (client: pg.Client) => {
    if (current !== client && current !== null) return;
    current = null;
    cache.setLive(false);
    if (!stopped && !retry) retry = setTimeout(connect, 1000);
  };

  async function connect(): Promise<void> {
    retry = null;
    if (stopped) return;
    const client = new pg.Client({ ...config, keepAlive: true, application_name: 'comptoir-viewer-listener' });
    let ended = false;
    client.on('notification', () => cache.clear());
    client.on('error', (e) => log.warn(`[viewer-cache] listening connection lost: ${e.message}`));
    client.on('end', () => {
      ended = true;
      lost(client);
    });
    try {
      await client.connect();
      await client.query(`listen ${VIEWER_CHANNEL}`);
      if (stopped || ended) {
        await client.end().catch(() => {});
        return;
      }
      current = client;
      cache.setLive(true);
    } catch (e) {
      log.warn(`[viewer-cache] cannot listen for changes, sessions are read at each request: ${(e as Error).message}`);
      await client.end().catch(() => {});
      lost(client);
    } finally {
      resolveReady();
    }
  }
  void connect();

  return {
    ready,
    async close() {
      stopped = true;
      if (retry) clearTimeout(retry);
      cache.setLive(false);
      const client = current;
      current = null;
      await client?.end().catch(() => {});
    },
  };
}
