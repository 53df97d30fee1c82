import { json, type ActionFunctionArgs } from '@remix-run/node';
import { responseHeaders } from '../../graphql/client.server.js';
import type { ActionResult } from './action-result.js';

/** What every handler of the product page's action gets: the request, the product id, and how to answer. */
export interface ProductAction {
  request: ActionFunctionArgs['request'];
  context: ActionFunctionArgs['context'];
  form: FormData;
  id: string;
  /** Answer with the outcome for the form that was sent (the page shows it in place). */
  reply: (result: ActionResult) => ReturnType<typeof json<ActionResult>>;
}

export function productAction({ request, context, params }: ActionFunctionArgs, form: FormData): ProductAction {
  return { request, context, form, id: params.id ?? '', reply: (result) => json(result, { headers: responseHeaders(request) }) };
}
