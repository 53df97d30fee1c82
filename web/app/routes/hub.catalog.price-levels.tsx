import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node';
import { useActionData, useLoaderData, type MetaFunction } from '@remix-run/react';
import { useTranslation } from 'react-i18next';
import { CatalogSettingsPage } from '../components/hub/catalog-settings.js';
import { SelectField } from '../components/ui/fields.js';
import { gql, responseHeaders } from '../graphql/client.server.js';
import { priceLevelCreateMutation, priceLevelUpdateMutation, priceLevelsQuery } from '../graphql/catalog-admin.server.js';
import type { CurrencyCode } from '../graphql/generated/graphql.js';
import { formErrors, text } from '../utils/form-errors.js';
import { pageTitle } from '../utils/meta.js';

export { RouteErrorBoundary as ErrorBoundary } from '../components/ui/error-page.js';

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, (t) => t('hubCatalog.levels.title'), 'hub');

const CURRENCIES: CurrencyCode[] = ['EUR', 'USD', 'GBP', 'CHF', 'BRL'];
const FIELDS = ['code', 'name', 'currencyCode'];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { priceLevels } = await gql(request, context, priceLevelsQuery);
  return json({ priceLevels }, { headers: responseHeaders(request) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const intent = text(form, 'intent');
  const id = text(form, 'id') || null;
  const values = { code: text(form, 'code'), name: text(form, 'name'), currencyCode: text(form, 'currencyCode'), isDefault: text(form, 'isDefault') };
  const currency = CURRENCIES.includes(values.currencyCode as CurrencyCode) ? (values.currencyCode as CurrencyCode) : null;
  const reply = (done: boolean, userErrors: Parameters<typeof formErrors>[0]) =>
    json({ intent, id, done, errors: formErrors(userErrors, FIELDS), values }, { headers: responseHeaders(request) });

  if (intent === 'create') {
    const { priceLevelCreate } = await gql(request, context, priceLevelCreateMutation, {
      input: { code: values.code, name: values.name, currencyCode: currency, isDefault: values.isDefault === 'on' },
    });
    return reply(priceLevelCreate.userErrors.length === 0, priceLevelCreate.userErrors);
  }
  const input =
    intent === 'default'
      ? { id: id ?? '', isDefault: true }
      : { id: id ?? '', code: values.code || null, name: values.name || null, currencyCode: currency };
  const { priceLevelUpdate } = await gql(request, context, priceLevelUpdateMutation, { input });
  return reply(priceLevelUpdate.userErrors.length === 0, priceLevelUpdate.userErrors);
}

function CurrencySelect({ label, defaultValue, errors }: { label: string; defaultValue: string; errors?: string[] }) {
  return (
    <SelectField label={label} name="currencyCode" defaultValue={defaultValue} errors={errors}>
      {CURRENCIES.map((c) => (
        <option key={c} value={c}>
          {c}
        </option>
      ))}
    </SelectField>
  );
}

/** Price levels (C3): every customer buys at one; exactly one is the default. */
export default function PriceLevels() {
  const { priceLevels } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();

  return (
    <CatalogSettingsPage
      ns="levels"
      settings={priceLevels}
      result={result}
      rowKey={(l) => `${l.id}-${l.name}-${l.code}-${l.currencyCode}`}
      rowFields={(l, typed) => (
        <CurrencySelect
          label={t('hubCatalog.levels.currencyOf', { code: l.code })}
          defaultValue={typed.values?.currencyCode ?? l.currencyCode}
          errors={typed.errors.fields.currencyCode}
        />
      )}
      createFields={(typed) => (
        <CurrencySelect label={t('hubCatalog.levels.currency')} defaultValue={typed.values?.currencyCode ?? 'EUR'} errors={typed.errors.fields.currencyCode} />
      )}
    />
  );
}
