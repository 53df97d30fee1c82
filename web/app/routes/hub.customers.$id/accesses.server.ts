import { gql } from '../../graphql/client.server.js';
import {
  storeAccessBlockMutation,
  storeAccessGrantMutation,
  storeAccessLanguageUpdateMutation,
  storeAccessRegeneratePasswordMutation,
  storeAccessUnblockMutation,
} from '../../graphql/customers.server.js';
import { storeAccessApproveMutation } from '../../graphql/notifications.server.js';
import { apiLanguage, LANGUAGES } from '../../i18n/i18n.js';
import { formErrors } from '../../utils/form-errors.js';
import { VISIBILITY_ALIASES, VISIBILITY_FIELDS, visibilityFromForm, visibilitySelection } from '../../utils/visibility.js';
import { parseForm } from '../../utils/parse-form.server.js';
import type { CustomerAction } from './context.server.js';
import { accessActionSchema, accessLanguageSchema, grantSchema } from './schemas.js';

const GRANT_FIELDS = ['email', 'language', 'password', 'passwordConfirmation', 'privateMessage', ...VISIBILITY_FIELDS];

/** A3: grant a store access; the credentials are answered once (never redirected to). */
export async function grantAccess({ request, context, form, id, reply }: CustomerAction) {
  const { email, language, passwordMode, password, passwordConfirmation, privateMessage, handOver } = parseForm(form, grantSchema);
  const typed = passwordMode === 'typed';
  const visibility = visibilityFromForm(form);
  const { storeAccessGrant } = await gql(request, context, storeAccessGrantMutation, {
    input: {
      customerId: id,
      email,
      language: LANGUAGES.some((l) => l.code === language) ? apiLanguage(language) : null,
      password: typed ? password : null,
      passwordConfirmation: typed ? passwordConfirmation : null,
      privateMessage: privateMessage || null,
      handOver: handOver === '1',
      visibility,
    },
  });
  const access = storeAccessGrant.storeAccess;
  if (access && storeAccessGrant.userErrors.length === 0) {
    return reply({
      intent: 'grant',
      ok: true,
      credentials: {
        kind: 'granted',
        email: access.email,
        status: access.status,
        temporaryPassword: storeAccessGrant.temporaryPassword ?? null,
        whatsAppUrl: storeAccessGrant.whatsAppUrl ?? null,
      },
    });
  }
  return reply({
    intent: 'grant',
    ok: false,
    errors: formErrors(storeAccessGrant.userErrors, GRANT_FIELDS, VISIBILITY_ALIASES),
    values: { email, language, passwordMode, privateMessage, handOver },
    visibility: visibilitySelection(visibility),
  });
}

/** A5, A6: a button of one email's row. A new password is answered once; the others redirect. */
export async function accessAction({ request, context, form, done, reply }: CustomerAction) {
  const { intent, accessId, handOver } = parseForm(form, accessActionSchema);
  const input = { input: { id: accessId } };
  if (intent === 'regenerate') {
    const { storeAccessRegeneratePassword: r } = await gql(request, context, storeAccessRegeneratePasswordMutation, { input: { id: accessId, handOver: handOver === '1' } });
    if (!r.storeAccess || r.userErrors.length) return reply({ intent: 'access', accessId, errors: r.userErrors.map((e) => e.message) });
    return reply({
      intent,
      credentials: {
        kind: 'regenerated',
        email: r.storeAccess.email,
        status: r.storeAccess.status,
        temporaryPassword: r.temporaryPassword ?? null,
        whatsAppUrl: r.whatsAppUrl ?? null,
      },
    });
  }
  const payload =
    intent === 'block'
      ? (await gql(request, context, storeAccessBlockMutation, input)).storeAccessBlock
      : intent === 'unblock'
        ? (await gql(request, context, storeAccessUnblockMutation, input)).storeAccessUnblock
        : (await gql(request, context, storeAccessApproveMutation, input)).storeAccessApprove;
  if (payload.userErrors.length === 0) throw done(intent);
  return reply({ intent: 'access', accessId, errors: payload.userErrors.map((e) => e.message) });
}

/** Issue 17, H2: staff change the store language of one email's user from its row. */
export async function accessLanguage({ request, context, form, done, reply }: CustomerAction) {
  const { accessId, language } = parseForm(form, accessLanguageSchema);
  if (!LANGUAGES.some((l) => l.code === language)) throw new Response('Unknown language', { status: 400 });
  const { storeAccessLanguageUpdate: r } = await gql(request, context, storeAccessLanguageUpdateMutation, { input: { id: accessId, language: apiLanguage(language) } });
  if (r.userErrors.length === 0) throw done('language');
  return reply({ intent: 'access', accessId, errors: r.userErrors.map((e) => e.message) });
}
