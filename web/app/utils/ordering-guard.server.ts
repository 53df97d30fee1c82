import { redirect } from '@remix-run/node';
import type { WebLoadContext } from '../graphql/client.server.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { orderingViewerQuery } from '../graphql/ordering.server.js';

/**
 * The cart and checkout are for a shop user, or for staff viewing the store as a customer, who
 * order on its behalf (V1); staff not viewing as anyone go to the hub.
 */
export async function orderingViewer(request: Request, context: WebLoadContext): Promise<{ onBehalf: boolean }> {
  const { viewer } = await gql(request, context, orderingViewerQuery);
  if (viewer.kind === 'STAFF' && !viewer.viewingAsClient) throw redirect('/hub', { headers: responseHeaders(request) });
  return { onBehalf: viewer.kind === 'STAFF' };
}
