import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, TextField } from '../components/ui/fields.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders, safeRedirect, signInRedirect } from '../graphql/client.server.js';
import { shopUserPasswordChangeMutation, storeShellQuery } from '../graphql/auth.server.js';
import { formErrors } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('auth.changePassword.title'));

const FIELDS = ['currentPassword', 'newPassword', 'newPasswordConfirmation'];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer } = await gql(request, context, storeShellQuery);
  if (viewer.kind !== 'SHOP_USER' || !viewer.shopUser) throw signInRedirect(request);
  return json(
    {
      email: viewer.shopUser.email,
      required: viewer.mustChangePassword,
      redirectTo: safeRedirect(new URL(request.url).searchParams.get('redirectTo')),
    },
    { headers: responseHeaders(request) },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const value = (name: string) => String(form.get(name) ?? '');
  const { shopUserPasswordChange } = await gql(request, context, shopUserPasswordChangeMutation, {
    input: {
      currentPassword: value('currentPassword'),
      newPassword: value('newPassword'),
      newPasswordConfirmation: value('newPasswordConfirmation'),
    },
  });
  if (shopUserPasswordChange.userErrors.length || !shopUserPasswordChange.shopUser) {
    return json({ errors: formErrors(shopUserPasswordChange.userErrors, FIELDS) }, { headers: responseHeaders(request) });
  }
  throw redirect(safeRedirect(form.get('redirectTo')), { headers: responseHeaders(request) });
}

export default function ChangePassword() {
  const { email, required, redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="card auth-card">
      <h1>{t('auth.changePassword.heading')}</h1>
      <p className="lead">{required ? t('auth.changePassword.required') : t('auth.changePassword.voluntary')}</p>
      <p className="muted">{t('auth.changePassword.signedInAs', { email })}</p>
      <Form method="post" className="form">
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <input type="hidden" name="username" value={email} autoComplete="username" />
        <FormErrorSummary errors={actionData?.errors.form} />
        <TextField
          label={required ? t('auth.changePassword.temporary') : t('auth.changePassword.current')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          errors={actionData?.errors.fields.currentPassword}
        />
        <TextField
          label={t('auth.changePassword.new')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={8}
          hint={t('auth.changePassword.rules')}
          errors={actionData?.errors.fields.newPassword}
        />
        <TextField
          label={t('auth.changePassword.confirm')}
          name="newPasswordConfirmation"
          type="password"
          autoComplete="new-password"
          required
          errors={actionData?.errors.fields.newPasswordConfirmation}
        />
        <SubmitButton className="button button--primary button--block">{t('auth.changePassword.submit')}</SubmitButton>
      </Form>
      <Form method="post" action="/sign-out" className="auth-card__alt">
        <button type="submit" className="link-button">
          {t('nav.signOut')}
        </button>
      </Form>
    </div>
  );
}
