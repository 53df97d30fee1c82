import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { FormErrorSummary, SelectField, TextAreaField, TextField } from '../components/ui/fields.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { registrationRequestSubmitMutation, registrationSettingsQuery } from '../graphql/registration.server.js';
import { apiLanguage, languageName, LANGUAGES, uiLanguage } from '../i18n/i18n.js';
import { formErrors, optionalText, text } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('requestAccess.title'));

const FIELDS = ['companyName', 'contactName', 'email', 'phone', 'address', 'vatNumber', 'message', 'language'] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { viewer, storeSettings } = await gql(request, context, registrationSettingsQuery);
  return json({ open: storeSettings.selfRegistrationEnabled, language: uiLanguage(viewer.language) }, { headers: responseHeaders(request) });
}

/**
 * R2: the public access-request form. `website` is a honeypot: hidden from people, filled by
 * bots; the API answers such requests as received and drops them.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const language = text(form, 'language');
  const { registrationRequestSubmit } = await gql(request, context, registrationRequestSubmitMutation, {
    input: {
      companyName: text(form, 'companyName'),
      contactName: text(form, 'contactName'),
      email: text(form, 'email'),
      phone: optionalText(form, 'phone'),
      address: optionalText(form, 'address'),
      vatNumber: optionalText(form, 'vatNumber'),
      message: optionalText(form, 'message'),
      language: LANGUAGES.some((l) => l.code === language) ? apiLanguage(language) : null,
      website: optionalText(form, 'website'),
    },
  });
  if (registrationRequestSubmit.received && registrationRequestSubmit.userErrors.length === 0) {
    return json({ received: true as const }, { headers: responseHeaders(request) });
  }
  const values = Object.fromEntries(FIELDS.map((f) => [f, text(form, f)]));
  return json({ received: false as const, errors: formErrors(registrationRequestSubmit.userErrors, FIELDS), values }, { headers: responseHeaders(request) });
}

export default function RequestAccess() {
  const { open, language } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation();

  if (actionData?.received) {
    return (
      <div className="card auth-card">
        <h1>{t('requestAccess.thanksTitle')}</h1>
        <p className="lead" role="status">
          {t('requestAccess.thanks')}
        </p>
        <p className="note">{t('requestAccess.thanksSpam')}</p>
        <p className="auth-card__alt">
          <Link to="/sign-in">{t('auth.backToSignIn')}</Link>
        </p>
      </div>
    );
  }
  if (!open) {
    return (
      <div className="card auth-card">
        <h1>{t('requestAccess.heading')}</h1>
        <p className="lead">{t('requestAccess.closed')}</p>
        <p className="auth-card__alt">
          <Link to="/sign-in">{t('auth.backToSignIn')}</Link>
        </p>
      </div>
    );
  }
  const failed = actionData && !actionData.received ? actionData : null;
  const errors = failed?.errors.fields ?? {};
  const values: Record<string, string> = failed?.values ?? {};
  return (
    <div className="card auth-card auth-card--wide">
      <h1>{t('requestAccess.heading')}</h1>
      <p className="lead">{t('requestAccess.intro')}</p>
      <Form method="post" className="form">
        <FormErrorSummary errors={failed?.errors.form} title={t('common.fixErrors')} />
        <div className="form-grid">
          <TextField label={t('requestAccess.companyName')} name="companyName" required maxLength={200} autoComplete="organization" defaultValue={values.companyName} errors={errors.companyName} />
          <TextField label={t('requestAccess.contactName')} name="contactName" required maxLength={200} autoComplete="name" defaultValue={values.contactName} errors={errors.contactName} />
          <TextField label={t('auth.email')} name="email" type="email" required autoComplete="email" defaultValue={values.email} errors={errors.email} />
          <TextField label={t('requestAccess.phone')} name="phone" type="tel" maxLength={50} autoComplete="tel" defaultValue={values.phone} errors={errors.phone} />
          <TextField
            label={t('requestAccess.vatNumber')}
            name="vatNumber"
            maxLength={20}
            autoComplete="off"
            hint={t('requestAccess.vatHint')}
            defaultValue={values.vatNumber}
            errors={errors.vatNumber}
          />
          <SelectField label={t('requestAccess.language')} name="language" defaultValue={values.language || language} errors={errors.language}>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code}>
                {languageName(l.code, i18n.language)}
              </option>
            ))}
          </SelectField>
        </div>
        <TextAreaField label={t('requestAccess.address')} name="address" rows={2} maxLength={500} autoComplete="street-address" defaultValue={values.address} errors={errors.address} />
        <TextAreaField label={t('requestAccess.message')} name="message" rows={3} maxLength={2000} defaultValue={values.message} errors={errors.message} />
        {/* Honeypot: off-screen, out of the tab order and hidden from assistive technology. */}
        <div className="hp-field" aria-hidden="true">
          <label htmlFor="website">Website</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <p className="muted small">{t('requestAccess.privacy')}</p>
        <SubmitButton className="button button--primary button--block">{t('requestAccess.submit')}</SubmitButton>
      </Form>
      <p className="auth-card__alt">
        <Link to="/sign-in">{t('requestAccess.haveAccount')}</Link>
      </p>
    </div>
  );
}
