import type { MikroORM } from '@mikro-orm/postgresql';
import type { Ctx } from '../../common/context.js';
import { keysetPage } from '../../common/connection.js';
import type { AppServices } from '../../common/services.js';
import type { Customer } from '../customers/index.js';
import { ActivityKind, CustomerActivity } from './entities/customer-activity.entity.js';

export { ActivityKind };

interface PendingActivity {
  customerId: string;
  shopUserId: string | null;
  kind: ActivityKind;
  detail: string | null;
  at: Date;
}

const FLUSH_EVERY_MS = 1000;
const FLUSH_AT_ROWS = 200;
const MAX_BUFFERED = 10_000;

/**
 * Buffers activity rows in memory and inserts them in batches (every second, at 200 rows, and on
 * shutdown), so recording never adds a query to the request that is being recorded (V2). A crash
 * loses at most a second of activity, which is acceptable for this log.
 */
export class ActivityRecorder {
  private buffer: PendingActivity[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly orm: MikroORM, private readonly log: AppServices['log']) {}

  record(row: PendingActivity): void {
    if (this.buffer.length >= MAX_BUFFERED) return; // the database is not keeping up: drop rather than grow
    this.buffer.push(row);
    if (this.buffer.length >= FLUSH_AT_ROWS) void this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), FLUSH_EVERY_MS);
      this.timer.unref();
    }
  }

  /** Writes what is buffered; resolves when every row recorded so far is stored. */
  flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const rows = this.buffer.splice(0);
    this.flushing = this.flushing.then(async () => {
      if (!rows.length) return;
      const values = rows.map(() => '(gen_random_uuid(), ?, ?, ?, ?, cast(? as activity_kind), ?)').join(', ');
      const params = rows.flatMap((r) => [r.at, r.at, r.customerId, r.shopUserId, r.kind, r.detail]);
      try {
        await this.orm.em.fork().execute(`insert into customer_activity (id, created_at, updated_at, customer_id, shop_user_id, kind, detail) values ${values}`, params);
      } catch (e) {
        this.log.error('[activity] could not store activity rows', e);
      }
    });
    return this.flushing;
  }
}

const recorders = new WeakMap<object, ActivityRecorder>();

/** The recorder of an app (one per running server). */
export function activityRecorder(app: Pick<AppServices, 'orm' | 'log'>): ActivityRecorder {
  let recorder = recorders.get(app.orm);
  if (!recorder) {
    recorder = new ActivityRecorder(app.orm, app.log);
    recorders.set(app.orm, recorder);
  }
  return recorder;
}

/**
 * Records what a shop user does. Staff viewing the store as the customer and integrators are not
 * recorded: only a shop viewer's own actions are the customer's activity.
 */
export function recordActivity(ctx: Pick<Ctx, 'viewer' | 'app'>, kind: ActivityKind, detail?: string | null): void {
  const v = ctx.viewer;
  if (v.kind !== 'shop') return;
  recordActivityFor(ctx.app, { customerId: v.customerId, shopUserId: v.shopUserId }, kind, detail);
}

export function recordActivityFor(app: Pick<AppServices, 'orm' | 'log'>, who: { customerId: string; shopUserId: string | null }, kind: ActivityKind, detail?: string | null): void {
  activityRecorder(app).record({ ...who, kind, detail: detail ? detail.slice(0, 300) : null, at: new Date() });
}

/** A customer's activity, newest first, keyset-paginated (staff). */
export function listActivities(ctx: Ctx, customer: Customer, args: { first?: number | null; after?: string | null }) {
  const qb = ctx.em.createQueryBuilder(CustomerActivity, 'a').select('*').where({ customer: customer.id });
  return keysetPage<CustomerActivity>({ qb, alias: 'a', sortColumn: 'created_at', sortValue: (a) => a.createdAt.toISOString(), direction: 'desc', first: args.first, after: args.after });
}
