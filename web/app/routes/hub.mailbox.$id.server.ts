import { gql, type WebLoadContext } from '../graphql/client.server.js';
import { outboxEmailQuery, outboxEmailsByPageQuery } from '../graphql/mailbox.server.js';

const PAGE = 100;
const MAX_PAGES = 20;

/**
 * One outbox email by id, or null. `node(id)` is the contract; while the server does not resolve
 * OutboxEmail through it, the mailbox is searched page by page (bounded) instead.
 */
export async function findOutboxEmail(request: Request, context: WebLoadContext, id: string) {
  const { node } = await gql(request, context, outboxEmailQuery, { id });
  if (node?.__typename === 'OutboxEmail') return node;
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { outboxEmails }: Awaited<ReturnType<typeof fetchPage>> = await fetchPage(request, context, after);
    const found = outboxEmails.edges.find((e) => e.node.id === id);
    if (found) return { __typename: 'OutboxEmail' as const, ...found.node };
    if (!outboxEmails.pageInfo.hasNextPage) break;
    after = outboxEmails.pageInfo.endCursor ?? null;
  }
  return null;
}

function fetchPage(request: Request, context: WebLoadContext, after: string | null) {
  return gql(request, context, outboxEmailsByPageQuery, { first: PAGE, after });
}
