import { json, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CUSTOMER_TAX_FIELDS, CustomerTaxFields, customerTaxInput } from '../components/hub/customer-tax-fields.js';
import { VisibilityFields } from '../components/hub/visibility-fields.js';
import { FormErrorSummary, SelectField, TextAreaField, TextField } from '../components/ui/fields.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { customerFormOptionsQuery, customerQuery, customerUpdateMutation, visibilityOptionsQuery } from '../graphql/customers.server.js';
import { apiLanguage, fromApiLanguage, languageName, LANGUAGES } from '../i18n/i18n.js';
import { formErrors, text } from '../utils/form-errors.js';
import { useHydrated } from '../utils/hydrated.js';
import { pageTitle } from '../utils/meta.js';
import { VISIBILITY_ALIASES, VISIBILITY_DIMENSIONS, VISIBILITY_FIELDS, visibilityFromForm, visibilitySelection } from '../utils/visibility.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageTitle(matches, (t) => (data ? t('customers.editTitle', { name: data.customer.name }) : t('errors.notFound.title')), 'hub');

/** Blank rows offered for new contacts and sites (without JavaScript there is no "add" button). */
const BLANK_ROWS = 2;

const CONTACT_KEYS = ['name', 'email', 'phone'] as const;
const SITE_KEYS = ['name', 'street', 'postalCode', 'city', 'country'] as const;

interface ContactRow {
  id: string;
  name: string;
  email: string;
  phone: string;
}
interface SiteRow {
  id: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  country: string;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const [{ customer }, formOptions, visibilityOptions] = await Promise.all([
    gql(request, context, customerQuery, { id: params.id ?? '' }),
    gql(request, context, customerFormOptionsQuery),
    gql(request, context, visibilityOptionsQuery),
  ]);
  return json({ customer, formOptions, visibilityOptions }, { headers: responseHeaders(request) });
}

/** Rows of a repeated group (`contacts.3.email`) as submitted, with their form index. */
function rows<K extends string>(form: FormData, group: string, keys: readonly K[]): Array<Record<K | 'id', string> & { index: number; remove: boolean }> {
  const indexes = new Set<number>();
  for (const name of form.keys()) {
    const match = new RegExp(`^${group}\\.(\\d+)\\.`).exec(name);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .map((index) => {
      const row = Object.fromEntries([...keys, 'id'].map((k) => [k, text(form, `${group}.${index}.${k}`)])) as Record<K | 'id', string>;
      return { ...row, index, remove: form.get(`${group}.${index}.remove`) === 'on' };
    });
}

/**
 * Saves the whole customer (A2): the lists of contacts and delivery sites replace the current
 * ones (rows marked "remove" and blank new rows are left out), and the visibility (C2).
 */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const id = params.id ?? '';
  const contactRows = rows(form, 'contacts', CONTACT_KEYS);
  const siteRows = rows(form, 'sites', SITE_KEYS);
  const keptContacts = contactRows.filter((r) => !r.remove && (r.id || r.name || r.email || r.phone));
  const keptSites = siteRows.filter((r) => !r.remove && (r.id || SITE_KEYS.some((k) => r[k])));
  const language = text(form, 'documentLanguage');
  const visibility = visibilityFromForm(form);

  const { customerUpdate } = await gql(request, context, customerUpdateMutation, {
    input: {
      id,
      name: text(form, 'name'),
      documentLanguage: LANGUAGES.some((l) => l.code === language) ? apiLanguage(language) : null,
      priceLevelId: text(form, 'priceLevelId') || null,
      storageLocationId: text(form, 'storageLocationId') || null,
      privateMessage: text(form, 'privateMessage'),
      ...customerTaxInput(form),
      contacts: keptContacts.map((r) => ({ id: r.id || null, name: r.name || null, email: r.email || null, phone: r.phone || null })),
      deliverySites: keptSites.map((r) => ({
        id: r.id || null,
        name: r.name,
        street: r.street,
        postalCode: r.postalCode,
        city: r.city,
        country: r.country.toUpperCase(),
      })),
      visibility,
    },
  });
  if (customerUpdate.customer && customerUpdate.userErrors.length === 0) {
    throw redirect(`/hub/customers/${encodeURIComponent(id)}?done=saved`, { headers: responseHeaders(request) });
  }

  // An error on the API's n-th contact belongs to the form row it came from.
  const aliases: Record<string, string> = { ...VISIBILITY_ALIASES };
  keptContacts.forEach((r, i) => CONTACT_KEYS.forEach((k) => (aliases[`contacts.${i}.${k}`] = `contacts.${r.index}.${k}`)));
  keptSites.forEach((r, i) => SITE_KEYS.forEach((k) => (aliases[`sites.${i}.${k}`] = aliases[`deliverySites.${i}.${k}`] = `sites.${r.index}.${k}`)));
  const fieldNames = [
    'name',
    'documentLanguage',
    'priceLevelId',
    'storageLocationId',
    'privateMessage',
    ...CUSTOMER_TAX_FIELDS,
    ...VISIBILITY_FIELDS,
    ...contactRows.flatMap((r) => CONTACT_KEYS.map((k) => `contacts.${r.index}.${k}`)),
    ...siteRows.flatMap((r) => SITE_KEYS.map((k) => `sites.${r.index}.${k}`)),
  ];
  return json(
    {
      errors: formErrors(customerUpdate.userErrors, fieldNames, aliases),
      values: {
        name: text(form, 'name'),
        documentLanguage: language,
        priceLevelId: text(form, 'priceLevelId'),
        storageLocationId: text(form, 'storageLocationId'),
        privateMessage: text(form, 'privateMessage'),
        vatNumber: text(form, 'vatNumber'),
        taxExemption: text(form, 'taxExemption'),
        taxExemptionMention: text(form, 'taxExemptionMention'),
      },
      contacts: contactRows.filter((r) => !r.remove).map(({ id: rowId, name, email, phone }) => ({ id: rowId, name, email, phone })),
      sites: siteRows.filter((r) => !r.remove).map(({ id: rowId, name, street, postalCode, city, country }) => ({ id: rowId, name, street, postalCode, city, country })),
      visibility: visibilitySelection(visibility),
    },
    { headers: responseHeaders(request) },
  );
}

const blankContact = (): ContactRow => ({ id: '', name: '', email: '', phone: '' });
const blankSite = (): SiteRow => ({ id: '', name: '', street: '', postalCode: '', city: '', country: '' });

export default function EditCustomer() {
  const { customer, formOptions, visibilityOptions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t, i18n } = useTranslation();
  const hydrated = useHydrated();
  const errors = actionData?.errors.fields ?? {};
  const values = actionData?.values;
  const page = `/hub/customers/${encodeURIComponent(customer.id)}`;

  const initialContacts: ContactRow[] = actionData?.contacts ?? customer.contacts.map((c) => ({ id: c.id, name: c.name ?? '', email: c.email ?? '', phone: c.phone ?? '' }));
  const initialSites: SiteRow[] = actionData?.sites ?? customer.deliverySites.map((s) => ({ id: s.id, name: s.name, street: s.street, postalCode: s.postalCode, city: s.city, country: s.country }));
  const [extraContacts, setExtraContacts] = useState(BLANK_ROWS);
  const [extraSites, setExtraSites] = useState(BLANK_ROWS);
  const contactRows = [...initialContacts, ...Array.from({ length: extraContacts }, blankContact)];
  const siteRows = [...initialSites, ...Array.from({ length: extraSites }, blankSite)];
  const defaultLevel = formOptions.priceLevels.find((p) => p.isDefault);
  const defaultLocation = formOptions.storageLocations.find((s) => s.isDefault);
  const selected = actionData?.visibility ?? Object.fromEntries(VISIBILITY_DIMENSIONS.map((d) => [d, customer.visibility[d].map((x) => x.id)]));

  return (
    <>
      <p className="breadcrumb">
        <Link to={page}>
          <span aria-hidden="true">← </span>
          {t('customers.backTo', { name: customer.name })}
        </Link>
      </p>
      <div className="page-header">
        <h1>{t('customers.editTitle', { name: customer.name })}</h1>
      </div>
      {/* Keyed by the submission: after an error the rows are rebuilt from what was sent. */}
      <Form method="post" className="form card form--wide" key={actionData ? JSON.stringify(actionData.values) : 'initial'}>
        <FormErrorSummary errors={actionData?.errors.form} title={t('common.fixErrors')} />
        <fieldset>
          <legend>{t('customers.company')}</legend>
          <div className="form-grid">
            <TextField label={t('customers.name')} name="name" required maxLength={200} defaultValue={values?.name ?? customer.name} errors={errors.name} />
            <SelectField
              label={t('customers.documentLanguage')}
              name="documentLanguage"
              defaultValue={values?.documentLanguage || fromApiLanguage(customer.documentLanguage)}
              hint={t('customers.documentLanguageHint')}
              errors={errors.documentLanguage}
            >
              {LANGUAGES.map((l) => (
                <option key={l.code} value={l.code}>
                  {languageName(l.code, i18n.language)}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('customers.priceLevel')}
              name="priceLevelId"
              defaultValue={values?.priceLevelId ?? customer.priceLevel?.id ?? ''}
              errors={errors.priceLevelId}
            >
              <option value="">{t('customers.defaultOption', { name: defaultLevel?.name ?? '—' })}</option>
              {formOptions.priceLevels
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
              defaultValue={values?.storageLocationId ?? customer.storageLocation?.id ?? ''}
              errors={errors.storageLocationId}
            >
              <option value="">{t('customers.defaultOption', { name: defaultLocation?.name ?? '—' })}</option>
              {formOptions.storageLocations
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
            maxLength={2000}
            hint={t('customers.privateMessageHint')}
            defaultValue={values?.privateMessage ?? customer.privateMessage ?? ''}
            errors={errors.privateMessage}
          />
        </fieldset>

        <CustomerTaxFields
          values={{
            vatNumber: values?.vatNumber ?? customer.vatNumber ?? '',
            taxExemption: values?.taxExemption ?? customer.taxExemption ?? '',
            taxExemptionMention: values?.taxExemptionMention ?? customer.taxExemptionMention ?? '',
          }}
          errors={errors}
        />

        <fieldset>
          <legend>{t('customers.contacts')}</legend>
          <p className="field__hint">{t('customers.contactsHint')}</p>
          {contactRows.map((c, i) => (
            <fieldset key={i} className="repeat-row">
              <legend className="repeat-row__legend">{t('customers.contactN', { n: i + 1 })}</legend>
              {c.id ? <input type="hidden" name={`contacts.${i}.id`} value={c.id} /> : null}
              <div className="form-grid">
                <TextField
                  label={t('customers.contactName')}
                  name={`contacts.${i}.name`}
                  autoComplete="off"
                  defaultValue={c.name}
                  errors={errors[`contacts.${i}.name`]}
                />
                <TextField
                  label={t('customers.contactEmail')}
                  name={`contacts.${i}.email`}
                  type="email"
                  autoComplete="off"
                  defaultValue={c.email}
                  errors={errors[`contacts.${i}.email`]}
                />
                <TextField
                  label={t('customers.contactPhone')}
                  name={`contacts.${i}.phone`}
                  type="tel"
                  autoComplete="off"
                  defaultValue={c.phone}
                  errors={errors[`contacts.${i}.phone`]}
                />
              </div>
              {c.id ? (
                <label className="choice choice--danger">
                  <input type="checkbox" name={`contacts.${i}.remove`} />
                  {t('customers.removeContact', { name: c.name || c.email || t('customers.contactN', { n: i + 1 }) })}
                </label>
              ) : null}
            </fieldset>
          ))}
          {hydrated ? (
            <p>
              <button type="button" className="button button--ghost button--small" onClick={() => setExtraContacts((n) => n + 1)}>
                {t('customers.addContact')}
              </button>
            </p>
          ) : null}
        </fieldset>

        <fieldset>
          <legend>{t('customers.deliverySites')}</legend>
          <p className="field__hint">{t('customers.deliverySitesHint')}</p>
          {siteRows.map((s, i) => (
            <fieldset key={i} className="repeat-row">
              <legend className="repeat-row__legend">{t('customers.siteN', { n: i + 1 })}</legend>
              {s.id ? <input type="hidden" name={`sites.${i}.id`} value={s.id} /> : null}
              <div className="form-grid form-grid--sites">
                <TextField label={t('customers.site.name')} name={`sites.${i}.name`} defaultValue={s.name} errors={errors[`sites.${i}.name`]} autoComplete="off" />
                <TextField label={t('customers.site.street')} name={`sites.${i}.street`} defaultValue={s.street} errors={errors[`sites.${i}.street`]} autoComplete="off" />
                <TextField
                  label={t('customers.site.postalCode')}
                  name={`sites.${i}.postalCode`}
                  defaultValue={s.postalCode}
                  errors={errors[`sites.${i}.postalCode`]}
                  autoComplete="off"
                />
                <TextField label={t('customers.site.city')} name={`sites.${i}.city`} defaultValue={s.city} errors={errors[`sites.${i}.city`]} autoComplete="off" />
                <TextField
                  label={t('customers.site.country')}
                  name={`sites.${i}.country`}
                  defaultValue={s.country}
                  errors={errors[`sites.${i}.country`]}
                  hint={t('customers.site.countryHint')}
                  maxLength={2}
                  autoComplete="off"
                />
              </div>
              {s.id ? (
                <label className="choice choice--danger">
                  <input type="checkbox" name={`sites.${i}.remove`} />
                  {t('customers.removeSite', { name: s.name })}
                </label>
              ) : null}
            </fieldset>
          ))}
          {hydrated ? (
            <p>
              <button type="button" className="button button--ghost button--small" onClick={() => setExtraSites((n) => n + 1)}>
                {t('customers.addSite')}
              </button>
            </p>
          ) : null}
        </fieldset>

        <VisibilityFields options={visibilityOptions} selected={selected} errors={errors} />

        <div className="form-actions">
          <Link to={page} className="button button--ghost">
            {t('common.cancel')}
          </Link>
          <SubmitButton>{t('common.save')}</SubmitButton>
        </div>
      </Form>
    </>
  );
}
