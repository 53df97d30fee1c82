import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { raw, type EntityManager, type EntityName, type QueryBuilder } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';

@ObjectType({ description: 'Where a page of a connection stands in the whole list.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items precede this page: `after` was given, or, paging backward with `before`, more items lie before it.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page; pass it as `before` for the previous page where a list supports it.' })
  startCursor?: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor?: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: 'How many items to return (1–100, default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an `endCursor`).' })
  after?: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

/** Builds `<Name>Connection` and `<Name>Edge` types for a node type. */
export function Connection<T extends object>(NodeType: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a connection, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this item.' })
    cursor!: string;

    @Field(() => NodeType, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionType {
    @Field(() => [Edge], { description: 'The items of this page, with cursors.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo!: PageInfo;

    count!: () => Promise<number>;

    @Field(() => Int, { description: 'How many items match in all pages (computed only when asked).' })
    totalCount(): Promise<number> {
      return this.count();
    }
  }
  return ConnectionType;
}

type CursorValue = string | number;
export function encodeCursor(values: CursorValue[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}
export function decodeCursor(cursor: string): CursorValue[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && (values.length === 2 || values.length === 3)) return values;
  } catch {
    /* fall through */
  }
  throw new GraphQLError('Invalid cursor', { extensions: { code: 'BAD_USER_INPUT' } });
}

export interface KeysetOptions<T> {
  /** A query builder already filtered for the viewer; aliased, e.g. em.createQueryBuilder(X, 'x'). */
  qb: QueryBuilder<T & object>;
  alias: string;
  /** The sort column (SQL name) and how to read it from an entity. */
  sortColumn: string;
  sortValue: (entity: T) => CursorValue;
  direction: 'asc' | 'desc';
  first?: number | null;
  after?: string | null;
  /**
   * When the entity's value is less precise than the column (a JS Date keeps milliseconds,
   * PostgreSQL timestamps microseconds), the cursor must hold the column's exact value, or rows
   * within the same millisecond are skipped or repeated: `sql` is an expression giving it as
   * text, and the rows are mapped to entities of `entity` through `em`.
   */
  exact?: { em: EntityManager; entity: EntityName<T & object>; sql: string };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The exact text of a timestamp column for a cursor (microseconds, UTC). */
export function timestampCursorSql(column: string): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/**
 * Keyset pagination on (sort column, id): a page costs the same deep in the list as at its start.
 * Fetches one row more than asked to know whether a next page exists.
 */
export async function keysetPage<T extends { id: string }>(o: KeysetOptions<T>): Promise<Page<T>> {
  const first = Math.min(Math.max(o.first ?? 20, 1), 100);
  const countQb = o.qb.clone();
  const qb = o.qb.clone();
  const col = `${o.alias}.${o.sortColumn}`;
  const idCol = `${o.alias}.id`;
  if (o.after) {
    const [value, id] = decodeCursor(o.after);
    // A forged cursor must be the caller's error, not a database cast failure (a 500).
    const badTimestamp = o.exact && (typeof value !== 'string' || Number.isNaN(Date.parse(value)));
    if (typeof id !== 'string' || !UUID.test(id) || badTimestamp) throw new GraphQLError('Invalid cursor', { extensions: { code: 'BAD_USER_INPUT' } });
    qb.andWhere(`(${col}, ${idCol}) ${o.direction === 'asc' ? '>' : '<'} (?, ?)`, [value, id]);
  }
  qb.orderBy({ [o.sortColumn === 'id' ? 'id' : camel(o.sortColumn)]: o.direction, id: o.direction } as never).limit(first + 1);
  let rows: Array<{ node: T; sort: CursorValue }>;
  if (o.exact) {
    const { em, entity, sql } = o.exact;
    qb.addSelect(raw(`${sql} as keyset_cursor`));
    const found = await qb.execute<Array<Record<string, unknown> & { keyset_cursor: string }>>('all', false);
    rows = found.map(({ keyset_cursor, ...row }) => ({ node: em.map(entity, row as never) as T, sort: keyset_cursor }));
  } else {
    rows = ((await qb.getResult()) as T[]).map((node) => ({ node, sort: serialize(o.sortValue(node)) }));
  }
  const hasNextPage = rows.length > first;
  const page = rows.slice(0, first);
  const edges = page.map(({ node, sort }) => ({ node, cursor: encodeCursor([sort, node.id]) }));
  return {
    edges,
    pageInfo: Object.assign(new PageInfo(), {
      hasNextPage,
      hasPreviousPage: Boolean(o.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    }),
    count: async () => countQb.getCount(),
  };
}

function serialize(v: CursorValue | Date): CursorValue {
  return v instanceof Date ? v.toISOString() : v;
}
function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
