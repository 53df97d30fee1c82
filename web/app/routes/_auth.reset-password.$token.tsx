import { json, redirect, type ActionFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, TextField } from '../components/ui/fields.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { passwordResetCompleteMutation } from '../graphql/auth.server.js';
import { formErrors } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('auth.reset.title'));

/** A7: the emailed link's page; a new password twice, then the sign-in page with a notice. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const { shopUserPasswordResetComplete: r } = await gql(request, context, passwordResetCompleteMutation, {
    input: {
      token: params.token ?? '',
      newPassword: String(form.get('newPassword') ?? ''),
      newPasswordConfirmation: String(form.get('newPasswordConfirmation') ?? ''),
    },
  });
  if (r.ok && r.userErrors.length === 0) throw redirect('/sign-in?reset=1', { headers: responseHeaders(request) });
  const invalidToken = r.userErrors.some((e) => e.code === 'INVALID_TOKEN');
  return json({ invalidToken, errors: formErrors(r.userErrors.filter((e) => e.code !== 'INVALID_TOKEN'), ['newPassword', 'newPasswordConfirmation']) }, { headers: responseHeaders(request) });
}

export default function ResetPassword() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  if (actionData?.invalidToken) {
    return (
      <div className="card auth-card">
        <h1>{t('auth.reset.invalidTitle')}</h1>
        <div className="alert alert--error" role="alert">
          <p>{t('auth.reset.invalid')}</p>
        </div>
        <p>
          <Link to="/forgot-password" className="button button--primary button--block">
            {t('auth.reset.askAgain')}
          </Link>
        </p>
        <p className="auth-card__alt">
          <Link to="/sign-in">{t('auth.backToSignIn')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="card auth-card">
      <h1>{t('auth.reset.heading')}</h1>
      <p className="lead">{t('auth.reset.intro')}</p>
      <Form method="post" className="form">
        <FormErrorSummary errors={actionData?.errors.form} />
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
        <SubmitButton className="button button--primary button--block">{t('auth.reset.submit')}</SubmitButton>
      </Form>
      <p className="auth-card__alt">
        <Link to="/sign-in">{t('auth.backToSignIn')}</Link>
      </p>
    </div>
  );
}
