import { redirect } from '@remix-run/node';
import type { WebLoadContext } from '../graphql/client.server.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { rootQuery } from '../graphql/auth.server.js';

/**
 * Cart and order pages are a shop user's own: staff viewing the store as a customer (V1, read-only)
 * are sent back to the catalog instead of an error page.
 */
export async function shopUserOnly(request: Request, context: WebLoadContext): Promise<void> {
  const { viewer } = await gql(request, context, rootQuery);
  if (viewer.kind === 'STAFF') throw redirect('/', { headers: responseHeaders(request) });
}
