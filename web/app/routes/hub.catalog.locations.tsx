import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CatalogSettingsPage } from '../components/hub/catalog-settings.js';
import { TextField } from '../components/ui/fields.js';
import { Money } from '../components/ui/format.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { storageLocationCreateMutation, storageLocationUpdateMutation, storageLocationsQuery } from '../graphql/catalog-admin.server.js';
import { formErrors, noErrors, text, type FormErrors } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';
import { decimal } from '../utils/quantity.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('hubCatalog.locations.title'), 'hub');

const FIELDS = ['code', 'name', 'defaultShippingCost'];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { storageLocations } = await gql(request, context, storageLocationsQuery);
  return json({ storageLocations }, { headers: responseHeaders(request) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = text(form, 'intent');
  const id = text(form, 'id') || null;
  const values = { code: text(form, 'code'), name: text(form, 'name'), defaultShippingCost: text(form, 'defaultShippingCost'), isDefault: text(form, 'isDefault') };
  const cost = decimal(values.defaultShippingCost);
  const reply = (done: boolean, errors: FormErrors, notANumber = false) =>
    json({ intent, id, done, errors, values, notANumber }, { headers: responseHeaders(request) });
  if (intent !== 'default' && cost === null) return reply(false, noErrors, true);

  if (intent === 'create') {
    const { storageLocationCreate } = await gql(request, context, storageLocationCreateMutation, {
      input: { code: values.code, name: values.name, defaultShippingCost: cost || null, isDefault: values.isDefault === 'on' },
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
  const shown = result?.notANumber
    ? { ...result, errors: { form: [], fields: { defaultShippingCost: [t('hubCatalog.product.notANumber')] } } }
    : result;

  return (
    <CatalogSettingsPage
      ns="locations"
      settings={storageLocations}
      result={shown}
      rowKey={(l) => `${l.id}-${l.name}-${l.code}-${l.defaultShippingCost.amount}`}
      summary={(l) => (
        <span className="muted small">
          {t('hubCatalog.locations.shipping')} <Money value={l.defaultShippingCost} />
        </span>
      )}
      rowFields={(l, typed) => (
        <TextField
          label={t('hubCatalog.locations.shippingOf', { code: l.code, currency: l.defaultShippingCost.currencyCode })}
          name="defaultShippingCost"
          inputMode="decimal"
          required
          defaultValue={typed.values?.defaultShippingCost ?? l.defaultShippingCost.amount}
          errors={typed.errors.fields.defaultShippingCost}
          autoComplete="off"
        />
      )}
      createFields={(typed) => (
        <TextField
          label={t('hubCatalog.locations.shipping')}
          name="defaultShippingCost"
          inputMode="decimal"
          placeholder="0.00"
          autoComplete="off"
          defaultValue={typed.values?.defaultShippingCost ?? ''}
          errors={typed.errors.fields.defaultShippingCost}
        />
      )}
    />
  );
}
