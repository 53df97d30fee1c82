import type { Ctx, Viewer } from './context.js';

/**
 * What an event handler works with: the publisher's entity manager (so its transaction), its
 * after-commit queue, the app, and who acted (the audit trail's actor; jobs pass the staff member
 * who started the task). Jobs publish too, with a context of their own of this shape.
 */
export type EventCtx = Pick<Ctx, 'em' | 'afterCommit' | 'app'> & { viewer?: Viewer };

type EventClass<E> = abstract new (...args: never[]) => E;
type Handler<E> = (ctx: EventCtx, event: E) => void | Promise<void>;

const handlers = new Map<EventClass<object>, Set<Handler<never>>>();

/**
 * Subscribes `handler` to events of exactly `type` (modules do so at start-up). Subscribing the
 * same function again changes nothing: every app started in one process shares the registry.
 * Returns the unsubscription.
 */
export function subscribe<E extends object>(type: EventClass<E>, handler: Handler<E>): () => void {
  let set = handlers.get(type);
  if (!set) handlers.set(type, (set = new Set()));
  set.add(handler as Handler<never>);
  return () => set.delete(handler as Handler<never>);
}

/**
 * Publishes a domain event (decision 27): its handlers run now, one after the other in the order
 * they subscribed, in the publisher's transaction. What they write commits or rolls back with the
 * publisher's own changes; a handler that throws fails the publisher (so the whole mutation).
 */
export async function publish(ctx: EventCtx, event: object): Promise<void> {
  const set = handlers.get(event.constructor as EventClass<object>);
  if (!set) return;
  for (const handler of [...set]) await handler(ctx, event as never);
}
