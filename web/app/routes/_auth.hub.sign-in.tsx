import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { SignInForm } from '../components/ui/sign-in-form.js';
import { gql, responseHeaders, safeRedirect } from '../graphql/client.server.js';
import { rootQuery, staffSignInMutation } from '../graphql/auth.server.js';
import { formErrors, text } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('auth.hubSignIn.title'), 'hub');

function hubTarget(value: FormDataEntryValue | string | null): string {
  const to = safeRedirect(value, '/hub');
  return to === '/hub' || to.startsWith('/hub/') || to.startsWith('/hub?') ? to : '/hub';
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const redirectTo = hubTarget(new URL(request.url).searchParams.get('redirectTo'));
  const { viewer } = await gql(request, context, rootQuery);
  if (viewer.kind === 'STAFF') throw redirect(redirectTo, { headers: responseHeaders(request) });
  return json({ redirectTo }, { headers: responseHeaders(request) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = text(form, 'email');
  const { staffSignIn } = await gql(request, context, staffSignInMutation, {
    input: { email, password: String(form.get('password') ?? '') },
  });
  if (!staffSignIn.staff || staffSignIn.userErrors.length) {
    return json({ errors: formErrors(staffSignIn.userErrors, ['email', 'password']), email }, { headers: responseHeaders(request) });
  }
  throw redirect(hubTarget(form.get('redirectTo')), { headers: responseHeaders(request) });
}

export default function HubSignIn() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  return (
    <div className="card auth-card">
      <h1>{t('auth.hubSignIn.heading')}</h1>
      <p className="lead">{t('auth.hubSignIn.intro')}</p>
      <SignInForm redirectTo={redirectTo} result={actionData} />
      <p className="auth-card__alt">
        <Link to="/sign-in">{t('auth.hubSignIn.storeLink')}</Link>
      </p>
    </div>
  );
}
