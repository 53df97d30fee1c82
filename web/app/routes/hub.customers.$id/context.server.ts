import { json, redirect, type ActionFunctionArgs } from '@remix-run/node';
import { responseHeaders } from '../../graphql/client.server.js';
import { customerPage, type ActionResult } from './action-result.js';

/** What every handler of the customer page's action gets: the request, the customer id, and the two ways to answer. */
export interface CustomerAction {
  request: ActionFunctionArgs['request'];
  context: ActionFunctionArgs['context'];
  form: FormData;
  id: string;
  /** Redirect back to the page with a "done" banner (a reload never repeats the change). */
  done: (what: string) => Response;
  /** Answer with data for the form that was sent (errors, or credentials shown once). */
  reply: (result: ActionResult) => ReturnType<typeof json<ActionResult>>;
}

export function customerAction({ request, context, params }: ActionFunctionArgs, form: FormData): CustomerAction {
  const id = params.id ?? '';
  return {
    request,
    context,
    form,
    id,
    done: (what) => redirect(`${customerPage(id)}?done=${what}`, { headers: responseHeaders(request) }),
    reply: (result) => json(result, { headers: responseHeaders(request) }),
  };
}
