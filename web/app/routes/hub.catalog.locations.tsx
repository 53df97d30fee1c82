import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { Form, useActionData, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CatalogTabs } from '../components/hub/catalog-tabs.js';
import { CheckboxField, FormErrorSummary, TextField } from '../components/ui/fields.js';
import { Money } from '../components/ui/format.js';
import { SubmitButton } from '../components/ui/submit-button.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { storageLocationCreateMutation, storageLocationUpdateMutation, storageLocationsQuery } from '../graphql/catalog-admin.server.js';
import { formErrors, noErrors, text, type FormErrors } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('hubCatalog.locations.title'), 'hub');

const FIELDS = ['code', 'name', 'defaultShippingCost'];
// What the Decimal scalar accepts; anything else is answered here, in the person's language.
const DECIMAL = /^\d{1,15}(\.\d{1,6})?$/;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { storageLocations } = await gql(request, context, storageLocationsQuery);
  return json({ storageLocations }, { headers: responseHeaders(request) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = text(form, 'intent');
  const id = text(form, 'id') || null;
  const values = { code: text(form, 'code'), name: text(form, 'name'), defaultShippingCost: text(form, 'defaultShippingCost') };
  const cost = values.defaultShippingCost.replace(',', '.');
  const reply = (done: boolean, errors: FormErrors, notANumber = false) =>
    json({ intent, id, done, errors, values, notANumber }, { headers: responseHeaders(request) });
  if (intent !== 'default' && cost && !DECIMAL.test(cost)) return reply(false, noErrors, true);

  if (intent === 'create') {
    const { storageLocationCreate } = await gql(request, context, storageLocationCreateMutation, {
      input: { code: values.code, name: values.name, defaultShippingCost: cost || null, isDefault: form.get('isDefault') === 'on' },
    });
    return reply(storageLocationCreate.userErrors.length === 0, formErrors(storageLocationCreate.userErrors, FIELDS));
  }
  const input =
    intent === 'default'
      ? { id: id ?? '', isDefault: true }
      : { id: id ?? '', code: values.code || null, name: values.name || null, defaultShippingCost: cost || null };
  const { storageLocationUpdate } = await gql(request, context, storageLocationUpdateMutation, { input });
  return reply(storageLocationUpdate.userErrors.length === 0, formErrors(storageLocationUpdate.userErrors, FIELDS));
}

/** Storage locations (C4): stock is kept per location; each has a default shipping cost; one is the default. */
export default function StorageLocations() {
  const { storageLocations } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const errorsFor = (id: string | null) => {
    if (!result || result.done || result.id !== id) return noErrors;
    if (!result.notANumber) return result.errors;
    return { form: [], fields: { defaultShippingCost: [t('hubCatalog.product.notANumber')] } };
  };
  const createErrors = result?.intent === 'create' ? errorsFor(null) : noErrors;
  const notice = result?.done
    ? t(`hubCatalog.locations.done.${result.intent === 'create' ? 'create' : result.intent === 'default' ? 'default' : 'save'}`, {
        name: result.intent === 'default' ? (storageLocations.find((l) => l.id === result.id)?.name ?? '') : result.values.name,
      })
    : null;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('hubCatalog.locations.title')}</h1>
          <p className="muted">{t('hubCatalog.locations.intro')}</p>
        </div>
      </div>
      <CatalogTabs />
      {notice ? (
        <div className="alert alert--success" role="status">
          <p>{notice}</p>
        </div>
      ) : null}

      <section className="card" aria-labelledby="locations-title">
        <h2 id="locations-title" className="card__title">
          {t('hubCatalog.locations.listTitle')}
        </h2>
        {storageLocations.length === 0 ? <p className="muted">{t('hubCatalog.locations.empty')}</p> : null}
        <ul className="hubcat-rows">
          {storageLocations.map((location) => {
            const mine = result?.intent !== 'create' ? errorsFor(location.id) : noErrors;
            const typed = result && result.id === location.id && !result.done ? result.values : null;
            return (
              <li key={location.id} className="hubcat-row">
                <div className="hubcat-row__head">
                  <span className="mono strong">{location.code}</span>
                  <span className="muted small">
                    {t('hubCatalog.locations.shipping')} <Money value={location.defaultShippingCost} />
                  </span>
                  {location.isDefault ? (
                    <span className="badge badge--success">{t('hubCatalog.defaultBadge')}</span>
                  ) : (
                    <Form method="post">
                      <input type="hidden" name="id" value={location.id} />
                      <SubmitButton
                        className="button button--ghost button--small"
                        intent="default"
                        aria-label={t('hubCatalog.makeDefaultLabel', { name: location.name })}
                      >
                        {t('hubCatalog.makeDefault')}
                      </SubmitButton>
                    </Form>
                  )}
                </div>
                <Form
                  method="post"
                  className="hubcat-row__form"
                  key={`${location.id}-${location.name}-${location.code}-${location.defaultShippingCost.amount}`}
                >
                  <input type="hidden" name="id" value={location.id} />
                  <FormErrorSummary errors={mine.form} />
                  <TextField
                    label={t('hubCatalog.locations.nameOf', { code: location.code })}
                    name="name"
                    required
                    defaultValue={typed?.name ?? location.name}
                    errors={mine.fields.name}
                    autoComplete="off"
                  />
                  <TextField
                    label={t('hubCatalog.levels.codeOf', { code: location.code })}
                    name="code"
                    required
                    defaultValue={typed?.code ?? location.code}
                    errors={mine.fields.code}
                    autoComplete="off"
                  />
                  <TextField
                    label={t('hubCatalog.locations.shippingOf', { code: location.code, currency: location.defaultShippingCost.currencyCode })}
                    name="defaultShippingCost"
                    inputMode="decimal"
                    required
                    defaultValue={typed?.defaultShippingCost ?? location.defaultShippingCost.amount}
                    errors={mine.fields.defaultShippingCost}
                    autoComplete="off"
                  />
                  <div className="hubcat-row__actions">
                    <SubmitButton className="button button--secondary button--small" intent="save" aria-label={t('hubCatalog.saveLabel', { name: location.name })}>
                      {t('common.save')}
                    </SubmitButton>
                  </div>
                </Form>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="card" aria-labelledby="new-location-title">
        <h2 id="new-location-title" className="card__title">
          {t('hubCatalog.locations.newTitle')}
        </h2>
        <Form method="post" className="form" key={result?.intent === 'create' && result.done ? `created-${result.values.code}` : 'new'}>
          <FormErrorSummary errors={createErrors.form} title={t('common.fixErrors')} />
          <div className="form-grid">
            <TextField
              label={t('hubCatalog.code')}
              hint={t('hubCatalog.locations.codeHint')}
              name="code"
              required
              maxLength={32}
              autoComplete="off"
              defaultValue={result?.intent === 'create' && !result.done ? result.values.code : ''}
              errors={createErrors.fields.code}
            />
            <TextField
              label={t('hubCatalog.name')}
              name="name"
              required
              autoComplete="off"
              defaultValue={result?.intent === 'create' && !result.done ? result.values.name : ''}
              errors={createErrors.fields.name}
            />
            <TextField
              label={t('hubCatalog.locations.shipping')}
              name="defaultShippingCost"
              inputMode="decimal"
              placeholder="0.00"
              autoComplete="off"
              defaultValue={result?.intent === 'create' && !result.done ? result.values.defaultShippingCost : ''}
              errors={createErrors.fields.defaultShippingCost}
            />
          </div>
          <CheckboxField label={t('hubCatalog.locations.isDefault')} name="isDefault" />
          <div className="form-actions">
            <SubmitButton intent="create">{t('hubCatalog.locations.create')}</SubmitButton>
          </div>
        </Form>
      </section>
    </>
  );
}
