import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useSearchParams, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, FormErrorSummary, SelectField, TextField } from '../components/ui/fields.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders, type ApiErrorBody } from '../graphql/client.server.js';
import { catalogLanguageChangeMutation, storeSettingsQuery, storeSettingsUpdateMutation } from '../graphql/admin.server.js';
import { LANGUAGES, apiLanguage, fromApiLanguage, languageName } from '../i18n/i18n.js';
import type { PendingApprovalRecipients, TaxRounding } from '../graphql/generated/graphql.js';
import { formErrors, text } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('settings.title'), 'hub');

const SWITCHES = ['autoApproveBuyers', 'showStock', 'reusePreviousShippingCost', 'selfRegistrationEnabled', 'showAccessRequestButton'] as const;
const RECIPIENTS: PendingApprovalRecipients[] = ['ADMINS', 'NOBODY'];
const ROUNDINGS: TaxRounding[] = ['PER_LINE', 'PER_TOTAL'];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { storeSettings, viewer, taxRates } = await gql(request, context, storeSettingsQuery);
  // Reading the settings is public (the sign-in page needs some); changing them is for admins, so
  // the form is too (the API would refuse the change anyway).
  if (viewer.staff?.role !== 'ADMIN') {
    throw json<ApiErrorBody>({ code: 'FORBIDDEN', message: 'Admins only' }, { status: 403, headers: responseHeaders(request) });
  }
  return json({ settings: storeSettings, taxRates }, { headers: responseHeaders(request) });
}

/** The store's settings (A6, C4, O5, R1); admins only, as the API decides. */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  if (text(form, 'intent') === 'catalogLanguage') return changeCatalogLanguage(request, context, form);
  const switches = Object.fromEntries(SWITCHES.map((s) => [s, form.get(s) === 'on'])) as Record<(typeof SWITCHES)[number], boolean>;
  const recipients = RECIPIENTS.find((r) => r === text(form, 'pendingApprovalRecipients')) ?? null;
  // VAT (decision 35): the radio buttons are always sent; shipping's rate '' means "the default rate".
  const pricesIncludeTax = form.has('pricesIncludeTax') ? text(form, 'pricesIncludeTax') === 'with' : null;
  const taxRounding = ROUNDINGS.find((r) => r === text(form, 'taxRounding')) ?? null;
  const tax = form.has('shippingTaxRateId') ? { pricesIncludeTax, taxRounding, shippingTaxRateId: text(form, 'shippingTaxRateId') || null } : { pricesIncludeTax, taxRounding };
  const { storeSettingsUpdate } = await gql(request, context, storeSettingsUpdateMutation, {
    input: { storeName: text(form, 'storeName'), ...switches, pendingApprovalRecipients: recipients, ...tax },
  });
  if (storeSettingsUpdate.userErrors.length === 0) throw redirect('/hub/settings?saved=1', { headers: responseHeaders(request) });
  return json({ errors: formErrors(storeSettingsUpdate.userErrors, ['storeName', 'pendingApprovalRecipients', 'pricesIncludeTax', 'taxRounding', 'shippingTaxRateId', ...SWITCHES]), storeName: text(form, 'storeName') }, { headers: responseHeaders(request) });
}

/** The catalog language (decision 0058): refused with the products lacking a name in it, unless confirmed. */
async function changeCatalogLanguage(request: Request, context: ActionFunctionArgs['context'], form: FormData) {
  const language = apiLanguage(text(form, 'catalogLanguage') ?? '');
  const { catalogLanguageChange: r } = await gql(request, context, catalogLanguageChangeMutation, {
    input: { language, keepNamesAsFallback: form.get('keepNamesAsFallback') === 'on' },
  });
  if (r.userErrors.length === 0) throw redirect('/hub/settings?languageChanged=1', { headers: responseHeaders(request) });
  return json(
    { language: { chosen: language, message: r.userErrors.map((e) => e.message).join(' '), missingCount: r.missingCount, missingReferences: r.missingReferences } },
    { headers: responseHeaders(request) },
  );
}

export default function SettingsPage() {
  const { settings, taxRates } = useLoaderData<typeof loader>();
  const defaultRate = taxRates.find((r) => r.isDefault);
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { t, i18n } = useTranslation();
  const errors = (actionData && 'errors' in actionData ? actionData.errors.fields : null) ?? {};
  const languageResult = actionData && 'language' in actionData ? actionData.language : null;
  const settingsResult = actionData && 'errors' in actionData ? actionData : null;
  const catalogLanguage = fromApiLanguage(settings.catalogLanguage);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('settings.title')}</h1>
          <p className="muted">{t('settings.intro')}</p>
        </div>
        <div className="page-header__actions">
          <Link className="button button--secondary" to="/hub/settings/documents">
            {t('documentSettings.link')}
          </Link>
        </div>
      </div>
      {params.get('languageChanged') && !actionData ? (
        <div className="alert alert--success" role="status">
          <p>{t('settings.catalogLanguageChanged', { language: languageName(catalogLanguage, i18n.language) })}</p>
        </div>
      ) : null}
      {params.get('saved') && !actionData ? (
        <div className="alert alert--success" role="status">
          <p>{t('settings.saved')}</p>
        </div>
      ) : null}
      <Form method="post" className="form card form--wide">
        <FormErrorSummary errors={settingsResult?.errors.form} title={t('common.fixErrors')} />
        <TextField
          label={t('settings.storeName')}
          name="storeName"
          required
          maxLength={200}
          defaultValue={settingsResult?.storeName ?? settings.storeName}
          hint={t('settings.storeNameHint')}
          errors={errors.storeName}
        />
        <fieldset>
          <legend>{t('settings.accessTitle')}</legend>
          <CheckboxField label={t('settings.autoApproveBuyers')} hint={t('settings.autoApproveBuyersHint')} name="autoApproveBuyers" defaultChecked={settings.autoApproveBuyers} />
          <SelectField
            label={t('settings.pendingApprovalRecipients')}
            hint={t('settings.pendingApprovalRecipientsHint')}
            name="pendingApprovalRecipients"
            defaultValue={settings.pendingApprovalRecipients}
            errors={errors.pendingApprovalRecipients}
          >
            {RECIPIENTS.map((r) => (
              <option key={r} value={r}>
                {t(`settings.pendingApprovalRecipientsOptions.${r}`)}
              </option>
            ))}
          </SelectField>
          <CheckboxField
            label={t('settings.selfRegistrationEnabled')}
            hint={t('settings.selfRegistrationEnabledHint')}
            name="selfRegistrationEnabled"
            defaultChecked={settings.selfRegistrationEnabled}
          />
          <CheckboxField
            label={t('settings.showAccessRequestButton')}
            hint={t('settings.showAccessRequestButtonHint')}
            name="showAccessRequestButton"
            defaultChecked={settings.showAccessRequestButton}
          />
        </fieldset>
        <fieldset>
          <legend>{t('settings.storeTitle')}</legend>
          <CheckboxField label={t('settings.showStock')} hint={t('settings.showStockHint')} name="showStock" defaultChecked={settings.showStock} />
          <CheckboxField
            label={t('settings.reusePreviousShippingCost')}
            hint={t('settings.reusePreviousShippingCostHint')}
            name="reusePreviousShippingCost"
            defaultChecked={settings.reusePreviousShippingCost}
          />
        </fieldset>
        <fieldset>
          <legend>{t('settings.vatTitle')}</legend>
          <fieldset className="radio-group">
            <legend>{t('settings.pricesIncludeTax')}</legend>
            {(['without', 'with'] as const).map((mode) => (
              <div className="field field--checkbox" key={mode}>
                <div className="field--checkbox__row">
                  <input
                    id={`prices-${mode}`}
                    type="radio"
                    name="pricesIncludeTax"
                    value={mode}
                    defaultChecked={settings.pricesIncludeTax === (mode === 'with')}
                    aria-describedby={`prices-${mode}-hint`}
                  />
                  <label htmlFor={`prices-${mode}`}>{t(`settings.prices.${mode}`)}</label>
                </div>
                <p className="field__hint" id={`prices-${mode}-hint`}>
                  {t(`settings.prices.${mode}Hint`)}
                </p>
              </div>
            ))}
          </fieldset>
          <fieldset className="radio-group">
            <legend>{t('settings.taxRounding')}</legend>
            {ROUNDINGS.map((mode) => (
              <div className="field field--checkbox" key={mode}>
                <div className="field--checkbox__row">
                  <input id={`rounding-${mode}`} type="radio" name="taxRounding" value={mode} defaultChecked={settings.taxRounding === mode} aria-describedby={`rounding-${mode}-hint`} />
                  <label htmlFor={`rounding-${mode}`}>{t(`settings.rounding.${mode}`)}</label>
                </div>
                <p className="field__hint" id={`rounding-${mode}-hint`}>
                  {t(`settings.rounding.${mode}Hint`)}
                </p>
              </div>
            ))}
          </fieldset>
          {taxRates.length > 0 ? (
            <SelectField
              label={t('settings.shippingTaxRate')}
              hint={t('settings.shippingTaxRateHint')}
              name="shippingTaxRateId"
              defaultValue={settings.shippingTaxRate && !settings.shippingTaxRate.isDefault ? settings.shippingTaxRate.id : ''}
              errors={errors.shippingTaxRateId}
            >
              <option value="">{t('taxRate.defaultOption', { name: defaultRate?.name ?? '' })}</option>
              {taxRates.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </SelectField>
          ) : (
            <p className="muted">{t('settings.noTaxRates')}</p>
          )}
        </fieldset>
        <div className="form-actions">
          <SubmitButton>{t('common.save')}</SubmitButton>
        </div>
      </Form>
      <Form method="post" className="form card form--wide" aria-labelledby="catalog-language-title">
        <h2 id="catalog-language-title">{t('settings.catalogLanguageTitle')}</h2>
        <p className="muted">{t('settings.catalogLanguageIntro', { language: languageName(catalogLanguage, i18n.language) })}</p>
        {languageResult ? (
          <div className="alert alert--error" role="alert">
            <p>{languageResult.message}</p>
            {languageResult.missingReferences.length ? (
              <p>
                {t('settings.catalogLanguageMissing')} {languageResult.missingReferences.join(', ')}
                {languageResult.missingCount > languageResult.missingReferences.length ? ' …' : ''}
              </p>
            ) : null}
            <p>
              <a href="/api/exports/products.csv">{t('settings.catalogLanguageExport')}</a>
            </p>
          </div>
        ) : null}
        <SelectField
          label={t('settings.catalogLanguage')}
          hint={t('settings.catalogLanguageHint')}
          name="catalogLanguage"
          defaultValue={languageResult ? fromApiLanguage(languageResult.chosen) : catalogLanguage}
        >
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code}>
              {languageName(l.code, i18n.language)}
            </option>
          ))}
        </SelectField>
        <CheckboxField label={t('settings.keepNamesAsFallback')} hint={t('settings.keepNamesAsFallbackHint')} name="keepNamesAsFallback" />
        <div className="form-actions">
          <SubmitButton intent="catalogLanguage" className="button button--secondary">
            {t('settings.changeCatalogLanguage')}
          </SubmitButton>
        </div>
      </Form>
    </>
  );
}
