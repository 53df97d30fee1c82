import DataLoader from 'dataloader';
import type { Ctx } from './context.js';
import { loader } from './context.js';

/**
 * Entities by id, batched per request: a list's related objects (a brand per product, a customer
 * per order) cost one query whatever the list's length.
 */
export function byIdLoader<T extends { id: string }>(ctx: Ctx, entity: new () => T) {
  return loader(ctx, `byId.${entity.name}`, () =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = (await ctx.em.find(entity as never, { id: { $in: [...ids] } } as never)) as T[];
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );
}

/**
 * Children grouped by their parent's id, batched per request (contacts of customers, lines of
 * orders). `fetch` loads the rows of all the parents asked for, in the order wanted.
 */
export function groupLoader<T>(ctx: Ctx, key: string, fetch: (parentIds: string[]) => Promise<T[]>, parentOf: (row: T) => string) {
  return loader(ctx, key, () =>
    new DataLoader<string, T[]>(async (parentIds) => {
      const groups = new Map<string, T[]>();
      for (const row of await fetch([...parentIds])) {
        const id = parentOf(row);
        groups.set(id, [...(groups.get(id) ?? []), row]);
      }
      return parentIds.map((id) => groups.get(id) ?? []);
    }),
  );
}
