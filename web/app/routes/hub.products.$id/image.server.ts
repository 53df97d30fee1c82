import { parseForm } from '../../utils/parse-form.server.js';
import type { ProductAction } from './context.server.js';
import { imageSchema } from './schemas.js';

/**
 * Forwards an uploaded image to the API's image endpoint with the visitor's session cookie; the
 * endpoint checks the file and answers a translated message when it refuses it.
 */
export async function uploadImage({ request, form, id, reply }: ProductAction) {
  const { image: file } = parseForm(form, imageSchema);
  if (!(file instanceof Blob) || file.size === 0) return reply({ intent: 'image', saved: false, imageError: 'required' });
  const body = new FormData();
  body.append('image', file, file instanceof File ? file.name : 'image');
  const url = new URL(`/api/products/${encodeURIComponent(id)}/image`, request.url);
  const response = await fetch(url, { method: 'POST', body, headers: { cookie: request.headers.get('cookie') ?? '' } });
  if (response.ok) return reply({ intent: 'image', saved: true, imageError: null });
  const payload = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return reply({ intent: 'image', saved: false, imageError: payload?.error?.message ?? 'required' });
}
