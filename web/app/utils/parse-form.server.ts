import { parseWithZod } from '@conform-to/zod';
import { json } from '@remix-run/node';
import type { z } from 'zod';

/**
 * A posted form's values by its zod schema, parsed with @conform-to/zod (blank fields become
 * undefined, repeated names arrays). A form the page never renders (a hand-made POST) is a 400, as an
 * unknown intent is; what a user can get wrong is answered by the API's translated userErrors.
 */
export function parseForm<S extends z.ZodTypeAny>(form: FormData, schema: S): z.output<S> {
  const submission = parseWithZod(form, { schema });
  if (submission.status !== 'success') throw json({ code: 'BAD_REQUEST', message: 'Invalid form' }, { status: 400 });
  return submission.value;
}

/** The 400 of a POST whose intent no form of the page has. */
export function unknownIntent(): never {
  throw json({ code: 'BAD_REQUEST', message: 'Unknown intent' }, { status: 400 });
}
