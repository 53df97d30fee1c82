import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_TAX_FIELDS, CustomerTaxFields, customerTaxInput } from '../components/hub/customer-tax-fields.js';
import { FormErrorSummary, SelectField, TextAreaField, TextField } from '../components/ui/fields.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { customerCreateMutation, customerFormOptionsQuery } from '../graphql/customers.server.js';
import { apiLanguage, languageName, LANGUAGES } from '../i18n/i18n.js';
import { formErrors, optionalText, text } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('customers.newTitle'), 'hub');

const FIELDS = [
  'name',
  'customerNumber',
  'documentLanguage',
  'priceLevelId',
  'storageLocationId',
  'privateMessage',
  'contactName',
  'contactEmail',
  'contactPhone',
  ...CUSTOMER_TAX_FIELDS,
] as const;

const ALIASES = { 'contacts.0.name': 'contactName', 'contacts.0.email': 'contactEmail', 'contacts.0.phone': 'contactPhone' };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const options = await gql(request, context, customerFormOptionsQuery);
  return json(options, { headers: responseHeaders(request) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const contact = { name: optionalText(form, 'contactName'), email: optionalText(form, 'contactEmail'), phone: optionalText(form, 'contactPhone') };
  const language = text(form, 'documentLanguage');
  const { customerCreate } = await gql(request, context, customerCreateMutation, {
    input: {
      name: text(form, 'name'),
      customerNumber: text(form, 'customerNumber'),
      documentLanguage: LANGUAGES.some((l) => l.code === language) ? apiLanguage(language) : null,
      priceLevelId: optionalText(form, 'priceLevelId'),
      storageLocationId: optionalText(form, 'storageLocationId'),
      privateMessage: optionalText(form, 'privateMessage'),
      contacts: contact.name || contact.email || contact.phone ? [contact] : [],
      ...customerTaxInput(form),
    },
  });
  if (customerCreate.customer && customerCreate.userErrors.length === 0) {
    throw redirect(`/hub/customers/${encodeURIComponent(customerCreate.customer.id)}?created=1`, { headers: responseHeaders(request) });
  }
  const values = Object.fromEntries(FIELDS.map((f) => [f, text(form, f)]));
  return json({ errors: formErrors(customerCreate.userErrors, FIELDS, ALIASES), values }, { headers: responseHeaders(request) });
}

export default function NewCustomer() {
  const { priceLevels, storageLocations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const errors = actionData?.errors.fields ?? {};
  const values: Record<string, string> = actionData?.values ?? {};
  const defaultLevel = priceLevels.find((p) => p.isDefault);
  const defaultLocation = storageLocations.find((s) => s.isDefault);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/hub/customers">
          <span aria-hidden="true">← </span>
          {t('customers.back')}
        </Link>
      </p>
      <div className="page-header">
        <h1>{t('customers.newTitle')}</h1>
      </div>
      <Form method="post" className="form card form--wide">
        <FormErrorSummary errors={actionData?.errors.form} title={t('common.fixErrors')} />
        <fieldset>
          <legend>{t('customers.company')}</legend>
          <div className="form-grid">
            <TextField label={t('customers.name')} name="name" required maxLength={200} defaultValue={values.name} errors={errors.name} />
            <TextField
              label={t('customers.number')}
              name="customerNumber"
              required
              maxLength={50}
              autoComplete="off"
              defaultValue={values.customerNumber}
              errors={errors.customerNumber}
            />
            <SelectField
              label={t('customers.documentLanguage')}
              name="documentLanguage"
              defaultValue={values.documentLanguage || i18n.language}
              hint={t('customers.documentLanguageHint')}
              errors={errors.documentLanguage}
            >
              {LANGUAGES.map((l) => (
                <option key={l.code} value={l.code}>
                  {languageName(l.code, i18n.language)}
                </option>
              ))}
            </SelectField>
            <SelectField label={t('customers.priceLevel')} name="priceLevelId" defaultValue={values.priceLevelId ?? ''} errors={errors.priceLevelId}>
              <option value="">{t('customers.defaultOption', { name: defaultLevel?.name ?? '—' })}</option>
              {priceLevels
                .filter((p) => !p.isDefault)
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({p.code})
                  </option>
                ))}
            </SelectField>
            <SelectField
              label={t('customers.storageLocation')}
              name="storageLocationId"
              defaultValue={values.storageLocationId ?? ''}
              errors={errors.storageLocationId}
            >
              <option value="">{t('customers.defaultOption', { name: defaultLocation?.name ?? '—' })}</option>
              {storageLocations
                .filter((s) => !s.isDefault)
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name} ({s.code})
                  </option>
                ))}
            </SelectField>
          </div>
          <TextAreaField
            label={t('customers.privateMessage')}
            name="privateMessage"
            rows={3}
            hint={t('customers.privateMessageHint')}
            defaultValue={values.privateMessage}
            errors={errors.privateMessage}
          />
        </fieldset>
        <fieldset>
          <legend>{t('customers.primaryContact')}</legend>
          <div className="form-grid">
            <TextField label={t('customers.contactName')} name="contactName" autoComplete="off" defaultValue={values.contactName} errors={errors.contactName} />
            <TextField
              label={t('customers.contactEmail')}
              name="contactEmail"
              type="email"
              autoComplete="off"
              defaultValue={values.contactEmail}
              errors={errors.contactEmail}
            />
            <TextField
              label={t('customers.contactPhone')}
              name="contactPhone"
              type="tel"
              autoComplete="off"
              defaultValue={values.contactPhone}
              errors={errors.contactPhone}
            />
          </div>
        </fieldset>
        <CustomerTaxFields
          values={{ vatNumber: values.vatNumber ?? '', taxExemption: values.taxExemption ?? '', taxExemptionMention: values.taxExemptionMention ?? '' }}
          errors={errors}
        />
        <div className="form-actions">
          <Link to="/hub/customers" className="button button--ghost">
            {t('common.cancel')}
          </Link>
          <SubmitButton>{t('customers.create')}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
