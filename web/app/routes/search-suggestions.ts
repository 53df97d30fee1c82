import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { storeSearchSuggestionsQuery } from '../graphql/catalog.server.js';
import { orderingViewerQuery } from '../graphql/ordering.server.js';

/**
 * What the store's search field suggests as one types (issue 18 M3): up to six products the viewer
 * may see, with their reference and the viewer's price, through the catalog's own search (words in
 * any order, references, barcodes, typos). For a shop user or staff viewing the store as one;
 * anyone else gets nothing (401).
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const q = (new URL(request.url).searchParams.get('q') ?? '').trim().slice(0, 100);
  const headers = responseHeaders(request, { 'Cache-Control': 'private, no-store' });
  const { viewer } = await gql(request, context, orderingViewerQuery);
  if (viewer.kind !== 'SHOP_USER' && !(viewer.kind === 'STAFF' && viewer.viewingAsClient)) return json({ q, items: [] }, { status: 401, headers });
  if (q.length < 2) return json({ q, items: [] }, { headers });
  const { products } = await gql(request, context, storeSearchSuggestionsQuery, { query: q });
  return json({ q, items: products.edges.map((e) => e.node) }, { headers });
}
