import { GraphQLError } from 'graphql';
import type { Ctx } from '../../common/context.js';
import { decodeCursor, encodeCursor, PageInfo, type Page } from '../../common/connection.js';
import { idOf, toGlobalId } from '../../common/global-id.js';
import { groupLoader } from '../../common/loaders.js';
import type { Language } from '../../common/language.js';
import { StoreAccess, StoreAccessStatus } from './entities/store-access.entity.js';
import { StoreUser, type StoreUsersArgs } from './dto/store-users.dto.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Row {
  id: string;
  email: string;
  language: Language;
  granted_at: Date;
  last_access_at: Date | null;
  access_count: number;
}

/**
 * Every store login across customers (issue 17, H3), sorted by email then id, keyset paginated.
 * One SQL statement for the page (filters, aggregates); the accesses of the page's logins come from
 * one batched query (`accessesByUserLoader`). Staff see every login, as they see every customer.
 */
export async function listStoreUsers(ctx: Ctx, args: StoreUsersArgs): Promise<Page<StoreUser>> {
  const first = Math.min(Math.max(args.first ?? 20, 1), 100);
  const where: string[] = [];
  const params: unknown[] = [];
  const search = args.search?.trim();
  if (search) {
    const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      `(u.email ilike ? or exists (select 1 from store_access sa join customer c on c.id = sa.customer_id
        where sa.shop_user_id = u.id and (c.name ilike ? or c.customer_number ilike ?)))`,
    );
    params.push(like, like, like);
  }
  if (args.status && args.status !== StoreAccessStatus.NONE) {
    where.push('exists (select 1 from store_access sa where sa.shop_user_id = u.id and sa.status = ?)');
    params.push(args.status);
  } else if (args.status === StoreAccessStatus.NONE) {
    where.push('false'); // every listed login has an access
  }
  if (args.customerId != null) {
    const customerId = idOf('Customer', args.customerId);
    if (!customerId) where.push('false');
    else {
      where.push('exists (select 1 from store_access sa where sa.shop_user_id = u.id and sa.customer_id = ?)');
      params.push(customerId);
    }
  }
  if (args.language) {
    where.push('u.language = ?');
    params.push(args.language);
  }
  if (args.after) {
    const [email, id] = decodeCursor(args.after);
    if (typeof email !== 'string' || typeof id !== 'string' || !UUID.test(id)) throw new GraphQLError('Invalid cursor', { extensions: { code: 'BAD_USER_INPUT' } });
    where.push('(u.email, u.id) > (?, ?)');
    params.push(email, id);
  }
  const having: string[] = [];
  const havingParams: unknown[] = [];
  if (args.lastAccessBefore) {
    having.push('max(a.last_access_at) < ?');
    havingParams.push(args.lastAccessBefore);
  }
  if (args.lastAccessAfter) {
    having.push('max(a.last_access_at) >= ?');
    havingParams.push(args.lastAccessAfter);
  }
  const from = `from shop_user u join store_access a on a.shop_user_id = u.id
    ${where.length ? `where ${where.join(' and ')}` : ''}
    group by u.id
    ${having.length ? `having ${having.join(' and ')}` : ''}`;
  const rows = await ctx.em.execute<Row[]>(
    `select u.id, u.email, u.language, min(a.created_at) as granted_at, max(a.last_access_at) as last_access_at, count(a.id)::int as access_count
     ${from} order by u.email, u.id limit ?`,
    [...params, ...havingParams, first + 1],
  );
  const hasNextPage = rows.length > first;
  const edges = rows.slice(0, first).map((r) => ({
    cursor: encodeCursor([r.email, r.id]),
    node: Object.assign(new StoreUser(), {
      id: toGlobalId('ShopUser', r.id),
      userId: r.id,
      email: r.email,
      language: r.language,
      grantedAt: new Date(r.granted_at),
      lastAccessAt: r.last_access_at ? new Date(r.last_access_at) : null,
      accessCount: Number(r.access_count),
    }),
  }));
  // The count ignores the cursor: every matching login.
  const countWhere = where.filter((w) => !w.startsWith('(u.email, u.id) >'));
  const countParams = args.after ? params.slice(0, -2) : params;
  const countFrom = `from shop_user u join store_access a on a.shop_user_id = u.id
    ${countWhere.length ? `where ${countWhere.join(' and ')}` : ''}
    group by u.id
    ${having.length ? `having ${having.join(' and ')}` : ''}`;
  return {
    edges,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    }),
    count: async () => {
      const [{ count }] = await ctx.em.execute<{ count: string }[]>(`select count(*) as count from (select u.id ${countFrom}) t`, [...countParams, ...havingParams]);
      return Number(count);
    },
  };
}

/** The accesses of many logins in one query, oldest first (the list's rows). */
export function accessesByUserLoader(ctx: Ctx) {
  return groupLoader(
    ctx,
    'access.byShopUser',
    (ids) => ctx.em.find(StoreAccess, { shopUser: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    (a) => a.shopUser.id,
  );
}
