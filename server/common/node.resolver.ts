import { Arg, Ctx as Context, ID, Query, Resolver } from 'type-graphql';
import type { Ctx } from './context.js';
import { Node } from './node.js';
import { fromGlobalId } from './global-id.js';
import { apiError } from './errors.js';

/** How to fetch one type by global id for the viewer; registered by the modules. */
export type NodeFetcher = (ctx: Ctx, globalId: string) => Promise<Node | null>;
const fetchers = new Map<string, NodeFetcher>();

export function registerNodeType(type: string, fetch: NodeFetcher): void {
  fetchers.set(type, fetch);
}

async function fetchNode(ctx: Ctx, id: string): Promise<Node | null> {
  const parsed = fromGlobalId(id);
  const fetch = parsed && fetchers.get(parsed.type);
  if (!fetch) return null;
  try {
    return await fetch(ctx, id);
  } catch (e) {
    // Not visible to this viewer reads as "no such node", as for ids that never existed.
    const code = (e as { extensions?: { code?: string } }).extensions?.code;
    if (code === 'NOT_FOUND' || code === 'FORBIDDEN') return null;
    throw e;
  }
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id, or null when it does not exist for the viewer.' })
  async node(@Arg('id', () => ID, { description: 'A global id.' }) id: string, @Context() ctx: Ctx): Promise<Node | null> {
    if (ctx.viewer.kind === 'anonymous') throw apiError(ctx.t, 'UNAUTHENTICATED');
    return fetchNode(ctx, id);
  }

  @Query(() => [Node], { nullable: 'items', description: 'Several objects by global id, in the same order; null for each one the viewer cannot see.' })
  async nodes(@Arg('ids', () => [ID], { description: 'Global ids (at most 100).' }) ids: string[], @Context() ctx: Ctx): Promise<(Node | null)[]> {
    if (ctx.viewer.kind === 'anonymous') throw apiError(ctx.t, 'UNAUTHENTICATED');
    return Promise.all(ids.slice(0, 100).map((id) => fetchNode(ctx, id)));
  }
}
