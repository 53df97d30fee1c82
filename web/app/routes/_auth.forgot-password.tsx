import { json, type ActionFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, TextField } from '../components/ui/fields.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { passwordResetRequestMutation } from '../graphql/auth.server.js';
import { formErrors, text } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('auth.forgot.title'));

/**
 * A7: asks for a reset link. The answer is the same whether or not the email has an account, so
 * the page never tells who is a customer.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = text(form, 'email');
  const { shopUserPasswordResetRequest } = await gql(request, context, passwordResetRequestMutation, { input: { email } });
  if (shopUserPasswordResetRequest.userErrors.length === 0) return json({ sent: true as const, email }, { headers: responseHeaders(request) });
  return json({ sent: false as const, email, errors: formErrors(shopUserPasswordResetRequest.userErrors, ['email']) }, { headers: responseHeaders(request) });
}

export default function ForgotPassword() {
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  if (actionData?.sent) {
    return (
      <div className="card auth-card">
        <h1>{t('auth.forgot.sentTitle')}</h1>
        <p className="lead" role="status">
          {t('auth.forgot.sent', { email: actionData.email })}
        </p>
        <p className="note">{t('auth.forgot.spam')}</p>
        <p className="auth-card__alt">
          <Link to="/sign-in">{t('auth.backToSignIn')}</Link>
        </p>
      </div>
    );
  }
  const errors = actionData && !actionData.sent ? actionData.errors : null;
  return (
    <div className="card auth-card">
      <h1>{t('auth.forgot.heading')}</h1>
      <p className="lead">{t('auth.forgot.intro')}</p>
      <Form method="post" className="form">
        <FormErrorSummary errors={errors?.form} />
        <TextField label={t('auth.email')} name="email" type="email" autoComplete="username" required defaultValue={actionData?.email} errors={errors?.fields.email} />
        <SubmitButton className="button button--primary button--block">{t('auth.forgot.submit')}</SubmitButton>
      </Form>
      <p className="auth-card__alt">
        <Link to="/sign-in">{t('auth.backToSignIn')}</Link>
      </p>
    </div>
  );
}
