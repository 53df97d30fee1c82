import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Link, useActionData, useLoaderData, useRouteLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { SignInForm } from '../components/ui/sign-in-form.js';
import { gql, responseHeaders, safeRedirect } from '../graphql/client.server.js';
import { shopUserSignInMutation, signInOptionsQuery } from '../graphql/auth.server.js';
import { formErrors, text, type FormErrors } from '../utils/form-errors.js';
import { pageTitle, type RootData } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('auth.signIn.title'));

function afterSignIn(mustChangePassword: boolean, redirectTo: string): string {
  if (mustChangePassword) return `/change-password${redirectTo === '/' ? '' : `?redirectTo=${encodeURIComponent(redirectTo)}`}`;
  return redirectTo;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirectTo = safeRedirect(url.searchParams.get('redirectTo'));
  const { viewer, storeSettings } = await gql(request, context, signInOptionsQuery);
  if (viewer.kind === 'SHOP_USER') throw redirect(afterSignIn(viewer.mustChangePassword, redirectTo), { headers: responseHeaders(request) });
  return json(
    {
      redirectTo,
      // R1: the button shows only when the store takes requests and wants the button.
      requestAccess: storeSettings.selfRegistrationEnabled && storeSettings.showAccessRequestButton,
      notice: url.searchParams.get('reset') ? 'reset' : null,
    },
    { headers: responseHeaders(request) },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const email = text(form, 'email');
  const redirectTo = safeRedirect(form.get('redirectTo'));
  const { shopUserSignIn } = await gql(request, context, shopUserSignInMutation, {
    input: { email, password: String(form.get('password') ?? '') },
  });
  if (!shopUserSignIn.shopUser || shopUserSignIn.userErrors.length) {
    const errors: FormErrors = formErrors(shopUserSignIn.userErrors, ['email', 'password']);
    return json({ errors, email }, { headers: responseHeaders(request) });
  }
  // The session cookie set by the API goes out with the redirect.
  throw redirect(afterSignIn(shopUserSignIn.shopUser.mustChangePassword, redirectTo), { headers: responseHeaders(request) });
}

export default function StoreSignIn() {
  const { redirectTo, requestAccess, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const root = useRouteLoaderData('root') as RootData | undefined;
  const { t } = useTranslation();
  return (
    <div className="card auth-card">
      <h1>{root?.storeName ?? 'Comptoir'}</h1>
      <p className="lead">{t('auth.signIn.intro')}</p>
      {notice === 'reset' && !actionData ? (
        <div className="alert alert--success" role="status">
          <p>{t('auth.reset.done')}</p>
        </div>
      ) : null}
      <SignInForm
        redirectTo={redirectTo}
        result={actionData}
        beforeSubmit={
          <p className="auth-card__forgot">
            <Link to="/forgot-password">{t('auth.signIn.forgot')}</Link>
          </p>
        }
      />
      <p className="note">{t('auth.signIn.spamHint')}</p>
      {requestAccess ? (
        <div className="auth-card__request">
          <p>{t('auth.signIn.noAccount')}</p>
          <Link to="/request-access" className="button button--secondary button--block">
            {t('auth.signIn.requestAccess')}
          </Link>
        </div>
      ) : null}
      <p className="auth-card__alt">
        <Link to="/hub/sign-in">{t('auth.signIn.staffLink')}</Link>
      </p>
    </div>
  );
}
