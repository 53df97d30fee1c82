import { gql } from '../../graphql/client.server.js';
import type { Language } from '../../graphql/generated/graphql.js';
import { productUpdateMutation } from '../../graphql/products.server.js';
import { apiLanguage } from '../../i18n/i18n.js';
import { parseForm } from '../../utils/parse-form.server.js';
import type { ProductAction } from './context.server.js';
import { translationSchema } from './schemas.js';

/** L1: the name and description in one language; an empty name removes the language (the store falls back). */
export async function saveTranslation({ request, context, form, id, reply }: ProductAction) {
  const { language, name, description } = parseForm(form, translationSchema);
  const { productUpdate } = await gql(request, context, productUpdateMutation, {
    input: { id, translations: [{ language: apiLanguage(language) as Language, name: name || null, description: description || null }] },
  });
  const saved = productUpdate.userErrors.length === 0;
  return reply({ intent: 'translation', saved, language, name, description, errors: productUpdate.userErrors.map((e) => e.message) });
}
