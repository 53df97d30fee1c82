import { Form } from '@remix-run/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../utils/form-errors.js';
import { FormErrorSummary, TextField } from './fields.js';
import { SubmitButton } from './submit-button.js';

/**
 * The email-and-password form of both sign-in pages (store and hub): the API's errors next to their
 * field, the email kept after a failure, `redirectTo` carried through. `beforeSubmit` goes between
 * the password and the button (the store's "forgot password" link).
 */
export function SignInForm({
  redirectTo,
  result,
  beforeSubmit,
}: {
  redirectTo: string;
  result: { errors: FormErrors; email: string } | undefined;
  beforeSubmit?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Form method="post" className="form">
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <FormErrorSummary errors={result?.errors.form} />
      <TextField
        label={t('auth.email')}
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={result?.email}
        errors={result?.errors.fields.email}
      />
      <TextField
        label={t('auth.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={result?.errors.fields.password}
      />
      {beforeSubmit}
      <SubmitButton className="button button--primary button--block">{t('auth.signIn.submit')}</SubmitButton>
    </Form>
  );
}
