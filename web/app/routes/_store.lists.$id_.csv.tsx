import type { LoaderFunctionArgs } from '@remix-run/node';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { orderListCsvQuery } from '../graphql/order-lists.server.js';

/** An order list as a CSV file, which the list page's import reads back. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { orderList } = await gql(request, context, orderListCsvQuery, { id: params.id ?? '' });
  const name = orderList.name.replace(/[^\p{L}\p{N} _-]+/gu, '').trim() || 'list';
  const headers = new Headers(responseHeaders(request));
  headers.set('content-type', 'text/csv; charset=utf-8');
  headers.set('content-disposition', `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}.csv"; filename*=UTF-8''${encodeURIComponent(name)}.csv`);
  return new Response(orderList.csv, { headers });
}
